"""The yearly evaluation summary (duty 4-2-9): one line per centre, totals per group.

Plain data: the service fills it from the store, the printing layer and the
spreadsheet exports draw it (PDF, XLSX, CSV), and the year view shows it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from qotb_desktop.domain.continuation import UNKNOWN, Continuation
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.evaluation import VERDICTS
from qotb_desktop.domain.text import sort_key, to_persian_digits


@dataclass(frozen=True)
class SummaryRow:
    centre_id: int
    title: str
    host: str
    group_key: str
    group_title: str
    field_title: str
    director: str  # "" when the centre has none on record
    member_count: int
    centre_total: Decimal | None  # members' summed score (Appendix 1), from the closing's article 5 check
    total: Decimal | None  # the year's weighted evaluation total (None: not evaluated)
    verdict: str | None  # approved | not_approved | None (no closed evaluation that year)
    previous_verdict: str | None
    # The status, consequence, failures and reasons are those in force at the year's end:
    # they follow the latest closed annual evaluation up to this year (``consequence_year``:
    # this year's when it is closed, else an earlier one; None: none closed yet, «مصوب»).
    failures: int  # consecutive not-approved years ending with consequence_year
    status: str  # a key of vocab.CENTRE_STATUSES, as of the year's end (not today's)
    status_label: str
    level: str  # none | probation | dissolution (domain.evaluation.LEVELS)
    reasons: tuple[str, ...]  # the consequences, each naming its clause
    report_received: bool
    budget_received: int | None  # million rials; None without a report
    budget_spent: int | None
    closed: bool  # the year's evaluation is closed (a draft one does not count)
    final_verdict: str | None = None  # the closed final five-year evaluation (4-2-10) of this year, if any
    level_label: str = ""  # the consequence named: «هشدار (سال ۱۴۰۴ تأیید نشده)», «پیشنهاد انحلال»
    continuation: Continuation = UNKNOWN  # art. 8 as of this year (from the closed years up to it)
    # Article 12: the centre's share of the year's approved allocation (12-2-1) and what its
    # institution provided of the same amount (12-2-2), in rials; None: no approved share.
    allocated: int | None = None
    provided: int | None = None
    consequence_year: int | None = None  # the closed year the consequence follows (see above)

    @property
    def carried(self) -> bool:
        """The consequence follows an earlier year's closed evaluation (this year's is not closed)."""
        return not self.closed and self.consequence_year is not None

    @property
    def shortfall(self) -> int | None:
        """What the institution still owes of its matching (12-2-2); None without a share."""
        return None if self.allocated is None else max(0, self.allocated - (self.provided or 0))

    @property
    def verdict_label(self) -> str:
        return VERDICTS.get(self.verdict or "", "ارزیابی نشده")

    @property
    def previous_label(self) -> str:
        return VERDICTS.get(self.previous_verdict or "", "ارزیابی نشده")

    @property
    def final_label(self) -> str:
        return VERDICTS.get(self.final_verdict or "", "")


@dataclass(frozen=True)
class GroupTotal:
    group_key: str  # "" for the grand total
    group_title: str
    centres: int
    approved: int
    not_approved: int
    not_evaluated: int
    dissolution: int  # centres whose consequence in force is dissolution recommended (as the rows say)
    members: int
    # The sums of the reports received; None when no centre's report is in (as a row's «—»:
    # nothing known is not zero). ``reports``: how many reports the sums are of.
    budget_received: int | None
    budget_spent: int | None
    reports: int = 0


@dataclass(frozen=True)
class YearSummary:
    year: int  # Jalali
    scheme: str
    pass_mark: int
    total_weight: int  # what the weighted total is out of (the sum of the scheme's weights)
    rows: tuple[SummaryRow, ...]  # sorted by group, then title
    groups: tuple[GroupTotal, ...]  # one per group with centres, in the rules data's order
    total: GroupTotal


def group_total(key: str, title: str, rows: list[SummaryRow] | tuple[SummaryRow, ...]) -> GroupTotal:
    return GroupTotal(
        group_key=key,
        group_title=title,
        centres=len(rows),
        approved=sum(1 for r in rows if r.verdict == "approved"),
        not_approved=sum(1 for r in rows if r.verdict == "not_approved"),
        not_evaluated=sum(1 for r in rows if r.verdict is None),
        dissolution=sum(1 for r in rows if r.level == "dissolution"),
        members=sum(r.member_count for r in rows),
        budget_received=_known_sum(r.budget_received for r in rows),
        budget_spent=_known_sum(r.budget_spent for r in rows),
        reports=sum(1 for r in rows if r.report_received),
    )


def _known_sum(values) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def no_centres(year: int) -> str:
    """Why a year's summary is refused: no centre ran in it (1390: before any decree)."""
    fa = to_persian_digits(year)
    return (
        f"در سال {fa} هیچ قطبی در دوره فعالیت خود نبود و از این سال گزارش یا ارزیابی‌ای در پرونده نیست؛ "
        f"خلاصه ارزیابی سال {fa} ساخته نشد. سالی را بنویسید که قطب‌ها در آن فعال بودند."
    )


def refuse_empty(summary: YearSummary) -> YearSummary:
    """The summary, or DomainError for a year in which no centre ran: an empty file is no summary."""
    if not summary.rows:
        raise DomainError(no_centres(summary.year))
    return summary


def summarise(
    year: int, scheme: str, pass_mark: int, total_weight: int, rows: list[SummaryRow], groups: list[tuple[str, str]]
) -> YearSummary:
    """Sort the rows by the groups' order (``groups``: (key, title) as in the rules data)
    and total them per group and overall."""
    order = {key: i for i, (key, _) in enumerate(groups)}
    ordered = tuple(sorted(rows, key=lambda r: (order.get(r.group_key, len(order)), sort_key(r.title))))
    per_group = tuple(
        group_total(key, title, [r for r in ordered if r.group_key == key])
        for key, title in groups
        if any(r.group_key == key for r in ordered)
    )
    return YearSummary(year, scheme, pass_mark, total_weight, ordered, per_group, group_total("", "جمع کل", ordered))
