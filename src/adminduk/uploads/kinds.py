"""What a file really is, from its bytes: never from its name or the type the browser declared."""

import logging
from enum import StrEnum
from io import BytesIO

from pypdf import PdfReader

from adminduk.uploads._pillow import BOMB_ERRORS, open_image
from adminduk.uploads.sources import Source, read_source

log = logging.getLogger(__name__)

# ISO base media "ftyp" brands of HEIF files: HEVC stills (iPhone, Samsung) and AVIF.
HEIF_BRANDS = {
    b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs",
    b"mif1", b"mif2", b"msf1", b"avif", b"avis",
}  # fmt: skip


class FileKind(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    HEIF = "heif"
    PDF = "pdf"
    UNKNOWN = "unknown"

    @property
    def is_image(self) -> bool:
        return self in (FileKind.JPEG, FileKind.PNG, FileKind.WEBP)


def sniff(data: bytes) -> FileKind:
    """The kind the magic bytes claim, before any decoder has agreed."""
    if data.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return FileKind.WEBP
    if _heif_brands(data) & HEIF_BRANDS:
        return FileKind.HEIF
    # PDF readers accept the header anywhere in the first kilobyte, and so do scanners.
    if b"%PDF-" in data[:1024]:
        return FileKind.PDF
    return FileKind.UNKNOWN


def identify(source: Source) -> FileKind:
    """The kind of a file whose magic bytes match and whose header the real decoder parses.

    Only headers are decoded here (cheap); `clean_image` and `check_pdf` decode everything.
    HEIF is recognised by its container alone: no HEIF decoder is installed.
    """
    data = read_source(source)
    kind = sniff(data)
    if kind.is_image and not _image_header_decodes(data, kind):
        return FileKind.UNKNOWN
    if kind is FileKind.PDF and not _pdf_structure_parses(data):
        return FileKind.UNKNOWN
    return kind


def _heif_brands(data: bytes) -> set[bytes]:
    if data[4:8] != b"ftyp":
        return set()
    box_end = min(int.from_bytes(data[:4], "big"), len(data), 256)
    major = {data[8:12]}
    compatible = {data[i : i + 4] for i in range(16, box_end - 3, 4)}
    return major | compatible


def _image_header_decodes(data: bytes, kind: FileKind) -> bool:
    # Decoders of untrusted data fail in many ways (OSError, SyntaxError, struct.error...).
    try:
        with open_image(data, kind) as image:
            return image.width > 0 and image.height > 0
    except BOMB_ERRORS:
        return True  # a real image, too big to decode: clean_image refuses it by name
    except Exception as exc:
        log.info("Upload with %s magic bytes does not decode: %s", kind, type(exc).__name__)
        return False


def _pdf_structure_parses(data: bytes) -> bool:
    try:
        PdfReader(BytesIO(data), strict=False)
    except Exception as exc:
        log.info("Upload with PDF magic bytes does not parse: %s", type(exc).__name__)
        return False
    return True
