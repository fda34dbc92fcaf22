"""At the desk: a meeting dated next week can be scheduled and its agenda written, but
marking attendance or finalising it is refused in Persian; the dashboard never shows
negative days (issue 16.11)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import text

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.services import meetings
from tests.gui.conftest import settle_dashboard


def test_a_meeting_next_week_takes_its_agenda_but_no_attendance_or_finalising(window, monkeypatch):
    held_on = date.today() + timedelta(days=7)
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    dialog = screen.new_record()
    dialog.ui.held_on.setText(format_jalali(held_on, persian_digits=False))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted  # scheduling is allowed
    assert screen.list.select_record(lambda m: m.held_on == held_on)
    item_dialog = screen.add_item()
    item_dialog.ui.title.setText("درخواست تشکیل قطب شیمی سبز")
    item_dialog.accept()
    assert item_dialog.result() == QDialog.DialogCode.Accepted  # and so is its agenda
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *a: warned.append(message))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(0, 0))
    screen.mark("present")
    screen.finalise()
    assert len(warned) == 2 and all(format_jalali(held_on) in w and "هنوز برگزار نشده" in w for w in warned)
    view = meetings.get_meeting(uow=screen.uow, meeting_id=screen.view.id)
    assert view.state == "draft" and {a.status for a in view.attendees} == {"absent"}


def test_a_meeting_not_yet_held_shows_its_attendance_votes_and_finalising_disabled_and_why(window):
    held_on = date.today() + timedelta(days=3)
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    mid = meetings.create_meeting(uow=screen.uow, held_on=held_on)
    meetings.add_agenda_item(uow=screen.uow, meeting_id=mid, title="بند آزمون")
    screen.list.reload()
    assert screen.list.select_record(lambda m: m.id == mid)
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(0, 0))
    screen.ui.items.setCurrentIndex(screen.items.index(0, 0))
    ui = screen.ui
    for button in (ui.presentButton, ui.absentButton, ui.guestButton, ui.decideButton, ui.finaliseButton):
        assert not button.isEnabled(), button.objectName()
        assert "هنوز برگزار نشده" in button.toolTip() and format_jalali(held_on) in button.toolTip()
    assert ui.addItemButton.isEnabled()  # the agenda is still written ahead


def test_the_dashboard_never_shows_negative_days(window, demo_store, qtbot):
    uow = demo_store.uow
    mid = meetings.create_meeting(uow=uow, held_on=date.today())
    for a in meetings.get_meeting(uow=uow, meeting_id=mid).attendees[:6]:
        meetings.set_attendance(uow=uow, attendance_id=a.id, status="present")
    item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند آزمون")
    decision = meetings.record_decision(uow=uow, agenda_item_id=item, text="موافقت شد.", yes=5, no=1)
    with uow:  # a decision recorded before the rule, on a meeting dated a week later
        later = date.today() + timedelta(days=7)
        uow.session.execute(text("UPDATE meeting SET held_on = :d WHERE id = :m"), {"d": later, "m": mid})
        uow.commit()
    dashboard = window.screens["dashboard"]
    window.show_screen("dashboard")
    dashboard.reload()
    settle_dashboard(qtbot, window)
    page = dashboard.awaiting
    header = page.model.headerData
    column = next(c for c in range(page.model.columnCount()) if header(c, Qt.Orientation.Horizontal) == "روزهای انتظار")
    shown = {page.model.record(r).decision_id: page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert shown[decision] == "۰" and not any("-" in s for s in shown.values())
