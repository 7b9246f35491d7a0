"""The portrait layout shared by the akta, the SKPWNI and the Biodata: a title, sections of
numbered fields, an optional table, and the issue block."""

from dataclasses import dataclass

from adminduk.documents.issue import Issue
from adminduk.documents.issue_block import draw_issue_block
from adminduk.documents.page import Sheet
from adminduk.documents.table import Column, draw_table
from adminduk.registry.choices import DocumentKind

MARGIN = 18.0
NUMBER_WIDTH = 8.0
LABEL_WIDTH = 56.0
COLON_WIDTH = 4.0
BLOCK_WIDTH = 110.0


@dataclass(frozen=True, slots=True)
class Field:
    label: str
    value: str
    # A second line under the value, e.g. a date spelled out.
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    heading: str | None
    fields: tuple[Field, ...]
    intro: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    heading: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Form:
    kind: DocumentKind
    title: str
    sections: tuple[Section, ...]
    # Short lines at the top left, above the title ("PENCATATAN SIPIL").
    preamble: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    closing: str | None = None
    # Text size in points; a long form (the Biodata) uses 9 to stay on one page.
    size: float = 10.0


def render_form(form: Form, issue: Issue) -> bytes:
    sheet = Sheet(form.kind, issue, landscape=False, margin=MARGIN)
    sheet.add_page()
    _draw_heading(sheet, form, issue)
    for section in form.sections:
        _draw_section(sheet, section, form.size)
    for table in form.tables:
        _draw_section_heading(sheet, table.heading, form.size)
        draw_table(sheet, table.columns, table.rows, size=9)
        sheet.ln(3)
    if form.closing:
        _draw_paragraph(sheet, form.closing, form.size)

    sheet.ln(4)
    draw_issue_block(sheet, BLOCK_WIDTH)
    return bytes(sheet.output())


def _draw_heading(sheet: Sheet, form: Form, issue: Issue) -> None:
    sheet.bold(10)
    for line in form.preamble:
        sheet.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    sheet.ln(4)
    sheet.bold(15)
    for line in sheet.wrap(form.title, sheet.content_width):
        sheet.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    sheet.regular(11)
    sheet.cell(0, 6, f"Nomor: {issue.number}", align="C", new_x="LMARGIN", new_y="NEXT")
    sheet.ln(5)


def _draw_section(sheet: Sheet, section: Section, size: float) -> None:
    if section.heading:
        _draw_section_heading(sheet, section.heading, size)
    if section.intro:
        _draw_paragraph(sheet, section.intro, size)
    for number, item in enumerate(section.fields, start=1):
        _draw_field(sheet, number, item, size)
    sheet.ln(3)


def _draw_section_heading(sheet: Sheet, heading: str, size: float) -> None:
    sheet.bold(size)
    if sheet.will_page_break(16):
        sheet.add_page()
    sheet.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
    y = sheet.get_y()
    sheet.line(sheet.l_margin, y, sheet.l_margin + sheet.content_width, y)
    sheet.ln(1.5)


def _draw_paragraph(sheet: Sheet, text: str, size: float) -> None:
    sheet.regular(size)
    step = sheet.line_height(1.35)
    for line in sheet.wrap(text, sheet.content_width):
        sheet.cell(0, step, line, new_x="LMARGIN", new_y="NEXT")
    sheet.ln(1.5)


def _draw_field(sheet: Sheet, number: int, item: Field, size: float) -> None:
    value_left = sheet.l_margin + NUMBER_WIDTH + LABEL_WIDTH + COLON_WIDTH
    value_width = sheet.w - sheet.r_margin - value_left
    sheet.bold(size)
    values = sheet.wrap(item.value, value_width)
    sheet.regular(max(size - 1, 8))
    notes = sheet.wrap(item.note, value_width) if item.note else []
    sheet.regular(size)
    labels = sheet.wrap(item.label, LABEL_WIDTH - 1)
    step = sheet.line_height(1.35)
    height = max(len(labels), len(values) + len(notes)) * step + 1
    if sheet.will_page_break(height):
        sheet.add_page()

    top = sheet.get_y()
    baseline = top + step * 0.78
    sheet.text(sheet.l_margin, baseline, f"{number}.")
    for row, text in enumerate(labels):
        sheet.text(sheet.l_margin + NUMBER_WIDTH, baseline + row * step, text)
    sheet.text(value_left - COLON_WIDTH, baseline, ":")
    sheet.bold(size)
    for row, text in enumerate(values):
        sheet.text(value_left, baseline + row * step, text)
    sheet.regular(max(size - 1, 8))
    for row, text in enumerate(notes, start=len(values)):
        sheet.text(value_left, baseline + row * step, text)
    sheet.set_y(top + height)
