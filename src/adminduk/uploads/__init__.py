"""Uploaded papers: what a file really is, cleaning it, keeping it, and receiving it in pieces.

Route handlers use this package through these names:

    accept_upload(source) -> CleanedFile        check and clean any upload (raises UploadRefused)
    refuse_early(first_chunk)                   refuse a HEIC or foreign file at its first piece
    identify(source) -> FileKind                what a file is, from its bytes
    clean_image(source) / check_pdf(source)     the two cleaners accept_upload picks from
    LocalFileStore(root), a FileStore           keeps cleaned files by opaque id
    ChunkedUploads(root)                        resumable uploads in pieces (Upload-Offset)
"""

from adminduk.uploads.chunked import ChunkedUploads, UploadStatus
from adminduk.uploads.cleaned import CleanedFile
from adminduk.uploads.errors import Notice, OffsetConflict, UploadRefused
from adminduk.uploads.images import clean_image
from adminduk.uploads.intake import accept_upload, refuse_early
from adminduk.uploads.kinds import FileKind, identify
from adminduk.uploads.pdfs import check_pdf
from adminduk.uploads.store import FileStore, LocalFileStore, StoredFileMissing

__all__ = [
    "ChunkedUploads",
    "CleanedFile",
    "FileKind",
    "FileStore",
    "LocalFileStore",
    "Notice",
    "OffsetConflict",
    "StoredFileMissing",
    "UploadRefused",
    "UploadStatus",
    "accept_upload",
    "check_pdf",
    "clean_image",
    "identify",
    "refuse_early",
]
