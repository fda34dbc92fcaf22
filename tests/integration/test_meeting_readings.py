"""Issue 17.7 and 17.8, the meetings' part: each decision keeps the readings its quorum and
vote were decided under; the quorum's base under the reading quorum_base; a council with no
seat filled has no quorum; finalised minutes of older versions still verify."""

import shutil
from pathlib import Path

import pytest

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services import council, meetings, readings
from qotb_desktop.wiring import open_store
from tests.conftest import TODAY

SEATS = ["chair", "vice_chair", "education_deputy", "secretary", "natural_1", "natural_2", "natural_3", "natural_4", "natural_5"]
RELEASES = sorted((Path(__file__).resolve().parents[2] / "db" / "releases").glob("*.sqlite"))


def choose(uow, key: str, value: str) -> None:
    """The office's reading set as the rules screen does it (the version it showed)."""
    shown = next(v for v in readings.list_readings(uow=uow) if v.spec.key == key)
    readings.set_reading(uow=uow, key=key, value=value, version=shown.version)


def seated(uow, filled: int) -> int:
    """A council with ``filled`` of its nine seats filled, and a meeting today."""
    for i, key in enumerate(SEATS[:filled]):
        council.add_term(uow=uow, seat_key=key, holder_name=f"عضو شورا {i + 1}", start="1404/01/01")
    return meetings.create_meeting(uow=uow, held_on=TODAY, place="تالار شورا")


def attend(uow, mid: int, present: int):
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    for i, a in enumerate(view.attendees):
        meetings.set_attendance(uow=uow, attendance_id=a.id, status="present" if i < present else "absent")
    return meetings.get_meeting(uow=uow, meeting_id=mid)


def test_seven_seats_filled_five_present_quorate_over_filled_seats_not_over_all_nine(uow):
    mid = seated(uow, 7)
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="گزارش دبیرخانه")
    view = attend(uow, mid, 5)
    # filled_seats (the default): two thirds of 7 is 4.67, so 5 present make the quorum
    assert view.seats == 7 and view.quorum_now.ok and view.quorum_now.required == 5 and view.quorum_now.seats == 7
    assert view.items[0].quorum and view.items[0].seats == 7
    assert view.readings.quorum_base == "filled_seats"
    choose(uow, key="quorum_base", value="all_seats")
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    # all_seats: two thirds of the council's nine seats, filled or empty: 6
    assert not view.quorum_now.ok and view.quorum_now.required == 6 and view.quorum_now.seats == 9
    assert not view.items[0].quorum and view.items[0].required == 6
    with pytest.raises(DomainError) as exc:
        meetings.record_decision(uow=uow, agenda_item_id=item, text="شنیده شد.", yes=5, no=0)
    assert "رسمیت ندارد" in str(exc.value) and "دست‌کم ۶" in str(exc.value)
    choose(uow, key="quorum_base", value="filled_seats")
    meetings.record_decision(uow=uow, agenda_item_id=item, text="شنیده شد.", yes=5, no=0)


def test_a_decision_keeps_its_readings_when_the_office_changes_them(uow):
    mid = seated(uow, 9)
    first = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند نخست")
    second = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند دوم")
    attend(uow, mid, 7)
    # floor (the default): of 7 present, 4 «yes» approve
    d1 = meetings.record_decision(uow=uow, agenda_item_id=first, text="تصویب شد.", yes=4, no=3)
    choose(uow, key="majority", value="strict")
    d2 = meetings.record_decision(uow=uow, agenda_item_id=second, text="تصویب نشد.", yes=4, no=3)  # strict: 5 needed
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    one, two = view.items[0].decision, view.items[1].decision
    assert (one.id, one.outcome, one.readings.majority, one.required_yes) == (d1, "approved", "floor", 4)
    assert (two.id, two.outcome, two.readings.majority, two.required_yes) == (d2, "rejected", "strict", 5)
    assert one.readings_stored and two.readings_stored
    assert view.readings_line == ""  # the two items were decided under different readings
    fingerprint = meetings.finalise_meeting(uow=uow, meeting_id=mid)
    choose(uow, key="majority", value="floor")
    choose(uow, key="quorum_base", value="all_seats")
    again = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert again.items[0].decision.readings.majority == "floor" and again.items[1].decision.readings.majority == "strict"
    assert [i.decision.readings.quorum_base for i in again.items] == ["filled_seats", "filled_seats"]
    assert again.items[1].decision.outcome == "rejected" and again.items[1].decision.required_yes == 5
    assert again.fingerprint == fingerprint and meetings.verify_minutes(uow=uow, meeting_id=mid)


def test_the_readings_are_part_of_the_fingerprint_of_new_minutes(uow, store):
    mid = seated(uow, 9)
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند")
    attend(uow, mid, 7)
    meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب شد.", yes=5, no=2)
    meetings.finalise_meeting(uow=uow, meeting_id=mid)
    assert meetings.verify_minutes(uow=uow, meeting_id=mid)
    with store.uow as u:  # what finalising fingerprinted, readings included
        content = meetings._content(u, u.meetings.get(mid))
    assert content["items"][0][-1] == '{"majority":"floor","quorum_base":"filled_seats"}'


def test_an_undecided_item_of_finalised_minutes_is_not_rewritten_by_a_later_reading(uow):
    mid = seated(uow, 7)
    decided = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند تصمیم‌گرفته")
    open_ = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند بی‌تصمیم")
    attend(uow, mid, 5)
    meetings.record_decision(uow=uow, agenda_item_id=decided, text="تصویب شد.", yes=5, no=0)
    meetings.finalise_meeting(uow=uow, meeting_id=mid)
    choose(uow, key="quorum_base", value="all_seats")
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert [i.id for i in view.items] == [decided, open_]
    assert view.items[1].quorum and view.items[1].readings.quorum_base == "filled_seats"  # as at its last vote
    assert view.quorum_now.ok


def test_a_council_with_no_seat_filled_has_no_quorum_and_says_why(uow):
    mid = seated(uow, 0)
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند")
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert view.seats == 0 and not view.quorum_now.ok and "هیچ کرسی" in view.quorum_now.reason
    assert not view.items[0].quorum and view.items[0].reason
    with pytest.raises(DomainError) as exc:
        meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب", yes=0, no=0)
    assert "هیچ کرسی" in str(exc.value)
    choose(uow, key="quorum_base", value="all_seats")  # nine seats on paper, nobody in them
    assert not meetings.get_meeting(uow=uow, meeting_id=mid).quorum_now.ok


BEFORE_READINGS = [p for p in RELEASES if (0, 2, 0) <= tuple(map(int, p.stem.split("."))) < (0, 6, 0)]  # minutes, no readings


@pytest.mark.sqlite_only
@pytest.mark.parametrize("frozen", BEFORE_READINGS, ids=lambda p: p.stem)
def test_finalised_minutes_of_older_versions_still_verify_and_read_as_decided_under_the_old_defaults(frozen, tmp_path):
    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    store = open_store(str(path))
    try:
        uow = store.uow
        choose(uow, key="majority", value="strict")  # changed since: the old minutes stay as they were
        choose(uow, key="quorum_base", value="all_seats")
        finalised = [m for m in meetings.list_meetings(uow=uow) if m.state != "draft"]
        assert finalised
        for m in finalised:
            assert meetings.verify_minutes(uow=uow, meeting_id=m.id), m.number
            view = meetings.get_meeting(uow=uow, meeting_id=m.id)
            for item in view.items:
                assert item.readings.majority == "floor" and item.readings.quorum_base == "filled_seats"
                if item.decision:
                    assert not item.decision.readings_stored and item.decision.outcome in ("approved", "rejected")
            assert view.readings_line.startswith("خوانش‌ها: اکثریت «نیمه حاضران")
    finally:
        store.close()


def test_the_printed_minutes_state_the_readings_each_vote_and_the_quorum_were_decided_under(uow):
    from qotb_desktop import documents
    from tests.pdf_text import find, in_order, pages

    mid = seated(uow, 7)
    first = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند نخست")
    attend(uow, mid, 5)
    meetings.record_decision(uow=uow, agenda_item_id=first, text="تصویب شد.", yes=3, no=2)
    meetings.finalise_meeting(uow=uow, meeting_id=mid)
    choose(uow, key="quorum_base", value="all_seats")  # later: the minutes do not change
    lines = [line for page in pages(documents.minutes(uow=uow, meeting_id=mid, today=TODAY).render()) for line in page]
    assert in_order(
        lines,
        "با حضور ۵ نفر از ۷ عضو، جلسه رسمیت یافت.",
        "خوانش‌ها: اکثریت «نیمه حاضران (گردشده به پایین) به علاوه یک»؛ حد نصاب «دوسوم کرسی‌های",  # «پُر» read back apart
        "بند ۱: بند نخست",
        "رأی: موافق ۳، مخالف ۲، ممتنع ۰ از ۵ عضو حاضر (دست‌کم ۳ موافق لازم)",
    )
    # a draft decided under two readings: each item says its own
    later = meetings.create_meeting(uow=uow, held_on=TODAY)
    one = meetings.add_agenda_item(uow=uow, meeting_id=later, title="بند یک")
    two = meetings.add_agenda_item(uow=uow, meeting_id=later, title="بند دو")
    attend(uow, later, 7)
    meetings.record_decision(uow=uow, agenda_item_id=one, text="تصویب شد.", yes=5, no=2)
    choose(uow, key="majority", value="strict")
    meetings.record_decision(uow=uow, agenda_item_id=two, text="تصویب شد.", yes=5, no=2)
    lines = [line for page in pages(documents.minutes(uow=uow, meeting_id=later, today=TODAY).render()) for line in page]
    assert find(lines, "با حضور ۷ نفر از ۹ عضو، جلسه رسمیت یافت.") >= 0
    assert in_order(
        lines,
        "بند ۱: بند یک",
        "خوانش‌ها: اکثریت «نیمه حاضران (گردشده به پایین) به علاوه یک»؛ حد نصاب «دوسوم همه کرسی‌های شورا",
        "بند ۲: بند دو",
        "خوانش‌ها: اکثریت «نصف حاضران به علاوه یک، بی‌گردکردن»؛ حد نصاب «دوسوم همه کرسی‌های شورا",
    )
