"""The block at the bottom right of every document: where and when it was issued, the head of
office who signs it electronically, the registrar who approved it, and the QR code that stands
in for the wet signature and stamp, with a caption saying so."""

from adminduk.documents.page import Sheet
from adminduk.documents.qr import draw_qr, make_qr
from adminduk.documents.wording import long_date

CAPTION_LINES = (
    "Dokumen ini ditandatangani secara elektronik;",
    "pindai kode QR untuk memeriksa keasliannya.",
)
# About 0.75 mm a module for a version 3 or 4 symbol: phone cameras read that from a
# cheap print at arm's length.
QR_SIZE = 28.0
GAP = 3.0
SMALL = 8.0
PT = 0.3528


def draw_issue_block(sheet: Sheet, width: float, *, size: float = 9, at_bottom: bool = False):
    """Draw the block right-aligned below the content (or at the foot of the page); return the
    y where it starts."""
    issue = sheet.issue
    office = issue.office
    left = sheet.w - sheet.r_margin - width
    text_width = width - QR_SIZE - GAP
    line = size * PT * 1.3
    small_line = SMALL * PT * 1.3

    sheet.regular(size)
    issued = sheet.wrap(
        f"Dikeluarkan di {office.regency_name}, {long_date(issue.issued_on)}", text_width
    )
    sheet.bold(size)
    title = sheet.wrap(office.head_title, text_width)
    names = sheet.wrap(office.head_name, text_width)
    sheet.regular(SMALL)
    approved = [
        "Disetujui oleh Pejabat Pencatatan Sipil:",
        *sheet.wrap(issue.registrar_name, text_width),
    ]
    caption = [text for part in CAPTION_LINES for text in sheet.wrap(part, width)]
    caption.append(f"Kode verifikasi: {issue.verification_code}")

    text_height = (len(issued) + len(title) + len(names) + 1.5) * line + len(approved) * small_line
    height = max(text_height, QR_SIZE) + GAP + len(caption) * small_line
    if sheet.get_y() + height > sheet.content_bottom:
        sheet.add_page()
    top = sheet.content_bottom - height if at_bottom else sheet.get_y()

    y = top
    sheet.regular(size)
    y = _centred(sheet, issued, left, y, text_width, line)
    sheet.bold(size)
    y = _centred(sheet, title, left, y, text_width, line) + line / 2
    y = _centred(sheet, names, left, y, text_width, line)
    sheet.regular(size)
    y = _centred(sheet, [f"NIP. {office.head_nip}"], left, y, text_width, line)
    sheet.regular(SMALL)
    y = _centred(sheet, approved, left, y, text_width, small_line)

    draw_qr(sheet, make_qr(issue.verification_url), left + width - QR_SIZE, top, QR_SIZE)
    y = max(y, top + QR_SIZE) + GAP
    for text in caption:
        sheet.text(left + width - sheet.get_string_width(text), y + small_line * 0.8, text)
        y += small_line
    sheet.set_y(y)
    return top


def _centred(sheet: Sheet, lines: list[str], left: float, y: float, width: float, step: float):
    for text in lines:
        x = left + (width - sheet.get_string_width(text)) / 2
        sheet.text(x, y + step * 0.8, text)
        y += step
    return y
