"""Validation of what a clerk types into the registries.

Each ``clean_*`` function takes the raw values (text in any digit form, ي/ك
allowed, Jalali dates as text or ``date``) and returns a frozen, normalised
record, or raises ValidationError listing every wrong field in Persian.
Rules that need the database (does this institution exist, is this person
already in a centre) are pure functions here too; the services feed them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import format_jalali, term_end
from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.fields import DateInput, read_choice, read_date, read_id, read_text
from qotb_desktop.domain.national_code import BadNationalCode, clean_national_code
from qotb_desktop.domain.rules import Edition, load_edition
from qotb_desktop.domain.text import normalize_text, to_persian_digits

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{4,19}$")


@dataclass(frozen=True)
class InstitutionRecord:
    name: str
    kind: str
    city: str


@dataclass(frozen=True)
class FacultyRecord:
    national_code: str
    first_name: str
    last_name: str
    rank: str
    institution_id: int
    field_key: str
    status: str
    email: str
    phone: str
    hired_on: date | None = None  # employment (note 8 counts employed and retired members alike)
    retired_on: date | None = None


@dataclass(frozen=True)
class CentreRecord:
    title: str
    field_key: str
    host_institution_id: int
    partner_institution_ids: tuple[int, ...]
    period_start: date | None
    period_end: date | None
    status: str
    decree_number: str
    decree_date: date | None


@dataclass(frozen=True)
class MembershipRecord:
    centre_id: int
    faculty_id: int
    role: str
    joined_on: date
    left_on: date | None


@dataclass(frozen=True)
class TermRecord:
    seat_key: str
    holder_name: str
    faculty_id: int | None
    start: date
    end: date | None


def _field(check: Checker, value: object, edition: Edition) -> str:
    """A field of Appendix 2, by key or by its Persian title."""
    table = {f.key: f.title for f in edition.fields}
    return read_choice(check, "field_key", "گروه / رشته", value, table)


# -- the registries ----------------------------------------------------------------


def clean_institution(*, name: object, kind: object = "university", city: object = "") -> InstitutionRecord:
    check = Checker()
    record = InstitutionRecord(
        name=read_text(check, "name", "نام مؤسسه", name, required=True, name=True),
        kind=read_choice(check, "kind", "نوع مؤسسه", kind, vocab.INSTITUTION_KINDS),
        city=read_text(check, "city", "شهر", city, required=False, max_len=80),
    )
    check.done()
    return record


def clean_faculty(
    *,
    national_code: object,
    first_name: object,
    last_name: object,
    rank: object,
    institution_id: object,
    field_key: object,
    status: object = "active",
    email: object = "",
    phone: object = "",
    hired_on: DateInput = None,
    retired_on: DateInput = None,
    edition: Edition | None = None,
    restore_leading_zeros: bool = False,
) -> FacultyRecord:
    """``restore_leading_zeros``: for rows read from a spreadsheet, which drops them.
    ``hired_on`` / ``retired_on``: optional Jalali dates (any digits); the retirement
    is not before the hiring. Note 8 counts employed and retired members alike, so
    the dates are recorded, not used to refuse a membership."""
    edition = edition or load_edition()
    check = Checker()
    try:
        code = clean_national_code(str(national_code or ""), restore_leading_zeros=restore_leading_zeros)
    except BadNationalCode as exc:
        check.fail("national_code", "کد ملی", str(exc))
        code = normalize_text(str(national_code or ""))
    mail = read_text(check, "email", "رایانامه", email, required=False, max_len=120)
    if mail and not _EMAIL.match(mail):
        check.fail("email", "رایانامه", "نشانی رایانامه درست نیست (نمونه: name@example.ac.ir).")
    tel = read_text(check, "phone", "تلفن", phone, required=False, max_len=20)
    if tel and not _PHONE.match(tel):
        check.fail("phone", "تلفن", "فقط رقم، فاصله، خط تیره و + در آغاز پذیرفته است.")
    record = FacultyRecord(
        national_code=code,
        first_name=read_text(check, "first_name", "نام", first_name, required=True, max_len=80, name=True),
        last_name=read_text(check, "last_name", "نام خانوادگی", last_name, required=True, max_len=80, name=True),
        rank=read_choice(check, "rank", "مرتبه علمی", rank, vocab.RANKS),
        institution_id=read_id(check, "institution_id", "مؤسسه", institution_id) or 0,
        field_key=_field(check, field_key, edition),
        status=read_choice(check, "status", "وضعیت", status, vocab.FACULTY_STATUSES),
        email=mail,
        phone=tel,
        hired_on=read_date(check, "hired_on", "تاریخ استخدام", hired_on, required=False),
        retired_on=read_date(check, "retired_on", "تاریخ بازنشستگی", retired_on, required=False),
    )
    if record.hired_on and record.retired_on and record.retired_on < record.hired_on:
        check.fail("retired_on", "تاریخ بازنشستگی", f"پیش از تاریخ استخدام ({format_jalali(record.hired_on)}) است.")
    check.done()
    return record


def clean_centre(
    *,
    title: object,
    field_key: object,
    host_institution_id: object,
    partner_institution_ids: Iterable[object] = (),
    period_start: DateInput = None,
    period_end: DateInput = None,
    status: object = "applicant",
    decree_number: object = "",
    decree_date: DateInput = None,
    edition: Edition | None = None,
) -> CentreRecord:
    edition = edition or load_edition()
    check = Checker()
    host = read_id(check, "host_institution_id", "مؤسسه متقاضی (میزبان)", host_institution_id) or 0
    partners = tuple(
        sorted({p for p in (read_id(check, "partner_institution_ids", "مؤسسه همکار", v) for v in partner_institution_ids) if p})
    )
    if host and host in partners:
        check.fail("partner_institution_ids", "مؤسسه همکار", "مؤسسه میزبان را نمی‌توان همکار هم شمرد.")
    start = read_date(check, "period_start", "آغاز دوره", period_start, required=False)
    end = read_date(check, "period_end", "پایان دوره", period_end, required=False)
    if start:
        longest = term_end(start, edition.centre.period_years)
        if end is None and not check.has("period_end"):
            end = longest
        elif end and end > longest:
            years = to_persian_digits(edition.centre.period_years)
            check.fail(
                "period_end", "پایان دوره", f"دوره قطب {years} ساله است (بند ۱-۶) و تا {format_jalali(longest)} پایان می‌یابد."
            )
    if start and end and end <= start:
        check.fail("period_end", "پایان دوره", f"باید پس از آغاز دوره ({format_jalali(start)}) باشد.")
    if end and not start:
        check.fail("period_start", "آغاز دوره", "نخست تاریخ آغاز دوره را بنویسید.")
    number = read_text(check, "decree_number", "شماره حکم", decree_number, required=False, max_len=60)
    when = read_date(check, "decree_date", "تاریخ حکم", decree_date, required=False)
    if bool(number) != bool(when) and not check.has("decree_date"):
        missing = ("decree_date", "تاریخ حکم") if number else ("decree_number", "شماره حکم")
        check.fail(*missing, "شماره و تاریخ حکم با هم نوشته می‌شوند.")
    record = CentreRecord(
        title=read_text(check, "title", "عنوان قطب", title, required=True, max_len=250, name=True),
        field_key=_field(check, field_key, edition),
        host_institution_id=host,
        partner_institution_ids=partners,
        period_start=start,
        period_end=end,
        status=read_choice(check, "status", "وضعیت قطب", status, vocab.CENTRE_STATUSES),
        decree_number=number,
        decree_date=when,
    )
    if record.status in vocab.DECREED_STATUSES:
        label = vocab.CENTRE_STATUSES[record.status]
        if not number and not when:
            check.fail("decree_number", "شماره حکم", f"قطب {label} حکم رئیس شورا دارد (ماده ۸)؛ شماره و تاریخ آن را بنویسید.")
        if not start and not check.has("period_start"):
            check.fail("period_start", "آغاز دوره", f"قطب {label} دوره دارد؛ تاریخ آغاز آن را بنویسید.")
    check.done()
    return record


def clean_membership(
    *, centre_id: object, faculty_id: object, role: object = "member", joined_on: DateInput, left_on: DateInput = None
) -> MembershipRecord:
    check = Checker()
    joined = read_date(check, "joined_on", "تاریخ پیوستن", joined_on, required=True)
    left = read_date(check, "left_on", "تاریخ پایان عضویت", left_on, required=False)
    if joined and left and left < joined:
        check.fail("left_on", "تاریخ پایان عضویت", f"پیش از تاریخ پیوستن ({format_jalali(joined)}) است.")
    record = MembershipRecord(
        centre_id=read_id(check, "centre_id", "قطب", centre_id) or 0,
        faculty_id=read_id(check, "faculty_id", "عضو هیأت علمی", faculty_id) or 0,
        role=read_choice(check, "role", "نقش", role, vocab.MEMBERSHIP_ROLES),
        joined_on=joined or date.min,
        left_on=left,
    )
    check.done()
    return record


def clean_term(
    *,
    seat_key: object,
    holder_name: object,
    start: DateInput,
    end: DateInput = None,
    faculty_id: object = None,
    edition: Edition | None = None,
) -> TermRecord:
    """A council term. A natural member's term ends after the edition's term years
    (4, note 1) unless an earlier end is typed; ex officio terms may stay open."""
    edition = edition or load_edition()
    check = Checker()
    seats = {s.key: s.title for s in edition.council.seats}
    key = read_choice(check, "seat_key", "کرسی شورا", seat_key, seats)
    begin = read_date(check, "start", "آغاز دوره", start, required=True)
    finish = read_date(check, "end", "پایان دوره", end, required=False)
    seat = edition.seat(key) if key in seats else None
    if seat and seat.term_years and begin:
        longest = term_end(begin, seat.term_years)
        if finish is None and not check.has("end"):
            finish = longest
        elif finish and finish > longest:
            check.fail(
                "end",
                "پایان دوره",
                f"دوره عضو حقیقی {to_persian_digits(seat.term_years)} سال است و تا {format_jalali(longest)} پایان می‌یابد.",
            )
    if begin and finish and finish < begin:
        check.fail("end", "پایان دوره", f"پیش از آغاز دوره ({format_jalali(begin)}) است.")
    record = TermRecord(
        seat_key=key,
        holder_name=read_text(check, "holder_name", "نام دارنده کرسی", holder_name, required=True, max_len=120, name=True),
        faculty_id=read_id(check, "faculty_id", "عضو هیأت علمی", faculty_id, required=False),
        start=begin or date.min,
        end=finish,
    )
    check.done()
    return record
