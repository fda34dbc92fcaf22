"""The bundled Vazirmatn, registered with reportlab once."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from qotb_desktop.paths import FONT_BOLD, FONT_REGULAR, font_file

REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"


@cache
def register() -> tuple[str, str]:
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_file(FONT_REGULAR))))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_file(FONT_BOLD))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    # A table cell sets its style's font before drawing it, even when it holds only our
    # flowables: reportlab's default (Helvetica) would be written into every PDF as an
    # unused, unembedded font, which print shops' checkers flag.
    CellStyle.fontname = REGULAR
    return REGULAR, BOLD
