"""The sheet every document is drawn on: A4, black on white, one typeface, and the metadata
that lets a file alone be matched to its record.

Cheap monochrome printers lose grey and hairlines, so there are no fills, rules are at least
0.25 mm and text is at least 8 pt (7 pt in the KK's member table).
"""

from fpdf import FPDF

from adminduk.documents import fonts
from adminduk.documents.issue import Issue
from adminduk.registry.choices import LABELS, DocumentKind

# Where the verification code is kept in the PDF: the document information's /Subject.
SUBJECT_PREFIX = "Kode verifikasi "

CREATOR = "Layanan Adminduk Daring"
LINE_WIDTH = 0.25
FOOTER_SIZE = 8


class Sheet(FPDF):
    """An A4 document of one kind; every page ends with its kind, number and page count."""

    def __init__(self, kind: DocumentKind, issue: Issue, *, landscape: bool, margin: float):
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.kind = kind
        self.issue = issue
        fonts.add_fonts(self)

        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(True, margin=margin)
        self.set_line_width(LINE_WIDTH)
        self.set_draw_color(0)
        self.set_text_color(0)
        self.set_font(fonts.FAMILY, size=10)

        # No personal data in the metadata: search engines and file managers index it.
        self.set_title(LABELS[kind])
        self.set_subject(SUBJECT_PREFIX + issue.verification_code)
        self.set_author(issue.office.office_name)
        self.set_creator(CREATOR)
        self.set_lang("id")

    def footer(self) -> None:
        self.set_y(-self.b_margin + 2)
        self.set_font(fonts.FAMILY, size=FOOTER_SIZE)
        self.cell(
            0,
            4,
            f"{LABELS[self.kind]} Nomor {self.issue.number}",
            align="L",
        )
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Halaman {self.page_no()} dari {{nb}}", align="R")

    def bold(self, size: float) -> None:
        self.set_font(fonts.FAMILY, "B", size)

    def regular(self, size: float) -> None:
        self.set_font(fonts.FAMILY, "", size)

    @property
    def content_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    @property
    def content_bottom(self) -> float:
        return self.h - self.b_margin

    def wrap(self, text: str, width: float) -> list[str]:
        """`text` in lines no wider than `width` mm in the current font."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split():
                candidate = f"{line} {word}" if line else word
                if self.get_string_width(candidate) <= width:
                    line = candidate
                    continue
                if line:
                    lines.append(line)
                line = word
                while self.get_string_width(line) > width:
                    cut = _longest_fit(self, line, width)
                    lines.append(line[:cut])
                    line = line[cut:]
            lines.append(line)
        return lines

    def line_height(self, factor: float = 1.25) -> float:
        """The distance between baselines for the current font size, in mm."""
        return self.font_size * factor


def _longest_fit(pdf: FPDF, word: str, width: float) -> int:
    cut = len(word) - 1
    while cut > 1 and pdf.get_string_width(word[:cut]) > width:
        cut -= 1
    return cut
