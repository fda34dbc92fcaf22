"""The yearly evaluation summary (duty 4-2-9): گزارش سالانه ارزیابی قطب‌های علمی.

From the plain ``YearSummary`` (domain.year_summary) to the bytes of a landscape A4
PDF: a line naming the scheme and the pass mark, one table per group (its title and
the column headers repeat on every page it runs over, a centre under a consequence
of article 10 is shaded and followed by a line with the reasons, the group's
subtotal last), then the totals per group with the grand total, and the signatures.

The tables are built here rather than with ``flowables.table`` because they need
what that one does not do: a two-row repeated header, spanned rows (the reasons,
the subtotal's label), bold and shaded rows and a smaller type for fifteen columns.
The cells are the layer's own right-to-left ``Paragraph``; the first logical column
is on the right, as everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from qotb_desktop.domain.continuation import count_word
from qotb_desktop.domain.evaluation import BUDGET_UNIT, LEVELS, VERDICTS, money, score_text
from qotb_desktop.domain.money import DEFAULT_UNIT, format_amount
from qotb_desktop.domain.rules.schemes import load_scheme
from qotb_desktop.domain.text import isolate_ltr, to_persian_digits
from qotb_desktop.domain.year_summary import GroupTotal, SummaryRow, YearSummary, refuse_empty
from qotb_desktop.reports.document import FormMeta, Letterhead, build, page_width
from qotb_desktop.reports.flowables import (
    BODY,
    CELL,
    HEADER_CELL,
    HEADER_FILL,
    RULE,
    SMALL,
    Paragraph,
    Signer,
    TableColumn,
    signatures,
)

TITLE = "گزارش سالانه ارزیابی قطب‌های علمی"
NONE = "—"

_CELL = CELL.but(size=8, leading=11.5)
_HEAD = HEADER_CELL.but(size=8, leading=11.5)
_GROUP = CELL.but(size=10, leading=15, bold=True)
_NOTE = CELL.but(size=7.5, leading=11)
_STRONG = _CELL.but(bold=True)
_ZEBRA = colors.HexColor("#f5f7fa")
_SHADE = {"probation": colors.HexColor("#fdf3d8"), "dissolution": colors.HexColor("#fbe0dd")}


class _Cell(Paragraph):
    """A cell's paragraph that remembers its lines for a width: reportlab wraps every cell
    of a long table again at each page it splits off (500 centres: three wraps a cell)."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        if self._wrapped_at != availWidth:
            super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        return self.width, self.height


def title_of(year: int) -> str:
    return f"{TITLE}، سال {year}"


def evaluation_summary(summary: YearSummary, *, today: date | None = None, number: str = "") -> bytes:
    """The year's summary as a PDF (landscape A4, Persian digits, page X of Y); DomainError
    for a year in which no centre ran (refuse_empty: no paper of nothing)."""
    refuse_empty(summary)
    meta = FormMeta(
        title=title_of(summary.year),
        letterhead=Letterhead(number=number, date=today),
        landscape=True,
        subject=f"{TITLE} (بند ۴-۲-۹)",
        **({"printed_on": today} if today else {}),
    )
    width = page_width(meta)
    story: list[Flowable] = [Paragraph(_scheme_line(summary), BODY), Paragraph(_counts_line(summary), BODY)]
    story.append(Paragraph(_legend(summary), SMALL.but(space_after=6)))
    for group in summary.groups:
        rows = [r for r in summary.rows if r.group_key == group.group_key]
        story += [_group_table(summary, group, rows, width), Spacer(1, 10)]
    funded = [r for r in summary.rows if r.allocated is not None]
    if funded:
        story += [_matching_table(summary.year, funded, width), Spacer(1, 10)]
    closing = signatures([Signer("کارشناس دبیرخانه"), Signer("دبیر شورای قطب‌های علمی")], width=width * 0.6)
    story.append(KeepTogether([_totals_table(summary, width), closing]))  # a handful of rows: never parted
    return build(meta, story)


# -- lines above the tables --------------------------------------------------------------


def _scheme_line(summary: YearSummary) -> str:
    try:
        name = f"«{load_scheme(summary.scheme).title}» (کلید {isolate_ltr(summary.scheme)})"
    except KeyError:
        name = f"کلید {isolate_ltr(summary.scheme)}"  # a code: as typed, «1397-1» not «1-1397»
    return (
        f"شیوه‌نامه ارزیابی سال {summary.year}: {name}؛ حد نصاب تأیید: {summary.pass_mark} از {summary.total_weight} "
        f"(امتیاز ارزیابی، جمع وزنی امتیاز معیارها از {summary.total_weight} است)."
    )


def _counts_line(summary: YearSummary) -> str:
    t = summary.total
    line = (
        f"در سال {summary.year}، {t.centres} قطب در دوره فعالیت بودند: {t.approved} قطب تأیید، "
        f"{t.not_approved} قطب عدم تأیید و {t.not_evaluated} قطب ارزیابی‌نشده (بی ارزیابی بسته‌شده در پرونده)."
    )
    if t.dissolution:
        line += f" برای {t.dissolution} قطب انحلال پیشنهاد می‌شود (ماده ۱۰)."
    return line


def _legend(summary: YearSummary) -> str:
    try:
        first = count_word(load_scheme(summary.scheme).continuation_years)
    except KeyError:
        first = "دو"
    return (
        f"اعتبارها به {BUDGET_UNIT} است. "
        "«جمع امتیاز اعضا» جمع امتیاز پیوست ۱ اعضای قطب هنگام بستن ارزیابی سال است (اگر ارزیابی بسته نشده، امروز). "
        f"«{NONE}»: گزارش سالانه یا ارزیابی بسته‌شده‌ای در پرونده نیست (امتیاز ارزیابی‌ای که بسته نشده، نتیجه نیست)؛ "
        f"جمع اعتبارها جمع گزارش‌های رسیده است و «{NONE}» در جمع یعنی هیچ گزارشی نرسیده است. "
        f"«وضعیت» وضعیت قطب در پایان سال {summary.year} است، نه امروز: پیامد آخرین ارزیابی بسته‌شده تا این سال. "
        "اگر ارزیابی سال بسته نشده، وضعیت، پیامد و سال‌های عدم تأیید پیاپی از ارزیابی بسته‌شده پیشین است "
        "(سال آن در سطر پیامد زیر ردیف رنگی آمده است). "
        "«ارزیابی پایانی»: نتیجه ارزیابی پایانی پنج‌ساله (بند ۴-۲-۱۰) که در این سال بسته شده است. "
        f"«ماده ۸»: اگر عملکرد قطب در {first} سال نخست دوره‌اش تأیید شود، فعالیتش تا پایان دوره ادامه می‌یابد؛ "
        "«احراز نشد» سال تأییدنشده را می‌نامد و «در انتظار» سالی را که ارزیابی بسته‌شده‌اش هنوز نیست. "
        "ادامه تا پایان دوره مانع ماده ۱۰ نیست. "
        "ردیف‌های رنگی پیامدی از ماده ۱۰ دارند و دلیل آن زیر ردیف آمده است."
    )


# -- one group ---------------------------------------------------------------------------


def _columns(year: int) -> list[TableColumn]:
    return [
        TableColumn("ردیف", 0.42, "center"),
        TableColumn("عنوان قطب", 2.0),  # (2.5, 1.55 and 1.05 before the article 8 column took 0.9)
        TableColumn("مؤسسه میزبان", 1.3),
        TableColumn("رشته", 1.05),
        TableColumn("مدیر قطب", 0.9),
        TableColumn("شمار اعضا", 0.5, "center"),
        TableColumn("جمع امتیاز اعضا", 0.72, "center"),
        TableColumn("امتیاز ارزیابی", 0.72, "center"),
        TableColumn(f"نتیجه {year}", 0.68, "center"),
        TableColumn(f"نتیجه {year - 1}", 0.68, "center"),
        TableColumn("عدم تأیید پیاپی (سال)", 0.72, "center"),
        TableColumn("وضعیت", 0.8, "center"),
        TableColumn("ارزیابی پایانی", 0.56, "center"),
        TableColumn("ماده ۸ (سال‌های نخست دوره)", 0.9, "center"),
        TableColumn("اعتبار دریافتی", 0.78, "center"),
        TableColumn("اعتبار هزینه‌شده", 0.78, "center"),
    ]


def _score(value: Decimal | None) -> str:
    return NONE if value is None else score_text(Fraction(value))


def _budget(value: int | None) -> str:
    return NONE if value is None else money(value)


def _centre_cells(i: int, r: SummaryRow) -> list[str]:
    # r.total is None unless the year's evaluation is closed: a draft's total is no result.
    return [
        str(i), r.title, r.host, r.field_title, r.director or NONE, str(r.member_count), _score(r.centre_total),
        _score(r.total), r.verdict_label, r.previous_label, str(r.failures), r.status_label, r.final_label,
        r.continuation.short or NONE, _budget(r.budget_received), _budget(r.budget_spent),
    ]  # fmt: skip


# What a shaded centre's line under it says: «پیامد — هشدار: ...» (the reasons name the
# clause and the failed year; no brackets before them).
_CONSEQUENCE = {"probation": "هشدار", "dissolution": "پیشنهاد انحلال"}


def consequence_line(r: SummaryRow) -> str:
    """«پیامد — ...»; a consequence carried from an earlier closed year names it."""
    head = f"پیامد ارزیابی بسته‌شده سال {to_persian_digits(r.consequence_year)}" if r.carried else "پیامد"
    if not r.reasons:
        return f"{head} — {r.level_label or LEVELS[r.level]}"
    return f"{head} — {_CONSEQUENCE.get(r.level, LEVELS[r.level])}: {' '.join(r.reasons)}"


def _verdict_counts(g: GroupTotal) -> str:
    parts = [f"{VERDICTS['approved']}: {g.approved}", f"{VERDICTS['not_approved']}: {g.not_approved}"]
    if g.not_evaluated:
        parts.append(f"ارزیابی‌نشده: {g.not_evaluated}")
    return "، ".join(parts)


@dataclass
class _Grid:
    """Rows in logical order with what each needs; turned into a right-to-left Table."""

    columns: list[TableColumn]
    width: float
    rows: list[list[Flowable]]
    commands: list[tuple]
    header_rows: int = 0

    @property
    def n(self) -> int:
        return len(self.columns)

    def x(self, logical: int) -> int:
        """The Table's column of logical column ``logical`` (0 is the rightmost)."""
        return self.n - 1 - logical

    def add(self, cells: Sequence[object], style=_CELL, *, header: bool = False) -> int:
        row = [
            value if isinstance(value, Flowable) else _Cell(value, _HEAD if header else style.but(align=c.align))
            for c, value in zip(self.columns, cells, strict=True)
        ]
        self.rows.append(row)
        return len(self.rows) - 1

    def span(self, row: int, first: int, last: int) -> None:
        """Join logical columns first..last of a row; the text must be in column ``last``
        (the Table shows the span's leftmost cell)."""
        self.commands.append(("SPAN", (self.x(last), row), (self.x(first), row)))

    def fill(self, row: int, color: colors.Color) -> None:
        self.commands.append(("BACKGROUND", (0, row), (-1, row), color))

    def table(self) -> Table:
        total = sum(c.width for c in self.columns)
        widths = [self.width * c.width / total for c in self.columns]
        data = [list(reversed(r)) for r in self.rows]
        t = Table(data, colWidths=list(reversed(widths)), repeatRows=self.header_rows, hAlign="CENTER")
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("BACKGROUND", (0, 0), (-1, self.header_rows - 1), HEADER_FILL),
                    *self.commands,
                ]
            )
        )
        return t


def _group_table(summary: YearSummary, group: GroupTotal, rows: Sequence[SummaryRow], width: float) -> Table:
    columns = _columns(summary.year)
    grid = _Grid(columns, width, [], [], header_rows=2)
    last = len(columns) - 1
    title = grid.add([""] * last + [_Cell(f"گروه {group.group_title} ({group.centres} قطب)", _GROUP)])
    grid.span(title, 0, last)
    grid.commands.append(("BACKGROUND", (0, title), (-1, title), colors.white))
    grid.add([c.title for c in columns], header=True)
    first = last_centre = len(grid.rows)
    for i, r in enumerate(rows, 1):
        at = last_centre = grid.add(_centre_cells(i, r))
        shade = _SHADE.get(r.level)
        if shade is not None:
            grid.fill(at, shade)
            note = grid.add(["", *[""] * (last - 1), _Cell(consequence_line(r), _NOTE)])
            grid.span(note, 1, last)
            grid.fill(note, shade)
            grid.commands.append(("NOSPLIT", (0, at), (-1, note)))  # a centre and its reasons stay on one page
        elif i % 2 == 0:
            grid.fill(at, _ZEBRA)
    subtotal = [*[""] * 4, f"جمع گروه {group.group_title}", money(group.members), *[""] * 4, _verdict_counts(group)]
    subtotal += [_dissolutions(group), "", "", _budget(group.budget_received), _budget(group.budget_spent)]
    at = grid.add(subtotal, _STRONG)
    grid.span(at, 0, 4)
    grid.span(at, 8, 10)
    grid.fill(at, HEADER_FILL)
    # Never a group's title and header alone at a page's foot, nor its subtotal alone at the top of the next.
    grid.commands += [("NOSPLIT", (0, 0), (-1, first)), ("NOSPLIT", (0, last_centre), (-1, at))]
    return grid.table()


def _dissolutions(g: GroupTotal) -> str:
    return f"پیشنهاد انحلال: {g.dissolution}" if g.dissolution else ""


# -- the totals --------------------------------------------------------------------------


def _matching_table(year: int, rows: Sequence[SummaryRow], width: float) -> Table:
    """Each funded centre's share of the year's approved allocation (12-2-1) and what its
    institution provided of the same amount (12-2-2), with the shortfall."""
    columns = [
        TableColumn("قطب", 2.6),
        TableColumn("مؤسسه میزبان", 1.8),
        TableColumn("سهم تخصیص‌یافته", 1.1, "center"),
        TableColumn("تأمین‌شده مؤسسه", 1.1, "center"),
        TableColumn("کسری هم‌تراز", 1.1, "center"),
    ]
    grid = _Grid(columns, width * 0.85, [], [], header_rows=2)
    heading = f"سهم قطب‌ها از نیمه برنامه‌ها و هم‌تراز مؤسسه‌ها، سال {year} (بندهای ۱۲-۲-۱ و ۱۲-۲-۲؛ به {DEFAULT_UNIT.title})"
    title = grid.add([""] * (len(columns) - 1) + [_Cell(heading, _GROUP)])
    grid.span(title, 0, len(columns) - 1)
    grid.commands.append(("BACKGROUND", (0, title), (-1, title), colors.white))
    grid.add([c.title for c in columns], header=True)
    for i, r in enumerate(rows, 1):
        short = r.shortfall or 0
        at = grid.add(
            [
                r.title,
                r.host,
                format_amount(r.allocated or 0),
                format_amount(r.provided or 0),
                format_amount(short) if short else NONE,
            ],
            _STRONG if short else _CELL,
        )
        if i % 2 == 0:
            grid.fill(at, _ZEBRA)
    return grid.table()


def _totals_table(summary: YearSummary, width: float) -> Table:
    columns = [
        TableColumn("گروه", 1.8),
        TableColumn("شمار قطب‌ها", 0.8, "center"),
        TableColumn(VERDICTS["approved"], 0.8, "center"),
        TableColumn(VERDICTS["not_approved"], 0.8, "center"),
        TableColumn("ارزیابی‌نشده", 0.8, "center"),
        TableColumn("پیشنهاد انحلال", 0.8, "center"),
        TableColumn("شمار اعضا", 0.8, "center"),
        TableColumn("اعتبار دریافتی", 1.1, "center"),
        TableColumn("اعتبار هزینه‌شده", 1.1, "center"),
    ]
    grid = _Grid(columns, width * 0.85, [], [], header_rows=2)
    heading = f"جمع به تفکیک گروه، سال {summary.year} (اعتبارها به {BUDGET_UNIT})"
    title = grid.add([""] * (len(columns) - 1) + [_Cell(heading, _GROUP)])
    grid.span(title, 0, len(columns) - 1)
    grid.commands.append(("BACKGROUND", (0, title), (-1, title), colors.white))
    grid.add([c.title for c in columns], header=True)

    def cells(g: GroupTotal) -> list[str]:
        return [
            g.group_title, str(g.centres), str(g.approved), str(g.not_approved), str(g.not_evaluated), str(g.dissolution),
            str(g.members), _budget(g.budget_received), _budget(g.budget_spent),
        ]  # fmt: skip

    for i, g in enumerate(summary.groups, 1):
        at = grid.add(cells(g))
        if i % 2 == 0:
            grid.fill(at, _ZEBRA)
    at = grid.add(cells(summary.total), _STRONG)
    grid.fill(at, HEADER_FILL)
    return grid.table()
