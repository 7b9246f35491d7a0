"""Photos of papers, made safe and small: decoded fully, turned upright, stripped, re-encoded.

What is stored is a new JPEG drawn from the pixels alone. Nothing of the original file
survives: no EXIF (GPS, camera, time), no XMP, no comment, no ICC profile, no trailing bytes.
Colour profiles are dropped, not converted: papers are read for their text, and the profile
parser is one less thing to feed strangers' bytes. A broken metadata block costs only the
orientation, never the upload.
"""

import logging
from io import BytesIO

from PIL import Image, ImageOps

from adminduk.uploads._jpeg import without_metadata
from adminduk.uploads._pillow import BOMB_ERRORS, open_image
from adminduk.uploads.cleaned import CleanedFile
from adminduk.uploads.errors import UploadRefused
from adminduk.uploads.kinds import FileKind, sniff
from adminduk.uploads.limits import JPEG_QUALITY, MAX_IMAGE_SIDE, MAX_PIXELS
from adminduk.uploads.sources import Source, read_source

log = logging.getLogger(__name__)

GRAY_MODES = {"1", "L", "LA", "La", "I", "I;16", "I;16B", "I;16L", "I;16N", "F"}


def clean_image(source: Source) -> CleanedFile:
    """A JPEG, PNG or WebP photo as a clean JPEG at most MAX_IMAGE_SIDE pixels long."""
    data = read_source(source)
    kind = sniff(data)
    if kind is FileKind.HEIF:
        raise UploadRefused("heif")
    if not kind.is_image:
        raise UploadRefused("unsupported")

    image = _decode(data, kind)
    image = _upright(image)
    image = _rgb_or_gray(image)
    image = image.resize(fitted_size(image.size), Image.Resampling.LANCZOS, reducing_gap=3.0)
    encoded = _encode_jpeg(image)

    log.debug("Photo cleaned: %s bytes -> %s bytes, %sx%s", len(data), len(encoded), *image.size)
    return CleanedFile(
        data=encoded,
        kind=FileKind.JPEG,
        source_kind=kind,
        source_size=len(data),
        width=image.width,
        height=image.height,
    )


def fitted_size(size: tuple[int, int], longest: int = MAX_IMAGE_SIDE) -> tuple[int, int]:
    """The size that keeps the aspect ratio with the longer side at most `longest`."""
    width, height = size
    scale = min(1.0, longest / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _decode(data: bytes, kind: FileKind) -> Image.Image:
    try:
        return _decode_once(data, kind)
    except UploadRefused as refusal:
        # Metadata that does not parse must not cost the upload, whatever the warning filters
        # say (Pillow warns about corrupt EXIF): try once more without it, and unrotated.
        stripped = without_metadata(data) if kind is FileKind.JPEG else data
        if refusal.code != "image_broken" or len(stripped) == len(data):
            raise
        log.info("Photo decoded without its metadata, which does not parse")
        return _decode_once(stripped, kind)


def _decode_once(data: bytes, kind: FileKind) -> Image.Image:
    # Decoders of untrusted data fail in many ways (OSError, SyntaxError, struct.error...);
    # every failure means the same to the resident: this file cannot be opened.
    try:
        image = open_image(data, kind)
    except BOMB_ERRORS:
        raise UploadRefused("image_too_many_pixels") from None
    except Exception as exc:
        log.info("Photo refused, header does not decode: %s", type(exc).__name__)
        raise UploadRefused("image_broken") from None

    # Pillow's own guard is a warning up to twice its limit; this one is not.
    if image.width * image.height > MAX_PIXELS:
        raise UploadRefused("image_too_many_pixels")
    if kind is FileKind.JPEG:
        # Let the JPEG decoder scale by 1/2, 1/4 or 1/8 while decoding: less memory and time.
        image.draft(None, fitted_size(image.size))

    try:
        image.load()
    except BOMB_ERRORS:
        raise UploadRefused("image_too_many_pixels") from None
    except Exception as exc:
        log.info("Photo refused, pixels do not decode: %s", type(exc).__name__)
        raise UploadRefused("image_broken") from None
    return image


def _upright(image: Image.Image) -> Image.Image:
    try:
        return ImageOps.exif_transpose(image)
    except Exception as exc:
        log.info("Photo kept as drawn, its orientation is unreadable: %s", type(exc).__name__)
        return image


def _rgb_or_gray(image: Image.Image) -> Image.Image:
    gray = image.mode in GRAY_MODES
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        # 16-bit grey (some scanners): scale to 8 bits instead of clipping at 255.
        image = image.convert("I").point(lambda value: value / 256).convert("L")

    if image.has_transparency_data:
        # Transparent screenshots and scans: black text on "nothing" must land on white paper.
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, "white")
        image.paste(rgba, mask=rgba.getchannel("A"))

    return image.convert("L" if gray else "RGB")


def _encode_jpeg(image: Image.Image) -> bytes:
    # The comment and other info of the source must not be written into the new file.
    image.info.clear()
    out = BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return out.getvalue()
