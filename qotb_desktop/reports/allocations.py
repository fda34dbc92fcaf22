"""The papers of the first half of article 12: the year's allocation table (12-2-1) as a
PDF, an XLSX and a CSV, and the allocation letters to the institutions (12-2-1, 12-2-2).

From the plain ``SheetView`` (domain.funding_views) to bytes; the caller writes them.

- The table (landscape A4): the line, the programs' half, the scheme, a row per centre
  (its institution, status, basis, rule, computed and allocated share and the reason of
  a share set by hand) in the scheme's display unit, named in the header, and a total
  row that is the half; the notes. A draft says «پیش‌نویس» in its title and has no
  signature lines; an approved sheet says who approved it and when, and the secretary
  signs.
- XLSX: one right-to-left sheet, the amounts as number cells in the display unit. CSV:
  one line per centre, Latin digits without separators, the amounts in the display unit
  and in rials (exact), no total line (a program sums them).
- The letters: one page per institution, naming its centres and their shares and the
  institution's matching (12-2-2); only for an approved sheet.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.funding import RULES
from qotb_desktop.domain.funding_views import ShareView, SheetView
from qotb_desktop.domain.money import format_amount, in_unit
from qotb_desktop.domain.text import to_persian_digits as _fa
from qotb_desktop.domain.vocab import CENTRE_STATUSES
from qotb_desktop.reports.document import FormMeta, Letterhead, build, page_width
from qotb_desktop.reports.evaluation_summary import _Grid
from qotb_desktop.reports.flowables import (
    BODY,
    CELL,
    HEADER_FILL,
    HEADING,
    SMALL,
    Paragraph,
    Signer,
    TableColumn,
    closing_after,
    signatures,
)
from qotb_desktop.reports.spreadsheets import csv_bytes
from qotb_desktop.reports.summary_export import INTEGER, _write, sheet_title

TITLE = "جدول تخصیص نیمه نخست اعتبار قطب‌های علمی"
DRAFT = "پیش‌نویس"
NONE = "—"
SECRETARY = "دبیر شورای قطب‌های علمی"

_CELL = CELL.but(size=8.5, leading=12.5)
_STRONG = _CELL.but(bold=True)
_ZEBRA = colors.HexColor("#f5f7fa")


def title_of(sheet: SheetView) -> str:
    """«جدول تخصیص ... سال ۱۴۰۵ (بند ۱۲-۲-۱)», «پیش‌نویس» first while not approved."""
    text = f"{TITLE} سال {_fa(sheet.year)} (بند ۱۲-۲-۱)"
    return text if sheet.approved_at else f"{DRAFT} {text}"


def _money(rials: int, sheet: SheetView) -> str:
    return format_amount(rials, unit=sheet.unit)


def _when(moment: datetime) -> str:
    return f"{format_jalali(moment.date())} ساعت {_fa(moment.strftime('%H:%M'))}"


def _basis_total(s: ShareView) -> str:
    return s.basis_total or NONE


# -- the table as a PDF ------------------------------------------------------------------


def _columns(sheet: SheetView) -> list[TableColumn]:
    unit = sheet.unit.title
    return [
        TableColumn("ردیف", 0.35, "center"),
        TableColumn("قطب علمی", 1.9),
        TableColumn("مؤسسه", 1.4),
        TableColumn("وضعیت", 0.7, "center"),
        TableColumn("سال ارزیابی پایه", 0.6, "center"),
        TableColumn("امتیاز پایه", 0.55, "center"),
        TableColumn("قاعده", 1.15, "center"),
        TableColumn(f"سهم محاسبه‌شده ({unit})", 0.95, "center"),
        TableColumn(f"سهم تخصیص‌یافته ({unit})", 0.95, "center"),
        TableColumn("دلیل تغییر", 1.3),
    ]


def _row(i: int, s: ShareView, sheet: SheetView) -> list[str]:
    return [
        str(i), s.centre, s.institution, CENTRE_STATUSES.get(s.status, s.status),
        str(s.basis_year) if s.basis_year else NONE, _basis_total(s), RULES.get(s.rule, s.rule),
        _money(s.computed, sheet), _money(s.amount, sheet), s.reason,
    ]  # fmt: skip


def _head_lines(sheet: SheetView, approver: str) -> list[str]:
    unit = sheet.unit.title
    lines = [
        f"ردیف بودجه قطب‌های علمی سال {_fa(sheet.year)} (با متمم‌ها): {_money(sheet.line, sheet)} {unit}؛ "
        f"نیمه برنامه‌های مصوب قطب‌ها (بند ۱۲-۲-۱): {_money(sheet.half, sheet)} {unit}.",
        f"شیوه تخصیص: «{sheet.scheme_title}». همه مبلغ‌ها به {unit} است.",
    ]
    if sheet.approved_at:
        who = approver or sheet.approved_by
        lines.append(f"این جدول در {_when(sheet.approved_at)} به تأیید {who} رسیده است و سهم‌ها تغییر نمی‌کنند.")
    else:
        lines.append(
            f"این جدول {DRAFT} است و هنوز به تأیید دبیر نرسیده است؛ "
            f"سهم‌ها تا تأیید ممکن است تغییر کنند (محاسبه: {_when(sheet.computed_at)})."
        )
    if sheet.stale:
        lines.append("ردیف بودجه پس از محاسبه این جدول تغییر کرده است؛ جدول باید دوباره محاسبه شود.")
    return lines


def allocation_table(sheet: SheetView, *, today: date | None = None, approver: str = "") -> bytes:
    """The year's allocation table as a PDF. ``approver``: the full name of the secretary
    who approved it, when known (else the account's name recorded on the sheet)."""
    meta = FormMeta(
        title=title_of(sheet),
        letterhead=Letterhead(date=today),
        landscape=True,
        subject=f"{TITLE} (بند ۱۲-۲-۱)",
        draft=sheet.approved_at is None,
        **({"printed_on": today} if today else {}),
    )
    width = page_width(meta)
    story: list[Flowable] = [Paragraph(line, BODY) for line in _head_lines(sheet, approver)]
    columns = _columns(sheet)
    grid = _Grid(columns, width, [], [], header_rows=1)
    grid.add([c.title for c in columns], header=True)
    for i, s in enumerate(sheet.shares, 1):
        at = grid.add(_row(i, s, sheet))
        if i % 2 == 0:
            grid.fill(at, _ZEBRA)
    total = ["", "", "", "", "", "", "جمع"]
    total += [_money(sum(s.computed for s in sheet.shares), sheet), _money(sheet.allocated, sheet), ""]
    at = grid.add(total, _STRONG)
    grid.span(at, 0, 6)
    grid.fill(at, HEADER_FILL)
    if sheet.difference:
        gap = f"بی‌تخصیص (نیمه منهای جمع سهم‌ها): {_money(sheet.difference, sheet)} {sheet.unit.title}"
        at = grid.add([""] * (len(columns) - 1) + [gap], _STRONG)
        grid.span(at, 0, len(columns) - 1)
    table = grid.table()
    tail: list[Flowable] = []
    if sheet.notes:
        tail.append(Paragraph("یادداشت‌های محاسبه", HEADING))
        tail += [Paragraph(f"• {note}", SMALL) for note in sheet.notes]
    if sheet.approved_at:
        signer = Signer(SECRETARY, approver or sheet.approved_by)
        story.append(closing_after(table, [*tail, signatures([Signer("کارشناس دبیرخانه"), signer], width=width * 0.6)]))
    else:
        story += [table, *tail]
    return build(meta, story)


# -- the table as spreadsheets ------------------------------------------------------------


def _number_format(sheet: SheetView) -> str:
    amounts = [sheet.half, *(s.computed for s in sheet.shares), *(s.amount for s in sheet.shares)]
    if all(a % sheet.unit.rials == 0 for a in amounts):
        return INTEGER
    return "#,##0." + "0" * (len(str(sheet.unit.rials)) - 1)


def allocation_xlsx(sheet: SheetView) -> bytes:
    """One right-to-left sheet: the title, a header, a row per centre and the total."""
    book = Workbook()
    ws = book.active
    ws.title = sheet_title(f"تخصیص {_fa(sheet.year)}", set())
    money_format = _number_format(sheet)
    unit = sheet.unit.title
    columns: list[tuple[str, float, str | None]] = [
        ("ردیف", 6, INTEGER),
        ("قطب علمی", 44, None),
        ("مؤسسه", 30, None),
        ("وضعیت", 14, None),
        ("سال ارزیابی پایه", 12, "0"),
        ("امتیاز پایه", 10, "0.00"),
        ("قاعده", 22, None),
        (f"سهم محاسبه‌شده ({unit})", 18, money_format),
        (f"سهم تخصیص‌یافته ({unit})", 18, money_format),
        ("دلیل تغییر", 40, None),
    ]
    rows = [
        [
            i,
            s.centre,
            s.institution,
            CENTRE_STATUSES.get(s.status, s.status),
            s.basis_year,
            float(s.basis_total) if s.basis_total else None,
            RULES.get(s.rule, s.rule),
            in_unit(s.computed, sheet.unit),
            in_unit(s.amount, sheet.unit),
            s.reason,
        ]  # fmt: skip
        for i, s in enumerate(sheet.shares, 1)
    ]
    total = [None, "جمع", "", "", None, None, ""]
    total += [in_unit(sum(s.computed for s in sheet.shares), sheet.unit), in_unit(sheet.allocated, sheet.unit), ""]
    state = f"تأییدشده در {_when(sheet.approved_at)}" if sheet.approved_at else DRAFT
    heading = f"{title_of(sheet)}؛ نیمه برنامه‌ها: {_money(sheet.half, sheet)} {unit}؛ {state}"
    _write(ws, heading, columns, rows, total=total)
    ws.page_setup.orientation = "landscape"
    props = book.properties
    props.title = title_of(sheet)
    props.subject = f"{TITLE} (بند ۱۲-۲-۱)"
    props.keywords = f"year={sheet.year}; scheme={sheet.scheme}; unit={sheet.unit.key}; half_rials={sheet.half}"
    props.creator = "qotb-desktop"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CSV_HEADERS = (
    "سال", "شناسه قطب", "قطب علمی", "شناسه مؤسسه", "مؤسسه", "وضعیت", "سال ارزیابی پایه", "امتیاز پایه", "قاعده",
    "سهم محاسبه‌شده ({unit})", "سهم تخصیص‌یافته ({unit})", "سهم تخصیص‌یافته (ریال)", "دلیل تغییر", "تأیید",
)  # fmt: skip


def _plain(value) -> str:
    return format(value.normalize(), "f") if value else "0"


def allocation_csv(sheet: SheetView, *, delimiter: str = ",") -> bytes:
    """One line per centre (Latin digits, no separators; empty: none); UTF-8 with a BOM."""
    headers = [h.format(unit=sheet.unit.title) for h in CSV_HEADERS]
    approved = format_jalali(sheet.approved_at.date(), persian_digits=False) if sheet.approved_at else ""
    lines = [
        [
            sheet.year,
            s.centre_id,
            s.centre,
            s.institution_id,
            s.institution,
            CENTRE_STATUSES.get(s.status, s.status),
            s.basis_year or "",
            s.basis_total,
            RULES.get(s.rule, s.rule),
            _plain(in_unit(s.computed, sheet.unit)),
            _plain(in_unit(s.amount, sheet.unit)),
            s.amount,
            s.reason,
            approved,
        ]  # fmt: skip
        for s in sheet.shares
    ]
    return csv_bytes([headers, *lines], delimiter=delimiter)


# -- the letters ---------------------------------------------------------------------------


def _by_institution(shares: Sequence[ShareView]) -> list[list[ShareView]]:
    groups: dict[int, list[ShareView]] = {}
    for s in shares:
        if s.amount > 0:
            groups.setdefault(s.institution_id, []).append(s)
    return sorted(groups.values(), key=lambda g: g[0].institution)


def allocation_letters(
    sheet: SheetView, *, today: date | None = None, institution_id: int | None = None, approver: str = ""
) -> bytes:
    """A letter a page to each institution whose centres have a share (or to one), as one
    PDF. Refused for a draft: a share is the institution's to match only once approved."""
    if sheet.approved_at is None:
        raise DomainError(
            f"جدول تخصیص سال {_fa(sheet.year)} هنوز {DRAFT} است؛ نامه تخصیص پس از تأیید جدول به دست دبیر نوشته می‌شود."
        )
    groups = [g for g in _by_institution(sheet.shares) if institution_id in (None, g[0].institution_id)]
    if not groups:
        raise DomainError(f"در جدول تخصیص سال {_fa(sheet.year)} سهمی برای این مؤسسه نیست.")
    meta = FormMeta(
        title=f"نامه تخصیص اعتبار قطب‌های علمی سال {_fa(sheet.year)}",
        letterhead=Letterhead(date=today),
        subject="بندهای ۱۲-۲-۱ و ۱۲-۲-۲",
        **({"printed_on": today} if today else {}),
    )
    width = page_width(meta)
    story: list[Flowable] = []
    for n, group in enumerate(groups):
        if n:
            story += [NextPageTemplate("first"), PageBreak()]
        story += _letter(sheet, group, width, approver)
    return build(meta, story, with_title=False)


def _letter(sheet: SheetView, shares: list[ShareView], width: float, approver: str) -> list[Flowable]:
    unit = sheet.unit.title
    total = sum(s.amount for s in shares)
    several = len(shares) > 1
    centres = "قطب‌های علمی" if several else "قطب علمی"
    columns = [TableColumn("قطب علمی", 3.0), TableColumn(f"اعتبار تخصیص‌یافته ({unit})", 1.2, "center")]
    grid = _Grid(columns, width * 0.8, [], [], header_rows=1)
    grid.add([c.title for c in columns], header=True)
    for s in shares:
        grid.add([s.centre, _money(s.amount, sheet)])
    if several:
        at = grid.add(["جمع", _money(total, sheet)], _STRONG)
        grid.fill(at, HEADER_FILL)
    institution = shares[0].institution
    story: list[Flowable] = [
        Paragraph(f"ریاست محترم {institution}", BODY.but(bold=True)),
        Paragraph(
            f"موضوع: تخصیص اعتبار برنامه‌های مصوب {centres} سال {_fa(sheet.year)} و تعهد همتای مؤسسه",
            BODY.but(bold=True, space_after=8),
        ),
        Paragraph("با سلام و احترام،", BODY),
        Paragraph(
            f"به استناد بند ۱۲-۲-۱ آیین‌نامه قطب‌های علمی، از نیمه اعتبار ردیف قطب‌های علمی سال {_fa(sheet.year)} که "
            "برای اجرای برنامه‌های مصوب قطب‌ها از طریق مؤسسه در اختیار قطب مربوط قرار می‌گیرد، بر پایه جدول تخصیصی که در "
            f"{format_jalali(sheet.approved_at.date()) if sheet.approved_at else ''} به تأیید دبیر شورای قطب‌های علمی رسید، "
            f"اعتبار زیر برای {centres} مستقر در آن مؤسسه تخصیص یافت:",
            BODY.but(space_after=8),
        ),
        grid.table(),
        Paragraph(
            f"مبلغ تخصیص‌یافته: {_money(total, sheet)} {unit}.",
            BODY.but(bold=True, space_before=8),
        ),
        Paragraph(
            "مطابق بند ۱۲-۲-۲ آیین‌نامه، آن مؤسسه متعهد است دست‌کم اعتباری برابر اعتبار تخصیص‌یافته از سوی دبیرخانه، "
            f"یعنی دست‌کم {_money(total, sheet)} {unit}"
            + (" (برای هر قطب دست‌کم برابر سهم آن)" if several else "")
            + f"، برای برنامه مصوب {centres} ذی‌ربط در اختیار "
            + ("همان قطب‌ها" if several else "همان قطب")
            + " قرار دهد. خواهشمند است تأمین این اعتبار و تاریخ آن را به دبیرخانه شورای قطب‌های علمی اعلام فرمایید.",
            BODY.but(space_after=12),
        ),
    ]
    story.append(closing_after(story.pop(), [signatures([Signer(SECRETARY, approver or sheet.approved_by)], width=width * 0.4)]))
    return story
