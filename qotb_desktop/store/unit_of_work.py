"""The unit of work: one transaction per user action.

    with uow:
        ...                # repositories: uow.institutions, uow.faculty, ...
        uow.commit()       # nothing is written unless this is reached

Leaving the block without commit rolls everything back. A database constraint
that refuses the change comes out as the domain's ValidationError, in Persian.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from qotb_desktop.domain.errors import FieldError, ValidationError
from qotb_desktop.store.repositories import (
    CentreRepository,
    CouncilRepository,
    FacultyRepository,
    GroupRepository,
    InstitutionRepository,
    MembershipRepository,
)

# A refused constraint -> the field and the Persian sentence the clerk sees.
# SQLite names the columns, PostgreSQL the constraint: both are listed.
_CONSTRAINTS: list[tuple[tuple[str, ...], FieldError]] = [
    (
        ("uq_faculty_member_national_code", "faculty_member.national_code"),
        FieldError("national_code", "کد ملی", "عضو دیگری با همین کد ملی ثبت شده است."),
    ),
    (("uq_institution_name", "institution.name"), FieldError("name", "نام مؤسسه", "مؤسسه‌ای با همین نام ثبت شده است.")),
    (
        ("uq_membership_one_open_centre", "membership.faculty_id"),
        FieldError("faculty_id", "عضو هیأت علمی", "این شخص هم‌اکنون عضو قطب دیگری است (تبصره ۹ ماده ۵)."),
    ),
    (("uq_membership_one_open_director", "membership.centre_id"), FieldError("role", "نقش", "این قطب هم‌اکنون مدیر دارد.")),
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
    def __init__(self, session_factory: sessionmaker[Session]):
        self._factory = session_factory

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._factory()
        self.groups = GroupRepository(self.session)
        self.institutions = InstitutionRepository(self.session)
        self.faculty = FacultyRepository(self.session)
        self.centres = CentreRepository(self.session)
        self.memberships = MembershipRepository(self.session)
        self.council = CouncilRepository(self.session)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.session.rollback()
        self.session.close()
        if isinstance(exc, IntegrityError):
            raise translate(exc) from exc

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
