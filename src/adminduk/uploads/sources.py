"""An upload arrives as bytes, a path, or an open file (e.g. a form's spooled temporary file)."""

from os import PathLike
from pathlib import Path
from typing import BinaryIO

from adminduk.uploads.errors import UploadRefused
from adminduk.uploads.limits import MAX_FILE_BYTES

Source = bytes | bytearray | memoryview | str | PathLike[str] | BinaryIO


def read_source(source: Source, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, never more than `limit` bytes read; an empty or larger one is refused."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, str | PathLike):
        path = Path(source)
        if path.stat().st_size > limit:
            raise UploadRefused("too_large")
        with path.open("rb") as file:
            data = file.read(limit + 1)
    else:
        data = source.read(limit + 1) or b""

    if not data:
        raise UploadRefused("empty")
    if len(data) > limit:
        raise UploadRefused("too_large")
    return data
