"""Where the service keeps files: uploaded papers and issued documents, by opaque id."""

from functools import cache

from adminduk.settings import get_settings
from adminduk.uploads.chunked import ChunkedUploads
from adminduk.uploads.store import LocalFileStore


def _root():
    return get_settings().data_dir / "uploads"


@cache
def file_store() -> LocalFileStore:
    return LocalFileStore(_root())


@cache
def chunked_uploads() -> ChunkedUploads:
    """Uploads arriving in pieces, staged beside the files they become."""
    return ChunkedUploads(_root())
