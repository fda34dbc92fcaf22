"""The queries of article 12's money (store/funding_models.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qotb_desktop.store.funding_models import (
    AllocationSheet,
    BudgetEntry,
    CentreAllocation,
    ContractSupport,
    FundingCall,
    FundingYear,
    ProjectStage,
    Proposal,
    ReviewBody,
    ReviewBodyMember,
    ReviewSitting,
    StagePayment,
)
from qotb_desktop.store.models import Centre


class FundingRepository:
    def __init__(self, session: Session):
        self.session = session

    def year(self, year: int) -> FundingYear | None:
        return self.session.get(FundingYear, year)

    def year_or_new(self, year: int, *, programs_percent: int) -> FundingYear:
        row = self.year(year)
        if row is None:
            row = FundingYear(year=year, closed_by="", programs_percent=programs_percent)
            self.session.add(row)
            self.session.flush()
        return row

    def years(self) -> list[int]:
        return list(self.session.scalars(select(FundingYear.year).order_by(FundingYear.year.desc())))

    def entries(self, year: int) -> Sequence[BudgetEntry]:
        return self.session.scalars(
            select(BudgetEntry).where(BudgetEntry.year == year).order_by(BudgetEntry.recorded_on, BudgetEntry.id)
        ).all()

    def entry(self, entry_id: int) -> BudgetEntry | None:
        return self.session.get(BudgetEntry, entry_id)

    def add(self, row: object) -> None:
        self.session.add(row)
        self.session.flush()

    def delete(self, row: object) -> None:
        self.session.delete(row)
        self.session.flush()

    def sheet(self, year: int) -> AllocationSheet | None:
        return self.session.get(AllocationSheet, year)

    def share(self, allocation_id: int) -> CentreAllocation | None:
        return self.session.get(CentreAllocation, allocation_id)

    def centres_in(self, statuses: Iterable[str]) -> Sequence[Centre]:
        return self.session.scalars(select(Centre).where(Centre.status.in_(list(statuses))).order_by(Centre.id)).all()

    def approved_shares(self, year: int | None = None) -> Sequence[CentreAllocation]:
        """The shares of approved worksheets (of ``year``), by year and centre."""
        query = select(CentreAllocation).join(AllocationSheet).where(AllocationSheet.approved_at.is_not(None))
        if year is not None:
            query = query.where(CentreAllocation.year == year)
        return self.session.scalars(query.order_by(CentreAllocation.year, CentreAllocation.centre_id)).all()

    def allocated_total(self, year: int) -> int:
        return int(
            self.session.scalar(select(func.coalesce(func.sum(CentreAllocation.amount), 0)).where(CentreAllocation.year == year))
        )

    def replace_shares(self, sheet: AllocationSheet, shares: list[CentreAllocation]) -> None:
        """The sheet's shares made ``shares``: a centre's row kept and brought up to date
        (only what changed is written, and in the trail), a centre no longer entitled
        removed, a new one added."""
        if sheet not in self.session:
            self.session.add(sheet)
        kept = {a.centre_id: a for a in sheet.shares}
        wanted = {a.centre_id for a in shares}
        for centre_id, row in list(kept.items()):
            if centre_id not in wanted:
                sheet.shares.remove(row)
        self.session.flush()  # a centre's old row goes before anything new comes
        for new in shares:
            row = kept.get(new.centre_id)
            if row is None:
                sheet.shares.append(new)
                continue
            for column in ("institution_id", "status", "basis_year", "basis_total", "rule", "computed", "amount", "reason"):
                if getattr(row, column) != getattr(new, column):
                    setattr(row, column, getattr(new, column))
        self.session.flush()

    # -- the calls (12-3) ----------------------------------------------------------------

    def call(self, call_id: int) -> FundingCall | None:
        return self.session.get(FundingCall, call_id)

    def calls(self, year: int | None = None) -> Sequence[FundingCall]:
        query = select(FundingCall)
        if year is not None:
            query = query.where(FundingCall.year == year)
        return self.session.scalars(query.order_by(FundingCall.year.desc(), FundingCall.id)).all()

    def proposal(self, proposal_id: int) -> Proposal | None:
        return self.session.get(Proposal, proposal_id)

    def proposals(self, call_id: int) -> Sequence[Proposal]:
        return self.session.scalars(select(Proposal).where(Proposal.call_id == call_id).order_by(Proposal.id)).all()

    def stage(self, stage_id: int) -> ProjectStage | None:
        return self.session.get(ProjectStage, stage_id)

    def call_budgets(self, year: int) -> int:
        return int(self.session.scalar(select(func.coalesce(func.sum(FundingCall.budget), 0)).where(FundingCall.year == year)))

    def agreed(self, call_id: int) -> int:
        """The agreements' amounts of a call's selected proposals."""
        total = select(func.coalesce(func.sum(Proposal.agreement_amount), 0)).where(Proposal.call_id == call_id)
        return int(self.session.scalar(total))

    def paid(self, *, call_id: int | None = None, year: int | None = None) -> int:
        query = (
            select(func.coalesce(func.sum(StagePayment.amount), 0))
            .join(ProjectStage, ProjectStage.id == StagePayment.stage_id)
            .join(Proposal, Proposal.id == ProjectStage.proposal_id)
            .join(FundingCall, FundingCall.id == Proposal.call_id)
        )
        if call_id is not None:
            query = query.where(FundingCall.id == call_id)
        if year is not None:
            query = query.where(FundingCall.year == year)
        return int(self.session.scalar(query))

    def open_stages(self) -> Sequence[ProjectStage]:
        """Every stage not yet fully paid, by its day (for the dashboard's lines)."""
        return self.session.scalars(select(ProjectStage).order_by(ProjectStage.due_on, ProjectStage.id)).all()

    # -- who reviews (notes 6, 7) --------------------------------------------------------

    def bodies(self) -> Sequence[ReviewBody]:
        return self.session.scalars(select(ReviewBody).order_by(ReviewBody.group_key, ReviewBody.kind, ReviewBody.id)).all()

    def body(self, body_id: int) -> ReviewBody | None:
        return self.session.get(ReviewBody, body_id)

    def body_member(self, member_id: int) -> ReviewBodyMember | None:
        return self.session.get(ReviewBodyMember, member_id)

    def sitting(self, subject: str, subject_id: int) -> ReviewSitting | None:
        return self.session.scalar(
            select(ReviewSitting).where(ReviewSitting.subject == subject, ReviewSitting.subject_id == subject_id)
        )

    # -- note 16 -------------------------------------------------------------------------

    def supports(self, year: int) -> Sequence[ContractSupport]:
        return self.session.scalars(
            select(ContractSupport).where(ContractSupport.year == year).order_by(ContractSupport.id)
        ).all()

    def supports_total(self, year: int) -> int:
        total = select(func.coalesce(func.sum(ContractSupport.support), 0)).where(ContractSupport.year == year)
        return int(self.session.scalar(total))
