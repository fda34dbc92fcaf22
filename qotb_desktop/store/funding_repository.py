"""The queries of article 12's money (store/funding_models.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qotb_desktop.store.funding_models import AllocationSheet, BudgetEntry, CentreAllocation, FundingYear
from qotb_desktop.store.models import Centre


class FundingRepository:
    def __init__(self, session: Session):
        self.session = session

    def year(self, year: int) -> FundingYear | None:
        return self.session.get(FundingYear, year)

    def year_or_new(self, year: int) -> FundingYear:
        row = self.year(year)
        if row is None:
            row = FundingYear(year=year, closed_by="")
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
        """The sheet's shares replaced by ``shares`` (the old ones deleted first, so a
        centre's new row does not meet its old one)."""
        if sheet in self.session:
            sheet.shares.clear()
            self.session.flush()
        else:
            self.session.add(sheet)
        sheet.shares.extend(shares)
        self.session.flush()
