"""Writing files so that a crash leaves either the old state or the new one, never half a file."""

import os
import tempfile
from pathlib import Path

# Uploads are personal data: readable by the service's own user only.
DIRECTORY_MODE = 0o700


def make_dirs(path: Path) -> None:
    path.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path` (mode 0600), flush it to disk, then rename."""
    make_dirs(path.parent)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_directory(path.parent)


def _sync_directory(path: Path) -> None:
    # The rename itself survives a power cut only once the directory is on disk too.
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
