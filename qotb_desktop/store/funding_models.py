"""The tables of article 12's money (migration 0012): a year's budget line, its
supplements and the organisations' money (note 13); the allocation worksheet of the
programs' half (12-2-1) and each centre's share with its institution's matching (12-2-2).

Amounts are whole rials (BIGINT). The limits hold in the database too (triggers on SQLite
and PostgreSQL, migration 0012): the shares never add up past the worksheet's half, nor
the worksheet's line past the year's; an approved worksheet's shares do not change (only
the matching is entered); a closed year changes no more.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qotb_desktop.store.models import Base, Centre, Institution, Versioned

BUDGET_KINDS = ("line", "supplement", "organisation")


class FundingYear(Versioned, Base):
    """A Jalali year of the centres' budget; closed (``closed_at``) it changes no more."""

    __tablename__ = "funding_year"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(40), default="")


class BudgetEntry(Base):
    """One amount of a year: the line of the budget law, a supplement during the year, or
    money from an organisation (note 13: joins the calls' half)."""

    __tablename__ = "budget_entry"
    __table_args__ = (
        CheckConstraint("amount > 0", name="positive"),
        CheckConstraint("kind IN ('line', 'supplement', 'organisation')", name="kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("funding_year.year"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    amount: Mapped[int] = mapped_column(BigInteger)  # rials
    recorded_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(60), default="")  # the letter or the law
    source: Mapped[str] = mapped_column(String(200), default="")  # the organisation (note 13)
    note: Mapped[str] = mapped_column(Text, default="")


class AllocationSheet(Versioned, Base):
    """The worksheet of a year's programs' half (12-2-1): the line and the half it was
    computed from, the scheme, the computation's notes; approved by a secretary."""

    __tablename__ = "allocation_sheet"
    __table_args__ = (CheckConstraint("half >= 0 AND half <= line", name="half_of_line"),)
    year: Mapped[int] = mapped_column(ForeignKey("funding_year.year"), primary_key=True, autoincrement=False)
    scheme: Mapped[str] = mapped_column(String(20))
    line: Mapped[int] = mapped_column(BigInteger)  # rials: the line with its supplements, when computed
    half: Mapped[int] = mapped_column(BigInteger)  # rials: the programs' half of it
    computed_at: Mapped[datetime] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str] = mapped_column(String(40), default="")

    shares: Mapped[list[CentreAllocation]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", lazy="selectin", order_by="CentreAllocation.id"
    )


class CentreAllocation(Versioned, Base):
    """A centre's share of the half: what the scheme computed and the amount allocated
    (different only with a reason), on what basis; through which institution; and what
    the institution actually provided of its matching (12-2-2: at least the same amount)."""

    __tablename__ = "allocation"
    __table_args__ = (
        UniqueConstraint("year", "centre_id"),
        CheckConstraint("computed >= 0 AND amount >= 0", name="not_negative"),
        CheckConstraint("provided IS NULL OR provided >= 0", name="provided_not_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("allocation_sheet.year"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"))
    status: Mapped[str] = mapped_column(String(20))  # the centre's, when computed
    basis_year: Mapped[int | None] = mapped_column(Integer)  # the evaluation's year
    basis_total: Mapped[str] = mapped_column(String(20), default="")  # its weighted total, as shown
    rule: Mapped[str] = mapped_column(String(12))  # domain.funding.RULES
    computed: Mapped[int] = mapped_column(BigInteger)  # rials
    amount: Mapped[int] = mapped_column(BigInteger)  # rials
    reason: Mapped[str] = mapped_column(Text, default="")  # why the amount is not the computed one
    provided: Mapped[int | None] = mapped_column(BigInteger)  # rials the institution provided (12-2-2)
    provided_on: Mapped[date | None] = mapped_column(Date)
    provided_note: Mapped[str] = mapped_column(Text, default="")

    sheet: Mapped[AllocationSheet] = relationship(back_populates="shares")
    centre: Mapped[Centre] = relationship(lazy="joined")
    institution: Mapped[Institution] = relationship(lazy="joined")
