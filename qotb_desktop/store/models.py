"""Tables of the registries (SQLAlchemy 2 typed ORM).

Portable on purpose: everything here has the same meaning on SQLite and on
PostgreSQL. The partial indexes (one open membership per person, one open director
of a centre, and the meetings' numbers of the council and of each centre) are declared for both dialects.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Optimistic locking (migration 0007): a record a clerk edits in a form carries a
    version number. Every update writes ``version + 1`` where the version is still the
    one read, so a save over another desk's save is refused (StaleDataError), never
    silent; the services also compare the version the clerk's form was filled from."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


# The tables of the records edited in forms (they carry ``version``).
VERSIONED_TABLES = (
    "institution", "faculty_member", "centre", "membership", "council_term", "activity",
    "meeting", "decision", "follow_up", "annual_report", "evaluation",
)  # fmt: skip


class ScientificGroup(Base):
    """The five groups of 1-4 (``parent_key`` empty) and the fields of Appendix 2."""

    __tablename__ = "scientific_group"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    parent_key: Mapped[str | None] = mapped_column(ForeignKey("scientific_group.key"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Institution(Versioned, Base):
    __tablename__ = "institution"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    city: Mapped[str] = mapped_column(String(80), default="")


class FacultyMember(Versioned, Base):
    __tablename__ = "faculty_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    national_code: Mapped[str] = mapped_column(String(10), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    rank: Mapped[str] = mapped_column(String(30))
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), index=True)
    field_key: Mapped[str] = mapped_column(ForeignKey("scientific_group.key"))
    status: Mapped[str] = mapped_column(String(20), default="active")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    # Employment (note 8 counts employed and retired members alike): optional dates.
    hired_on: Mapped[date | None] = mapped_column(Date)
    retired_on: Mapped[date | None] = mapped_column(Date)

    institution: Mapped[Institution] = relationship(lazy="joined")


class Centre(Versioned, Base):
    __tablename__ = "centre"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(250))
    field_key: Mapped[str] = mapped_column(ForeignKey("scientific_group.key"))
    host_institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), index=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="applicant")
    dissolved_on: Mapped[date | None] = mapped_column(Date)  # art. 10: the day the council's dissolution took effect
    decree_number: Mapped[str] = mapped_column(String(60), default="")
    decree_date: Mapped[date | None] = mapped_column(Date)
    # The application (art. 5-3, 5-4): confirmed by the secretariat when it is reviewed.
    equipment_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    program_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Note 12: what the institution commits to the centre (space, staff, equipment, labs).
    institution_commitments: Mapped[str] = mapped_column(Text, default="", server_default="")

    host: Mapped[Institution] = relationship(lazy="joined")
    partners: Mapped[list[CentrePartner]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    # in the order they were entered, on both back ends (a query without ORDER BY has none)
    memberships: Mapped[list[Membership]] = relationship(back_populates="centre", lazy="selectin", order_by="Membership.id")


class CentrePartner(Base):
    __tablename__ = "centre_partner"
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="CASCADE"), primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), primary_key=True)

    institution: Mapped[Institution] = relationship(lazy="joined")


OPEN_MEMBER = "left_on IS NULL AND role IN ('member', 'director')"
OPEN_DIRECTOR = "left_on IS NULL AND role = 'director'"


class Membership(Versioned, Base):
    """Member, director or collaborator of a centre, from ``joined_on`` to ``left_on``.

    Note 9 (one centre per faculty member) is held twice: by the domain rule the
    services apply, and by the partial unique index below, so that no path that
    skips the services can break it either.
    """

    __tablename__ = "membership"
    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    faculty_id: Mapped[int] = mapped_column(ForeignKey("faculty_member.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    # Note 10: «با تأیید مؤسسه»: the institution's approval of a member who joins later
    # (its letter: number and date, as typed).
    institution_approval: Mapped[str] = mapped_column(String(200), default="", server_default="")

    centre: Mapped[Centre] = relationship(back_populates="memberships", lazy="joined")
    faculty: Mapped[FacultyMember] = relationship(lazy="joined")

    __table_args__ = (
        Index(
            "uq_membership_one_open_centre",
            "faculty_id",
            unique=True,
            sqlite_where=text(OPEN_MEMBER),
            postgresql_where=text(OPEN_MEMBER),
        ),
        Index(
            "uq_membership_one_open_director",
            "centre_id",
            unique=True,
            sqlite_where=text(OPEN_DIRECTOR),
            postgresql_where=text(OPEN_DIRECTOR),
        ),
    )


class CouncilSeat(Base):
    __tablename__ = "council_seat"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    ex_officio: Mapped[bool] = mapped_column(Boolean, default=False)
    term_years: Mapped[int | None] = mapped_column(Integer)


class CouncilTerm(Versioned, Base):
    __tablename__ = "council_term"
    id: Mapped[int] = mapped_column(primary_key=True)
    seat_key: Mapped[str] = mapped_column(ForeignKey("council_seat.key"), index=True)
    holder_name: Mapped[str] = mapped_column(String(120))
    faculty_id: Mapped[int | None] = mapped_column(ForeignKey("faculty_member.id"))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    seat: Mapped[CouncilSeat] = relationship(lazy="joined")

    __table_args__ = (UniqueConstraint("seat_key", "start"),)


class Activity(Versioned, Base):
    """One activity of a faculty member: a row of Appendix 1 and what its rule needs
    (see domain.scoring.Item). Scores are computed from these, never typed."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    faculty_id: Mapped[int] = mapped_column(ForeignKey("faculty_member.id", ondelete="CASCADE"), index=True)
    row: Mapped[int] = mapped_column(Integer)
    date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    corresponding_author: Mapped[bool] = mapped_column(Boolean, default=False)
    keynote: Mapped[bool] = mapped_column(Boolean, default=False)
    citations: Mapped[int | None] = mapped_column(Integer)
    amount_toman: Mapped[int | None] = mapped_column(BigInteger)
    scope: Mapped[str | None] = mapped_column(String(20))
    award: Mapped[str | None] = mapped_column(String(40))
    journal_years: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    conferences: Mapped[int | None] = mapped_column(Integer)
    academy: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(String(20))
    years: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    as_director: Mapped[bool] = mapped_column(Boolean, default=False)
    # Rows 21, 22, 26 (a journal's board, a centre's core): ``date`` is the first day,
    # ``end_date`` the last (empty: still serving); only the years inside note 8's window count.
    end_date: Mapped[date | None] = mapped_column(Date)
    # The evidence the bylaw asks for: footnote 4 (who approved a national macro project,
    # row 9), footnote 5 (the certificate of an award, row 20).
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")


class ScoreRecord(Base):
    """A score sheet as it was computed: the inputs and the result as JSON, with the
    edition and readings, so that it can be shown and reproduced later."""

    __tablename__ = "score_sheet"
    id: Mapped[int] = mapped_column(primary_key=True)
    faculty_id: Mapped[int] = mapped_column(ForeignKey("faculty_member.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    field_key: Mapped[str] = mapped_column(ForeignKey("scientific_group.key"))
    edition: Mapped[str] = mapped_column(String(20))
    readings: Mapped[str] = mapped_column(String(200))
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    eligible: Mapped[bool] = mapped_column(Boolean)
    computed_at: Mapped[datetime] = mapped_column(DateTime)
    inputs: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)


class ProgramSection(Base):
    """A section of a centre's program (Appendix 3), numbered as the rules data lists them."""

    __tablename__ = "program_section"
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")


class CentreCheckRecord(Base):
    """Article 5's check of a centre, as it was run (inputs, result, edition, readings)."""

    __tablename__ = "centre_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    edition: Mapped[str] = mapped_column(String(20))
    readings: Mapped[str] = mapped_column(String(200))
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    eligible: Mapped[bool] = mapped_column(Boolean)
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    inputs: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)


class Meeting(Versioned, Base):
    """A meeting of the council, or of a centre's members (art. 11-2). Once its minutes
    are finalised nothing of it changes: the database refuses (migration 0003)."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="council")  # council | centre
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centre.id"))
    year: Mapped[int] = mapped_column(Integer)  # Jalali
    sequence: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[str] = mapped_column(String(5), default="")  # HH:MM
    ends_at: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    chaired_by: Mapped[str] = mapped_column(String(20), default="chair")  # chair | vice_chair
    delegation: Mapped[str] = mapped_column(String(200), default="")  # note 5: the delegation on record
    secretary: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[str] = mapped_column(String(20), default="draft")  # draft | finalised | approved
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    fingerprint: Mapped[str] = mapped_column(String(20), default="")
    approved_at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))

    # One number a year: for the council (no centre), and for each centre's own meetings.
    __table_args__ = (
        Index(
            "uq_meeting_council_number", "year", "sequence", unique=True,
            sqlite_where=text("centre_id IS NULL"), postgresql_where=text("centre_id IS NULL"),
        ),
        Index(
            "uq_meeting_centre_number", "centre_id", "year", "sequence", unique=True,
            sqlite_where=text("centre_id IS NOT NULL"), postgresql_where=text("centre_id IS NOT NULL"),
        ),
    )  # fmt: skip


class Attendance(Base):
    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    seat_key: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20))
    arrived_at: Mapped[str] = mapped_column(String(5), default="")
    from_item: Mapped[int] = mapped_column(Integer, default=1)
    until_item: Mapped[int | None] = mapped_column(Integer)
    guest: Mapped[bool] = mapped_column(Boolean, default=False)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centre.id"))
    about_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))  # minutes_approval

    __table_args__ = (UniqueConstraint("meeting_id", "position"),)


class Decision(Versioned, Base):
    """A decision (مصوبه) on an agenda item. Its text and votes are fixed with the
    minutes; its endorsement (note 4) and communication come later and may be recorded."""

    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id"), unique=True)
    text: Mapped[str] = mapped_column(Text)
    yes: Mapped[int] = mapped_column(Integer)
    no: Mapped[int] = mapped_column(Integer)
    abstain: Mapped[int] = mapped_column(Integer)
    present: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))  # approved | rejected
    state: Mapped[str] = mapped_column(String(20))  # approved | rejected | endorsed | communicated
    endorsed_on: Mapped[date | None] = mapped_column(Date)
    endorsed_by: Mapped[str] = mapped_column(String(20), default="")
    communicated_on: Mapped[date | None] = mapped_column(Date)
    letter_number: Mapped[str] = mapped_column(String(60), default="")
    # A letter number the program gave (the year's next, gap-free); empty when typed from
    # the office's own correspondence register.
    letter_year: Mapped[int | None] = mapped_column(Integer)
    letter_sequence: Mapped[int | None] = mapped_column(Integer)
    # The readings the quorum and the vote were decided under (JSON, e.g.
    # {"majority": "floor", "quorum_base": "filled_seats"}); empty on decisions recorded
    # before 0.6.0, which were decided under the defaults of their time.
    readings: Mapped[str] = mapped_column(String(200), default="", server_default="")

    __table_args__ = (Index("uq_decision_letter", "letter_year", "letter_sequence", unique=True),)


class FollowUp(Versioned, Base):
    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    action: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(120))
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class Amendment(Base):
    """A correction of finalised minutes: what it corrects and why. The original stays."""

    __tablename__ = "amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    corrects: Mapped[str] = mapped_column(Text)
    correction: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)


class MinutesCopy(Base):
    """The scanned signed minutes (PDF or image), kept read-only with its SHA-256."""

    __tablename__ = "minutes_copy"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class MemberChange(Base):
    """What a «member change» agenda item proposes: someone joins a centre (in a role) or
    leaves it, on a date. Applied when the council's decision on it is endorsed."""

    __tablename__ = "member_change"
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id"), primary_key=True)
    faculty_id: Mapped[int] = mapped_column(ForeignKey("faculty_member.id"))
    action: Mapped[str] = mapped_column(String(10))  # join | leave
    role: Mapped[str] = mapped_column(String(20), default="member")
    effective_on: Mapped[date] = mapped_column(Date)
    institution_approval: Mapped[str] = mapped_column(String(200), default="", server_default="")  # note 10


class AnnualReport(Versioned, Base):
    """A centre's report of one Jalali year (art. 9): locked with the year's closed evaluation."""

    __tablename__ = "annual_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)  # Jalali
    received_on: Mapped[date] = mapped_column(Date)
    papers: Mapped[int] = mapped_column(Integer, default=0)
    projects: Mapped[int] = mapped_column(Integer, default=0)
    theses: Mapped[int] = mapped_column(Integer, default=0)
    postdocs: Mapped[int] = mapped_column(Integer, default=0)
    agreements: Mapped[int] = mapped_column(Integer, default=0)
    budget_received: Mapped[int] = mapped_column(BigInteger, default=0)  # million rials
    budget_spent: Mapped[int] = mapped_column(BigInteger, default=0)
    site_visit_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    areas: Mapped[list[ReportArea]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    __table_args__ = (UniqueConstraint("centre_id", "year"),)


class ReportArea(Base):
    """What the centre did under one of article 7's areas that year."""

    __tablename__ = "annual_report_area"
    report_id: Mapped[int] = mapped_column(ForeignKey("annual_report.id"), primary_key=True)
    area_key: Mapped[str] = mapped_column(String(10), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Evaluation(Versioned, Base):
    """The secretariat's evaluation of a centre's year (annual, 4-2-9) or of its whole
    period (final, 4-2-10). Once closed, the database refuses any change but a
    reopening on record (migration 0005)."""

    __tablename__ = "evaluation"
    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)  # Jalali
    kind: Mapped[str] = mapped_column(String(10), default="annual")  # annual | final
    scheme: Mapped[str] = mapped_column(String(20))
    evaluators: Mapped[str] = mapped_column(String(500))
    remarks: Mapped[str] = mapped_column(Text, default="")
    evaluated_on: Mapped[date] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    verdict: Mapped[str] = mapped_column(String(20))  # approved | not_approved
    # Taken when the evaluation is closed: article 5 over the members then (10-2).
    edition: Mapped[str] = mapped_column(String(20), default="")
    member_count: Mapped[int | None] = mapped_column(Integer)
    centre_total: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    article5_lost: Mapped[str] = mapped_column(Text, default="")  # JSON [[code, message], ...]
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

    scores: Mapped[list[EvaluationScore]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    __table_args__ = (UniqueConstraint("centre_id", "year", "kind"),)


class EvaluationScore(Base):
    __tablename__ = "evaluation_score"
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"), primary_key=True)
    criterion: Mapped[str] = mapped_column(String(40), primary_key=True)
    score: Mapped[Decimal] = mapped_column(Numeric(5, 2))


class Reopening(Base):
    """A closed evaluation opened again: when, why, and which closing it undid. Kept for good."""

    __tablename__ = "evaluation_reopening"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"), index=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    reopened_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text)


class User(Base):
    """An account: who may open the program and in which roles (domain/accounts.py):
    ``roles`` holds the role keys sorted and separated by commas (e.g.
    ``administrator,secretary``), the same text on SQLite and PostgreSQL."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    roles: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    last_failure: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """One change of one record: who, when, which record, the values before and after.
    Written in the transaction of the change itself (store/audit.py)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: the trail outlives accounts
    username: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    table_name: Mapped[str] = mapped_column(String(40), index=True)
    record_id: Mapped[str] = mapped_column(String(60))
    before: Mapped[str] = mapped_column(Text, default="")  # JSON of the changed columns
    after: Mapped[str] = mapped_column(Text, default="")
    # The chain (domain/audit_chain.py, migration 0010): the hash of the row before and of
    # this row's content with it; none on the rows an older version wrote.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    row_hash: Mapped[str | None] = mapped_column(String(64))


class AuditSeal(Base):
    """The audit trail's seal, one row (id 1): the rows written before the chain existed
    (their count and the hash carried through them, fixed at the upgrade) and the end of
    the chain (the last row's id and hash, the chained rows' count), updated with every
    row written (store/audit.py), so that a row removed from the end is found too."""

    __tablename__ = "audit_seal"
    __table_args__ = (CheckConstraint("id = 1", name="one"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    legacy_rows: Mapped[int] = mapped_column(Integer)
    legacy_hash: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime] = mapped_column(DateTime)
    head_id: Mapped[int | None] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    length: Mapped[int] = mapped_column(Integer)


class RulesReading(Versioned, Base):
    """The reading of the bylaw the office takes where its text is open (domain.rules.Readings):
    one row per reading, set by an administrator on the rules screen. A reading with no row
    takes the rules data's default."""

    __tablename__ = "rules_reading"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(40), default="")


class DatabaseIdentity(Base):
    """Which database this is (store/identity.py): one row (id 1) written when the schema
    is made (migration 0011), never changed after (triggers); a backup carries it, so a
    database that does not open is restored without an account only from its own."""

    __tablename__ = "database_identity"
    __table_args__ = (CheckConstraint("id = 1", name="one"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    identity: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


# Article 12's tables and the kept scores (issue 21.2) live in their own modules, on the same metadata.
from qotb_desktop.store import funding_models, score_models  # noqa: E402,F401
