"""Where the service keeps files: uploaded papers and issued documents, by opaque id."""

from functools import cache

from adminduk.settings import get_settings
from adminduk.uploads.store import LocalFileStore


@cache
def file_store() -> LocalFileStore:
    return LocalFileStore(get_settings().data_dir / "uploads")
