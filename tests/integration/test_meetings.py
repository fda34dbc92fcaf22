"""Council meetings through the services, and the lock held by the database itself."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from qotb_desktop.domain.errors import DomainError, ValidationError
from qotb_desktop.services import meetings
from tests.conftest import TODAY


@pytest.fixture
def meeting(demo_store):
    uow = demo_store.uow
    mid = meetings.create_meeting(uow=uow, held_on=TODAY, starts_at="10:00", place="تالار شورا", secretary="دکتر بهروز صالحی")
    return uow, mid


def attend(uow, mid, present: int):
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    for i, a in enumerate(view.attendees):
        meetings.set_attendance(uow=uow, attendance_id=a.id, status="present" if i < present else "absent")
    return meetings.get_meeting(uow=uow, meeting_id=mid)


def test_a_meeting_lists_the_seat_holders_in_office_and_is_numbered_in_its_year(meeting):
    uow, mid = meeting
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    year, sequence = view.number.split("/")
    assert year == "1405" and view.seats == 9 and view.state == "draft"
    assert {a.status for a in view.attendees} == {"absent"}
    second = meetings.create_meeting(uow=uow, held_on=TODAY)
    assert meetings.get_meeting(uow=uow, meeting_id=second).number == f"1405/{int(sequence) + 1:02d}"  # the next, gap-free
    with pytest.raises(ValidationError) as exc:  # note 5: the vice-chair chairs under a delegation
        meetings.create_meeting(uow=uow, held_on=TODAY, chaired_by="vice_chair")
    assert exc.value.fields == ["delegation"]


def test_no_decision_without_quorum_and_no_more_votes_than_present(meeting):
    uow, mid = meeting
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="درخواست تشکیل قطب شیمی", kind="application")
    view = attend(uow, mid, 5)
    assert not view.items[0].quorum and view.items[0].required == 6
    with pytest.raises(DomainError) as exc:
        meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب شد", yes=5, no=0)
    assert "رسمیت ندارد" in str(exc.value)
    attend(uow, mid, 6)
    meetings.add_guest(uow=uow, meeting_id=mid, name="مهمان")
    with pytest.raises(ValidationError):
        meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب شد", yes=6, no=1)
    decision = meetings.record_decision(uow=uow, agenda_item_id=item, text="با درخواست موافقت شد.", yes=4, no=2)
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert view.items[0].decision.id == decision and view.items[0].decision.outcome == "approved"
    assert decision in [d.id for d in meetings.decisions_awaiting_endorsement(uow=uow)]


def test_finalised_minutes_are_locked_even_underneath_the_services(meeting, demo_store):
    uow, mid = meeting
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="گزارش دبیرخانه")
    view = attend(uow, mid, 7)
    decision = meetings.record_decision(uow=uow, agenda_item_id=item, text="گزارش شنیده شد.", yes=7, no=0)
    fingerprint = meetings.finalise_meeting(uow=uow, meeting_id=mid)
    assert len(fingerprint) == 14
    with pytest.raises(DomainError):  # through the services
        meetings.set_attendance(uow=uow, attendance_id=view.attendees[0].id, status="absent")
    with pytest.raises(DomainError):
        meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند تازه")
    engine = demo_store.db.engine
    for statement in [  # and underneath them: the database refuses
        "update attendance set status = 'absent' where meeting_id = :m",
        "update meeting set place = 'جای دیگر' where id = :m",
        "delete from agenda_item where meeting_id = :m",
        "insert into agenda_item (meeting_id, position, title, kind) values (:m, 9, 'x', 'other')",
        "update decision set yes = 1",
        "delete from meeting where id = :m",
    ]:
        with pytest.raises(IntegrityError, match="meeting_locked"), engine.begin() as conn:
            conn.execute(text(statement), {"m": mid})
    # what may follow finalisation: endorsement (note 4), communication, amendments
    meetings.endorse_decision(uow=uow, decision_id=decision, on=TODAY, by="chair")
    meetings.communicate_decision(uow=uow, decision_id=decision, letter_number="۱۴۰۵/ق/۳۲", on=TODAY)
    meetings.amend(
        uow=uow, meeting_id=mid, corrects="متن مصوبه بند ۱", correction="گزارش شنیده و تصویب شد.", reason="خطای نگارشی"
    )
    again = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert again.items[0].decision.state == "communicated" and again.items[0].decision.text == "گزارش شنیده شد."
    assert again.amendments[0].reason == "خطای نگارشی" and again.fingerprint == fingerprint
    with pytest.raises(IntegrityError, match="meeting_locked"), engine.begin() as conn:
        conn.execute(text("update amendment set reason = 'x'"))


def test_endorsement_rules(meeting):
    uow, mid = meeting
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="موضوع")
    attend(uow, mid, 6)
    rejected = meetings.record_decision(uow=uow, agenda_item_id=item, text="رد شد", yes=2, no=4)
    with pytest.raises(DomainError):  # a rejected decision is kept, never endorsed
        meetings.endorse_decision(uow=uow, decision_id=rejected, on=TODAY)
    second = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="موضوع دوم")
    approved = meetings.record_decision(uow=uow, agenda_item_id=second, text="تصویب", yes=5, no=1)
    with pytest.raises(ValidationError):
        meetings.endorse_decision(uow=uow, decision_id=approved, on=TODAY, by="vice_chair")
    meetings.endorse_decision(uow=uow, decision_id=approved, on=TODAY, by="vice_chair", delegation="نامه تفویض ۱۴۰۵/۱۲")


def test_the_printed_minutes_read_as_a_clerk_expects(meeting):
    from qotb_desktop import documents
    from tests.pdf_text import find, in_order, pages

    uow, mid = meeting
    first = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="درخواست تشکیل قطب شیمی", kind="application")
    attend(uow, mid, 7)
    meetings.record_decision(uow=uow, agenda_item_id=first, text="با درخواست موافقت شد.", yes=5, no=1, abstain=1)
    fingerprint = meetings.finalise_meeting(uow=uow, meeting_id=mid)
    doc = documents.minutes(uow=uow, meeting_id=mid, today=TODAY)
    lines = [line for page in pages(doc.render()) for line in page]
    number = meetings.get_meeting(uow=uow, meeting_id=mid).number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert in_order(
        lines,
        f"صورت‌جلسه شورای قطب‌های علمی، جلسه {number}",
        "مکان: تالار شورا",
        "حاضران و غایبان",
        "با حضور ۷ نفر از ۹ عضو، جلسه رسمیت یافت.",
        "بند ۱: درخواست تشکیل قطب شیمی",
        "مصوبه: با درخواست موافقت شد.",
        "رأی: موافق ۵، مخالف ۱، ممتنع ۱ از ۷ عضو حاضر",
        "امضای حاضران",
    )
    assert any(fingerprint in line for line in lines)
    assert find(lines, "دکتر بهروز صالحی") >= 0


def test_follow_ups_the_register_and_done_after_finalising(meeting):
    from datetime import timedelta

    uow, mid = meeting
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="گزارش")
    attend(uow, mid, 6)
    decision = meetings.record_decision(uow=uow, agenda_item_id=item, text="دبیرخانه پیگیری کند.", yes=6, no=0)
    late = meetings.add_follow_up(uow=uow, meeting_id=mid, decision_id=decision, action="نامه به مؤسسه", responsible="دبیرخانه",
                                  due_on=TODAY - timedelta(days=3))  # fmt: skip
    meetings.add_follow_up(uow=uow, meeting_id=mid, action="گزارش مالی", responsible="کارشناس", due_on=TODAY + timedelta(days=10))
    meetings.finalise_meeting(uow=uow, meeting_id=mid)

    def mine(**kw):  # this meeting's actions (the demo has some of its own)
        return [f.id for f in meetings.open_follow_ups(uow=uow, today=TODAY, **kw) if f.meeting_id == mid]

    assert mine(overdue_only=True) == [late]
    assert len(mine()) == 2  # carried forward to the next meeting
    meetings.mark_follow_up_done(uow=uow, follow_up_id=late, on=TODAY)  # allowed on final minutes
    assert mine(overdue_only=True) == []


def test_minutes_approved_at_a_later_meeting_and_the_signed_copy(meeting):
    from datetime import timedelta

    uow, mid = meeting
    meetings.finalise_meeting(uow=uow, meeting_id=mid)
    with pytest.raises(ValidationError):
        meetings.attach_signed_copy(uow=uow, meeting_id=mid, filename="x.txt", content=b"hello")
    digest = meetings.attach_signed_copy(uow=uow, meeting_id=mid, filename="امضا.pdf", content=b"%PDF-1.4 scanned")
    assert len(digest) == 64
    later = meetings.create_meeting(uow=uow, held_on=TODAY + timedelta(days=30))
    item = meetings.approve_minutes(uow=uow, meeting_id=mid, at_meeting_id=later)
    assert meetings.get_meeting(uow=uow, meeting_id=mid).state == "approved"
    assert meetings.get_meeting(uow=uow, meeting_id=later).items[0].id == item
    with pytest.raises(DomainError):  # approved once
        meetings.approve_minutes(uow=uow, meeting_id=mid, at_meeting_id=later)


def test_an_endorsed_decision_acts_on_its_centre(meeting):
    from qotb_desktop.services import centres

    uow, mid = meeting
    applicant = next(c for c in centres.list_centres(uow=uow) if c.status == "applicant")
    approved = next(c for c in centres.list_centres(uow=uow) if c.status == "approved")
    attend(uow, mid, 7)
    app_item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="درخواست", kind="application", centre_id=applicant.id)
    end_item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="انحلال", kind="dissolution", centre_id=approved.id)
    yes_app = meetings.record_decision(uow=uow, agenda_item_id=app_item, text="تصویب قطب", yes=6, no=1)
    yes_end = meetings.record_decision(uow=uow, agenda_item_id=end_item, text="انحلال قطب", yes=5, no=2)
    meetings.finalise_meeting(uow=uow, meeting_id=mid)
    with pytest.raises(ValidationError) as exc:  # art. 8: the decree
        meetings.endorse_decision(uow=uow, decision_id=yes_app, on=TODAY)
    assert exc.value.fields == ["decree_number"]
    assert centres.get_centre(uow=uow, centre_id=applicant.id).status == "applicant"  # nothing half-done
    meetings.endorse_decision(uow=uow, decision_id=yes_app, on=TODAY, decree_number="۱۴۰۵/ق/۹۹")
    now = centres.get_centre(uow=uow, centre_id=applicant.id)
    assert (now.status, now.decree_number, now.decree_date) == ("approved", "1405/ق/99", TODAY)
    meetings.endorse_decision(uow=uow, decision_id=yes_end, on=TODAY)
    ended = centres.get_centre(uow=uow, centre_id=approved.id)
    assert ended.status == "dissolved" and ended.member_count == 0


def test_a_centres_own_meeting_lists_its_members_and_needs_more_than_half(demo_store):
    from qotb_desktop.services import centres

    uow = demo_store.uow
    centre = next(c for c in centres.list_centres(uow=uow) if c.status == "approved")
    mid = meetings.create_meeting(uow=uow, held_on=TODAY, centre_id=centre.id, place="دفتر قطب")
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert view.number == "1405/01"  # the centre's own series
    assert view.seats == centre.member_count
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="برنامه سال")
    half = centre.member_count // 2
    attend(uow, mid, half)
    with pytest.raises(DomainError):  # half is not more than half
        meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب", yes=half, no=0)
    attend(uow, mid, half + 1)
    meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب", yes=half + 1, no=0)
    assert [m.id for m in meetings.list_meetings(uow=uow, centre_id=centre.id)] == [mid]
    assert mid not in [m.id for m in meetings.list_meetings(uow=uow)]  # not among the council's


def test_a_centres_history_shows_each_step_with_its_meeting_and_decision(meeting):
    from qotb_desktop.services import centres

    uow, mid = meeting
    applicant = next(c for c in centres.list_centres(uow=uow) if c.status == "applicant")
    attend(uow, mid, 7)
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="درخواست تشکیل", kind="application", centre_id=applicant.id)
    meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب قطب", yes=6, no=1)
    (step,) = [h for h in meetings.centre_history(uow=uow, centre_id=applicant.id) if h.meeting_id == mid]
    assert (step.meeting_id, step.kind, step.decision, step.state) == (mid, "درخواست تشکیل قطب", "تصویب قطب", "مصوب")


def test_open_work_is_carried_forward_to_the_next_agenda_once(demo_store):
    from datetime import timedelta

    uow = demo_store.uow
    later = meetings.create_meeting(uow=uow, held_on=TODAY + timedelta(days=20))
    added = meetings.carry_forward(uow=uow, meeting_id=later)
    titles = [i.title for i in meetings.get_meeting(uow=uow, meeting_id=later).items]
    assert added == len(titles) >= 3
    assert any(t.startswith("پیگیری مصوبه جلسه") for t in titles)  # the demo's overdue actions
    assert sum(t.startswith("در انتظار تنفیذ") for t in titles) == 2  # the demo's decisions awaiting endorsement
    assert meetings.carry_forward(uow=uow, meeting_id=later) == 0  # not twice


def test_an_endorsed_member_change_applies_through_the_one_centre_rule(meeting):
    from datetime import timedelta

    from qotb_desktop.domain.dates import format_jalali
    from qotb_desktop.services import centres, faculty, scoring

    uow, mid = meeting
    applicant = next(c for c in centres.list_centres(uow=uow) if c.status == "approved")
    free = next(f for f in faculty.list_faculty(uow=uow) if not f.centre_title)
    busy = next(f for f in faculty.list_faculty(uow=uow) if f.centre_title and f.centre_title != applicant.title)
    when = format_jalali(applicant.period_start - timedelta(days=400), persian_digits=False)  # inside note 8's window
    paper = {"date": when, "points": "7", "corresponding_author": True}
    scoring.add_activities(uow=uow, faculty_id=free.id, activities=[(2, paper)] * 36)  # note 8 met in any field (note 10)
    attend(uow, mid, 7)
    join = meetings.propose_member_change(uow=uow, meeting_id=mid, centre_id=applicant.id, faculty_id=free.id, action="join",
                                          effective_on=TODAY, institution_approval="نامه ۱۲۳ دانشگاه")  # fmt: skip
    clash = meetings.propose_member_change(uow=uow, meeting_id=mid, centre_id=applicant.id, faculty_id=busy.id, action="join",
                                           effective_on=TODAY, institution_approval="نامه ۱۲۴ دانشگاه")  # fmt: skip
    d_join = meetings.record_decision(uow=uow, agenda_item_id=join, text="پیوستن تصویب شد", yes=6, no=1)
    d_clash = meetings.record_decision(uow=uow, agenda_item_id=clash, text="پیوستن تصویب شد", yes=6, no=1)
    meetings.finalise_meeting(uow=uow, meeting_id=mid)
    meetings.endorse_decision(uow=uow, decision_id=d_join, on=TODAY)
    assert any(m.faculty_id == free.id for m in centres.list_memberships(uow=uow, centre_id=applicant.id))
    with pytest.raises(ValidationError) as exc:  # note 9 holds even for the council
        meetings.endorse_decision(uow=uow, decision_id=d_clash, on=TODAY)
    assert "تبصره ۹" in str(exc.value)
    clash_state = [i.decision.state for i in meetings.get_meeting(uow=uow, meeting_id=mid).items if i.id == clash]
    assert clash_state == ["approved"]  # nothing half-done: not endorsed either
