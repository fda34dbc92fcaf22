"""The meeting as the screens and the minutes read it: attendance, each agenda item's
quorum and vote verdicts and the readings they were decided under (issue 17.7), and the
small helpers the meeting services share (services/meetings.py re-exports the views).

A decision keeps the readings stored with it whatever the office chooses later; one
recorded before 0.6.0 (none stored) reads as decided under the defaults of its time. An
item without a decision is shown under the office's readings while the minutes are a
draft, and once they are final under those of the meeting's last vote (or the old
defaults when it had none): a reading changed later never rewrites final minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from qotb_desktop.domain import meetings as rules
from qotb_desktop.domain.errors import NotFound
from qotb_desktop.domain.meetings import Attendee, QuorumVerdict
from qotb_desktop.domain.rules import Edition, Readings, load_edition
from qotb_desktop.services.member_changes import ChangeView
from qotb_desktop.services.readings import current_readings
from qotb_desktop.store.models import Attendance, Decision, Meeting
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
