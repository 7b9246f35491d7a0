"""The QR code that stands for the signature and stamp (Permendagri 109/2019).

It holds only the verification URL, upper case, so segno encodes it in alphanumeric mode, the
smallest QR for a given length; error correction M survives a smudge or a fold. It is drawn
as vector rectangles, sharp at any printer resolution.
"""

import segno
from fpdf import FPDF

# Modules of blank margin around the symbol, as ISO/IEC 18004 asks.
QUIET_ZONE = 4


def make_qr(url: str) -> segno.QRCode:
    return segno.make_qr(url, error="m", mode="alphanumeric", boost_error=False)


def draw_qr(pdf: FPDF, qr: segno.QRCode, x: float, y: float, size: float) -> None:
    """Draw `qr` with its quiet zone in a `size` square whose top left is (x, y), in mm."""
    width, _ = qr.symbol_size(border=QUIET_ZONE)
    module = size / width
    pdf.set_fill_color(0)

    for row_number, row in enumerate(qr.matrix):
        top = y + (row_number + QUIET_ZONE) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            left = x + (start + QUIET_ZONE) * module
            pdf.rect(left, top, (column - start) * module, module, style="F")
