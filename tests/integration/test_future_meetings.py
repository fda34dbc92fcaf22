"""A meeting dated after today may be scheduled and its agenda written, but nothing
that only a held meeting has (attendance, votes, finalised minutes); the dashboard
never counts negative days (issue 16.11)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services import meetings


@pytest.fixture
def next_week(demo_store):
    uow = demo_store.uow
    held_on = date.today() + timedelta(days=7)
    mid = meetings.create_meeting(uow=uow, held_on=held_on, place="تالار شورا")
    return uow, mid, held_on


def test_a_future_meeting_is_scheduled_and_its_agenda_written(next_week):
    uow, mid, _held_on = next_week
    meetings.add_agenda_item(uow=uow, meeting_id=mid, title="درخواست تشکیل قطب شیمی سبز", kind="application")
    meetings.carry_forward(uow=uow, meeting_id=mid)
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert view.state == "draft" and len(view.items) >= 1 and len(view.attendees) == 9


def test_a_future_meeting_records_no_attendance_votes_or_finalisation(next_week):
    uow, mid, held_on = next_week
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="سایر موارد")
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    shown = format_jalali(held_on)
    attempts = [
        lambda: meetings.set_attendance(uow=uow, attendance_id=view.attendees[0].id, status="present"),
        lambda: meetings.add_guest(uow=uow, meeting_id=mid, name="مهمان آزمون"),
        lambda: meetings.record_decision(uow=uow, agenda_item_id=item, text="موافقت شد.", yes=0, no=0),
        lambda: meetings.finalise_meeting(uow=uow, meeting_id=mid),
    ]
    for attempt in attempts:
        with pytest.raises(DomainError) as refused:
            attempt()
        assert shown in str(refused.value) and "هنوز برگزار نشده" in str(refused.value)
    after = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert after.state == "draft" and {a.status for a in after.attendees} == {"absent"}
    assert len(after.attendees) == 9 and after.items[0].decision is None


def test_the_days_a_decision_waits_are_never_negative(demo_store):
    uow = demo_store.uow
    held_on = date.today()
    mid = meetings.create_meeting(uow=uow, held_on=held_on)
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    for a in view.attendees[:6]:
        meetings.set_attendance(uow=uow, attendance_id=a.id, status="present")
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند آزمون")
    decision = meetings.record_decision(uow=uow, agenda_item_id=item, text="موافقت شد.", yes=5, no=1)
    with uow:  # as a decision recorded before the rule, on a meeting dated later
        uow.session.execute(text("UPDATE meeting SET held_on = :d WHERE id = :m"), {"d": held_on + timedelta(days=7), "m": mid})
        uow.commit()
    waiting = {a.decision_id: a.days_waiting for a in meetings.awaiting_endorsement(uow=uow)}
    assert waiting[decision] == 0 and min(waiting.values()) >= 0
