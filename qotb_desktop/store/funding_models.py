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

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qotb_desktop.store.models import Base, Centre, FacultyMember, Institution, Versioned

BUDGET_KINDS = ("line", "supplement", "organisation")


class FundingYear(Versioned, Base):
    """A Jalali year of the centres' budget; closed (``closed_at``) it changes no more."""

    __tablename__ = "funding_year"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(40), default="")
    # 12-2-1's share of the line for the programs, from the scheme when the year was made
    # (migration 0013): the database's limits on the calls' half read it.
    programs_percent: Mapped[int] = mapped_column(Integer, default=50, server_default="50")


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


# -- the calls (12-3, «ستاپ قطب‌های علمی»): migration 0013 ---------------------------------------


class FundingCall(Versioned, Base):
    """A call of a year (12-3-1 to 12-3-3): its priority topics set by the council, its
    budget from the calls' half, when it was announced and its deadline."""

    __tablename__ = "funding_call"
    __table_args__ = (CheckConstraint("budget > 0", name="positive"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("funding_year.year"), index=True)
    title: Mapped[str] = mapped_column(String(250))
    budget: Mapped[int] = mapped_column(BigInteger)  # rials
    announced_on: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    topics: Mapped[list[CallTopic]] = relationship(cascade="all, delete-orphan", lazy="selectin", order_by="CallTopic.position")


class CallTopic(Base):
    """A priority topic of a call (12-3-2: set by the council; its decision named)."""

    __tablename__ = "call_topic"
    __table_args__ = (UniqueConstraint("call_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("funding_call.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    council_decision: Mapped[str] = mapped_column(String(100), default="")


class Proposal(Versioned, Base):
    """A centre's proposal to a call (12-3-4), with its partner centres (12-4-7), its cost
    estimate and its stages; reviewed by a working group (12-3-5): each of the seven
    criteria of 12-4 met or not, and the decision."""

    __tablename__ = "proposal"
    __table_args__ = (
        CheckConstraint("cost > 0", name="positive"),
        CheckConstraint("state IN ('received', 'selected', 'rejected')", name="state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("funding_call.id"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("call_topic.id"))
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    cost: Mapped[int] = mapped_column(BigInteger)  # rials, the centre's estimate
    received_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(12), default="received")
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    reviewed_by: Mapped[str] = mapped_column(String(250), default="")  # the working group
    review_note: Mapped[str] = mapped_column(Text, default="")
    # The agreement (12-3-6): its number, day and amount; its stages add up to the amount.
    agreement_number: Mapped[str] = mapped_column(String(60), default="")
    agreement_on: Mapped[date | None] = mapped_column(Date)
    agreement_amount: Mapped[int | None] = mapped_column(BigInteger)

    partners: Mapped[list[ProposalPartner]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    marks: Mapped[list[CriterionMark]] = relationship(cascade="all, delete-orphan", lazy="selectin", order_by="CriterionMark.key")
    stages: Mapped[list[ProjectStage]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ProjectStage.position", back_populates="proposal"
    )
    centre: Mapped[Centre] = relationship(lazy="joined")


class ProposalPartner(Base):
    __tablename__ = "proposal_partner"
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id"), primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)


class CriterionMark(Base):
    """One criterion of 12-4 in a proposal's review: met or not, a note, a score where the
    secretariat's scheme gives one."""

    __tablename__ = "criterion_mark"
    __table_args__ = (CheckConstraint("score IS NULL OR score >= 0", name="score"),)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(10), primary_key=True)  # "12-4-1" .. "12-4-7"
    met: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[int | None] = mapped_column(Integer)  # NULL where the scheme gives none


class ProjectStage(Versioned, Base):
    """A stage of a selected project's agreement (12-3-6): its schedule, deliverables and
    amount; its report received and approved by the working group (12-3-7); then paid."""

    __tablename__ = "project_stage"
    __table_args__ = (UniqueConstraint("proposal_id", "position"), CheckConstraint("amount > 0", name="positive"))
    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(Date)
    deliverables: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[int] = mapped_column(BigInteger)  # rials
    report_received_on: Mapped[date | None] = mapped_column(Date)
    report_approved_on: Mapped[date | None] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(250), default="")

    proposal: Mapped[Proposal] = relationship(back_populates="stages")
    payments: Mapped[list[StagePayment]] = relationship(cascade="all, delete-orphan", lazy="selectin", order_by="StagePayment.id")


class StagePayment(Base):
    """A payment of a stage (12-3-7): only after its report is approved, never past the
    stage's amount, the call's budget or the year's calls' half (triggers, migration 0013)."""

    __tablename__ = "stage_payment"
    __table_args__ = (CheckConstraint("amount > 0", name="positive"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("project_stage.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)  # rials
    paid_on: Mapped[date] = mapped_column(Date)
    order_number: Mapped[str] = mapped_column(String(60), default="")


# -- who reviews (notes 6 and 7): migration 0014 ------------------------------------------------


class ReviewBody(Versioned, Base):
    """One of the secretariat's five scientific groups (note 6) or a specialised working
    group under one of them (note 7), as the deputy minister's decree set it up."""

    __tablename__ = "review_body"
    __table_args__ = (CheckConstraint("kind IN ('group', 'working_group')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(14))
    group_key: Mapped[str] = mapped_column(ForeignKey("scientific_group.key"))  # the group, or the one it is under
    title: Mapped[str] = mapped_column(String(250))
    decree_number: Mapped[str] = mapped_column(String(60), default="")
    decree_date: Mapped[date | None] = mapped_column(Date)

    members: Mapped[list[ReviewBodyMember]] = relationship(
        back_populates="body", cascade="all, delete-orphan", lazy="selectin", order_by="ReviewBodyMember.id"
    )


class ReviewBodyMember(Versioned, Base):
    """A faculty member appointed to a group or working group, by decree, for a term."""

    __tablename__ = "review_body_member"
    __table_args__ = (
        CheckConstraint("role IN ('chair', 'secretary', 'member')", name="role"),
        CheckConstraint("end_on IS NULL OR end_on >= start_on", name="term"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("review_body.id"), index=True)
    faculty_id: Mapped[int] = mapped_column(ForeignKey("faculty_member.id"), index=True)
    role: Mapped[str] = mapped_column(String(10), default="member")
    decree_number: Mapped[str] = mapped_column(String(60), default="")
    decree_date: Mapped[date | None] = mapped_column(Date)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)

    body: Mapped[ReviewBody] = relationship(back_populates="members")
    faculty: Mapped[FacultyMember] = relationship(lazy="joined")


class ReviewSitting(Base):
    """Who took part in one review: the body and its members present, for the application
    review (4-2-1), an evaluation (4-2-9, 4-2-10), a call's proposal (12-3-5) or a stage's
    report (12-3-7). One a subject."""

    __tablename__ = "review_sitting"
    __table_args__ = (
        UniqueConstraint("subject", "subject_id"),
        CheckConstraint("subject IN ('application', 'evaluation', 'proposal', 'stage_report')", name="subject"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("review_body.id"), index=True)
    subject: Mapped[str] = mapped_column(String(14))
    subject_id: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    body: Mapped[ReviewBody] = relationship(lazy="joined")
    present: Mapped[list[ReviewSittingMember]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class ReviewSittingMember(Base):
    __tablename__ = "review_sitting_member"
    sitting_id: Mapped[int] = mapped_column(ForeignKey("review_sitting.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("review_body_member.id"), primary_key=True)

    member: Mapped[ReviewBodyMember] = relationship(lazy="joined")


# -- note 16: the support of contracts shared by centres (migration 0015) ---------------------------


class ContractSupport(Versioned, Base):
    """The secretariat's support (note 16, 12-2-3) of a research contract that at least two
    centres made with an executive body bearing its costs; from the calls' half."""

    __tablename__ = "contract_support"
    __table_args__ = (CheckConstraint("contract_amount > 0 AND support > 0", name="positive"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("funding_year.year"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(200))
    contract_number: Mapped[str] = mapped_column(String(60))
    contract_on: Mapped[date] = mapped_column(Date)
    contract_amount: Mapped[int] = mapped_column(BigInteger)  # rials
    support: Mapped[int] = mapped_column(BigInteger)  # rials
    decided_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    centres: Mapped[list[ContractSupportCentre]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class ContractSupportCentre(Base):
    __tablename__ = "contract_support_centre"
    support_id: Mapped[int] = mapped_column(ForeignKey("contract_support.id"), primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
