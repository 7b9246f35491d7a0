"""The one door for uploads: whatever arrives leaves as a clean JPEG or PDF, or is refused."""

import logging

from adminduk.uploads.cleaned import CleanedFile
from adminduk.uploads.errors import UploadRefused
from adminduk.uploads.images import clean_image
from adminduk.uploads.kinds import FileKind, identify, sniff
from adminduk.uploads.pdfs import check_pdf
from adminduk.uploads.sources import Source, read_source

log = logging.getLogger(__name__)


def accept_upload(source: Source) -> CleanedFile:
    """Check and clean one uploaded file; raises UploadRefused with a message for the resident.

    CPU-bound (about 0.2 s for a 8 MP photo): call it from a worker thread, not the event loop.
    """
    try:
        data = read_source(source)
        return _clean(data)
    except UploadRefused as refusal:
        log.warning("Upload refused: %s", refusal.code)
        raise


def refuse_early(head: bytes) -> None:
    """Refuse from the first piece of a chunked upload what its magic bytes already rule out.

    Saves a resident on a weak link from sending a whole HEIC photo only to have it refused.
    `accept_upload` still checks the whole file at the end.
    """
    kind = sniff(head)
    if kind is FileKind.HEIF:
        raise UploadRefused("heif")
    # A PDF header may stand anywhere in the first kilobyte: judge only once it has arrived.
    if kind is FileKind.UNKNOWN and len(head) >= 1024:
        raise UploadRefused("unsupported")


def _clean(data: bytes) -> CleanedFile:
    kind = identify(data)
    if kind.is_image:
        return clean_image(data)
    if kind is FileKind.PDF:
        return check_pdf(data)
    if kind is FileKind.HEIF:
        raise UploadRefused("heif")

    # Right magic bytes but a header no decoder accepts: the file is damaged, not foreign.
    claimed = sniff(data)
    if claimed.is_image:
        raise UploadRefused("image_broken")
    if claimed is FileKind.PDF:
        raise UploadRefused("pdf_broken")
    raise UploadRefused("unsupported")
