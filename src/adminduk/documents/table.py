"""A ruled table with wrapped cells that continues on the next page with its headings.

fpdf2's own `table()` lays out every cell as a multi_cell, about four times slower than this
for the KK's twenty rows; these tables only need wrapping, borders and repeated headings.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from adminduk.documents.page import Sheet

PADDING = 0.55


@dataclass(frozen=True, slots=True)
class Column:
    heading: str
    width: float
    align: str = "L"


def draw_table(
    sheet: Sheet,
    columns: tuple[Column, ...],
    rows: Sequence[tuple[str, ...]],
    *,
    size: float,
    numbered_headings: bool = False,
) -> None:
    """Draw the table from the current y at the left margin, breaking pages as needed."""
    sheet.bold(size)
    headings = [sheet.wrap(column.heading, column.width - 2 * PADDING) for column in columns]
    if numbered_headings:
        numbers = [[f"({number})"] for number in range(1, len(columns) + 1)]
    step = sheet.line_height(1.2)

    def draw_headings() -> None:
        sheet.bold(size)
        _draw_row(sheet, columns, headings, step, align="C")
        if numbered_headings:
            sheet.regular(size)
            _draw_row(sheet, columns, numbers, step, align="C")

    draw_headings()
    sheet.regular(size)
    for row in rows:
        cells = [
            sheet.wrap(text, column.width - 2 * PADDING)
            for text, column in zip(row, columns, strict=True)
        ]
        if sheet.get_y() + _height(cells, step) > sheet.content_bottom:
            sheet.add_page()
            draw_headings()
            sheet.regular(size)
        _draw_row(sheet, columns, cells, step)


def _height(cells: list[list[str]], step: float) -> float:
    return max(len(lines) for lines in cells) * step + 2 * PADDING


def _draw_row(
    sheet: Sheet,
    columns: tuple[Column, ...],
    cells: list[list[str]],
    step: float,
    align: str | None = None,
) -> None:
    top = sheet.get_y()
    height = _height(cells, step)
    x = sheet.l_margin
    ascent = step * 0.75
    for column, lines in zip(columns, cells, strict=True):
        sheet.rect(x, top, column.width, height)
        for number, text in enumerate(lines):
            text_x = _aligned_x(sheet, text, x, column.width, align or column.align)
            sheet.text(text_x, top + PADDING + ascent + number * step, text)
        x += column.width
    sheet.set_y(top + height)


def _aligned_x(sheet: Sheet, text: str, x: float, width: float, align: str) -> float:
    if align == "C":
        return x + (width - sheet.get_string_width(text)) / 2
    if align == "R":
        return x + width - PADDING - sheet.get_string_width(text)
    return x + PADDING
