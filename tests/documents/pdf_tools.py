"""What a person or another program sees in a PDF: page sizes, text, the QR code on the
printed page, and poppler's own signature check."""

import io
import re
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader

# 150 dpi: what a cheap inkjet's draft mode prints, and about what a phone camera resolves.
PRINT_DPI = 150


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of each page, in points."""
    return [
        (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def content_streams(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.get_contents().get_data().decode("latin-1") for page in reader.pages]


def font_sizes(pdf: bytes) -> set[float]:
    return {
        float(size)
        for stream in content_streams(pdf)
        for size in re.findall(r"/F\d+ ([\d.]+) Tf", stream)
    }


def qr_codes(pdf: bytes) -> list[str]:
    """The text of every QR code on the last page, printed at PRINT_DPI and scanned."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(PRINT_DPI),
                "-gray",
                "-png",
                "-singlefile",
                "-l",
                "99",
                "-f",
                str(len(page_sizes(pdf))),
                str(source),
                str(Path(folder) / "page"),
            ],
            check=True,
            timeout=60,
        )
        with Image.open(Path(folder) / "page.png") as image:
            image.load()
            results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [result.text for result in results]


def pdfsig(pdf: bytes) -> str:
    """poppler's report; -no-ocsp keeps it off the network."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        finished = subprocess.run(
            ["pdfsig", "-no-ocsp", str(source)], capture_output=True, text=True, timeout=60
        )
    return finished.stdout + finished.stderr


def signed_range(pdf: bytes) -> tuple[int, int, int, int]:
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    assert found, "no /ByteRange in the file"
    start, first, second, length = (int(value) for value in found.groups())
    return start, first, second, length


def with_byte_changed(pdf: bytes, offset: int) -> bytes:
    changed = bytearray(pdf)
    changed[offset] = ord("0") if changed[offset] != ord("0") else ord("1")
    return bytes(changed)
