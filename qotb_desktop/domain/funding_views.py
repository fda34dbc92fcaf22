"""What the screens and the papers of article 12 show: plain data, below both the
services that fill it and the reports that print it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from qotb_desktop.domain.money import Unit


@dataclass(frozen=True)
class BudgetEntryView:
    id: int
    kind: str  # domain.funding.BUDGET_KINDS
    amount: int  # rials
    recorded_on: date
    reference: str
    source: str
    note: str


@dataclass(frozen=True)
class BudgetView:
    """A year's money: the line with its supplements split in two halves (12-2-1); the
    organisations' money joins the calls' half (note 13)."""

    year: int
    entries: tuple[BudgetEntryView, ...]
    line: int  # the line and its supplements, rials
    programs: int  # the programs' half
    calls: int  # the calls' half (the other half of the line, and the organisations' money)
    organisations: int
    unit: Unit
    scheme: str
    closed_at: datetime | None
    closed_by: str
    sheet_state: str  # "none" | "draft" | "stale" (the line changed since) | "approved"


@dataclass(frozen=True)
class CallsHalfView:
    """What the calls' half of a year holds and where it went: the calls' budgets (12-3)
    and note 16's supports are both paid from it."""

    year: int
    half: int  # the line less the programs' share, and the organisations' money (note 13)
    budgets: int  # the year's calls' budgets
    supports: int  # note 16's supports of the year

    @property
    def left(self) -> int:
        return self.half - self.budgets - self.supports


@dataclass(frozen=True)
class ShareView:
    id: int
    version: int
    centre_id: int
    centre: str
    institution: str
    institution_id: int
    status: str
    basis_year: int | None
    basis_total: str
    rule: str
    computed: int
    amount: int
    reason: str
    provided: int | None
    provided_on: date | None
    provided_note: str

    @property
    def shortfall(self) -> int:
        """What the institution still owes of its matching (12-2-2: at least the share)."""
        return max(0, self.amount - (self.provided or 0))


@dataclass(frozen=True)
class SheetView:
    year: int
    version: int
    scheme: str
    scheme_title: str
    line: int
    half: int
    computed_at: datetime
    approved_at: datetime | None
    approved_by: str
    notes: tuple[str, ...]
    shares: tuple[ShareView, ...]
    unit: Unit
    stale: bool  # the year's line is no longer the one the sheet was computed from
    closed: bool

    @property
    def allocated(self) -> int:
        return sum(s.amount for s in self.shares)

    @property
    def difference(self) -> int:
        """The half less the shares: 0 when the sheet can be approved."""
        return self.half - self.allocated


@dataclass(frozen=True)
class PaymentView:
    id: int
    amount: int
    paid_on: date
    order_number: str


class Mark(NamedTuple):
    """One criterion of 12-4 in a proposal's review: met or not, a note, and the score
    where the secretariat's scheme gives the criterion one (None where it does not)."""

    key: str  # "12-4-1"
    met: bool
    note: str
    score: int | None = None


@dataclass(frozen=True)
class StageView:
    id: int
    version: int
    position: int
    title: str
    due_on: date
    deliverables: str
    amount: int
    report_received_on: date | None
    report_approved_on: date | None
    approved_by: str
    payments: tuple[PaymentView, ...]

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)


@dataclass(frozen=True)
class ProposalView:
    id: int
    version: int
    centre_id: int
    centre: str
    partners: tuple[str, ...]
    topic: str
    title: str
    cost: int
    received_on: date
    state: str  # domain.calls.PROPOSAL_STATES
    reviewed_on: date | None
    reviewed_by: str  # the working group and who took part
    review_note: str
    marks: tuple[Mark, ...]
    agreement_number: str
    agreement_on: date | None
    agreement_amount: int | None
    stages: tuple[StageView, ...]

    @property
    def scored(self) -> bool:
        return any(m.score is not None for m in self.marks)

    @property
    def score(self) -> int:
        """The review's total score (0 where the scheme gives no scores)."""
        return sum(m.score or 0 for m in self.marks)


@dataclass(frozen=True)
class CallView:
    id: int
    version: int
    year: int
    title: str
    budget: int
    announced_on: date | None
    deadline: date
    note: str
    topics: tuple[tuple[int, str, str], ...]  # (id, title, the council's decision)
    proposals: tuple[ProposalView, ...]
    unit: Unit

    @property
    def agreed(self) -> int:
        return sum(p.agreement_amount or 0 for p in self.proposals)

    @property
    def paid(self) -> int:
        return sum(s.paid for p in self.proposals for s in p.stages)
