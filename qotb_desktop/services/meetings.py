"""Council meetings: the record, attendance, agenda, decisions, the lock, endorsement.

Each decision stores the readings its quorum and vote were decided under (issue 17.7):
the meeting's view carries, item by item, the quorum and vote verdicts and the readings
used, for the screen's banner and the printed minutes to read instead of recomputing.
A decision keeps its readings whatever the office chooses later; one recorded before
0.6.0 (no readings stored) is shown as decided under the defaults of its time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from qotb_desktop.domain import dates
from qotb_desktop.domain import meetings as rules
from qotb_desktop.domain.accounts import authorize
from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.domain.errors import Checker, DomainError, FieldError, NotFound, ValidationError
from qotb_desktop.domain.fields import DateInput, read_clock, read_id, read_number, read_text, required_date
from qotb_desktop.domain.meetings import Attendee, QuorumVerdict, Votes
from qotb_desktop.domain.rules import Edition, Readings, load_edition
from qotb_desktop.domain.text import normalize_text
from qotb_desktop.services.centres import dissolve, members_on
from qotb_desktop.services.evaluations import dissolution_title, dissolutions_to_put_on
from qotb_desktop.services.member_changes import ChangeView, apply_member_change
from qotb_desktop.services.member_changes import propose_member_change as propose_member_change  # the screens' name
from qotb_desktop.services.readings import current_readings
from qotb_desktop.store.models import AgendaItem, Amendment, Attendance, Decision, FollowUp, Meeting, MinutesCopy
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


@dataclass(frozen=True)
class AttendanceView:
    id: int
    seat_key: str | None
    name: str
    status: str
    arrived_at: str
    from_item: int
    until_item: int | None
    guest: bool


@dataclass(frozen=True)
class DecisionView:
    id: int
    agenda_item_id: int
    text: str
    yes: int
    no: int
    abstain: int
    present: int
    outcome: str
    state: str
    endorsed_on: date | None
    endorsed_by: str
    communicated_on: date | None
    letter_number: str
    readings: Readings = Readings()  # what the quorum and the vote were decided under
    readings_stored: bool = False  # False: decided before 0.6.0, under the defaults of its time
    required_yes: int = 0  # the «yes» votes it needed under its readings


@dataclass(frozen=True)
class AmendmentView:
    id: int
    made_at: datetime
    corrects: str
    correction: str
    reason: str


def _plain(cls, row):
    return cls(**{name: getattr(row, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    title: str
    kind: str
    centre_id: int | None
    present: int
    quorum: bool
    required: int
    decision: DecisionView | None
    seats: int = 0  # the quorum's base under the readings (filled seats, or all the council's)
    reason: str = ""  # why there is no quorum when no seat is filled
    readings: Readings = Readings()  # the decision's, or those the item would be decided under
    change: ChangeView | None = None  # a «member change» item: who, what, from when

    @property
    def verdict(self) -> QuorumVerdict:
        return QuorumVerdict(self.quorum, self.required, self.present, self.seats, self.reason)


@dataclass(frozen=True)
class MeetingView:
    id: int
    number: str
    held_on: date
    state: str
    seats: int
    attendees: tuple[AttendanceView, ...]
    items: tuple[ItemView, ...]
    fingerprint: str
    amendments: tuple[AmendmentView, ...]
    starts_at: str = ""
    ends_at: str = ""
    place: str = ""
    chaired_by: str = "chair"
    delegation: str = ""
    secretary: str = ""
    next_item: int = 1  # the first agenda item without a decision (or the one after the last)
    present_now: int = 0  # members present at it
    required_now: int = 0  # the quorum it needs
    centre_id: int | None = None
    quorum_now: QuorumVerdict | None = None  # the quorum at next_item (the screen's banner)
    readings: Readings = Readings()  # what the next item would be decided under
    readings_line: str = ""  # the readings of the minutes, when every item shares them
    council: bool = True  # False: a centre's own meeting (art. 11-2)


def _attendee(a: Attendance) -> Attendee:
    arrived = datetime.strptime(a.arrived_at, "%H:%M").time() if a.arrived_at else None
    return Attendee(a.name, a.status, a.seat_key, arrived, a.from_item, a.until_item, a.guest)


def _quorum_rule(meeting: Meeting):
    """The council's two thirds, or a centre's own rule (art. 11-2), from the rules data."""
    edition = load_edition()
    return edition.centre_meetings if meeting.kind == "centre" else edition.council.quorum


def _base(meeting: Meeting, filled: int, readings: Readings, edition: Edition) -> int:
    """The quorum's base: for the council, under the reading quorum_base (the seats filled
    on the meeting's date, or all its seats in the rules data); a centre's own meeting
    counts its members listed."""
    if meeting.kind == "centre":
        return filled
    return rules.quorum_base(readings, filled=filled, all_seats=len(edition.council.seats))


def _meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    row = uow.meetings.get(meeting_id)
    if row is None:
        raise NotFound("جلسه", meeting_id)
    return row


def create_meeting(
    *, uow: UnitOfWork, held_on: DateInput, starts_at: str = "", ends_at: str = "", place: str = "",
    chaired_by: str = "chair", delegation: str = "", secretary: str = "", centre_id: int | None = None,
) -> int:  # fmt: skip
    """A council meeting, numbered in its Jalali year, with every seat holder in office
    that day on its attendance list (marked absent until the clerk says otherwise).

    With ``centre_id``: a meeting of that centre's members (art. 11-2), numbered in
    the centre's own series, its members and director in office that day listed."""
    when = required_date(held_on, "held_on", "تاریخ جلسه")
    check = Checker()
    starts_at = read_clock(check, "starts_at", "ساعت آغاز", starts_at)
    ends_at = read_clock(check, "ends_at", "ساعت پایان", ends_at)
    place = read_text(check, "place", "محل جلسه", place, required=False, max_len=200)
    secretary = read_text(check, "secretary", "دبیر جلسه", secretary, required=False, max_len=120)
    delegation = read_text(check, "delegation", "تفویض", delegation, required=False, max_len=200)
    centre_id = read_id(check, "centre_id", "قطب", centre_id, required=False)
    check.done()
    if not isinstance(chaired_by, str) or chaired_by not in rules.CHAIRED_BY:
        raise ValidationError(FieldError("chaired_by", "رئیس جلسه", "رئیس شورا یا نایب رئیس را برگزینید."))
    if chaired_by == "vice_chair" and not normalize_text(delegation):
        raise ValidationError(
            FieldError("delegation", "تفویض", "نایب رئیس با تفویض رئیس شورا جلسه را اداره می‌کند (تبصره ۵)؛ تفویض را بنویسید.")
        )
    year = jalali_year(when)
    kind = "centre" if centre_id else "council"
    with uow:
        row = Meeting(
            kind=kind, centre_id=centre_id, year=year, sequence=uow.meetings.next_sequence(kind, centre_id, year), held_on=when,
            starts_at=normalize_text(starts_at), ends_at=normalize_text(ends_at), place=normalize_text(place),
            chaired_by=chaired_by,
            delegation=normalize_text(delegation), secretary=normalize_text(secretary),
        )  # fmt: skip
        uow.meetings.add(row)
        if centre_id:
            centre = uow.centres.get(centre_id)
            if centre is None:
                raise NotFound("قطب", centre_id)
            for m in members_on(centre, when):
                name = f"{m.faculty.first_name} {m.faculty.last_name}"
                uow.session.add(Attendance(meeting_id=row.id, seat_key=m.role, name=name, status="absent"))
        else:
            for term in uow.council.terms():
                if term.start <= when and (term.end is None or when <= term.end):
                    uow.session.add(Attendance(meeting_id=row.id, seat_key=term.seat_key, name=term.holder_name, status="absent"))
        uow.commit()
        return row.id


def set_attendance(
    *, uow: UnitOfWork, attendance_id: int, status: str, arrived_at: str = "", from_item: int = 1, until_item: int | None = None
) -> None:
    check = Checker()
    arrived_at = read_clock(check, "arrived_at", "ساعت رسیدن", arrived_at)
    from_item = read_number(check, "from_item", "از بند", from_item)
    until_item = None if until_item in (None, "") else read_number(check, "until_item", "تا بند", until_item)
    check.done()
    with uow:
        row = uow.session.get(Attendance, attendance_id)
        if row is None:
            raise NotFound("حضور", attendance_id)
        meeting = _meeting(uow, row.meeting_id)
        rules.check_editable(meeting.state)
        rules.check_held(meeting.held_on, today=dates.today(), act="attendance")
        candidate = Attendance(
            name=row.name, status=status, arrived_at=normalize_text(arrived_at), from_item=from_item, until_item=until_item
        )
        rules.check_attendee(_attendee(candidate))
        row.status, row.arrived_at, row.from_item, row.until_item = status, candidate.arrived_at, from_item, until_item
        uow.commit()


def add_guest(*, uow: UnitOfWork, meeting_id: int, name: str) -> int:
    check = Checker()
    name = read_text(check, "name", "نام مهمان", name, required=True, max_len=120, name=True)
    check.done()
    with uow:
        meeting = _meeting(uow, meeting_id)
        rules.check_editable(meeting.state)
        rules.check_held(meeting.held_on, today=dates.today(), act="attendance")
        row = Attendance(meeting_id=meeting_id, name=name, status="present", guest=True)
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def add_agenda_item(*, uow: UnitOfWork, meeting_id: int, title: str, kind: str = "other", centre_id: int | None = None) -> int:
    check = Checker()
    centre_id = read_id(check, "centre_id", "قطب", centre_id, required=False)
    check.done()
    if not isinstance(kind, str) or kind not in rules.AGENDA_KINDS:
        raise ValidationError(FieldError("kind", "موضوع", f"«{kind}» در فهرست نیست."))
    if not normalize_text(title):
        raise ValidationError(FieldError("title", "عنوان بند", "خالی مانده است؛ آن را بنویسید."))
    with uow:
        rules.check_editable(_meeting(uow, meeting_id).state)
        position = len(uow.meetings.items(meeting_id)) + 1
        row = AgendaItem(meeting_id=meeting_id, position=position, title=normalize_text(title), kind=kind, centre_id=centre_id)
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def record_decision(*, uow: UnitOfWork, agenda_item_id: int, text: str, yes: int, no: int, abstain: int = 0) -> int:
    """The council's decision on an item, refused while the meeting lacks quorum at
    that item or when the votes outnumber those present."""
    edition = load_edition()
    with uow:
        readings = current_readings(uow, edition)  # the office's, as the vote is recorded
        item = uow.session.get(AgendaItem, agenda_item_id)
        if item is None:
            raise NotFound("بند دستور جلسه", agenda_item_id)
        meeting = _meeting(uow, item.meeting_id)
        rules.check_editable(meeting.state)
        rules.check_held(meeting.held_on, today=dates.today(), act="decision")
        if not normalize_text(text):
            raise ValidationError(FieldError("text", "متن مصوبه", "خالی مانده است؛ آن را بنویسید."))
        attendees = [_attendee(a) for a in uow.meetings.attendance(meeting.id)]
        filled = sum(1 for a in attendees if not a.guest)
        outcome = rules.decide(
            Votes(yes, no, abstain), attendees=attendees, item=item.position, seats=_base(meeting, filled, readings, edition),
            rule=_quorum_rule(meeting), readings=readings, filled=filled,
        )  # fmt: skip
        row = Decision(
            agenda_item_id=item.id, text=normalize_text(text), yes=yes, no=no, abstain=abstain,
            present=rules.present_at(attendees, item.position), outcome=outcome, state=outcome,
            readings=rules.readings_record(readings, council=meeting.kind != "centre"),
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def finalise_meeting(*, uow: UnitOfWork, meeting_id: int) -> str:
    """Lock the minutes; returns their fingerprint. Only a secretary finalises."""
    authorize(uow.actor, "finalise_minutes")
    with uow:
        meeting = _meeting(uow, meeting_id)
        state = rules.finalise(meeting.state)
        rules.check_held(meeting.held_on, today=dates.today(), act="finalise")
        fingerprint = rules.fingerprint(_content(uow, meeting))  # read before anything is written
        meeting.fingerprint, meeting.finalised_at = fingerprint, datetime.now().replace(microsecond=0)
        meeting.state = state  # one UPDATE: the lock closes with it
        uow.commit()
        return meeting.fingerprint


def _content(uow: UnitOfWork, meeting: Meeting) -> dict:
    items = uow.meetings.items(meeting.id)
    decisions = {d.agenda_item_id: d for d in uow.meetings.decisions(meeting.id)}
    return {
        "number": rules.meeting_number(meeting.year, meeting.sequence),
        "held_on": meeting.held_on.isoformat(),
        "starts_at": meeting.starts_at,
        "place": meeting.place,
        "chaired_by": meeting.chaired_by,
        "attendance": [
            [a.name, a.status, a.arrived_at, a.from_item, a.until_item, a.guest] for a in uow.meetings.attendance(meeting.id)
        ],
        "items": [
            [i.position, i.title, i.kind, i.centre_id]
            + (
                [decisions[i.id].text, decisions[i.id].yes, decisions[i.id].no, decisions[i.id].abstain]
                # the readings only when stored (0.6.0 on): older minutes keep their fingerprint
                + ([decisions[i.id].readings] if decisions[i.id].readings else [])
                if i.id in decisions
                else []
            )
            for i in items
        ],
    }


def verify_minutes(*, uow: UnitOfWork, meeting_id: int) -> bool:
    """The finalised minutes' stored fingerprint still matches their content (False for a draft)."""
    with uow:
        meeting = _meeting(uow, meeting_id)
        return bool(meeting.fingerprint) and rules.fingerprint(_content(uow, meeting)) == meeting.fingerprint


def endorse_decision(
    *, uow: UnitOfWork, decision_id: int, on: DateInput, by: str = "chair", delegation: str = "", decree_number: str = "",
    institution_approval: str = "",
) -> None:  # fmt: skip
    """Note 4: the chair's endorsement (or the vice-chair's under a delegation, note 5).

    Endorsed, a decision acts on the centre its agenda item names, in the same
    transaction: an application approved makes the centre approved with the decree
    (art. 8: its number and the endorsement's date); a dissolution dissolves it (art. 10);
    a member change adds the member (notes 8, 9, 10 and art. 11 checked: refused with the
    reasons, nothing written) or ends the membership. ``institution_approval``: for a join
    proposed before 0.6.0 without the institution's approval (note 10).
    """
    authorize(uow.actor, "endorse")
    when = required_date(on, "on", "تاریخ تنفیذ")
    with uow:
        row = uow.session.get(Decision, decision_id)
        if row is None:
            raise NotFound("مصوبه", decision_id)
        row.state = rules.endorse(row.state, on=when, by=by, delegated=bool(normalize_text(delegation)))
        row.endorsed_on, row.endorsed_by = when, by
        item = uow.session.get(AgendaItem, row.agenda_item_id)
        centre = uow.centres.get(item.centre_id) if item.centre_id else None
        if centre is not None and item.kind == "application":
            if not normalize_text(decree_number):
                raise ValidationError(
                    FieldError("decree_number", "شماره حکم", "تصویب قطب با حکم رئیس شورا است (ماده ۸)؛ شماره حکم را بنویسید.")
                )
            centre.status, centre.decree_number, centre.decree_date = "approved", normalize_text(decree_number), when
        elif centre is not None and item.kind == "dissolution":
            dissolve(centre, when)
        elif centre is not None and item.kind == "member_change":
            apply_member_change(uow, item, centre, institution_approval=institution_approval)
        uow.commit()


def communicate_decision(*, uow: UnitOfWork, decision_id: int, on: DateInput, letter_number: str = "") -> str:
    """Record the decision's communication; returns its letter number. Left empty, the
    number is the program's next in the Jalali year of ``on`` (unique and gap-free
    across desks: store/desks.py); a number typed from the office's own register
    is kept as typed, and refused if another decision already has it."""
    authorize(uow.actor, "endorse")
    when = required_date(on, "on", "تاریخ ابلاغ")
    typed = normalize_text(letter_number or "")
    if len(typed) > 60:
        raise ValidationError(FieldError("letter_number", "شماره نامه ابلاغ", "بیش از ۶۰ نویسه است."))
    with uow:
        row = uow.session.get(Decision, decision_id)
        if row is None:
            raise NotFound("مصوبه", decision_id)
        row.state = rules.communicate(row.state, on=when)
        year = jalali_year(when)
        if typed:
            if uow.meetings.letter_used(typed, other_than=row.id):
                raise ValidationError(
                    FieldError("letter_number", "شماره نامه ابلاغ", f"«{typed}» پیش‌تر به مصوبه دیگری داده شده است.")
                )
            row.letter_number = typed
        else:
            sequence = uow.meetings.next_letter(year)
            while uow.meetings.letter_used(rules.letter_number(year, sequence), other_than=row.id):
                sequence += 1  # a clerk typed this one by hand: the series steps over it
            row.letter_year, row.letter_sequence = year, sequence
            row.letter_number = rules.letter_number(year, sequence)
        row.communicated_on = when
        uow.commit()
        return row.letter_number


def amend(*, uow: UnitOfWork, meeting_id: int, corrects: str, correction: str, reason: str) -> int:
    """A correction of finalised minutes, kept beside them; the original stays as it was."""
    errors = [
        FieldError(name, label, "خالی مانده است؛ آن را بنویسید.")
        for name, label, value in (
            ("corrects", "آنچه اصلاح می‌شود", corrects),
            ("correction", "اصلاح", correction),
            ("reason", "دلیل", reason),
        )
        if not normalize_text(value)
    ]
    if errors:
        raise ValidationError(errors)
    with uow:
        meeting = _meeting(uow, meeting_id)
        if meeting.state == "draft":
            raise DomainError("صورت‌جلسه هنوز پیش‌نویس است؛ خود آن را ویرایش کنید.")
        row = Amendment(
            meeting_id=meeting_id, made_at=datetime.now().replace(microsecond=0), corrects=normalize_text(corrects),
            correction=normalize_text(correction), reason=normalize_text(reason),
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def _decision_view(d: Decision) -> DecisionView:
    readings = rules.readings_of(d.readings)
    plain = {name: getattr(d, name) for name in DecisionView.__dataclass_fields__ if name not in _DERIVED}
    return DecisionView(
        **plain, readings=readings, readings_stored=bool(d.readings), required_yes=rules.vote_required(d.present, readings)
    )


_DERIVED = ("readings", "readings_stored", "required_yes")


def _undecided_readings(uow: UnitOfWork, meeting: Meeting, decisions: list[Decision], edition: Edition) -> Readings:
    """The readings an item without a decision is shown under: the office's today while the
    minutes are a draft; once final, never today's (a reading changed later must not
    rewrite them): those of the meeting's last vote, or, with no vote recorded, the
    defaults of the program before 0.6.0."""
    council = meeting.kind != "centre"
    if meeting.state == "draft":  # as a decision would store them
        return rules.readings_of(rules.readings_record(current_readings(uow, edition), council=council))
    stored = [d.readings for d in decisions if d.readings]
    return rules.readings_of(stored[-1] if stored else "")


def get_meeting(*, uow: UnitOfWork, meeting_id: int) -> MeetingView:
    edition = load_edition()
    with uow:
        meeting = _meeting(uow, meeting_id)
        rows = uow.meetings.attendance(meeting_id)
        attendance = tuple(_plain(AttendanceView, a) for a in rows)
        attendees = [_attendee(a) for a in rows]
        filled = sum(1 for a in attendees if not a.guest)
        rule = _quorum_rule(meeting)
        council = meeting.kind != "centre"
        stored = list(uow.meetings.decisions(meeting_id))
        decisions = {d.agenda_item_id: _decision_view(d) for d in stored}
        undecided = _undecided_readings(uow, meeting, stored, edition)
        changes = uow.meetings.member_changes(meeting_id)
        names = {f.id: f"{f.first_name} {f.last_name}" for f in uow.meetings.people_of_changes(meeting_id)}
        items = []
        for item in uow.meetings.items(meeting_id):
            decision = decisions.get(item.id)
            readings = decision.readings if decision else undecided
            base = _base(meeting, filled, readings, edition)
            q = rules.quorum_at(attendees, item.position, seats=base, rule=rule, filled=filled)
            c = changes.get(item.id)
            change = (
                ChangeView(c.faculty_id, names.get(c.faculty_id, ""), c.action, c.role, c.effective_on, c.institution_approval)
                if c
                else None
            )
            items.append(
                ItemView(
                    item.id, item.position, item.title, item.kind, item.centre_id, q.present, q.ok, q.required, decision,
                    q.seats, q.reason, readings, change,
                )
            )  # fmt: skip
        next_item = next((i.position for i in items if i.decision is None), len(items) + 1)
        now = rules.quorum_at(attendees, next_item, seats=_base(meeting, filled, undecided, edition), rule=rule, filled=filled)
        used = {i.readings for i in items} or {undecided}
        line = rules.readings_line(used.pop(), edition.reading_specs, council=council) if len(used) == 1 else ""
        return MeetingView(
            meeting.id, rules.meeting_number(meeting.year, meeting.sequence), meeting.held_on, meeting.state, filled, attendance,
            tuple(items), meeting.fingerprint, tuple(_plain(AmendmentView, a) for a in uow.meetings.amendments(meeting_id)),
            meeting.starts_at, meeting.ends_at, meeting.place, meeting.chaired_by, meeting.delegation, meeting.secretary,
            next_item, now.present, now.required, meeting.centre_id, now, undecided, line, council,
        )  # fmt: skip


def decisions_awaiting_endorsement(*, uow: UnitOfWork) -> list[DecisionView]:
    with uow:
        return [_decision_view(d) for d in uow.meetings.decisions_in_state("approved")]


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    number: str
    held_on: date
    state: str
    place: str


def list_meetings(*, uow: UnitOfWork, centre_id: int | None = None) -> list[MeetingSummary]:
    """The council's meetings (or, with ``centre_id``, that centre's own), newest first."""
    with uow:
        return [
            MeetingSummary(m.id, rules.meeting_number(m.year, m.sequence), m.held_on, m.state, m.place)
            for m in uow.meetings.all_meetings(centre_id)
        ]


@dataclass(frozen=True)
class AwaitingView:
    """A decision approved but not yet endorsed by the chair (note 4), for the dashboard."""

    decision_id: int
    meeting_id: int
    meeting_number: str
    held_on: date
    item_title: str
    text: str
    days_waiting: int


def awaiting_endorsement(*, uow: UnitOfWork, today: date | None = None) -> list[AwaitingView]:
    """``days_waiting`` counts from the meeting's day, never below nought (a decision
    recorded before issue 16.11 on a meeting dated later waits nought days)."""
    now = today or dates.today()
    with uow:
        found = []
        for d in uow.meetings.decisions_in_state("approved"):
            item = uow.session.get(AgendaItem, d.agenda_item_id)
            m = _meeting(uow, item.meeting_id)
            waited = max(0, (now - m.held_on).days)
            found.append(
                AwaitingView(d.id, m.id, rules.meeting_number(m.year, m.sequence), m.held_on, item.title, d.text, waited)
            )
        return sorted(found, key=lambda a: a.held_on)


# -- follow-ups, approval of minutes, the signed copy, decisions acting on centres ----------


@dataclass(frozen=True)
class FollowUpView:
    id: int
    meeting_id: int
    meeting_number: str
    action: str
    responsible: str
    due_on: date
    done_on: date | None


def add_follow_up(
    *, uow: UnitOfWork, meeting_id: int, action: str, responsible: str, due_on: DateInput, decision_id: int | None = None
) -> int:
    """A follow-up action decided at a meeting (recorded while its minutes are a draft)."""
    due = required_date(due_on, "due_on", "مهلت")
    errors = [
        FieldError(name, label, "خالی مانده است؛ آن را بنویسید.")
        for name, label, value in (("action", "اقدام", action), ("responsible", "مسئول", responsible))
        if not normalize_text(value)
    ]
    if errors:
        raise ValidationError(errors)
    with uow:
        rules.check_editable(_meeting(uow, meeting_id).state)
        row = FollowUp(
            meeting_id=meeting_id, decision_id=decision_id, action=normalize_text(action),
            responsible=normalize_text(responsible), due_on=due,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def mark_follow_up_done(*, uow: UnitOfWork, follow_up_id: int, on: DateInput) -> None:
    """Done, even after the minutes are final (the lock lets only this change)."""
    when = required_date(on, "on", "تاریخ انجام")
    with uow:
        row = uow.session.get(FollowUp, follow_up_id)
        if row is None:
            raise NotFound("اقدام پیگیری", follow_up_id)
        row.done_on = when
        uow.commit()


def open_follow_ups(*, uow: UnitOfWork, today: date | None = None, overdue_only: bool = False) -> list[FollowUpView]:
    """The follow-up register: actions not done (the overdue ones, when asked), oldest first;
    they are carried forward and offered for the next meeting's agenda."""
    from qotb_desktop.domain.dates import today as today_

    now = today or today_()
    with uow:
        found = []
        for f in uow.meetings.open_follow_ups():
            if overdue_only and f.due_on >= now:
                continue
            m = _meeting(uow, f.meeting_id)
            found.append(
                FollowUpView(f.id, m.id, rules.meeting_number(m.year, m.sequence), f.action, f.responsible, f.due_on, f.done_on)
            )
        return found


def approve_minutes(*, uow: UnitOfWork, meeting_id: int, at_meeting_id: int) -> int:
    """The finalised minutes of ``meeting_id`` approved at a later meeting: recorded there
    as an agenda item (while that meeting is a draft) and marked on the earlier one."""
    with uow:
        earlier, later = _meeting(uow, meeting_id), _meeting(uow, at_meeting_id)
        rules.check_editable(later.state)
        state = rules.approve_minutes(earlier.state, at_meeting_date=later.held_on, meeting_date=earlier.held_on)
        number = rules.meeting_number(earlier.year, earlier.sequence)
        item = AgendaItem(
            meeting_id=later.id, position=len(uow.meetings.items(later.id)) + 1,
            title=f"تأیید صورت‌جلسه جلسه {number}", kind="minutes_approval", about_meeting_id=earlier.id,
        )  # fmt: skip
        uow.session.add(item)
        earlier.state, earlier.approved_at_meeting_id = state, later.id
        uow.session.flush()
        uow.commit()
        return item.id


def attach_signed_copy(*, uow: UnitOfWork, meeting_id: int, filename: str, content: bytes) -> str:
    """The scanned signed minutes (PDF or image), kept read-only with its SHA-256 (returned)."""
    kind = content[:8]
    if not (kind.startswith(b"%PDF") or kind.startswith(b"\x89PNG") or kind.startswith(b"\xff\xd8\xff")):
        raise ValidationError(FieldError("content", "نسخه امضاشده", "پرونده PDF یا تصویر (PNG، JPEG) نیست."))
    digest = hashlib.sha256(content).hexdigest()
    with uow:
        meeting = _meeting(uow, meeting_id)
        if meeting.state == "draft":
            raise DomainError("نسخه امضاشده پس از نهایی شدن صورت‌جلسه پیوست می‌شود.")
        uow.session.add(
            MinutesCopy(meeting_id=meeting_id, filename=normalize_text(filename), sha256=digest, content=content,
                        added_at=datetime.now().replace(microsecond=0))
        )  # fmt: skip
        uow.commit()
        return digest


@dataclass(frozen=True)
class HistoryStep:
    """One step of a centre's history: what the council took up about it, and where."""

    held_on: date
    meeting_id: int
    meeting_number: str
    kind: str
    title: str
    decision: str
    state: str
    endorsed_on: date | None


def centre_history(*, uow: UnitOfWork, centre_id: int) -> list[HistoryStep]:
    """Each agenda item about the centre, with the meeting and the decision behind it."""
    with uow:
        steps = []
        for item in uow.session.scalars(select(AgendaItem).where(AgendaItem.centre_id == centre_id)):
            m = _meeting(uow, item.meeting_id)
            d = uow.session.scalar(select(Decision).where(Decision.agenda_item_id == item.id))
            steps.append(
                HistoryStep(
                    m.held_on, m.id, rules.meeting_number(m.year, m.sequence), rules.AGENDA_KINDS.get(item.kind, item.kind),
                    item.title, d.text if d else "", rules.DECISION_STATES.get(d.state, d.state) if d else "بی‌تصمیم",
                    d.endorsed_on if d else None,
                )
            )  # fmt: skip
        return sorted(steps, key=lambda s: (s.held_on, s.meeting_number))


def carry_forward(*, uow: UnitOfWork, meeting_id: int) -> int:
    """Put on a draft meeting's agenda what earlier meetings left open: follow-up
    actions not done and decisions not yet endorsed or communicated (once each); and
    for a council meeting, the dissolution of each centre advised for it (art. 10)
    that no meeting has taken up since. Returns how many items were added."""
    with uow:
        meeting = _meeting(uow, meeting_id)
        rules.check_editable(meeting.state)
        have = {i.title for i in uow.meetings.items(meeting_id)}
        titles = []
        for f in uow.meetings.open_follow_ups():
            source = _meeting(uow, f.meeting_id)
            if source.id != meeting_id and source.held_on <= meeting.held_on:
                number = rules.meeting_number(source.year, source.sequence)
                titles.append((f"پیگیری مصوبه جلسه {number}: {f.action} (مسئول: {f.responsible})", None, "other"))
        for d in uow.session.scalars(select(Decision).where(Decision.state.in_(("approved", "endorsed")))):
            item = uow.session.get(AgendaItem, d.agenda_item_id)
            source = _meeting(uow, item.meeting_id)
            if source.id != meeting_id and source.held_on <= meeting.held_on:
                number = rules.meeting_number(source.year, source.sequence)
                waiting = "تنفیذ" if d.state == "approved" else "ابلاغ"
                titles.append((f"در انتظار {waiting}: مصوبه «{item.title}» جلسه {number}", item.centre_id, "other"))
        if meeting.centre_id is None:
            for centre, latest in dissolutions_to_put_on(uow, meeting.held_on):
                titles.append((dissolution_title(centre, latest), centre.id, "dissolution"))
        position = len(have)
        added = 0
        for title, centre_id, kind in titles:
            if title in have:
                continue
            position += 1
            uow.session.add(AgendaItem(meeting_id=meeting_id, position=position, title=title, kind=kind, centre_id=centre_id))
            have.add(title)
            added += 1
        uow.commit()
        return added


@dataclass(frozen=True)
class SignedCopy:
    id: int
    filename: str
    sha256: str
    added_at: datetime
    content: bytes

    @property
    def intact(self) -> bool:
        """The stored bytes still have the SHA-256 recorded when they were attached."""
        return hashlib.sha256(self.content).hexdigest() == self.sha256


def signed_copies(*, uow: UnitOfWork, meeting_id: int) -> list[SignedCopy]:
    with uow:
        rows = uow.session.scalars(select(MinutesCopy).where(MinutesCopy.meeting_id == meeting_id).order_by(MinutesCopy.id))
        return [SignedCopy(r.id, r.filename, r.sha256, r.added_at, r.content) for r in rows]
