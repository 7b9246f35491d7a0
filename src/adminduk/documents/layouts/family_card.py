"""Kartu Keluarga: landscape A4, the family's address, then its members in the two official
tables (identity and birth; marriage, relation, citizenship and parents)."""

from adminduk.documents.content import FamilyCard, FamilyMember
from adminduk.documents.issue import Issue
from adminduk.documents.issue_block import draw_issue_block
from adminduk.documents.page import Sheet
from adminduk.documents.table import Column, draw_table
from adminduk.documents.wording import EMPTY, label, short_date, upper

MARGIN = 10.0
# The member tables may go down to 7 pt; everything else stays at 8 pt or more.
TABLE_SIZE = 7.0
SIZE = 9.0
BLOCK_WIDTH = 130.0

IDENTITY_COLUMNS = (
    Column("No", 7, "C"),
    Column("Nama Lengkap", 50),
    Column("NIK", 29, "C"),
    Column("Jenis Kelamin", 19),
    Column("Tempat Lahir", 30),
    Column("Tanggal Lahir", 18, "C"),
    Column("Agama", 23),
    Column("Pendidikan", 37),
    Column("Jenis Pekerjaan", 46),
    Column("Golongan Darah", 18, "C"),
)

FAMILY_COLUMNS = (
    Column("No", 7, "C"),
    Column("Status Perkawinan", 26),
    Column("Tanggal Perkawinan", 21, "C"),
    Column("Status Hubungan Dalam Keluarga", 28),
    Column("Kewarga- negaraan", 19, "C"),
    Column("No. Paspor", 26, "C"),
    Column("No. KITAP", 26, "C"),
    Column("Nama Ayah", 62),
    Column("Nama Ibu", 62),
)


def render_family_card(card: FamilyCard, issue: Issue) -> bytes:
    sheet = Sheet(card.kind, issue, landscape=True, margin=MARGIN)
    sheet.add_page()
    _draw_heading(sheet, card)

    identity = [_identity_row(number, m) for number, m in enumerate(card.members, start=1)]
    draw_table(sheet, IDENTITY_COLUMNS, identity, size=TABLE_SIZE, numbered_headings=True)
    sheet.ln(3)
    family = [_family_row(number, m) for number, m in enumerate(card.members, start=1)]
    draw_table(sheet, FAMILY_COLUMNS, family, size=TABLE_SIZE, numbered_headings=True)
    sheet.ln(3)

    top = draw_issue_block(sheet, BLOCK_WIDTH, at_bottom=True)
    _draw_head_of_family(sheet, card, top)
    return bytes(sheet.output())


def _draw_heading(sheet: Sheet, card: FamilyCard) -> None:
    sheet.bold(16)
    sheet.cell(0, 7, "KARTU KELUARGA", align="C", new_x="LMARGIN", new_y="NEXT")
    sheet.bold(12)
    sheet.cell(0, 6, f"No. {card.kk_number}", align="C", new_x="LMARGIN", new_y="NEXT")
    sheet.ln(2)

    address = card.address
    left = [
        ("Nama Kepala Keluarga", upper(card.head_name)),
        ("Alamat", upper(address.street)),
        ("RT/RW", f"{address.rt}/{address.rw}"),
        ("Desa/Kelurahan", upper(address.desa)),
    ]
    right = [
        ("Kecamatan", upper(address.kecamatan)),
        ("Kabupaten/Kota", upper(address.regency)),
        ("Kode Pos", address.postal_code),
        ("Provinsi", upper(address.province)),
    ]
    top = sheet.get_y()
    half = sheet.content_width / 2
    _draw_pairs(sheet, left, sheet.l_margin, top, label_width=36, width=half)
    bottom = _draw_pairs(sheet, right, sheet.l_margin + half + 20, top, label_width=30, width=half)
    sheet.set_y(bottom + 2)


def _draw_pairs(sheet, pairs, x: float, y: float, *, label_width: float, width: float) -> float:
    sheet.regular(SIZE)
    step = sheet.line_height(1.35)
    for title, value in pairs:
        sheet.regular(SIZE)
        sheet.text(x, y + step * 0.8, title)
        sheet.text(x + label_width, y + step * 0.8, ":")
        sheet.bold(SIZE)
        for line in sheet.wrap(value, width - label_width - 25):
            sheet.text(x + label_width + 3, y + step * 0.8, line)
            y += step
    return y


def _draw_head_of_family(sheet: Sheet, card: FamilyCard, top: float) -> None:
    issue = sheet.issue
    x = sheet.l_margin + 10
    sheet.regular(SIZE)
    step = sheet.line_height(1.4)
    sheet.text(x, top + step, f"Dikeluarkan tanggal: {short_date(issue.issued_on)}")
    sheet.text(x, top + 3 * step, "KEPALA KELUARGA")
    sheet.bold(SIZE)
    sheet.text(x, top + 6 * step, upper(card.head_name))


def _identity_row(number: int, member: FamilyMember) -> tuple[str, ...]:
    return (
        str(number),
        upper(member.full_name),
        member.nik,
        label(member.sex),
        upper(member.birth_place),
        short_date(member.birth_date),
        label(member.religion),
        label(member.education),
        upper(member.occupation),
        label(member.blood_type),
    )


def _family_row(number: int, member: FamilyMember) -> tuple[str, ...]:
    return (
        str(number),
        label(member.marital_status),
        short_date(member.marriage_date),
        label(member.relation),
        label(member.citizenship),
        member.passport_number or EMPTY,
        member.kitap_number or EMPTY,
        upper(member.father_name),
        upper(member.mother_name),
    )
