"""Issue 17.4, note 10: a member joining a centre after it started, through the council,
must meet note 8 (scored over the centre's period with the member's own field), and the
institution's approval is recorded."""

import pytest
from sqlalchemy import select, text

from qotb_desktop.domain.errors import DomainError, ValidationError
from qotb_desktop.domain.text import normalize_text
from qotb_desktop.services import centres, council, faculty, institutions, meetings, readings, scoring
from qotb_desktop.services.member_changes import join_verdict
from qotb_desktop.store.models import AgendaItem, Membership
from tests.conftest import TODAY
from tests.integration.test_meeting_readings import choose
from tests.integration.test_registries import CODES

APPROVAL = "نامه ۱۲۳۴/پ مورخ ۱۴۰۵/۰۸/۱۰ معاون پژوهشی دانشگاه"
STORED = normalize_text(APPROVAL)  # as kept: Latin digits (domain.text)
NAMES = ["مدیری", "رضایی", "کریمی", "احمدی"]


def papers(n: int, points: str = "7", date: str = "1401/05/01") -> list:
    return [(2, {"date": date, "points": points, "corresponding_author": True}) for _ in range(n)]


class Office:
    """An approved physics centre (period from 1403/07/01), a full council and a meeting today."""

    def __init__(self, uow):
        self.uow = uow
        self.inst = institutions.add_institution(uow=uow, name="دانشگاه تهران")
        self.centre = centres.add_centre(
            uow=uow, title="قطب علمی فیزیک", field_key="physics", host_institution_id=self.inst, period_start="1403/07/01",
            status="approved", decree_number="۱۴۰۳/ق/۱۲", decree_date="1403/06/20",
        )  # fmt: skip
        centres.add_membership(uow=uow, centre_id=self.centre, faculty_id=self.person(0), role="director", joined_on="1403/07/01")
        for i, key in enumerate(("chair", "vice_chair", "education_deputy", "secretary", "natural_1", "natural_2", "natural_3")):
            council.add_term(uow=uow, seat_key=key, holder_name=f"عضو شورا {i + 1}", start="1404/01/01")
        self.meeting = meetings.create_meeting(uow=uow, held_on=TODAY, place="تالار شورا")
        view = meetings.get_meeting(uow=uow, meeting_id=self.meeting)
        for a in view.attendees:
            meetings.set_attendance(uow=uow, attendance_id=a.id, status="present")

    def person(self, n: int, *, field_key: str = "physics", activities: list | None = None) -> int:
        fid = faculty.add_faculty(
            uow=self.uow, national_code=CODES[n], first_name="عضو", last_name=NAMES[n], rank="professor",
            institution_id=self.inst, field_key=field_key,
        )  # fmt: skip
        if activities:
            scoring.add_activities(uow=self.uow, faculty_id=fid, activities=activities)
        return fid

    def propose_and_approve(self, fid: int, **extra) -> tuple[int, int]:
        values = {"institution_approval": APPROVAL, **extra}
        item = meetings.propose_member_change(
            uow=self.uow, meeting_id=self.meeting, centre_id=self.centre, faculty_id=fid, action="join", effective_on=TODAY,
            **values,
        )  # fmt: skip
        decision = meetings.record_decision(uow=self.uow, agenda_item_id=item, text="با پیوستن موافقت شد.", yes=6, no=1)
        return item, decision


@pytest.fixture
def office(uow):
    return Office(uow)


def memberships(store) -> list[tuple[int, str]]:
    with store.uow as u:
        return [(m.faculty_id, m.institution_approval) for m in u.session.scalars(select(Membership).order_by(Membership.id))]


def test_an_endorsement_adding_a_member_who_fails_note_8_is_refused_with_the_reasons(office, store):
    weak = office.person(1, activities=papers(3))  # 21 points of row 2, 3 as corresponding author
    _, decision = office.propose_and_approve(weak)
    meetings.finalise_meeting(uow=office.uow, meeting_id=office.meeting)
    before = memberships(store)
    with pytest.raises(DomainError) as exc:
        meetings.endorse_decision(uow=office.uow, decision_id=decision, on=TODAY)
    message = str(exc.value)
    assert "تبصره ۸" in message and "تبصره ۱۰" in message and "عضو رضایی" in message
    for reason in ("امتیاز ردیف ۲", "مجموع امتیاز ردیف‌های ۲، ۸ و ۹", "امتیاز کل", "نویسنده مسئول ۳ مقاله"):
        assert reason in message, reason
    assert "علوم پایه: فیزیک" in message  # the field whose table was used
    assert memberships(store) == before  # nothing written
    state = [i.decision.state for i in meetings.get_meeting(uow=office.uow, meeting_id=office.meeting).items]
    assert state == ["approved"]  # not endorsed either


def test_a_member_who_meets_note_8_joins_with_the_institutions_approval(office, store):
    strong = office.person(1, activities=papers(20))  # 140 points of row 2, 20 as corresponding author
    _, decision = office.propose_and_approve(strong)
    verdict = join_verdict(uow=office.uow, centre_id=office.centre, faculty_id=strong)
    assert verdict.eligible and verdict.total == 160 and verdict.field_title == "علوم پایه: فیزیک"
    meetings.endorse_decision(uow=office.uow, decision_id=decision, on=TODAY)
    assert (strong, STORED) in memberships(store)
    view = meetings.get_meeting(uow=office.uow, meeting_id=office.meeting)
    assert view.items[0].change.institution_approval == STORED and view.items[0].decision.state == "endorsed"


def test_the_window_is_the_five_years_before_the_centres_period_not_before_the_joining(office):
    # papers of 1403/08 (after the centre's period began) do not count for joining it
    late = office.person(1, activities=papers(20, date="1403/08/01"))
    verdict = join_verdict(uow=office.uow, centre_id=office.centre, faculty_id=late)
    assert not verdict.eligible and verdict.total == 20  # the rank alone
    assert "۱۳۹۸/۰۷/۰۱ تا ۱۴۰۳/۰۶/۳۱" in verdict.sentence


def test_the_members_own_field_decides_the_verdict(office):
    # 12 papers: 84 points of row 2, enough for physics (60) but not for the member's own field
    # when that field asks 130 (Appendix 2: the field with the highest row-2 minimum)
    from qotb_desktop.domain.rules import load_edition

    highest = max(load_edition().fields, key=lambda f: f.thresholds.min_row2)
    person = office.person(1, field_key=highest.key, activities=papers(12))
    verdict = join_verdict(uow=office.uow, centre_id=office.centre, faculty_id=person)
    assert verdict.field_title == highest.title and not verdict.eligible
    assert any("امتیاز ردیف ۲" in f for f in verdict.failures)


def test_a_proposal_to_join_needs_the_institutions_approval_and_writes_nothing_without_it(office, store):
    person = office.person(1, activities=papers(20))
    with pytest.raises(ValidationError) as exc:
        meetings.propose_member_change(
            uow=office.uow, meeting_id=office.meeting, centre_id=office.centre, faculty_id=person, action="join",
            effective_on=TODAY, institution_approval="  ",
        )  # fmt: skip
    assert exc.value.fields == ["institution_approval"] and "تأیید مؤسسه (تبصره ۱۰)" in str(exc.value)
    with store.uow as u:
        assert u.session.scalars(select(AgendaItem)).all() == []
    # a collaborator is not a member (note 11): neither the approval nor note 8 is asked
    item = meetings.propose_member_change(
        uow=office.uow, meeting_id=office.meeting, centre_id=office.centre, faculty_id=office.person(2), action="join",
        effective_on=TODAY, role="collaborator",
    )  # fmt: skip
    decision = meetings.record_decision(uow=office.uow, agenda_item_id=item, text="موافقت شد.", yes=7, no=0)
    meetings.endorse_decision(uow=office.uow, decision_id=decision, on=TODAY)
    # leaving needs no approval either
    meetings.propose_member_change(
        uow=office.uow, meeting_id=office.meeting, centre_id=office.centre, faculty_id=person, action="leave", effective_on=TODAY
    )


def test_a_join_proposed_before_the_approval_was_recorded_takes_it_at_the_endorsement(office, store):
    strong = office.person(1, activities=papers(20))
    item, decision = office.propose_and_approve(strong)
    with store.db.engine.begin() as conn:  # as a proposal of 0.5.0 was kept: no approval
        conn.execute(text("update member_change set institution_approval = '' where agenda_item_id = :i"), {"i": item})
    with pytest.raises(ValidationError) as exc:
        meetings.endorse_decision(uow=office.uow, decision_id=decision, on=TODAY)
    assert exc.value.fields == ["institution_approval"]
    meetings.endorse_decision(uow=office.uow, decision_id=decision, on=TODAY, institution_approval=APPROVAL)
    assert (strong, STORED) in memberships(store)


def test_the_verdict_is_scored_under_the_offices_readings(office):
    person = office.person(1, activities=papers(20))
    choose(office.uow, key="row8_cap", value="row_total")
    verdict = join_verdict(uow=office.uow, centre_id=office.centre, faculty_id=person)
    assert verdict.readings.row8_cap == "row_total" and verdict.readings == readings.get_readings(uow=office.uow)
