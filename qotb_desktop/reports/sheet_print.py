"""A worksheet set up to print readably: A4 landscape, the title and header rows repeated on
every page, a page number in the foot, cut into pages of whole columns (the row number
and the name repeated on each page after the first) and printed at the one scale at
which the widest page fits, never under MIN_SCALE.

Not «fit to one page wide»: nineteen and more columns fitted so print at 4 pt. The
widths are computed as Excel and LibreOffice lay out their default type (Calibri 11 or
its metric twin Carlito): a column ``w`` characters wide is ``7 w + 5`` pixels at 96 dpi.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break, ColBreak
from openpyxl.worksheet.worksheet import Worksheet

FONT_POINTS = 11  # the workbook's type (Calibri 11, the default of Excel and LibreOffice)
PIXELS_PER_CHARACTER = 7  # a column's width is in characters of 7 px at 96 dpi (Calibri 11)
PAGE_POINTS = 842  # the long side of A4, in points (landscape)
MARGIN_INCHES = 0.4
MIN_SCALE = 75  # percent: 11 pt prints at 8.25 pt
BEST_SCALE = 90  # percent: what an automatic cut aims at (about 10 pt)


def column_points(width: float) -> float:
    """A column's printed width at 100 %, in points (with Excel's 5 px of padding)."""
    return (width * PIXELS_PER_CHARACTER + 5) * 0.75


def usable_points() -> float:
    """The width a landscape A4 page prints on, between its margins."""
    return PAGE_POINTS - 2 * MARGIN_INCHES * 72


def pages_of(widths: Sequence[float], breaks: Sequence[int], title_columns: int) -> list[list[int]]:
    """The 1-based columns of each page across: cut before each of ``breaks``, the first
    ``title_columns`` repeated on every page after the first."""
    pages, start = [], 1
    for cut in [*breaks, len(widths) + 1]:
        columns = list(range(start, cut))
        pages.append(columns if start == 1 else [*range(1, title_columns + 1), *columns])
        start = cut
    return pages


def _cut(widths: Sequence[float], title_columns: int) -> list[int]:
    """Where pages begin when no cut is given: none when the sheet fits one page at
    MIN_SCALE; else as many whole columns on each page as fit at BEST_SCALE."""
    if sum(column_points(w) for w in widths) <= usable_points() * 100 / MIN_SCALE:
        return []
    room = usable_points() * 100 / BEST_SCALE
    titles = sum(column_points(w) for w in widths[:title_columns])
    breaks, used = [], 0.0
    for index, width in enumerate(widths, 1):
        if used and used + column_points(width) > room:
            breaks.append(index)
            used = titles
        used += column_points(width)
    return breaks


def print_setup(ws: Worksheet, widths: Sequence[float], *, breaks: Sequence[int] = (), title_columns: int = 0) -> int:
    """A4 landscape pages of whole columns, each readable (at least MIN_SCALE); returns the scale."""
    chosen = list(breaks) or _cut(widths, title_columns)
    widest = max(sum(column_points(widths[c - 1]) for c in page) for page in pages_of(widths, chosen, title_columns))
    scale = max(MIN_SCALE, min(100, int(usable_points() * 100 / widest)))
    setup = ws.page_setup
    setup.orientation, setup.paperSize, setup.scale = "landscape", ws.PAPERSIZE_A4, scale
    ws.sheet_properties.pageSetUpPr.fitToPage = False  # the scale, not «fit to one page»
    ws.page_margins = PageMargins(left=MARGIN_INCHES, right=MARGIN_INCHES, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = False
    ws.print_title_rows = "1:2"
    if title_columns and chosen:
        ws.print_title_cols = f"A:{get_column_letter(title_columns)}"
    ws.col_breaks = ColBreak()
    for cut in chosen:
        ws.col_breaks.append(Break(id=cut - 1))  # after column cut - 1
    ws.oddFooter.center.text = "صفحه &P از &N"
    return scale
