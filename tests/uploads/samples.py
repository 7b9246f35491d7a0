"""Real files residents send (../shared/fixtures), and small synthetic ones made on the spot."""

import struct
import zlib
from io import BytesIO
from pathlib import Path

from PIL import Image

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
if not (FIXTURES / "photos").is_dir() or not (FIXTURES / "pdf").is_dir():
    raise RuntimeError(f"The shared test inputs are missing: expected them in {FIXTURES}")


def photo(name: str) -> Path:
    return FIXTURES / "photos" / name


def pdf(name: str) -> Path:
    return FIXTURES / "pdf" / name


def jpeg_segments(data: bytes) -> list[int]:
    """The marker of every segment before the image data (0xE1 is EXIF or XMP, 0xFE a comment)."""
    assert data[:2] == b"\xff\xd8"
    markers, position = [], 2
    while position < len(data):
        marker = data[position + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        position += 2 + length
    return markers


def image_bytes(image: Image.Image, file_format: str, **options: object) -> bytes:
    out = BytesIO()
    image.save(out, file_format, **options)
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A real one-colour 1-bit PNG of the given size: a few kilobytes that decode to a giant."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def with_app1(jpeg: bytes, body: bytes) -> bytes:
    """`jpeg` with an extra APP1 segment (EXIF's) right after its start marker."""
    segment = b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    return jpeg[:2] + segment + jpeg[2:]


def pdf_bytes(writer) -> bytes:
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
