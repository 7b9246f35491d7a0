import stat

import pytest

from adminduk.uploads import FileStore, LocalFileStore, StoredFileMissing
from adminduk.uploads.ids import InvalidId


def test_saved_file_comes_back_by_its_id(tmp_path):
    store: FileStore = LocalFileStore(tmp_path)

    file_id = store.save(b"isi file")

    assert store.exists(file_id)
    assert store.open(file_id) == b"isi file"
    assert b"".join(store.stream(file_id)) == b"isi file"


def test_files_are_fanned_out_private_and_leave_no_temporary_file(tmp_path):
    store = LocalFileStore(tmp_path)

    file_id = store.save(b"x" * 200_000)

    path = tmp_path / "files" / file_id[:2] / file_id[2:4] / file_id
    assert path.read_bytes() == b"x" * 200_000
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [file_id]
    assert store.size(file_id) == 200_000


def test_every_save_gets_a_new_opaque_id(tmp_path):
    store = LocalFileStore(tmp_path)

    ids = {store.save(b"sama") for _ in range(20)}

    assert len(ids) == 20
    assert all(len(file_id) == 32 for file_id in ids)


def test_deleted_file_is_gone_and_deleting_again_is_harmless(tmp_path):
    store = LocalFileStore(tmp_path)
    file_id = store.save(b"data")

    store.delete(file_id)
    store.delete(file_id)

    assert not store.exists(file_id)
    with pytest.raises(StoredFileMissing):
        store.open(file_id)
    with pytest.raises(StoredFileMissing):
        store.stream(file_id)


@pytest.mark.parametrize(
    "file_id",
    ["../x", "..", "", "a/b", "/etc/passwd", "..%2f..%2fsecret", "A" * 31 + "/", "A" * 31 + "\0",
     "A" * 33, "A" * 31 + ".", None, 12],
)  # fmt: skip
def test_store_refuses_ids_that_could_leave_its_folder(tmp_path, file_id):
    store = LocalFileStore(tmp_path / "uploads")
    (tmp_path / "x").write_bytes(b"secret")

    for use in (store.open, store.exists, store.delete, store.stream):
        with pytest.raises(InvalidId):
            use(file_id)
    assert (tmp_path / "x").read_bytes() == b"secret"
