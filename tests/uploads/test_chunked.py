import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from adminduk.uploads import ChunkedUploads, OffsetConflict, UploadRefused
from adminduk.uploads.limits import CHUNK_BYTES
from tests.uploads.samples import photo

PHOTO = photo("jpg_mobile_jolla.jpg").read_bytes()


def pieces(data: bytes, start: int = 0, size: int = CHUNK_BYTES):
    for offset in range(start, len(data), size):
        yield offset, data[offset : offset + size]


def refusal_code(call, *args) -> str:
    with pytest.raises(UploadRefused) as refusal:
        call(*args)
    return refusal.value.code


def test_upload_cut_in_the_middle_resumes_from_the_confirmed_offset(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(len(PHOTO), hashlib.sha256(PHOTO).hexdigest())
    for offset, chunk in list(pieces(PHOTO))[:2]:
        uploads.append(upload_id, offset, chunk)

    # The link drops; later (another request, maybe another process) the browser asks.
    resumed = ChunkedUploads(tmp_path)
    confirmed = resumed.status(upload_id).offset
    assert confirmed == 2 * CHUNK_BYTES
    for offset, chunk in pieces(PHOTO, start=confirmed):
        assert resumed.append(upload_id, offset, chunk) == min(offset + CHUNK_BYTES, len(PHOTO))

    assert resumed.status(upload_id).complete
    assert resumed.finish(upload_id) == PHOTO


def test_chunk_after_a_gap_is_refused_with_the_offset_to_resume_from(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(len(PHOTO))
    uploads.append(upload_id, 0, PHOTO[:CHUNK_BYTES])

    with pytest.raises(OffsetConflict) as conflict:
        uploads.append(upload_id, 2 * CHUNK_BYTES, PHOTO[2 * CHUNK_BYTES : 3 * CHUNK_BYTES])

    assert conflict.value.offset == CHUNK_BYTES
    assert str(CHUNK_BYTES) in conflict.value.text()
    assert uploads.status(upload_id).offset == CHUNK_BYTES


def test_repeated_chunk_is_acknowledged_without_being_written_twice(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(len(PHOTO))

    first = uploads.append(upload_id, 0, PHOTO[:CHUNK_BYTES])
    again = uploads.append(upload_id, 0, PHOTO[:CHUNK_BYTES])

    assert first == again == CHUNK_BYTES
    assert (tmp_path / "staging" / f"{upload_id}.part").stat().st_size == CHUNK_BYTES


def test_chunk_that_overlaps_the_end_adds_only_its_new_part(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(1000)
    uploads.append(upload_id, 0, PHOTO[:600])

    assert uploads.append(upload_id, 400, PHOTO[400:1000]) == 1000
    assert uploads.finish(upload_id) == PHOTO[:1000]


def test_repeated_chunk_with_other_bytes_is_refused(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(1000)
    uploads.append(upload_id, 0, PHOTO[:500])

    assert refusal_code(uploads.append, upload_id, 0, b"y" * 500) == "upload_conflict"


def test_same_chunk_sent_at_once_by_two_retries_is_written_once(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(len(PHOTO))
    chunk = PHOTO[:CHUNK_BYTES]

    with ThreadPoolExecutor(max_workers=8) as pool:
        offsets = list(pool.map(lambda _: uploads.append(upload_id, 0, chunk), range(16)))

    assert set(offsets) == {CHUNK_BYTES}
    assert uploads.status(upload_id).offset == CHUNK_BYTES


def test_chunk_past_the_declared_length_or_too_big_is_refused(tmp_path):
    uploads = ChunkedUploads(tmp_path, max_chunk=1000)
    upload_id = uploads.start(1500)

    assert refusal_code(uploads.append, upload_id, 0, b"x" * 1001) == "upload_invalid"
    uploads.append(upload_id, 0, b"x" * 1000)
    assert refusal_code(uploads.append, upload_id, 1000, b"x" * 501) == "upload_invalid"
    assert refusal_code(uploads.append, upload_id, -1, b"x") == "upload_invalid"


def test_upload_is_not_finished_before_its_last_byte(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(1000)
    uploads.append(upload_id, 0, b"x" * 400)

    with pytest.raises(UploadRefused) as refusal:
        uploads.finish(upload_id)

    assert refusal.value.code == "upload_incomplete"
    assert "400 dari 1000 byte" in refusal.value.text()


def test_upload_damaged_on_the_way_is_refused_and_dropped(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(4, hashlib.sha256(b"asli").hexdigest())
    uploads.append(upload_id, 0, b"palu")

    assert refusal_code(uploads.finish, upload_id) == "upload_damaged"
    assert refusal_code(uploads.status, upload_id) == "upload_unknown"


def test_completed_upload_reports_its_result_and_keeps_no_bytes(tmp_path):
    uploads = ChunkedUploads(tmp_path)
    upload_id = uploads.start(4)
    uploads.append(upload_id, 0, b"data")
    uploads.finish(upload_id)

    uploads.complete(upload_id, "berkas-123")

    status = uploads.status(upload_id)
    assert (status.offset, status.length, status.result) == (4, 4, "berkas-123")
    assert uploads.append(upload_id, 0, b"data") == 4  # the last piece again, answer lost
    assert not (tmp_path / "staging" / f"{upload_id}.part").exists()


def test_start_refuses_empty_oversized_and_malformed_uploads(tmp_path):
    uploads = ChunkedUploads(tmp_path)

    assert refusal_code(uploads.start, 0) == "empty"
    assert refusal_code(uploads.start, 10_000_001) == "too_large"
    assert refusal_code(uploads.start, 10, "not-a-hash") == "upload_invalid"


@pytest.mark.parametrize("upload_id", ["../x", "../../etc/passwd", "A" * 32 + "/..", ""])
def test_unknown_or_crafted_upload_ids_are_unknown(tmp_path, upload_id):
    uploads = ChunkedUploads(tmp_path)

    assert refusal_code(uploads.status, upload_id) == "upload_unknown"
    assert refusal_code(uploads.append, upload_id, 0, b"x") == "upload_unknown"
    assert refusal_code(uploads.finish, upload_id) == "upload_unknown"
    assert refusal_code(uploads.discard, upload_id) == "upload_unknown"


def test_abandoned_uploads_are_removed_by_age_and_fresh_ones_kept(tmp_path):
    uploads = ChunkedUploads(tmp_path, abandoned_after=timedelta(hours=24))
    old = uploads.start(10)
    uploads.append(old, 0, b"12345")
    fresh = uploads.start(10)
    day_ago = time.time() - 25 * 3600
    for path in (tmp_path / "staging").glob(f"{old}.*"):
        os.utime(path, (day_ago, day_ago))

    assert uploads.remove_abandoned() == 1

    assert refusal_code(uploads.status, old) == "upload_unknown"
    assert uploads.status(fresh).offset == 0
    assert sorted(p.name for p in (tmp_path / "staging").iterdir()) == [
        f"{fresh}.json",
        f"{fresh}.part",
    ]
