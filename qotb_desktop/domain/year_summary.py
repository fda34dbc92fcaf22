"""The yearly evaluation summary (duty 4-2-9): one line per centre, totals per group.

Plain data: the service fills it from the store, the printing layer and the
spreadsheet exports draw it (PDF, XLSX, CSV), and the year view shows it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from qotb_desktop.domain.continuation import UNKNOWN, Continuation
from qotb_desktop.domain.evaluation import VERDICTS
from qotb_desktop.domain.text import sort_key


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
    failures: int  # consecutive not-approved years ending with this one
    status: str  # a key of vocab.CENTRE_STATUSES
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
    dissolution: int  # centres whose consequence is dissolution recommended
    members: int
    budget_received: int
    budget_spent: int


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
        budget_received=sum(r.budget_received or 0 for r in rows),
        budget_spent=sum(r.budget_spent or 0 for r in rows),
    )


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
