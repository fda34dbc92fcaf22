"""Who reviews (notes 6 and 7): the five scientific groups of the secretariat and the
specialised working groups under each, their members appointed by the deputy minister's
decree for a term, and which of them took part in a review.

Note 6: the groups review the applications first (4-2-1), set the scope of programs and
reports and steer their group's centres. Note 7: the working groups evaluate the centres'
programs and performance (4-2-9, 4-2-10); 12-3-5 and 12-3-7 give them the calls'
proposals and the stages' reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.fields import DateInput, read_choice, read_date, read_text

KINDS = {"group": "گروه علمی (تبصره ۶)", "working_group": "کارگروه تخصصی (تبصره ۷)"}
ROLES = {"chair": "رئیس", "secretary": "دبیر", "member": "عضو"}

# What each review is, who does it (the kind of body), and the clause.
SUBJECTS = {
    "application": ("بررسی اولیه درخواست تشکیل قطب", "group", "بند ۴-۲-۱ و تبصره ۶"),
    "evaluation": ("ارزیابی عملکرد قطب", "working_group", "بندهای ۴-۲-۹ و ۴-۲-۱۰ و تبصره ۷"),
    "proposal": ("بررسی پیشنهاد پروژه فراخوان", "working_group", "بند ۱۲-۳-۵"),
    "stage_report": ("تأیید گزارش مرحله پروژه", "working_group", "بند ۱۲-۳-۷"),
}


@dataclass(frozen=True)
class BodyRecord:
    kind: str
    group_key: str
    title: str
    decree_number: str
    decree_date: date | None


def clean_body(
    *, kind: object, group_key: object, title: object, decree_number: object, decree_date: DateInput, groups: dict[str, str]
) -> BodyRecord:
    """``groups``: the five groups' keys and titles. A group's title is its own (the
    group's); a working group names itself."""
    check = Checker()
    k = read_choice(check, "kind", "گونه", kind, KINDS)
    g = read_choice(check, "group_key", "گروه علمی", group_key, groups)
    name = read_text(check, "title", "عنوان", title, required=k == "working_group", max_len=250, name=k == "working_group")
    ref = read_text(check, "decree_number", "شماره حکم", decree_number, required=True, max_len=60)
    day = read_date(check, "decree_date", "تاریخ حکم", decree_date, required=True)
    check.done()
    return BodyRecord(k, g, name if k == "working_group" else groups.get(g, name), ref, day)


@dataclass(frozen=True)
class MemberRecord:
    role: str
    decree_number: str
    decree_date: date | None
    start_on: date
    end_on: date | None


def clean_member(
    *, role: object, decree_number: object, decree_date: DateInput, start_on: DateInput, end_on: DateInput = None
) -> MemberRecord:
    check = Checker()
    r = read_choice(check, "role", "سمت", role or "member", ROLES)
    ref = read_text(check, "decree_number", "شماره حکم", decree_number, required=True, max_len=60)
    day = read_date(check, "decree_date", "تاریخ حکم", decree_date, required=True)
    start = read_date(check, "start_on", "آغاز دوره", start_on, required=True)
    end = read_date(check, "end_on", "پایان دوره", end_on, required=False)
    if start and end and end < start:
        check.fail("end_on", "پایان دوره", "پیش از آغاز دوره است.")
    check.done()
    return MemberRecord(r, ref, day, start or date.min, end)


def serving(start_on: date, end_on: date | None, on: date) -> bool:
    return start_on <= on and (end_on is None or on <= end_on)


def check_sitting(
    check: Checker,
    *,
    subject: str,
    body_kind: str,
    present: Sequence[tuple[int, date, date | None]],
    chosen: Sequence[int],
    on: date,
) -> None:
    """Who took part: the body of the kind the review needs, at least one of its members,
    each serving on the day. ``present``: (member id, start, end) of the body's members."""
    title, kind, clause = SUBJECTS[subject]
    if body_kind != kind:
        check.fail("body_id", "گروه یا کارگروه", f"«{title}» با {KINDS[kind]} است ({clause}).")
    terms = {m: (s, e) for m, s, e in present}
    if not chosen:
        check.fail("member_ids", "اعضای حاضر", "دست‌کم یک عضو حاضر را برگزینید.")
    for m in chosen:
        if m not in terms:
            check.fail("member_ids", "اعضای حاضر", "عضوی برگزیده شده که عضو این گروه نیست.")
        elif not serving(*terms[m], on):
            check.fail("member_ids", "اعضای حاضر", f"دوره یکی از اعضای برگزیده در روز بررسی ({format_jalali(on)}) نبود.")
