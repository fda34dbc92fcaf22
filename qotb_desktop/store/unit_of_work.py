"""The unit of work: one transaction per user action.

    with uow:
        ...                # repositories: uow.institutions, uow.faculty, ...
        uow.commit()       # nothing is written unless this is reached

Leaving the block without commit rolls everything back. A database constraint
that refuses the change comes out as the domain's ValidationError, in Persian.
"""

from __future__ import annotations

import threading
from types import TracebackType

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from qotb_desktop.domain.accounts import Actor
from qotb_desktop.domain.errors import Conflict, FieldError, ValidationError
from qotb_desktop.store import audit, desks
from qotb_desktop.store.account_repository import AccountRepository
from qotb_desktop.store.evaluation_repository import EvaluationRepository
from qotb_desktop.store.funding_repository import FundingRepository
from qotb_desktop.store.read_paths import CentreReads
from qotb_desktop.store.repositories import (
    ActivityRepository,
    ApplicationRepository,
    CentreRepository,
    CouncilRepository,
    FacultyRepository,
    GroupRepository,
    InstitutionRepository,
    MeetingRepository,
    MembershipRepository,
    ScoreSheetRepository,
)
from qotb_desktop.store.rules_repository import RulesReadingRepository
from qotb_desktop.store.score_repository import ScoreRepository

# A refused constraint -> the field and the Persian sentence the clerk sees.
# SQLite names the columns, PostgreSQL the constraint: both are listed.
_CONSTRAINTS: list[tuple[tuple[str, ...], FieldError]] = [
    (
        ("meeting_locked",),
        FieldError("meeting", "صورت‌جلسه", "صورت‌جلسه نهایی شده است و تغییر نمی‌کند؛ برای اصلاح، اصلاحیه‌ای بنویسید."),
    ),
    (
        ("audit_kept",),
        FieldError("audit", "رویدادنگار", "رویدادنگار تغییرها فقط افزوده می‌شود؛ سطری از آن ویرایش یا پاک نمی‌شود."),
    ),
    (
        ("uq_decision_letter", "decision.letter_year"),
        FieldError("letter_number", "شماره نامه", "این شماره نامه پیش‌تر به مصوبه دیگری داده شده است."),
    ),
    (
        ("uq_app_user_username", "app_user.username"),
        FieldError("username", "نام کاربری", "کاربری با همین نام هست."),
    ),
    (
        ("funding_year_closed",),
        FieldError("year", "سال اعتبار", "سال اعتبار بسته شده است؛ ردیف، تخصیص و پرداخت‌های آن تغییر نمی‌کنند."),
    ),
    (
        ("allocation_over_half",),
        FieldError("amount", "سهم", "جمع سهم‌ها از نیمه برنامه‌ها (بند ۱۲-۲-۱) بیشتر می‌شود؛ نخست سهم دیگری را کم کنید."),
    ),
    (
        ("allocation_approved",),
        FieldError("amount", "سهم", "جدول تخصیص این سال تأیید شده است و سهم‌ها تغییر نمی‌کنند (جز تأمین مؤسسه‌ها)."),
    ),
    (
        ("over_line",),
        FieldError("amount", "مبلغ", "ردیف بودجه سال از آنچه جدول تأییدشده تخصیص بر پایه آن است کمتر می‌شود."),
    ),
    (
        ("uq_allocation_year", "allocation.year"),
        FieldError("centre_id", "قطب", "این قطب در جدول تخصیص این سال پیش‌تر آمده است."),
    ),
    (
        ("evaluation_closed",),
        FieldError("evaluation", "ارزیابی", "ارزیابی این سال بسته شده است و تغییر نمی‌کند؛ نخست آن را با ذکر دلیل بازگشایی کنید."),
    ),
    (
        ("uq_evaluation_centre_id", "evaluation.centre_id"),
        FieldError("year", "سال", "ارزیابی این قطب برای این سال پیش‌تر ثبت شده است."),
    ),
    (
        ("uq_annual_report_centre_id", "annual_report.centre_id"),
        FieldError("year", "سال", "گزارش این قطب برای این سال پیش‌تر ثبت شده است."),
    ),
    (
        ("uq_faculty_member_national_code", "faculty_member.national_code"),
        FieldError("national_code", "کد ملی", "عضو دیگری با همین کد ملی ثبت شده است."),
    ),
    (("uq_institution_name", "institution.name"), FieldError("name", "نام مؤسسه", "مؤسسه‌ای با همین نام ثبت شده است.")),
    (
        ("membership_one_centre", "uq_membership_one_open_centre", "membership.faculty_id"),
        FieldError("faculty_id", "عضو هیأت علمی", "این شخص در این دوره عضو قطب دیگری است (تبصره ۹ ماده ۵)."),
    ),
    (
        ("membership_one_director", "uq_membership_one_open_director", "membership.centre_id"),
        FieldError("role", "نقش", "این قطب در این دوره مدیر دارد (ماده ۱۱)."),
    ),
    (
        ("uq_council_term_seat_key", "council_term.seat_key"),
        FieldError("start", "آغاز دوره", "این کرسی دوره‌ای با همین تاریخ آغاز دارد."),
    ),
]


def translate(exc: IntegrityError) -> ValidationError:
    text = str(exc.orig)
    for needles, error in _CONSTRAINTS:
        if any(n in text for n in needles):
            return ValidationError(error)
    if "FOREIGN KEY" in text.upper():
        return ValidationError(FieldError("record", "رکورد مرتبط", "رکوردی که به آن اشاره شده پیدا نشد یا هنوز به آن وابسته‌اند."))
    return ValidationError(FieldError("record", "ثبت", f"پایگاه داده این تغییر را نپذیرفت ({text})."))


class SqlUnitOfWork:
    """Usable from several threads (each has its own session); not re-entrant: a
    service that opens a unit of work must not call another one inside it."""

    def __init__(self, session_factory: sessionmaker[Session]):
        self._factory = session_factory
        self._local = threading.local()
        # Who acts (domain.accounts.Actor), set at login; None is the program itself.
        # Every flush is checked against it and written to the audit trail (store/audit.py).
        self.actor: Actor | None = None
        audit.install(session_factory)
        desks.serialise(session_factory)

    @property
    def session(self) -> Session:
        session = getattr(self._local, "session", None)
        if session is None:
            raise RuntimeError("the unit of work is used outside its with-block")
        return session

    def __enter__(self) -> SqlUnitOfWork:
        if getattr(self._local, "session", None) is not None:
            raise RuntimeError("a unit of work is already open in this thread: one user action, one transaction")
        session = self._local.session = self._factory()
        session.info[audit.ACTOR] = self.actor
        if getattr(self._local, "reading", False):
            self._local.reading = False
            session.info[desks.READING] = True
            session.connection(execution_options={desks.READING: True})  # begun now, as a reading transaction
        return self

    def reading(self) -> SqlUnitOfWork:
        """The unit of work, for a service that only reads: ``with uow.reading():``. It
        holds no other desk back (no lock; one snapshot) and may not write (store/desks.py)."""
        self._local.reading = True
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        session, self._local.session = self.session, None
        session.rollback()
        session.close()
        if isinstance(exc, IntegrityError):
            raise translate(exc) from exc
        if isinstance(exc, OperationalError) and getattr(exc.orig, "sqlstate", None) == "55P03":
            raise desks.Busy() from exc  # lock_timeout: another desk held the database too long
        if isinstance(exc, StaleDataError):
            # Another desk's transaction updated the row between this one's read and its
            # write (the version in the WHERE clause no longer matched).
            raise Conflict("این رکورد") from exc

    # The repositories, bound to this thread's session.
    groups = property(lambda self: GroupRepository(self.session))
    institutions = property(lambda self: InstitutionRepository(self.session))
    faculty = property(lambda self: FacultyRepository(self.session))
    centres = property(lambda self: CentreRepository(self.session))
    memberships = property(lambda self: MembershipRepository(self.session))
    council = property(lambda self: CouncilRepository(self.session))
    activities = property(lambda self: ActivityRepository(self.session))
    score_sheets = property(lambda self: ScoreSheetRepository(self.session))
    applications = property(lambda self: ApplicationRepository(self.session))
    meetings = property(lambda self: MeetingRepository(self.session))
    evaluations = property(lambda self: EvaluationRepository(self.session))
    accounts = property(lambda self: AccountRepository(self.session))
    readings = property(lambda self: RulesReadingRepository(self.session))
    funding = property(lambda self: FundingRepository(self.session))
    reads = property(lambda self: CentreReads(self.session))  # the lists' bulk reads (plain rows)
    scores = property(lambda self: ScoreRepository(self.session))  # the kept scores (issue 21.2)

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
