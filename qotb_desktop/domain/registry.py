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
from qotb_desktop.domain.dates import BadDate, format_jalali, parse_jalali, term_end
from qotb_desktop.domain.errors import Checker, FieldError, ValidationError
from qotb_desktop.domain.national_code import BadNationalCode, clean_national_code
from qotb_desktop.domain.rules import Edition, load_edition
from qotb_desktop.domain.text import has_letter, normalize_text, search_key, to_latin_digits, to_persian_digits

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{4,19}$")

DateInput = date | str | None


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


# -- small field readers ---------------------------------------------------------


EMPTY = "خالی مانده است؛ آن را بنویسید."


def _text(
    check: Checker, field: str, label: str, value: object, *, required: bool, max_len: int = 200, name: bool = False
) -> str:
    """A one-line text field. ``name``: it must hold a letter (a name is not «123» or «!!!»)."""
    text = normalize_text(None if value is None else str(value), single_line=True)
    if required and not text:
        check.fail(field, label, EMPTY)
    elif len(text) > max_len:
        check.fail(field, label, f"بلندتر از {to_persian_digits(max_len)} نویسه است.")
    elif name and text and not has_letter(text):
        check.fail(field, label, "باید دست‌کم یک حرف داشته باشد.")
    return text


def _choice(check: Checker, field: str, label: str, value: object, table: dict[str, str]) -> str:
    """A key of ``table``, given as the key or as its Persian title (typed in any digit form)."""
    key = normalize_text(None if value is None else str(value), single_line=True)
    if key in table:
        return key
    by_label = {search_key(v): k for k, v in table.items()}
    if search_key(key) in by_label:
        return by_label[search_key(key)]
    if not key or key == "None":
        check.fail(field, label, "برگزیده نشده است؛ یکی را برگزینید.")
    else:
        choices = "، ".join(table.values())
        check.fail(field, label, f"«{to_persian_digits(key)}» در فهرست نیست؛ یکی از این‌ها را برگزینید: {choices}.")
    return key


def _date(check: Checker, field: str, label: str, value: DateInput, *, required: bool) -> date | None:
    if isinstance(value, date):
        return value
    if value is None or not normalize_text(value):
        if required:
            check.fail(field, label, EMPTY)
        return None
    try:
        return parse_jalali(value)
    except BadDate as exc:
        check.fail(field, label, str(exc))
        return None


def required_date(value: DateInput, field: str, label: str) -> date:
    """One date the action cannot do without (an end, a dissolution), or ValidationError."""
    check = Checker()
    when = _date(check, field, label, value, required=True)
    check.done()
    assert when is not None
    return when


def _id(check: Checker, field: str, label: str, value: object, *, required: bool = True) -> int | None:
    if value is None or value == "":
        if required:
            check.fail(field, label, "برگزیده نشده است؛ یکی را برگزینید.")
        return None
    try:
        number = int(to_latin_digits(str(value)))
    except ValueError:
        check.fail(field, label, "شناسه درست نیست.")
        return None
    if number <= 0:
        check.fail(field, label, "شناسه درست نیست.")
    return number


def _field(check: Checker, value: object, edition: Edition) -> str:
    """A field of Appendix 2, by key or by its Persian title."""
    table = {f.key: f.title for f in edition.fields}
    return _choice(check, "field_key", "گروه / رشته", value, table)


# -- the registries ----------------------------------------------------------------


def clean_institution(*, name: object, kind: object = "university", city: object = "") -> InstitutionRecord:
    check = Checker()
    record = InstitutionRecord(
        name=_text(check, "name", "نام مؤسسه", name, required=True, name=True),
        kind=_choice(check, "kind", "نوع مؤسسه", kind, vocab.INSTITUTION_KINDS),
        city=_text(check, "city", "شهر", city, required=False, max_len=80),
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
    edition: Edition | None = None,
    restore_leading_zeros: bool = False,
) -> FacultyRecord:
    """``restore_leading_zeros``: for rows read from a spreadsheet, which drops them."""
    edition = edition or load_edition()
    check = Checker()
    try:
        code = clean_national_code(str(national_code or ""), restore_leading_zeros=restore_leading_zeros)
    except BadNationalCode as exc:
        check.fail("national_code", "کد ملی", str(exc))
        code = normalize_text(str(national_code or ""))
    mail = _text(check, "email", "رایانامه", email, required=False, max_len=120)
    if mail and not _EMAIL.match(mail):
        check.fail("email", "رایانامه", "نشانی رایانامه درست نیست (نمونه: name@example.ac.ir).")
    tel = _text(check, "phone", "تلفن", phone, required=False, max_len=20)
    if tel and not _PHONE.match(tel):
        check.fail("phone", "تلفن", "فقط رقم، فاصله، خط تیره و + در آغاز پذیرفته است.")
    record = FacultyRecord(
        national_code=code,
        first_name=_text(check, "first_name", "نام", first_name, required=True, max_len=80, name=True),
        last_name=_text(check, "last_name", "نام خانوادگی", last_name, required=True, max_len=80, name=True),
        rank=_choice(check, "rank", "مرتبه علمی", rank, vocab.RANKS),
        institution_id=_id(check, "institution_id", "مؤسسه", institution_id) or 0,
        field_key=_field(check, field_key, edition),
        status=_choice(check, "status", "وضعیت", status, vocab.FACULTY_STATUSES),
        email=mail,
        phone=tel,
    )
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
    host = _id(check, "host_institution_id", "مؤسسه متقاضی (میزبان)", host_institution_id) or 0
    partners = tuple(
        sorted({p for p in (_id(check, "partner_institution_ids", "مؤسسه همکار", v) for v in partner_institution_ids) if p})
    )
    if host and host in partners:
        check.fail("partner_institution_ids", "مؤسسه همکار", "مؤسسه میزبان را نمی‌توان همکار هم شمرد.")
    start = _date(check, "period_start", "آغاز دوره", period_start, required=False)
    end = _date(check, "period_end", "پایان دوره", period_end, required=False)
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
    number = _text(check, "decree_number", "شماره حکم", decree_number, required=False, max_len=60)
    when = _date(check, "decree_date", "تاریخ حکم", decree_date, required=False)
    if bool(number) != bool(when) and not check.has("decree_date"):
        missing = ("decree_date", "تاریخ حکم") if number else ("decree_number", "شماره حکم")
        check.fail(*missing, "شماره و تاریخ حکم با هم نوشته می‌شوند.")
    record = CentreRecord(
        title=_text(check, "title", "عنوان قطب", title, required=True, max_len=250, name=True),
        field_key=_field(check, field_key, edition),
        host_institution_id=host,
        partner_institution_ids=partners,
        period_start=start,
        period_end=end,
        status=_choice(check, "status", "وضعیت قطب", status, vocab.CENTRE_STATUSES),
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
    joined = _date(check, "joined_on", "تاریخ پیوستن", joined_on, required=True)
    left = _date(check, "left_on", "تاریخ پایان عضویت", left_on, required=False)
    if joined and left and left < joined:
        check.fail("left_on", "تاریخ پایان عضویت", f"پیش از تاریخ پیوستن ({format_jalali(joined)}) است.")
    record = MembershipRecord(
        centre_id=_id(check, "centre_id", "قطب", centre_id) or 0,
        faculty_id=_id(check, "faculty_id", "عضو هیأت علمی", faculty_id) or 0,
        role=_choice(check, "role", "نقش", role, vocab.MEMBERSHIP_ROLES),
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
    key = _choice(check, "seat_key", "کرسی شورا", seat_key, seats)
    begin = _date(check, "start", "آغاز دوره", start, required=True)
    finish = _date(check, "end", "پایان دوره", end, required=False)
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
        holder_name=_text(check, "holder_name", "نام دارنده کرسی", holder_name, required=True, max_len=120, name=True),
        faculty_id=_id(check, "faculty_id", "عضو هیأت علمی", faculty_id, required=False),
        start=begin or date.min,
        end=finish,
    )
    check.done()
    return record


# -- rules across records ------------------------------------------------------------


def overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Two periods share a day (both ends inclusive; no end = still running)."""
    return (a_end is None or b_start <= a_end) and (b_end is None or a_start <= b_end)


def _period(start: date, end: date | None) -> str:
    return f"{format_jalali(start)} تا {format_jalali(end) if end else 'اکنون'}"


@dataclass(frozen=True)
class HeldMembership:
    """A membership already on record, as the rules across memberships need it."""

    membership_id: int
    centre_id: int
    centre_title: str
    person: str
    role: str
    joined_on: date
    left_on: date | None


def check_membership(
    record: MembershipRecord,
    *,
    person: str,
    centre_title: str,
    person_history: Iterable[HeldMembership],
    centre_directors: Iterable[HeldMembership],
    ignore_id: int | None = None,
) -> None:
    """The rules between memberships, over their whole periods (not only today):

    - one person is in one centre once at a time, in whatever role;
    - note 9: a member (or director) of one centre at a time; collaborators
      (note 11) are not members and are not counted;
    - art. 11: one director of a centre at a time.
    """
    start, end = record.joined_on, record.left_on
    for m in person_history:
        if m.membership_id == ignore_id or not overlaps(start, end, m.joined_on, m.left_on):
            continue
        if m.centre_id == record.centre_id:
            raise ValidationError(
                FieldError(
                    "faculty_id",
                    "عضو هیأت علمی",
                    f"{person} در این دوره ({_period(m.joined_on, m.left_on)}) "
                    f"به نقش {vocab.label(vocab.MEMBERSHIP_ROLES, m.role)} در همین قطب ثبت شده است.",
                )
            )
        if record.role in vocab.MEMBER_ROLES and m.role in vocab.MEMBER_ROLES:
            raise ValidationError(
                FieldError(
                    "faculty_id",
                    "عضو هیأت علمی",
                    f"{person} از {_period(m.joined_on, m.left_on)} عضو قطب «{m.centre_title}» است؛ هر عضو هیأت علمی "
                    "فقط می‌تواند عضو یک قطب علمی باشد (تبصره ۹ ماده ۵). نخست عضویت پیشین را پایان دهید.",
                )
            )
    if record.role == "director":
        for d in centre_directors:
            if d.membership_id != ignore_id and overlaps(start, end, d.joined_on, d.left_on):
                raise ValidationError(
                    FieldError(
                        "role",
                        "نقش",
                        f"قطب «{centre_title}» در این دوره مدیر دارد ({d.person}، {_period(d.joined_on, d.left_on)})؛ "
                        "هر قطب یک مدیر دارد (ماده ۱۱).",
                    )
                )


@dataclass(frozen=True)
class HeldTerm:
    term_id: int
    seat_key: str
    seat_title: str
    holder_name: str
    faculty_id: int | None
    start: date
    end: date | None


def check_terms(record: TermRecord, *, seat_title: str, others: Iterable[HeldTerm], ignore_id: int | None = None) -> None:
    """One holder per seat at a time, and one seat per person at a time."""
    me = search_key(record.holder_name)
    for t in others:
        if t.term_id == ignore_id or not overlaps(record.start, record.end, t.start, t.end):
            continue
        if t.seat_key == record.seat_key:
            raise ValidationError(
                FieldError(
                    "start",
                    "آغاز دوره",
                    f"این دوره با دوره {t.holder_name} در کرسی «{seat_title}» ({_period(t.start, t.end)}) هم‌پوشانی دارد.",
                )
            )
        same_person = (record.faculty_id is not None and record.faculty_id == t.faculty_id) or search_key(t.holder_name) == me
        if same_person:
            raise ValidationError(
                FieldError(
                    "holder_name",
                    "نام دارنده کرسی",
                    f"{t.holder_name} در این دوره ({_period(t.start, t.end)}) کرسی «{t.seat_title}» را دارد؛ "
                    "هر کس یک کرسی شورا دارد.",
                )
            )
