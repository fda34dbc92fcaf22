"""The meeting rules: quorum item by item, votes, majority, endorsement, the minutes' life."""

from datetime import date, time

import pytest

from qotb_desktop.domain.errors import DomainError, ValidationError
from qotb_desktop.domain.meetings import (
    Attendee,
    Votes,
    approve_minutes,
    check_attendee,
    check_editable,
    communicate,
    decide,
    endorse,
    finalise,
    fingerprint,
    meeting_number,
    present_at,
    quorum_at,
    quorum_base,
    quorum_sentence,
    readings_line,
    readings_of,
    readings_record,
    verdict_sentence,
    vote_required,
)
from qotb_desktop.domain.rules import Readings, load_edition

E = load_edition("1397")
COUNCIL = E.council.quorum
FLOOR, STRICT = Readings("floor", "per_item"), Readings("strict", "per_item")


def people(present: int, absent: int = 0, **extra) -> list[Attendee]:
    return [Attendee(f"عضو {i}", "present") for i in range(present)] + [Attendee(f"غایب {i}", "absent") for i in range(absent)]


@pytest.mark.parametrize(
    "seats, present, ok", [(9, 5, False), (9, 6, True), (10, 6, False), (10, 7, True), (8, 6, True), (8, 5, False)]
)
def test_quorum_at_the_boundaries(seats, present, ok):
    q = quorum_at(people(present, seats - present), 1, seats=seats, rule=COUNCIL)
    assert q.ok is ok


def test_guests_never_count_and_late_or_leaving_members_count_only_while_there():
    attendees = [
        *people(5),
        Attendee("مهمان", "present", guest=True),
        Attendee("دیرآمده", "late", arrived_at=time(10, 30), from_item=3),
        Attendee("زودرفته", "present", until_item=2),
    ]
    assert [present_at(attendees, item) for item in (1, 2, 3, 4)] == [6, 6, 6, 6]
    assert quorum_at(attendees, 1, seats=9, rule=COUNCIL).ok
    leaving = [*people(5), Attendee("زودرفته", "present", until_item=1)]
    assert quorum_at(leaving, 1, seats=9, rule=COUNCIL).ok
    assert not quorum_at(leaving, 2, seats=9, rule=COUNCIL).ok  # from item 2 the count falls to 5


def test_a_late_arrival_needs_its_time():
    with pytest.raises(ValidationError) as exc:
        check_attendee(Attendee("دیرآمده", "late"))
    assert exc.value.fields == ["arrived_at"]


@pytest.mark.parametrize(
    "present, yes, readings, outcome",
    [
        (6, 4, FLOOR, "approved"), (6, 3, FLOOR, "rejected"), (7, 4, FLOOR, "approved"), (8, 4, FLOOR, "rejected"),
        (8, 5, FLOOR, "approved"), (7, 4, STRICT, "rejected"), (7, 5, STRICT, "approved"),
    ],
)  # fmt: skip
def test_majority_at_the_boundaries(present, yes, readings, outcome):
    votes = Votes(yes, present - yes, 0)
    assert decide(votes, attendees=people(present, 9 - present), item=1, seats=9, rule=COUNCIL, readings=readings) == outcome


def test_no_decision_without_quorum():
    with pytest.raises(DomainError) as exc:
        decide(Votes(5, 0, 0), attendees=people(5, 4), item=1, seats=9, rule=COUNCIL, readings=FLOOR)
    assert "رسمیت ندارد" in str(exc.value) and "دست‌کم ۶" in str(exc.value)


def test_votes_above_attendance_refused():
    with pytest.raises(ValidationError) as exc:
        decide(
            Votes(5, 2, 1),
            attendees=[*people(7), Attendee("مهمان", "present", guest=True)],
            item=1,
            seats=9,
            rule=COUNCIL,
            readings=FLOOR,
        )
    assert "مهمانان رأی ندارند" in str(exc.value)
    with pytest.raises(ValidationError):
        decide(Votes(-1, 0, 0), attendees=people(7), item=1, seats=9, rule=COUNCIL, readings=FLOOR)


def test_endorsement_by_the_chair_or_a_delegated_vice_chair_then_communication():
    assert endorse("approved", on=date(2025, 1, 1), by="chair", delegated=False) == "endorsed"
    assert endorse("approved", on=date(2025, 1, 1), by="vice_chair", delegated=True) == "endorsed"
    with pytest.raises(ValidationError):
        endorse("approved", on=date(2025, 1, 1), by="vice_chair", delegated=False)  # note 5
    with pytest.raises(DomainError):
        endorse("rejected", on=date(2025, 1, 1), by="chair", delegated=False)
    with pytest.raises(DomainError):
        communicate("approved", on=date(2025, 1, 2))  # before endorsement
    assert communicate("endorsed", on=date(2025, 1, 2)) == "communicated"


def test_the_minutes_life_and_the_lock():
    assert finalise("draft") == "finalised"
    with pytest.raises(DomainError):
        finalise("finalised")
    check_editable("draft")
    with pytest.raises(DomainError) as exc:
        check_editable("finalised")
    assert "اصلاحیه" in str(exc.value)
    assert approve_minutes("finalised", at_meeting_date=date(2025, 2, 1), meeting_date=date(2025, 1, 1)) == "approved"
    with pytest.raises(DomainError):
        approve_minutes("finalised", at_meeting_date=date(2025, 1, 1), meeting_date=date(2025, 1, 1))


def test_fingerprint_changes_with_any_change_of_content():
    content = {"number": "1404/07", "decisions": [{"text": "تصویب", "yes": 6}]}
    same = {"decisions": [{"yes": 6, "text": "تصویب"}], "number": "1404/07"}
    assert fingerprint(content) == fingerprint(same)
    assert fingerprint(content) != fingerprint({**content, "number": "1404/08"})
    assert len(fingerprint(content)) == 14 and fingerprint(content).count("-") == 2


def test_meeting_numbers_and_the_quorum_sentence():
    assert meeting_number(1404, 7) == "1404/07"
    q = quorum_at(people(7, 2), 1, seats=9, rule=COUNCIL)
    assert quorum_sentence(7, 9, q) == "با حضور ۷ نفر از ۹ عضو، جلسه رسمیت یافت."


def test_a_centres_own_meetings_need_more_than_half():
    rule = E.centre_meetings
    assert not quorum_at(people(4, 4), 1, seats=8, rule=rule).ok
    assert quorum_at(people(5, 3), 1, seats=8, rule=rule).ok
    assert quorum_at(people(4, 3), 1, seats=7, rule=rule).ok


# -- issue 17.7 and 17.8: the quorum's base, no seat filled, the readings of a decision ------

ALL_SEATS, FILLED = Readings(quorum_base="all_seats"), Readings(quorum_base="filled_seats")


def test_the_quorum_base_is_the_filled_seats_or_all_nine_by_the_reading():
    nine = len(E.council.seats)
    assert nine == 9
    assert quorum_base(FILLED, filled=7, all_seats=nine) == 7
    assert quorum_base(ALL_SEATS, filled=7, all_seats=nine) == 9
    # 7 seats filled, 5 present: 5 >= 14/3 under filled_seats; under all_seats 6 are needed
    over_filled = quorum_at(people(5, 2), 1, seats=7, rule=COUNCIL)
    over_all = quorum_at(people(5, 2), 1, seats=9, rule=COUNCIL, filled=7)
    assert (over_filled.ok, over_filled.required, over_filled.seats) == (True, 5, 7)
    assert (over_all.ok, over_all.required, over_all.seats) == (False, 6, 9)
    with pytest.raises(DomainError):
        decide(Votes(5, 0, 0), attendees=people(5, 2), item=1, seats=9, rule=COUNCIL, readings=ALL_SEATS, filled=7)
    assert decide(Votes(5, 0, 0), attendees=people(5, 2), item=1, seats=7, rule=COUNCIL, readings=FILLED) == "approved"


def test_no_seat_filled_is_no_quorum_with_the_reason():
    for verdict in (quorum_at([], 1, seats=0, rule=COUNCIL), quorum_at([], 1, seats=9, rule=COUNCIL, filled=0)):
        assert not verdict.ok and "هیچ کرسی" in verdict.reason
        assert verdict_sentence(verdict).startswith("جلسه رسمیت نیافت: در تاریخ جلسه هیچ کرسی")
    with pytest.raises(DomainError) as exc:
        decide(Votes(0, 0, 0), attendees=[], item=1, seats=0, rule=COUNCIL, readings=FLOOR)
    assert "هیچ کرسی" in str(exc.value)


def test_a_decisions_readings_are_stored_and_read_back_and_an_old_one_reads_as_the_old_defaults():
    both = Readings(majority="strict", quorum_base="all_seats", row8_cap="row_total")
    assert readings_record(both, council=True) == '{"majority":"strict","quorum_base":"all_seats"}'
    assert readings_record(both, council=False) == '{"majority":"strict"}'  # a centre's quorum is no reading
    back = readings_of(readings_record(both, council=True))
    assert (back.majority, back.quorum_base) == ("strict", "all_seats")
    old = readings_of("")
    assert (old.majority, old.quorum_base) == ("floor", "filled_seats") and old == Readings.from_record({})
    assert vote_required(7, back) == 5 and vote_required(7, old) == 4


def test_the_readings_line_quotes_the_rules_datas_titles():
    line = readings_line(Readings(majority="strict", quorum_base="all_seats"), E.reading_specs, council=True)
    majority, base = E.reading("majority").choice("strict").title, E.reading("quorum_base").choice("all_seats").title
    assert line == f"خوانش‌ها: اکثریت «{majority.split(':')[0]}»؛ حد نصاب «{base}»."
    assert line.startswith("خوانش‌ها: اکثریت «نصف حاضران به علاوه یک، بی‌گردکردن»؛ حد نصاب «دوسوم همه کرسی‌های شورا")
    assert "حد نصاب" not in readings_line(FLOOR, E.reading_specs, council=False)
