"""Spreadsheets the clerk opens in Excel: the error report of an import.

The report holds, for every rejected row, the row's line in the imported file,
its original cells under the file's own headers, and what is wrong with it. The
original columns keep their headers, so the clerk can correct the rows in the
report itself and import it again (the two added columns name no field).

Functions here take plain rows (read by attribute: ``line``, ``cells``,
``messages``; the import service's rows have them, or use ErrorRow) and return
the bytes of the file; the caller writes them where the clerk chose.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

LINE_HEADER = "سطر در پرونده"
MESSAGES_HEADER = "خطاها"
SHEET_TITLE = "خطاهای ورود"


class RejectedRow(Protocol):
    @property
    def line(self) -> int: ...
    @property
    def cells(self) -> Sequence[str]: ...
    @property
    def messages(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class ErrorRow:
    """A rejected row, for a caller that has no row objects of its own."""

    line: int
    cells: tuple[str, ...]
    messages: tuple[str, ...]


def _table(headers: Sequence[str], rows: Iterable[RejectedRow], joiner: str) -> tuple[list[str], list[list[object]]]:
    head = [LINE_HEADER, *(str(h) for h in headers), MESSAGES_HEADER]
    body: list[list[object]] = []
    for r in rows:
        cells = [str(c) for c in r.cells][: len(headers)]
        cells += [""] * (len(headers) - len(cells))
        body.append([int(r.line), *cells, joiner.join(r.messages)])
    return head, body


# -- XLSX ------------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _width(values: Iterable[object], *, least: float, most: float) -> float:
    """A column as wide as its longest line (sampled), within bounds (Excel's width is in characters)."""
    longest = max((len(line) for v in values for line in str(v).split("\n")), default=0)
    return max(least, min(most, longest * 1.15 + 2))


def error_report_xlsx(headers: Sequence[str], rows: Iterable[RejectedRow], *, title: str = SHEET_TITLE) -> bytes:
    """The rejected rows as an Excel workbook: one right-to-left sheet, bold header
    row (frozen, with a filter), the messages one a line in a wrapped column.
    Every value is written as text (a cell that begins with «=» is not a formula)."""
    head, body = _table(headers, rows, "\n")
    book = Workbook()
    ws = book.active
    ws.title = title[:31]
    ws.sheet_view.rightToLeft = True
    book.properties.title = title
    ws.append([ILLEGAL_CHARACTERS_RE.sub("", h) for h in head])
    for cell in ws[1]:
        cell.data_type = "s"
        cell.font, cell.fill, cell.border, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER, _CENTRE
    last = len(head)
    for number, values in enumerate(body, 2):
        for column, value in enumerate(values, 1):
            cell = ws.cell(number, column)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"
            else:
                cell.value = value
            cell.alignment = _WRAP if column == last else _TOP
    sample = body[:500]
    for index in range(1, last + 1):
        values = [head[index - 1], *(row[index - 1] for row in sample)]
        if index == 1:
            width = _width(values[:1], least=8, most=14)
        elif index == last:
            width = _width(values, least=30, most=70)
        else:
            width = _width(values, least=8, most=40)
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(last)}{len(body) + 1}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- CSV -------------------------------------------------------------------------------------

# A value Excel would take for a formula (=, @, or + / - before something that is not a number).
_FORMULA = re.compile(r"^(?:[=@\t\r]|[+\-](?![\d\s()\-]*$))")


def _safe(value: object) -> object:
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def csv_bytes(rows: Iterable[Sequence[object]], *, delimiter: str = ",") -> bytes:
    """Rows as CSV in UTF-8 with a BOM (so Excel reads the Persian); a value that Excel
    would run as a formula gets a «'» before it. Every CSV the program writes goes here."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([_safe(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def error_report_csv(headers: Sequence[str], rows: Iterable[RejectedRow], *, delimiter: str = ",") -> bytes:
    """The rejected rows as CSV (csv_bytes), the messages joined by « | »."""
    head, body = _table(headers, rows, " | ")
    return csv_bytes([head, *body], delimiter=delimiter)
