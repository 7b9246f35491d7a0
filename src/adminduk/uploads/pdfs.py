"""PDFs: refused when officers could not open them, otherwise stored as a rewritten copy.

Every accepted PDF is rewritten from its pages alone, so what is stored never carries the
original's scripts, automatic actions, embedded files, form logic, document metadata,
incremental updates or bytes outside the PDF. Pages, their text and images stay as they
were. When something the resident may care about was left out (attachments, scripts), the
result carries a notice saying so; the file is not refused for it, since many harmless PDFs
from offices and phone apps carry such things.
"""

import logging
from io import BytesIO

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from adminduk.uploads.cleaned import CleanedFile
from adminduk.uploads.errors import Notice, UploadRefused
from adminduk.uploads.kinds import FileKind, sniff
from adminduk.uploads.limits import MAX_PDF_PAGES
from adminduk.uploads.pdf_content import ATTACHMENT, MEDIA_SUBTYPES, SCRIPT, active_content
from adminduk.uploads.sources import Source, read_source

log = logging.getLogger(__name__)

DROPPED_PAGE_KEYS = ("/AA", "/Metadata", "/PieceInfo", "/Thumb")
DROPPED_ANNOTATIONS = MEDIA_SUBTYPES | {"/FileAttachment"}
# An annotation's own actions, and a form widget's link to its field (which holds the logic).
DROPPED_ANNOTATION_KEYS = ("/A", "/AA", "/Parent")


def check_pdf(source: Source) -> CleanedFile:
    """A PDF that officers can open, rewritten without active content or attachments."""
    data = read_source(source)
    kind = sniff(data)
    if kind is FileKind.HEIF:
        raise UploadRefused("heif")
    if kind is not FileKind.PDF:
        raise UploadRefused("unsupported")

    reader = _open(data)
    pages = _page_count(reader)
    found = active_content(reader.trailer["/Root"])
    rewritten = _rewrite(reader)
    _check_rewritten(rewritten, pages)

    notices = []
    if ATTACHMENT in found:
        notices.append(Notice("pdf_attachments_removed"))
    if SCRIPT in found:
        notices.append(Notice("pdf_scripts_removed"))
    return CleanedFile(
        data=rewritten,
        kind=FileKind.PDF,
        source_kind=FileKind.PDF,
        source_size=len(data),
        pages=pages,
        notices=tuple(notices),
    )


def _open(data: bytes) -> PdfReader:
    # pypdf fails on broken files in many ways (PdfReadError, ValueError, KeyError...).
    try:
        reader = PdfReader(BytesIO(data), strict=False)
    except Exception as exc:
        log.info("PDF refused, structure does not parse: %s", type(exc).__name__)
        raise UploadRefused("pdf_broken") from None

    if reader.is_encrypted:
        # An owner password alone (printing or copying restricted) still opens for anyone.
        try:
            opened = reader.decrypt("")
        except Exception as exc:
            log.info("PDF refused, encryption not understood: %s", type(exc).__name__)
            opened = 0
        if not opened:
            raise UploadRefused("pdf_encrypted")
    return reader


def _page_count(reader: PdfReader) -> int:
    try:
        pages = len(reader.pages)
        for page in reader.pages:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
    except Exception as exc:
        log.info("PDF refused, pages do not decode: %s", type(exc).__name__)
        raise UploadRefused("pdf_broken") from None

    if pages == 0:
        raise UploadRefused("pdf_broken")
    if pages > MAX_PDF_PAGES:
        raise UploadRefused("pdf_too_many_pages", pages=pages)
    return pages


def _rewrite(reader: PdfReader) -> bytes:
    writer = PdfWriter()
    try:
        for page in reader.pages:
            _strip_page(page)
            writer.add_page(page)
        writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
        out = BytesIO()
        writer.write(out)
    except Exception as exc:
        log.info("PDF refused, pages cannot be copied: %s", type(exc).__name__)
        raise UploadRefused("pdf_broken") from None
    return out.getvalue()


def _strip_page(page: PageObject) -> None:
    """Remove, in the reader's copy, what the writer must not clone along with the page."""
    for key in DROPPED_PAGE_KEYS:
        page.pop(key, None)

    annotations = page.get("/Annots")
    if not isinstance(annotations, ArrayObject):
        page.pop("/Annots", None)
        return

    kept = ArrayObject()
    for reference in annotations:
        annotation = reference.get_object()
        if not isinstance(annotation, DictionaryObject):
            continue
        if annotation.get("/Subtype") in DROPPED_ANNOTATIONS:
            continue
        for key in DROPPED_ANNOTATION_KEYS:
            annotation.pop(key, None)
        kept.append(reference)
    page[NameObject("/Annots")] = kept


def _check_rewritten(data: bytes, pages: int) -> None:
    """The copy must open, have every page, and carry no action at all: fail closed."""
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        copied = len(reader.pages)
        left = active_content(reader.trailer["/Root"])
    except Exception as exc:
        log.warning("PDF refused, the rewritten copy does not open: %s", type(exc).__name__)
        raise UploadRefused("pdf_broken") from None

    if copied != pages:
        log.warning("PDF refused, the rewritten copy has %s of %s pages", copied, pages)
        raise UploadRefused("pdf_broken")
    if left:
        log.warning("PDF refused, active content survived the rewrite: %s", sorted(left))
        raise UploadRefused("pdf_active_content")
