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
from qotb_desktop.domain.meetings import Votes
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.text import normalize_text
from qotb_desktop.services import meeting_views
from qotb_desktop.services.centres import dissolve, members_on
from qotb_desktop.services.evaluations import dissolution_title, dissolutions_to_put_on
from qotb_desktop.services.meeting_views import _attendee, _base, _meeting, _quorum_rule
from qotb_desktop.services.member_changes import apply_member_change
from qotb_desktop.services.member_changes import propose_member_change as propose_member_change  # the screens' name
from qotb_desktop.services.readings import current_readings
from qotb_desktop.store.models import AgendaItem, Amendment, Attendance, Decision, FollowUp, Meeting, MinutesCopy
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

# The meeting's views live in services/meeting_views.py; here under the names the screens,
# the reports and the tests have always used.
AttendanceView, AmendmentView = meeting_views.AttendanceView, meeting_views.AmendmentView
DecisionView = meeting_views.DecisionView
ItemView, MeetingView, MeetingSummary = meeting_views.ItemView, meeting_views.MeetingView, meeting_views.MeetingSummary
get_meeting, list_meetings = meeting_views.get_meeting, meeting_views.list_meetings
decisions_awaiting_endorsement = meeting_views.decisions_awaiting_endorsement


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
    with uow.reading():
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
    with uow.reading():
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
