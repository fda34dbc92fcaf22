"""The meetings screen under the office's readings (issue 17.4, 17.7, 17.8): a joining
member's note 8 verdict shown before the proposal is put on the agenda, the banner's
quorum as the service decided it, and the readings it was decided under."""

from datetime import timedelta

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.services import centres, council, faculty, meetings, scoring
from tests.conftest import TODAY
from tests.integration.test_meeting_readings import choose


def _draft(window):
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    screen.list.select_record(lambda m: m.state == "draft")
    return screen


def test_the_agenda_dialog_shows_the_joining_members_note_8_verdict_before_the_proposal(window):
    screen = _draft(window)
    uow = screen.uow
    centre = next(c for c in centres.list_centres(uow=uow) if c.status == "approved")
    free = [f for f in faculty.list_faculty(uow=uow) if not f.centre_title]
    weak, strong = free[0], free[1]
    inside = format_jalali(centre.period_start - timedelta(days=400), persian_digits=False)  # note 8's window
    paper = {"date": inside, "points": "7", "corresponding_author": True}
    scoring.add_activities(uow=uow, faculty_id=strong.id, activities=[(2, paper)] * 36)
    dialog = screen.add_item()
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("member_change"))
    assert not dialog.ui.verdict.isVisibleTo(dialog)  # nobody chosen yet
    dialog.ui.centre_id.setCurrentIndex(dialog.ui.centre_id.findData(centre.id))
    dialog.ui.faculty_id.setCurrentIndex(dialog.ui.faculty_id.findData(weak.id))
    assert dialog.ui.verdict.isVisibleTo(dialog) and dialog.ui.verdict.objectName() == "verdictBad"
    assert "شرایط تبصره ۸ را ندارد" in dialog.ui.verdict.text() and "تنفیذ پیوستن" in dialog.ui.verdict.text()
    dialog.ui.faculty_id.setCurrentIndex(dialog.ui.faculty_id.findData(strong.id))
    assert dialog.ui.verdict.objectName() == "verdictGood" and "شرایط تبصره ۸ را دارد" in dialog.ui.verdict.text()
    dialog.ui.action.setCurrentIndex(dialog.ui.action.findData("leave"))  # leaving: no verdict, no approval
    assert not dialog.ui.verdict.isVisibleTo(dialog) and not dialog.ui.institution_approval.isVisibleTo(dialog)
    dialog.mark_clean()  # closed without asking: nothing was meant to be saved
    dialog.reject()


def test_the_banner_reads_the_quorum_under_the_offices_quorum_base(window):
    screen = _draft(window)
    uow = screen.uow
    view = screen.view
    for i, a in enumerate(view.attendees):
        meetings.set_attendance(uow=uow, attendance_id=a.id, status="present" if i < 5 else "absent")
    screen.show_meeting(view.id)
    filled = screen.view.seats
    assert "خوانش‌ها: اکثریت" in screen.ui.quorum.toolTip() and "کرسی‌های پُر" in screen.ui.quorum.toolTip()
    choose(uow, key="quorum_base", value="all_seats")
    screen.show_meeting(view.id)
    assert screen.ui.quorum.text().startswith("با حضور ۵ نفر از ۹ عضو، جلسه به حد نصاب (۶ نفر) نرسید")
    assert "همه کرسی‌های شورا" in screen.ui.quorum.toolTip() and filled == screen.view.seats


def test_a_meeting_with_no_seat_filled_is_shown_without_quorum_and_why(window, qtbot):
    screen = _draft(window)
    uow = screen.uow
    for term in council.list_terms(uow=uow):  # every seat ends before the new meeting
        if term.end is None or term.end >= TODAY:
            council.end_term(uow=uow, term_id=term.id, on=TODAY - timedelta(days=1))
    mid = meetings.create_meeting(uow=uow, held_on=TODAY)
    screen.reload()
    screen.list.select_record(lambda m: m.id == mid)
    assert screen.view.seats == 0
    assert screen.ui.quorum.text().startswith("جلسه رسمیت نیافت: در تاریخ جلسه هیچ کرسی")
    assert screen.ui.quorum.objectName() == "verdictBad"
