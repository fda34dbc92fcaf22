"""Rules between records over time: one centre per member and one director per
centre at a time (note 9, art. 11), one holder per seat and one seat per person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import FieldError, ValidationError
from qotb_desktop.domain.registry import MembershipRecord, TermRecord
from qotb_desktop.domain.text import search_key


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
