"""The scoring engine: Appendix 1 points over the 5-year window, Appendix 2's
thresholds, and the member's verdict (note 8). Every number comes from the rules
edition; every result names the edition and the readings that produced it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache

import jdatetime

from qotb_desktop.domain.dates import add_jalali_years, format_jalali
from qotb_desktop.domain.rules import Edition, Readings, RowRule
from qotb_desktop.domain.text import to_persian_number as _fa

Number = Fraction


@dataclass(frozen=True)
class Item:
    """One activity of a faculty member: a row of Appendix 1 and what its rule needs."""

    row: int
    date: date | None = None
    points: Fraction | None = None  # judged rows; None: not given (revision 1 took the row's maximum)
    corresponding_author: bool = False  # row 2
    keynote: bool = False  # row 4
    citations: int | None = None  # row 7
    amount_toman: int | None = None  # row 8
    scope: str | None = None  # rows 11, 15
    award: str | None = None  # row 20
    journal_years: Fraction | None = None  # rows 21, 22
    conferences: int | None = None  # row 23
    academy: str | None = None  # row 24
    role: str | None = None  # row 25
    years: Fraction | None = None  # row 26
    as_director: bool = False  # row 26
    description: str = ""
    end: date | None = None  # rows 21, 22, 26: the last day (``date`` the first); None: still serving
    evidence: str = ""  # footnotes 4 and 5: who approved (row 9), the certificate (row 20)


@dataclass(frozen=True)
class MemberInput:
    field_key: str  # the member's own Appendix 2 field (the JSON contract calls it "group")
    period_start: date
    rank: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class RowScore:
    row: int
    title: str
    points: Fraction  # what counts, after the caps
    uncapped: Fraction
    items: tuple[int, ...]  # indexes of the items counted in this row
    note: str = ""


@dataclass(frozen=True)
class Failure:
    code: str
    required: Fraction
    actual: Fraction
    message: str


@dataclass(frozen=True)
class Excluded:
    item: int
    reason: str


@dataclass(frozen=True)
class ScoreSheet:
    edition: str
    readings: Readings
    field_key: str
    window: tuple[date, date]
    rows: tuple[RowScore, ...]
    row2: Fraction
    rows_2_8_9: Fraction
    total: Fraction
    corresponding_papers: int
    failures: tuple[Failure, ...]
    excluded: tuple[Excluded, ...] = field(default=())
    kept: bool = False  # read from a kept score: the total, verdict and failures, no rows (kept_sheet)

    @property
    def eligible(self) -> bool:
        return not self.failures

    def row(self, number: int) -> RowScore:
        return self.rows[number - 1]


def kept_sheet(
    *,
    edition: str,
    readings: Readings,
    field_key: str,
    window: tuple[date, date],
    total: Fraction,
    failures: tuple[Failure, ...],
) -> ScoreSheet:
    """A member's sheet as a kept score holds it (issue 21.2): what article 5 reads of it
    (the total, the verdict and its failures), without the rows."""
    return ScoreSheet(edition, readings, field_key, window, (), Fraction(0), Fraction(0), total, 0, failures, kept=True)


@lru_cache(maxsize=4096)
def window(period_start: date, years: int) -> tuple[date, date]:
    """The years ending the day before the period starts (note 8), both ends included:
    counted back from that last day, so a period starting on 30 Esfand of a leap year
    still gets exactly five years."""
    last = period_start - timedelta(days=1)
    return add_jalali_years(last, -years) + timedelta(days=1), last


@lru_cache(maxsize=65536)
def _jalali(day: date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


@lru_cache(maxsize=65536)
def years_in_window(start: date, end: date | None, span: tuple[date, date]) -> Fraction:
    """The years of ``start``..``end`` (both included; no end: still serving) inside the
    window ``span``, counted in whole Jalali months (12 months a year): a membership
    over the whole five-year window counts 5, one of 30 months inside it 2.5."""
    first = max(start, span[0])
    last = min(end or span[1], span[1])
    if first > last:
        return Fraction(0)
    (ay, am, ad), (by, bm, bd) = _jalali(first), _jalali(last + timedelta(days=1))  # the day after: whole months end there
    months = (by - ay) * 12 + (bm - am) - (1 if bd < ad else 0)
    return Fraction(max(months, 0), 12)


def item_points(item: Item, rule: RowRule, readings: Readings, span: tuple[date, date] | None = None) -> Fraction:
    """The points of one item before the row's cap (row 7 is counted over the row).
    ``span``: the window, for the rows counted over the years inside it (21, 22, 26)."""
    if rule.rule == "judged":
        top = _max(rule, item)
        given = top if item.points is None else item.points
        return given + (Fraction(rule.keynote_bonus) if item.keynote else 0)
    if rule.rule == "fixed":
        return Fraction(rule.points)
    if rule.rule == "per_item_unit":
        got = math.floor(Fraction(_value(item, rule) or 0) / Fraction(rule.unit)) * Fraction(rule.points)
        return min(got, Fraction(rule.cap)) if readings.row8_cap == "per_item" and rule.cap else Fraction(got)
    if rule.rule == "rate":
        rate = rule.director_points if item.as_director and rule.director_points else rule.points
        if rule.measure == "years_in_window":
            if item.date is None or span is None:
                return Fraction(0)
            return years_in_window(item.date, item.end, span) * Fraction(str(rate))
        return Fraction(_value(item, rule) or 0) * Fraction(str(rate))
    if rule.rule == "choice":
        return Fraction(rule.values[_value(item, rule)])
    raise ValueError(f"row {rule.row}: rule {rule.rule} has no per-item points")


def _max(rule: RowRule, item: Item) -> Fraction:
    if rule.scopes:
        return Fraction(rule.scopes[item.scope or ""])
    return Fraction(rule.max or 0)


def _value(item: Item, rule: RowRule):
    return getattr(item, rule.field or "")


def _exclusion(item: Item, rule: RowRule, rules, span: tuple[date, date]) -> str:
    """Why an item does not count (note 8's window, a missing date or score), or ""."""
    first, last = span

    def outside() -> str:  # made only for an item that is out: most are in
        return f"بیرون از بازه {_fa(rules.window_years)} ساله {format_jalali(first)} تا {format_jalali(last)} است (تبصره ۸)."

    if item.date is None and not rule.undated:
        return f"ردیف {_fa(item.row)} تاریخ‌دار است و این مورد تاریخ ندارد."
    if rule.measure == "years_in_window":
        if item.end is not None and item.end < item.date:
            return f"تاریخ پایان {format_jalali(item.end)} پیش از تاریخ آغاز {format_jalali(item.date)} است."
        if not years_in_window(item.date, item.end, span):
            to = f"تا {format_jalali(item.end)}" if item.end else "تا کنون"
            return f"دوره {format_jalali(item.date)} {to} هیچ ماه کاملی در بازه ندارد؛ بازه {outside()}"
        return ""
    if item.date is not None and not first <= item.date <= last:
        return f"تاریخ {format_jalali(item.date)} {outside()}"
    if rule.rule == "judged" and item.points is None and rules.points_required:
        return f"امتیاز داده‌شده ندارد؛ ردیف {_fa(item.row)} داوری می‌شود و بیشینه آن فرض نمی‌شود."
    return ""


def score_member(member: MemberInput, *, edition: Edition, readings: Readings | None = None) -> ScoreSheet:
    readings = readings or edition.readings
    edition = edition.at_revision(readings.revision)
    rules = edition.scoring
    thresholds = edition.field(member.field_key).thresholds
    first, last = window(member.period_start, rules.window_years)
    excluded: list[Excluded] = []
    counted: dict[int, list[int]] = {r.row: [] for r in rules.rows}
    for index, item in enumerate(member.items):
        reason = _exclusion(item, rules.row(item.row), rules, (first, last))
        if reason:
            excluded.append(Excluded(index, reason))
        else:
            counted[item.row].append(index)

    titles = {g.key: g.title for g in edition.fields}
    rows = []
    for rule in rules.rows:
        indexes = tuple(counted[rule.row])
        items = [member.items[i] for i in indexes]
        if rule.rule == "rank":
            raw = Fraction(rule.values.get(member.rank, 0))
        elif rule.rule == "per_unit" or (
            rule.rule == "per_item_unit" and readings.row8_cap == "row_total" and rules.pool_row_total
        ):  # citations; row 8 under footnote 3's «سقف مجموع»: the amounts pooled, then rounded
            total = sum((Fraction(_value(i, rule) or 0) for i in items), Fraction(0))
            raw = Fraction(math.floor(total / Fraction(rule.unit)) * Fraction(rule.points))
        else:
            raw = sum((item_points(i, rule, readings, (first, last)) for i in items), Fraction(0))
        cap = _row_cap(rule, readings, thresholds.max_row4)
        points = min(raw, cap) if cap is not None else raw
        note = ""
        groups = rule.groups_for(readings)
        if groups and member.field_key not in groups:
            if items:
                allowed = "، ".join(titles.get(g, g) for g in groups)
                note = f"این ردیف فقط برای رشته‌های {allowed} امتیاز دارد."
            points = Fraction(0)
        elif cap is not None and raw > cap:
            note = f"سقف ردیف: {_fa(_show(cap))}"
        rows.append(RowScore(rule.row, rule.title, points, raw, indexes, note))

    row2 = sum((rows[n - 1].points for n in rules.papers_rows), Fraction(0))
    rows_2_8_9 = sum((rows[n - 1].points for n in rules.research_rows), Fraction(0))
    total = sum((r.points for r in rows), Fraction(0))
    corresponding = sum(1 for i in counted[rules.corresponding_row] if member.items[i].corresponding_author)
    failures = []
    checks = [
        ("row2_below_min", thresholds.min_row2, row2, "امتیاز ردیف ۲ (مقالات علمی-پژوهشی)"),
        ("rows_2_8_9_below_min", thresholds.min_rows_2_8_9, rows_2_8_9, "مجموع امتیاز ردیف‌های ۲، ۸ و ۹"),
        ("total_below_min", thresholds.min_member_total, total, "امتیاز کل"),
    ]
    for code, required, actual, what in checks:
        if actual < required:
            failures.append(
                Failure(
                    code, Fraction(required), actual, f"{what}: {_fa(_show(actual))}، کمتر از کمینه {_fa(required)} (پیوست ۲)."
                )
            )
    need = rules.min_corresponding_papers
    if corresponding < need:
        failures.append(
            Failure(
                "corresponding_author_papers_below_8",
                Fraction(need),
                Fraction(corresponding),
                f"نویسنده مسئول {_fa(corresponding)} مقاله ردیف ۲ است و دست‌کم {_fa(need)} لازم است "
                f"({rules.corresponding_clause}).",
            )
        )
    return ScoreSheet(
        edition=edition.edition,
        readings=readings,
        field_key=member.field_key,
        window=(first, last),
        rows=tuple(rows),
        row2=row2,
        rows_2_8_9=rows_2_8_9,
        total=total,
        corresponding_papers=corresponding,
        failures=tuple(failures),
        excluded=tuple(excluded),
    )


def _row_cap(rule: RowRule, readings: Readings, field_max_row4: int) -> Fraction | None:
    if rule.row_cap_from_field:
        return Fraction(field_max_row4)
    if rule.rule == "per_item_unit" and readings.row8_cap == "row_total" and rule.cap:
        return Fraction(rule.cap)
    return Fraction(str(rule.row_cap)) if rule.row_cap is not None else None


def _show(value: Fraction | int) -> int | float:
    """A number as shown and written out: whole when whole, else two decimals."""
    value = Fraction(value)
    return int(value) if value.denominator == 1 else round(float(value), 2)


def number(value: Fraction | int) -> int | float:
    return _show(value)
