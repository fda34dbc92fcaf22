"""A record just added is the one selected, its detail shown (issue 16.10): a new meeting
in the meeting pane (not the one selected before), a new centre with its own (empty)
members pane, a new member in the centre's members."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def test_a_new_meeting_is_selected_and_shown(window):
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    before = screen.view.id
    dialog = screen.new_record()
    dialog.ui.held_on.setText("1405/09/20")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert screen.view.id == dialog.saved != before
    assert screen.list.current_record().id == dialog.saved
    assert "صورت‌جلسه پیش‌نویس" in screen.ui.heading.text() and len(screen.view.attendees) == 9
    assert screen.attendance.rowCount() == 9


def test_a_new_centre_is_selected_with_its_own_members_pane(window):
    window.show_screen("centres")
    screen = window.screens["centres"]
    shown_before = screen.members.model.rowCount()
    assert shown_before > 0  # the first demo centre and its members
    dialog = screen.new_record()
    ui = dialog.ui
    ui.title.setText("قطب علمی آزمون انتخاب")
    for combo in (ui.field_key, ui.host_institution_id):
        combo.setCurrentIndex(1)
    ui.period_start.setText("1405/01/01")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, ui.errors.text()
    assert screen.centres.current_record().id == dialog.saved
    assert screen.centres.current_record().title == "قطب علمی آزمون انتخاب"
    assert "قطب علمی آزمون انتخاب" in screen.members.ui.title.text()
    assert screen.members.model.rowCount() == 0  # not another centre's members


def test_a_new_centre_hidden_by_the_search_is_still_selected(window):
    window.show_screen("centres")
    screen = window.screens["centres"]
    screen.centres.ui.search.setText("فیزیک")  # the new one does not match
    dialog = screen.new_record()
    dialog.ui.title.setText("قطب علمی آزمون جست‌وجو")
    for combo in (dialog.ui.field_key, dialog.ui.host_institution_id):
        combo.setCurrentIndex(1)
    dialog.ui.period_start.setText("1405/01/01")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errors.text()
    assert screen.centres.current_record().id == dialog.saved
    assert screen.centres.ui.search.text() == ""
