"""Council (and centre) meetings: attendance, the quorum item by item, votes,
decisions and their life (endorsement, note 4; communication), the minutes' life
(draft -> finalised -> approved) and their fingerprint. Pure rules; the store
keeps the records and refuses to change a finalised meeting."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from qotb_desktop.domain.council_rules import Outcome, quorum, vote
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import DomainError, FieldError, ValidationError
from qotb_desktop.domain.rules import QuorumRule, Readings, ReadingSpec
from qotb_desktop.domain.text import to_persian_digits

ATTENDANCE = {"present": "حاضر", "late": "با تأخیر", "excused": "غایب با عذر", "absent": "غایب"}
PRESENT = frozenset({"present", "late"})

AGENDA_KINDS = {
    "application": "درخواست تشکیل قطب",
    "member_change": "تغییر اعضای قطب",
    "annual_evaluation": "ارزیابی سالانه",
    "final_evaluation": "ارزیابی پایانی",
    "dissolution": "انحلال قطب",
    "minutes_approval": "تأیید صورت‌جلسه پیشین",
    "other": "سایر",
}

MINUTES_STATES = {"draft": "پیش‌نویس", "finalised": "نهایی", "approved": "تأییدشده"}
DECISION_STATES = {"approved": "مصوب", "rejected": "رد شده", "endorsed": "تنفیذ شده", "communicated": "ابلاغ شده"}
CHAIRED_BY = {"chair": "رئیس شورا", "vice_chair": "نایب رئیس (با تفویض، تبصره ۵)"}


def fa(value: object) -> str:
    return to_persian_digits(value)


# The program's letter numbers (a decision communicated without a number from the
# office's own register): the Jalali year's next, gap-free. Change the pattern here.
LETTER_FORMAT = "{year}/ق/{sequence}"


def letter_number(year: int, sequence: int) -> str:
    return LETTER_FORMAT.format(year=year, sequence=sequence)


def meeting_number(year: int, sequence: int) -> str:
    """The meeting's number in its Jalali year: ``1404/07`` (shown ۱۴۰۴/۰۷)."""
    return f"{year}/{sequence:02d}"


@dataclass(frozen=True)
class Attendee:
    """A seat holder in office on the meeting's date, or a guest (who never counts).

    ``from_item`` / ``until_item``: the agenda items (numbered from 1) the person
    sat through; a late arrival starts later, a departure ends earlier.
    """

    name: str
    status: str
    seat_key: str | None = None
    arrived_at: time | None = None
    from_item: int = 1
    until_item: int | None = None
    guest: bool = False

    def counts_at(self, item: int) -> bool:
        if self.guest or self.status not in PRESENT:
            return False
        return self.from_item <= item and (self.until_item is None or item <= self.until_item)


def check_attendee(a: Attendee) -> None:
    errors = []
    if a.status not in ATTENDANCE:
        errors.append(FieldError("status", "حضور", f"«{a.status}» در فهرست نیست."))
    if a.status == "late" and a.arrived_at is None:
        errors.append(FieldError("arrived_at", "ساعت رسیدن", f"{a.name} با تأخیر آمده است؛ ساعت رسیدن را بنویسید."))
    if a.from_item < 1 or (a.until_item is not None and a.until_item < a.from_item):
        errors.append(FieldError("until_item", "بندهای حضور", f"بندهای حضور {a.name} درست نیست."))
    if errors:
        raise ValidationError(errors)


def present_at(attendees: Iterable[Attendee], item: int) -> int:
    """Members (not guests) present when agenda item ``item`` is decided."""
    return sum(1 for a in attendees if a.counts_at(item))


NO_SEATS = "در تاریخ جلسه هیچ کرسی پُر نیست (کسی حکم عضویت ندارد)؛ جلسه‌ای بی‌عضو رسمیت ندارد (تبصره ۳)."


@dataclass(frozen=True)
class QuorumVerdict:
    """The quorum at one agenda item. ``seats``: the base it was taken over (the seats
    filled on the meeting's date, or all the council's seats: the reading quorum_base);
    ``reason``: why there is none when no seat is filled."""

    ok: bool
    required: int
    present: int
    seats: int
    reason: str = ""


def quorum_base(readings: Readings, *, filled: int, all_seats: int) -> int:
    """Note 3's «دوسوم اعضا» counted over the seats filled on the meeting's date
    ("filled_seats") or over all the council's seats in the rules data ("all_seats")."""
    return max(all_seats, filled) if readings.quorum_base == "all_seats" else filled


def quorum_at(
    attendees: Iterable[Attendee], item: int, *, seats: int, rule: QuorumRule, filled: int | None = None
) -> QuorumVerdict:
    """``seats``: the base of the quorum (see quorum_base); ``filled``: the seats filled on
    the meeting's date (``seats`` when not given). With no seat filled there is no quorum,
    whatever the base (issue 17.8)."""
    people = list(attendees)
    present = present_at(people, item)
    filled = seats if filled is None else filled
    if filled <= 0 or seats <= 0:
        return QuorumVerdict(False, 0, present, seats, NO_SEATS)
    q = quorum(seats=max(seats, present), present=present, rule=rule)
    return QuorumVerdict(q.ok, q.required, present, seats, "" if q.ok else getattr(q, "reason", ""))


def quorum_sentence(present: int, seats: int, outcome: Outcome | QuorumVerdict) -> str:
    if outcome.ok:
        return f"با حضور {fa(present)} نفر از {fa(seats)} عضو، جلسه رسمیت یافت."
    if reason := getattr(outcome, "reason", ""):
        return f"جلسه رسمیت نیافت: {reason}"
    return f"با حضور {fa(present)} نفر از {fa(seats)} عضو، جلسه به حد نصاب ({fa(outcome.required)} نفر) نرسید و رسمیت نیافت."


def verdict_sentence(verdict: QuorumVerdict) -> str:
    return quorum_sentence(verdict.present, verdict.seats, verdict)


# -- the readings a decision was taken under (issue 17.7) -----------------------------------
# Stored with each decision (Decision.readings, JSON); a decision recorded before 0.6.0 has
# none and was decided under the defaults of its time (Readings.from_record({})).

COUNCIL_READINGS = ("majority", "quorum_base")
CENTRE_READINGS = ("majority",)  # a centre's own meetings: the quorum is the rules data's, not a reading


def readings_record(readings: Readings, *, council: bool) -> str:
    """What a decision stores: the readings its quorum and vote were decided under."""
    keys = COUNCIL_READINGS if council else CENTRE_READINGS
    return json.dumps({k: getattr(readings, k) for k in keys}, sort_keys=True, separators=(",", ":"))


def readings_of(stored: str) -> Readings:
    """A decision's stored readings; empty (before 0.6.0): the defaults of that time."""
    return Readings.from_record(json.loads(stored) if stored else {})


def readings_line(readings: Readings, specs: Iterable[ReadingSpec], *, council: bool) -> str:
    """One short Persian line: the readings the votes and the quorum were decided under
    (the rules data's titles of the choices, up to their worked example after «:»)."""
    by_key = {s.key: s for s in specs}
    names = {"majority": "اکثریت", "quorum_base": "حد نصاب"}
    parts = []
    for key in COUNCIL_READINGS if council else CENTRE_READINGS:
        value = getattr(readings, key)
        spec = by_key.get(key)
        try:
            title = spec.choice(value).title if spec else value
        except KeyError:
            title = value
        parts.append(f"{names[key]} «{title.split(':')[0].strip()}»")  # the choice's title, without its example
    return "خوانش‌ها: " + "؛ ".join(parts) + "."


def vote_required(present: int, readings: Readings) -> int:
    """The «yes» votes a decision needed with ``present`` members, under ``readings``."""
    return vote(present=present, yes=0, readings=readings).required


@dataclass(frozen=True)
class Votes:
    yes: int
    no: int
    abstain: int


def decide(
    votes: Votes, *, attendees: Iterable[Attendee], item: int, seats: int, rule: QuorumRule, readings: Readings,
    filled: int | None = None,
) -> str:  # fmt: skip
    """The outcome of a vote on agenda item ``item``: "approved" or "rejected".

    ``seats``: the quorum's base under the readings (quorum_base), ``filled``: the seats
    filled on the meeting's date (``seats`` when not given). Refused (DomainError) while
    the meeting lacks quorum at that item, and when the votes outnumber the members
    present (guests never vote).
    """
    people = list(attendees)
    q = quorum_at(people, item, seats=seats, rule=rule, filled=filled)
    present = q.present
    if not q.ok:
        if q.reason:
            raise DomainError(f"جلسه در بند {fa(item)} رسمیت ندارد: {q.reason} تصمیم ثبت نمی‌شود.")
        raise DomainError(
            f"جلسه در بند {fa(item)} رسمیت ندارد: {fa(present)} نفر از {fa(seats)} عضو حاضرند و دست‌کم "
            f"{fa(q.required)} نفر لازم است (تبصره ۳). تصمیم ثبت نمی‌شود."
        )
    errors = []
    for name, label, value in (("yes", "موافق", votes.yes), ("no", "مخالف", votes.no), ("abstain", "ممتنع", votes.abstain)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            errors.append(FieldError(name, label, "باید عدد درست و نامنفی باشد."))
    if errors:
        raise ValidationError(errors)
    cast = votes.yes + votes.no + votes.abstain
    if cast > present:
        raise ValidationError(
            FieldError("yes", "آرا", f"{fa(cast)} رأی ثبت شده اما تنها {fa(present)} عضو حاضرند؛ مهمانان رأی ندارند.")
        )
    return "approved" if vote(present=present, yes=votes.yes, readings=readings).ok else "rejected"


def endorse(state: str, *, on: date, by: str, delegated: bool) -> str:
    """Note 4: an approved decision takes effect once the chair endorses it; note 5: the
    vice-chair may, under a recorded delegation."""
    if state != "approved":
        raise DomainError(f"فقط تصمیم مصوب تنفیذ می‌شود؛ این تصمیم «{DECISION_STATES.get(state, state)}» است.")
    if by not in CHAIRED_BY:
        raise ValidationError(FieldError("endorsed_by", "تنفیذکننده", "تنفیذ با رئیس شورا یا نایب رئیس (با تفویض) است."))
    if by == "vice_chair" and not delegated:
        raise ValidationError(
            FieldError("endorsed_by", "تنفیذکننده", "نایب رئیس تنها با تفویض ثبت‌شده رئیس شورا تنفیذ می‌کند (تبصره ۵).")
        )
    return "endorsed"


def communicate(state: str, *, on: date) -> str:
    """The state after communicating (the letter's number is given or checked by the service)."""
    if state != "endorsed":
        raise DomainError(f"تصمیم پیش از تنفیذ ابلاغ نمی‌شود؛ این تصمیم «{DECISION_STATES.get(state, state)}» است.")
    return "communicated"


def finalise(state: str) -> str:
    if state != "draft":
        raise DomainError(f"صورت‌جلسه «{MINUTES_STATES.get(state, state)}» است و دوباره نهایی نمی‌شود.")
    return "finalised"


def approve_minutes(state: str, *, at_meeting_date: date, meeting_date: date) -> str:
    """The minutes are approved at a later meeting (recorded there as an agenda item)."""
    if state != "finalised":
        raise DomainError("تنها صورت‌جلسه نهایی‌شده در جلسه‌ای دیگر تأیید می‌شود.")
    if at_meeting_date <= meeting_date:
        raise DomainError("صورت‌جلسه در جلسه‌ای پس از خود تأیید می‌شود.")
    return "approved"


# What may not be recorded before the meeting is held (issue 16.11): its date must have
# come. Scheduling a future meeting and writing its agenda stay allowed.
HELD_ACTS = {
    "attendance": "حضور و غیاب",
    "decision": "رأی و تصمیم",
    "finalise": "نهایی کردن صورت‌جلسه",
}


def not_yet_held(held_on: date, *, today: date, act: str) -> str:
    """Why ``act`` (a key of HELD_ACTS) cannot be done yet on a meeting dated after
    ``today``; "" when it can."""
    if held_on <= today:
        return ""
    return (
        f"جلسه در تاریخ {format_jalali(held_on)} است و هنوز برگزار نشده است؛ "
        f"«{HELD_ACTS[act]}» از روز جلسه به بعد ثبت می‌شود (امروز {format_jalali(today)} است)."
    )


def check_held(held_on: date, *, today: date, act: str) -> None:
    """Refuse ``act`` (a key of HELD_ACTS) on a meeting dated after ``today``."""
    if reason := not_yet_held(held_on, today=today, act=act):
        raise DomainError(reason)


def check_editable(state: str) -> None:
    """Nothing of a finalised meeting changes; corrections are amendments."""
    if state != "draft":
        raise DomainError(f"صورت‌جلسه «{MINUTES_STATES.get(state, state)}» است و تغییر نمی‌کند؛ برای اصلاح، اصلاحیه‌ای بنویسید.")


def fingerprint(content: dict[str, Any]) -> str:
    """A short fingerprint of the minutes' content, printed on the paper: the same
    content gives the same fingerprint, any change another (SHA-256, first 12 hex)."""
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 12, 4))
