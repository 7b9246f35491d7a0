"""Pillow, set up once for files from strangers: a pixel limit, and its warning made an error.

Both settings are process-wide in Pillow; they are set when this package is imported. The
cleaner also checks the pixel count itself, so the guard holds even if another module
changes the warning filters.
"""

import warnings
from io import BytesIO

from PIL import Image

from adminduk.uploads.limits import MAX_PIXELS

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)

# Only these decoders ever see an upload; "JPEG" also opens multi-picture phone files (MPO).
PILLOW_FORMATS = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
BOMB_ERRORS = (Image.DecompressionBombError, Image.DecompressionBombWarning)


def open_image(data: bytes, kind: str) -> Image.Image:
    """Parse the header with the one decoder that the magic bytes named; pixels load later."""
    return Image.open(BytesIO(data), formats=[PILLOW_FORMATS[kind]])
