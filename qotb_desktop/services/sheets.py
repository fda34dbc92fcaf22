"""Reading a spreadsheet a clerk keeps (XLSX or CSV) into header and rows of text.

Reading is by content, not by the file's extension: a ZIP is read as an Excel
workbook, text as CSV (comma, semicolon or tab; UTF-8 with or without BOM,
UTF-16 with BOM, or Windows Arabic code page 1256). Anything else is refused
with a SpreadsheetError naming the file. Line numbers are the spreadsheet's own
(the row number Excel shows; for a CSV, the record number).
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from os import PathLike
from pathlib import Path

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.import_columns import guess_mapping

# -- reading a file ---------------------------------------------------------------------


class SpreadsheetError(DomainError):
    """The file cannot be read as a spreadsheet; the message names it, in Persian."""

    def __init__(self, path: str | PathLike[str], message: str):
        self.path = str(path)
        super().__init__(message)


@dataclass(frozen=True)
class SheetRow:
    line: int  # the row number the spreadsheet shows (a CSV: the record number)
    cells: tuple[str, ...]  # every column, as text, as read (not yet normalised)


@dataclass(frozen=True)
class Spreadsheet:
    path: str
    name: str  # the file's name, for messages
    kind: str  # "xlsx" or "csv"
    sheet_name: str  # the sheet read ("" for a CSV)
    sheet_names: tuple[str, ...]  # every worksheet of a workbook, for the clerk to choose ("" for a CSV)
    header_line: int
    headers: tuple[str, ...]  # as written in the header row ("" for an unnamed column)
    rows: tuple[SheetRow, ...]  # the data rows below the header; fully empty rows are left out

    @property
    def column_names(self) -> tuple[str, ...]:
        """The headers, with «ستون N» for a column that has none (for lists and the error report)."""
        return tuple(h.strip() or f"ستون {to_persian_digits(i + 1)}" for i, h in enumerate(self.headers))

    @property
    def guessed_mapping(self) -> dict[str, int]:
        return guess_mapping(self.headers)


_HEADER_SEARCH = 10  # a title row or two above the header is skipped (see _split_header)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx
_ONLY = "فقط پرونده‌های Excel (xlsx) و CSV خوانده می‌شوند"


def read_spreadsheet(*, path: str | PathLike[str], sheet: str | None = None) -> Spreadsheet:
    """Read a workbook (its first worksheet, or ``sheet``) or a CSV file. Writes nothing.

    The header is the first non-empty row, unless one of the next rows names at
    least two fields and it does not (a title above the table is then skipped).
    """
    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise SpreadsheetError(path, f"پرونده «{name}» پیدا نشد.") from None
    except OSError as exc:
        raise SpreadsheetError(path, f"پرونده «{name}» خوانده نشد؛ پوشه است، یا اجازه خواندن آن نیست.") from exc
    if not data.strip():
        raise SpreadsheetError(path, f"پرونده «{name}» خالی است.")
    if data.startswith(_OLE2):
        raise SpreadsheetError(
            path,
            f"پرونده «{name}» در قالب قدیمی Excel (xls) یا رمزدار است؛ آن را در Excel با قالب «Excel Workbook (xlsx)» "
            "و بی‌رمز ذخیره کنید و دوباره برگزینید.",
        )
    if data.startswith(b"PK"):
        kind = "xlsx"
        sheet_name, sheet_names, raw = _read_xlsx(path, name, data, sheet)
        where = f"برگه «{sheet_name}» از پرونده «{name}»"
    else:
        kind, sheet_name, sheet_names = "csv", "", ()
        raw = _read_csv(path, name, data)
        where = f"پرونده «{name}»"
    rows = [(line, tuple(_cell_text(v) for v in values)) for line, values in raw]
    rows = [(line, _trim(cells)) for line, cells in rows]
    rows = [(line, cells) for line, cells in rows if cells]
    if not rows:
        raise SpreadsheetError(path, f"{where} هیچ سطر پُری ندارد؛ سطر نخست جدول باید سرستون‌ها باشد.")
    header_at = _split_header(rows)
    header_line, headers = rows[header_at]
    body = rows[header_at + 1 :]
    width = max(len(cells) for _, cells in rows[header_at:])
    return Spreadsheet(
        path=str(path),
        name=name,
        kind=kind,
        sheet_name=sheet_name,
        sheet_names=sheet_names,
        header_line=header_line,
        headers=_pad(headers, width),
        rows=tuple(SheetRow(line, _pad(cells, width)) for line, cells in body),
    )


def _read_xlsx(
    path: str | PathLike[str], name: str, data: bytes, sheet: str | None
) -> tuple[str, tuple[str, ...], list[tuple[int, tuple[object, ...]]]]:
    import openpyxl  # here, not at the top: 0.15 s the window's start does not need to pay

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a ZIP that is not a workbook: a .docx, an .ods, a broken file
        raise SpreadsheetError(path, f"پرونده «{name}» کتاب کار Excel نیست؛ {_ONLY}.") from exc
    try:
        names = tuple(ws.title for ws in book.worksheets)
        if sheet is None:
            if not names:
                raise SpreadsheetError(path, f"پرونده «{name}» هیچ برگه‌ای ندارد.")
            ws = book.worksheets[0]
        elif sheet in names:
            ws = book[sheet]
        else:
            raise SpreadsheetError(path, f"پرونده «{name}» برگه‌ای به نام «{sheet}» ندارد؛ برگه‌های آن: {'، '.join(names)}.")
        ws.reset_dimensions()  # some programs write a wrong size; read what is there
        try:
            raw = [(line, values) for line, values in enumerate(ws.iter_rows(values_only=True), 1)]
        except Exception as exc:
            raise SpreadsheetError(path, f"برگه «{ws.title}» از پرونده «{name}» خوانده نشد؛ پرونده آسیب دیده است.") from exc
        _no_long_cell(path, name, [(line, [_cell_text(v) for v in values]) for line, values in raw])
        return ws.title, names, raw
    finally:
        book.close()


def _decode(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        # UTF-8; else what Excel saves as «CSV» on a Persian Windows (Arabic code page).
        encodings = ["utf-8", "cp1256"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


@contextlib.contextmanager
def _any_field_size() -> Iterator[None]:
    """The csv module refuses a field over 128 KB with an error that does not say where;
    the whole file is read, and a long cell named (``_no_long_cell``)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)
    try:
        yield
    finally:
        csv.field_size_limit(limit)


def _read_csv(path: str | PathLike[str], name: str, data: bytes) -> list[tuple[int, list[str]]]:
    with _any_field_size():
        return _read_csv_text(path, name, data)


def _read_csv_text(path: str | PathLike[str], name: str, data: bytes) -> list[tuple[int, list[str]]]:
    text = _decode(data)
    if text is None or _CONTROL.search(text):
        raise SpreadsheetError(path, f"پرونده «{name}» صفحه‌گسترده نیست؛ {_ONLY}.")
    sample = [line for line in text.splitlines() if line.strip()][:20]
    if not sample:
        return []  # only a BOM or blank lines: "no rows", below

    def columns(delimiter: str) -> int:
        """How many separators the sample has (outside quotes)."""
        try:
            return sum(len(r) - 1 for r in csv.reader(sample, delimiter=delimiter))
        except csv.Error:
            return 0

    delimiter = max((",", ";", "\t"), key=columns)
    if columns(delimiter) == 0:
        raise SpreadsheetError(
            path,
            f"در پرونده «{name}» ستون‌هایی که با ویرگول، نقطه‌ویرگول یا تب از هم جدا شده باشند پیدا نشد؛ "
            f"این پرونده جدول نیست. {_ONLY}.",
        )
    try:
        rows = [(line, row) for line, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1)]
    except csv.Error as exc:
        raise SpreadsheetError(path, f"پرونده «{name}» CSV درستی نیست ({exc}).") from exc
    _no_long_cell(path, name, rows)
    return rows


MAX_CELL = 32_767  # characters: Excel's own limit for a cell


def _no_long_cell(path: str | PathLike[str], name: str, rows: list[tuple[int, list[str]]]) -> None:
    """A cell longer than Excel's limit is no member's field: refused naming it."""
    for line, row in rows:
        for column, cell in enumerate(row, 1):
            if len(cell) > MAX_CELL:
                raise SpreadsheetError(
                    path,
                    f"در پرونده «{name}» خانه ستون {to_persian_digits(column)} سطر {to_persian_digits(line)} "
                    f"{to_persian_digits(len(cell))} نویسه دارد، بیش از {to_persian_digits(MAX_CELL)} نویسه‌ای "
                    "که یک خانه جدول می‌گیرد؛ آن خانه را کوتاه کنید. چیزی وارد نشد.",
                )


def _cell_text(value: object) -> str:
    """A cell as text. Numbers as Excel shows them: 84575948.0 -> "84575948" (a code
    or a phone number typed into a number cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _trim(cells: tuple[str, ...]) -> tuple[str, ...]:
    """Without the empty cells at the end; () for a row with nothing in it."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _pad(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    return cells + ("",) * (width - len(cells))


def _split_header(rows: list[tuple[int, tuple[str, ...]]]) -> int:
    for i, (_, cells) in enumerate(rows[:_HEADER_SEARCH]):
        if len(guess_mapping(cells)) >= 2:
            return i
    return 0
