"""The one typeface of every document: DejaVu Sans Condensed, regular and bold, subset-embedded.

Parsing and subsetting the whole TTF (700 KB, 6,000 glyphs) for each document cost about 75 ms
for the two styles, so each process parses it once and keeps a reduced copy with the Latin
letters, accents and punctuation that names and addresses use (about 900 glyphs); a document
parses that copy and embeds only the glyphs it draws, about 12 ms in all. Condensed, because
the KK's member table has ten columns across the page.
"""

import io
from functools import cache
from pathlib import Path

from fontTools import subset as ft_subset
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.fonts import TTFFont

FAMILY = "dejavu"

# Shipped with the package (DejaVu's free licence, see typeface/LICENSE-DejaVu.txt), so a
# machine without Debian's fonts-dejavu-core renders the same documents.
FONT_DIR = Path(__file__).resolve().parent / "typeface"
FONT_FILES = {"": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf"}

# Basic Latin, Latin-1, Latin Extended-A/B and Additional (names of foreign residents), the
# combining accents, dashes and quotes, the bullet and ellipsis, and the numero sign.
REPERTOIRE = frozenset(
    [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00)]
    + [*range(0x2010, 0x2028), 0x2116]
)


def add_fonts(pdf: FPDF) -> None:
    """Make FAMILY (styles "" and "B") available to `pdf`."""
    for style in FONT_FILES:
        key = FAMILY + style
        # fpdf2's add_font only takes a file path: the reduced copy lives in memory, so the
        # font object is made the way add_font makes it (checked by the tests on each upgrade).
        font = TTFFont(pdf, io.BytesIO(_reduced_font(style)), key, style)
        # Subsetting keeps outlines as they are, so their bounding boxes need no
        # recalculation: skipping it saves unpacking every glyph again (about 8 ms).
        font.ttfont.recalcBBoxes = False
        pdf.fonts[key] = font


@cache
def _reduced_font(style: str) -> bytes:
    path = FONT_DIR / FONT_FILES[style]
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: the package is incomplete")

    font = TTFont(path)
    # Glyph names kept (fpdf2 subsets by name); hinting dropped (printers do not use it).
    options = ft_subset.Options(
        notdef_outline=True, recommended_glyphs=True, glyph_names=True, hinting=False
    )
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM"]
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=REPERTOIRE)
    subsetter.subset(font)
    output = io.BytesIO()
    font.save(output)
    return output.getvalue()
