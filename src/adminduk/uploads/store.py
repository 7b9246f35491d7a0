"""Where accepted files are kept: one small interface, and a local implementation.

The database keeps only the opaque id that `save` returns. Files live outside the web root
(under settings.data_dir / "uploads"); nothing serves them but a route that checks rights.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from adminduk.uploads._files import write_atomically
from adminduk.uploads.ids import checked_id, new_id

STREAM_BLOCK = 64 * 1024


class StoredFileMissing(LookupError):
    pass


class FileStore(Protocol):
    def save(self, data: bytes) -> str:
        """Keep `data`; return a new opaque id for it."""
        ...

    def open(self, file_id: str) -> bytes: ...

    def stream(self, file_id: str) -> Iterator[bytes]: ...

    def delete(self, file_id: str) -> None:
        """Remove the file; removing one that is already gone is not an error."""
        ...

    def exists(self, file_id: str) -> bool: ...


class LocalFileStore:
    """Files under `root`/files/ab/cd/<id>: two levels of fan-out keep directories small."""

    def __init__(self, root: Path) -> None:
        self.directory = Path(root) / "files"

    def save(self, data: bytes) -> str:
        file_id = new_id()
        write_atomically(self._path(file_id), data)
        return file_id

    def open(self, file_id: str) -> bytes:
        try:
            return self._path(file_id).read_bytes()
        except FileNotFoundError:
            raise StoredFileMissing(file_id) from None

    def stream(self, file_id: str) -> Iterator[bytes]:
        """The file in blocks, for a streaming response; a missing file fails on first use."""
        path = self._path(file_id)
        try:
            file = path.open("rb")
        except FileNotFoundError:
            raise StoredFileMissing(file_id) from None
        return _blocks(file)

    def delete(self, file_id: str) -> None:
        self._path(file_id).unlink(missing_ok=True)

    def exists(self, file_id: str) -> bool:
        return self._path(file_id).is_file()

    def size(self, file_id: str) -> int:
        try:
            return self._path(file_id).stat().st_size
        except FileNotFoundError:
            raise StoredFileMissing(file_id) from None

    def _path(self, file_id: str) -> Path:
        file_id = checked_id(file_id)
        return self.directory / file_id[:2] / file_id[2:4] / file_id


def _blocks(file: BinaryIO) -> Iterator[bytes]:
    with file:
        while block := file.read(STREAM_BLOCK):
            yield block
