"""The yearly evaluation summary as spreadsheets: XLSX for the clerk, CSV for machines.

From the plain ``YearSummary`` (domain.year_summary) to bytes; the caller writes them.

- XLSX: a summary sheet first (the totals per group and the grand total), then one
  sheet per group with a line per centre and the group's subtotal. Every sheet is right
  to left, with a title row naming the year, a bold header row frozen under it, set
  column widths, numbers as numbers (whole numbers ``#,##0``, scores ``0.00``) and
  verdicts and statuses as Persian text. Strings are always written as text, never as
  formulas.
- CSV: one line per centre with the group as a column, Persian headers, UTF-8 with a
  BOM (Excel reads the Persian). Numbers are plain Latin digits with a «.» for the
  decimals and no thousands separators, so that a program reads them back as numbers;
  an empty cell means «none» (not evaluated, or its evaluation not closed: a draft's
  total is no result; no report; no final evaluation). Verdicts and statuses are the
  Persian words, as on paper. A text that Excel would run as a formula gets a «'».
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from qotb_desktop.domain.evaluation import BUDGET_UNIT, LEVELS, VERDICTS
from qotb_desktop.domain.money import DEFAULT_UNIT, in_unit
from qotb_desktop.domain.text import LRM
from qotb_desktop.domain.text import to_persian_digits as _fa
from qotb_desktop.domain.year_summary import GroupTotal, SummaryRow, YearSummary, refuse_empty
from qotb_desktop.reports.evaluation_summary import TITLE, title_of
from qotb_desktop.reports.sheet_print import print_setup
from qotb_desktop.reports.spreadsheets import csv_bytes

INTEGER = "#,##0"
SCORE = "0.00"
MONEY = "#,##0.######"
UNIT = DEFAULT_UNIT  # the funding scheme's display unit (million rials)
SUMMARY_SHEET = "خلاصه"
YES, NO = "بله", "خیر"

# -- the columns ---------------------------------------------------------------------------
# (header, width in characters, number format or None for text)


def _centre_columns(year: int | None, total_weight: int) -> list[tuple[str, float, str | None]]:
    """The columns of a group's sheet; ``year`` None: the CSV's headers, the same every year
    (but for what the total is out of: the scheme's weights, 100 in every scheme so far).
    The final five-year evaluation's verdict is the last column, so that a program reading
    the CSV by position reads the earlier ones where they always were.

    The widths are for print as much as for the screen: the long texts wrap (the title,
    the host, the reasons), the numbers' columns are as narrow as their wrapped headers,
    and the sheet prints on two A4 landscape pages a row wide (GROUP_PAGE_BREAK)."""
    this, last = (f"نتیجه {_fa(year)}", f"نتیجه {_fa(year - 1)}") if year else ("نتیجه سال", "نتیجه سال پیش")
    return [
        ("ردیف", 5, INTEGER),
        ("عنوان قطب", 26, None),
        ("مؤسسه میزبان", 18, None),
        ("رشته", 13, None),
        ("مدیر قطب", 14, None),
        ("شمار اعضا", 7, INTEGER),
        ("جمع امتیاز اعضا", 9, SCORE),
        (f"امتیاز ارزیابی (از {_fa(total_weight)})", 10, SCORE),
        (this, 9, None),
        (last, 9, None),
        ("عدم تأیید پیاپی (سال)", 8, INTEGER),
        ("وضعیت", 11, None),
        ("پیامد (ماده ۱۰)", 14, None),
        # the second printed page (after the row number and the title, repeated)
        ("دلایل", 40, None),
        ("گزارش سالانه", 9, None),
        (f"اعتبار دریافتی ({BUDGET_UNIT})", 11, INTEGER),
        (f"اعتبار هزینه‌شده ({BUDGET_UNIT})", 11, INTEGER),
        ("ارزیابی بسته‌شده", 8, None),
        ("ارزیابی پایانی", 8, None),
        # article 12, last so that the earlier columns keep their places
        (f"سهم تخصیص‌یافته ({UNIT.title})", 12, MONEY),
        (f"تأمین‌شده مؤسسه ({UNIT.title})", 12, MONEY),
        (f"کسری هم‌تراز، بند ۱۲-۲-۲ ({UNIT.title})", 13, MONEY),
    ]


GROUP_PAGE_BREAK = 14  # a group's sheet prints «دلایل» onwards on a second page
GROUP_TITLE_COLUMNS = 2  # the row number and the centre's title, repeated on that page


_TOTAL_COLUMNS: list[tuple[str, float, str | None]] = [
    ("گروه", 24, None),
    ("شمار قطب‌ها", 12, INTEGER),
    (VERDICTS["approved"], 10, INTEGER),
    (VERDICTS["not_approved"], 10, INTEGER),
    ("ارزیابی‌نشده", 12, INTEGER),
    ("پیشنهاد انحلال", 14, INTEGER),
    ("شمار اعضا", 12, INTEGER),
    (f"اعتبار دریافتی ({BUDGET_UNIT})", 18, INTEGER),
    (f"اعتبار هزینه‌شده ({BUDGET_UNIT})", 18, INTEGER),
]


def _centre_values(i: int, r: SummaryRow) -> list[object]:
    return [
        i, r.title, r.host, r.field_title, r.director, r.member_count, r.centre_total, r.total,
        r.verdict_label, r.previous_label, r.failures, r.status_label, LEVELS[r.level], " ".join(r.reasons),
        "دریافت شد" if r.report_received else "دریافت نشد", r.budget_received, r.budget_spent, YES if r.closed else NO,
        r.final_label, _money(r.allocated), _money(r.provided if r.allocated is not None else None), _money(r.shortfall),
    ]  # fmt: skip


def _money(rials: int | None) -> Decimal | None:
    """Rials as a number in the office's unit (exact: a fraction of a million is kept)."""
    return None if rials is None else in_unit(rials, UNIT)


def _total_values(g: GroupTotal) -> list[object]:
    return [
        g.group_title, g.centres, g.approved, g.not_approved, g.not_evaluated, g.dissolution, g.members,
        g.budget_received, g.budget_spent,
    ]  # fmt: skip


# -- XLSX ------------------------------------------------------------------------------------

_TITLE_FONT = Font(bold=True, size=13)
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E4E7EB")
_TOTAL_FILL = PatternFill("solid", fgColor="F0F2F5")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TOP = Alignment(vertical="top", wrap_text=True)
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet title: at most 31 characters, none of []:*?/\\, not empty
    and not starting or ending with «'», and not already taken (Excel compares titles
    without regard to case)."""
    base = _FORBIDDEN.sub(" ", ILLEGAL_CHARACTERS_RE.sub("", text))
    base = " ".join(base.split()).strip("'").strip() or "برگه"
    title, n = base[:31].strip(), 1
    while title.casefold() in {t.casefold() for t in taken}:
        n += 1
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)].strip() + suffix
    taken.add(title)
    return title


def _write(ws: Worksheet, heading: str, columns: Sequence[tuple[str, float, str | None]], rows: Sequence[Sequence[object]],
           *, total: Sequence[object] | None = None, breaks: Sequence[int] = (), title_columns: int = 2) -> None:  # fmt: skip
    """Title in row 1, headers in row 2 (frozen with the title), then the rows and a bold
    total; printed as print_setup says (``breaks``: the columns a printed page begins with;
    ``title_columns``: repeated on the pages after the first, the row number and the name)."""
    ws.sheet_view.rightToLeft = True
    ws.append([_text(heading)])
    ws.cell(1, 1).font = _TITLE_FONT
    ws.cell(1, 1).data_type = "s"
    ws.append([_text(h) for h, _w, _f in columns])
    for cell in ws[2]:
        cell.data_type = "s"
        cell.font, cell.fill, cell.border, cell.alignment = _BOLD, _HEADER_FILL, _HEADER_BORDER, _HEADER_ALIGN
    body = [*rows, *([total] if total is not None else [])]
    for number, values in enumerate(body, 3):
        strong = total is not None and number == len(body) + 2
        for column, ((_h, _w, fmt), value) in enumerate(zip(columns, values, strict=True), 1):
            cell = ws.cell(number, column)
            cell.alignment = _TOP
            if strong:
                cell.font, cell.fill = _BOLD, _TOTAL_FILL
            if value is None or value == "":
                continue
            if isinstance(value, str):
                cell.value = _text(value)
                cell.data_type = "s"  # «=...» stays text
            else:
                cell.value = float(value) if isinstance(value, Decimal) else value
                if fmt is not None:
                    cell.number_format = fmt
    for index, (_h, width, _f) in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.row_dimensions[2].height = 48  # three lines of a wrapped header
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{len(rows) + 2}"
    print_setup(ws, [w for _h, w, _f in columns], breaks=breaks, title_columns=title_columns)


def scheme_key(key: str) -> str:
    """A scheme's key («1397-1») in a Persian line: Persian digits, held left to right by a
    mark on each side, so that it reads «۱۳۹۷-۱» as typed, not «۱-۱۳۹۷» (after Persian
    letters the bidi algorithm takes digits for Arabic numbers and lets the «-» part them)."""
    return f"{LRM}{_fa(key)}{LRM}"


def _text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def summary_xlsx(summary: YearSummary) -> bytes:
    """The summary sheet (totals per group and the grand total), then a sheet per group;
    DomainError for a year in which no centre ran (refuse_empty)."""
    refuse_empty(summary)
    book = Workbook()
    taken: set[str] = set()
    ws = book.active
    ws.title = sheet_title(f"{SUMMARY_SHEET} {_fa(summary.year)}", taken)
    scheme = f"شیوه‌نامه {scheme_key(summary.scheme)}، حد نصاب تأیید {_fa(summary.pass_mark)} از {_fa(summary.total_weight)}"
    _write(
        ws,
        f"{_fa(title_of(summary.year))}: جمع به تفکیک گروه ({scheme})",
        _TOTAL_COLUMNS,
        [_total_values(g) for g in summary.groups],
        total=_total_values(summary.total),
    )
    columns = _centre_columns(summary.year, summary.total_weight)
    for group in summary.groups:
        rows = [r for r in summary.rows if r.group_key == group.group_key]
        gs = book.create_sheet(sheet_title(group.group_title, taken))
        subtotal: list[object] = [None, f"جمع گروه {group.group_title}", "", "", "", group.members, None, None]
        counts = f"{VERDICTS['approved']}: {_fa(group.approved)}، {VERDICTS['not_approved']}: {_fa(group.not_approved)}"
        subtotal += [counts, "", None, "", f"پیشنهاد انحلال: {_fa(group.dissolution)}" if group.dissolution else "", "", ""]
        subtotal += [group.budget_received, group.budget_spent, "", ""]
        funded = [r for r in rows if r.allocated is not None]
        sums = [sum(getattr(r, name) or 0 for r in funded) for name in ("allocated", "provided", "shortfall")]
        subtotal += [_money(v) if funded else None for v in sums]
        _write(
            gs,
            f"{_fa(title_of(summary.year))}: گروه {group.group_title}",
            columns,
            [_centre_values(i, r) for i, r in enumerate(rows, 1)],
            total=subtotal,
            breaks=[GROUP_PAGE_BREAK],
            title_columns=GROUP_TITLE_COLUMNS,
        )
    props = book.properties
    props.title = title_of(summary.year)
    props.subject = f"{TITLE} (بند ۴-۲-۹)"
    props.keywords = (
        f"year={summary.year}; scheme={summary.scheme}; pass_mark={summary.pass_mark}; total_weight={summary.total_weight}"
    )
    props.creator = "qotb-desktop"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- CSV -------------------------------------------------------------------------------------

# A value Excel would take for a formula (as reports.spreadsheets guards the import's report).
_FORMULA = re.compile(r"^[=@+\-\t\r]")


def _plain(value: object) -> object:
    """Numbers as Latin digits without separators (machine-readable); None as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


CSV_HEADERS_LEAD = ("سال", "گروه", "شناسه قطب")


def summary_csv(summary: YearSummary, *, delimiter: str = ",") -> bytes:
    """One line per centre, the year and the group as columns; UTF-8 with a BOM; DomainError
    for a year in which no centre ran (a file of headers only would pass for a summary)."""
    refuse_empty(summary)
    headers = [*CSV_HEADERS_LEAD, *(h for h, _w, _f in _centre_columns(None, summary.total_weight)[1:])]
    lines = (
        [_plain(v) for v in (summary.year, r.group_title, r.centre_id, *_centre_values(i, r)[1:])]  # no row number
        for i, r in enumerate(summary.rows, 1)
    )
    return csv_bytes([headers, *lines], delimiter=delimiter)
