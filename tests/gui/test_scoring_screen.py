"""The calculator driven as a clerk would: a member, activities added, the verdict, what-if."""

from PySide6.QtWidgets import QDialog, QMessageBox

from qotb_desktop.services import faculty, scoring


def member_screen(window, demo_store):
    window.show_screen("scoring")
    screen = window.screens["scoring"]
    person = next(f for f in faculty.list_faculty(uow=demo_store.uow) if f.centre_title)
    screen.choose(person.id)
    return screen, person


def test_choosing_a_member_shows_rows_and_verdict(window, demo_store):
    screen, person = member_screen(window, demo_store)
    stored = scoring.list_activities(uow=demo_store.uow, faculty_id=person.id)
    assert screen.activities.rowCount() == len(stored) > 0
    assert screen.rows.rowCount() == 26
    assert screen.ui.period.date() is not None  # the member's centre's period start
    assert screen.ui.verdict.text() in ("واجد شرایط: عضو هیأت علمی برجسته فعال", "فاقد شرایط")
    assert "امتیاز کل:" in screen.ui.figures.text()


def test_adding_an_activity_through_the_dialog_updates_the_total(window, demo_store):
    screen, person = member_screen(window, demo_store)
    before = screen.result.sheet.total
    dialog = screen.new_record()
    dialog.ui.row.setCurrentIndex(dialog.ui.row.findData(9))  # national macro project
    assert "تا ۲۰ امتیاز" in dialog.ui.rule.text()
    assert dialog.FIELDS == ("row", "date", "points", "evidence", "description")
    start = screen.result.sheet.window[0]
    dialog.ui.date.set_date(start)
    dialog.ui.points.setText("۱۵")
    dialog.ui.description.setText("طرح ملی آب")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert screen.result.sheet.total == before + 15
    assert any(a.description == "طرح ملی آب" for a in scoring.list_activities(uow=demo_store.uow, faculty_id=person.id))
    assert "فعالیت ثبت شد" in window.ui.statusbar.currentMessage()


def test_the_dialog_shows_only_the_rows_fields_and_refuses_bad_values(window, demo_store):
    screen, _ = member_screen(window, demo_store)
    dialog = screen.new_record()
    dialog.ui.row.setCurrentIndex(dialog.ui.row.findData(26))
    assert dialog.FIELDS == ("row", "date", "end", "as_director", "description")  # a first and a last day
    dialog.ui.date.setText("۱۴۰۰/۰۱/۰۱")
    dialog.ui.end.setText("۱۴۰۰/۱۳/۰۱")
    dialog.accept()
    assert dialog.isVisible() and "تاریخ پایان:" in dialog.ui.errors.text()
    dialog.ui.row.setCurrentIndex(dialog.ui.row.findData(2))
    dialog.ui.points.setText("8")
    dialog.accept()
    assert "امتیاز داده‌شده" in dialog.ui.errors.text()


def test_what_if_changes_the_verdict_but_saves_nothing(window, demo_store, monkeypatch):
    screen, person = member_screen(window, demo_store)
    stored = len(scoring.list_activities(uow=demo_store.uow, faculty_id=person.id))
    before = screen.result.sheet.total
    screen.ui.whatIf.setChecked(True)
    assert screen.ui.banner.isVisible() and not screen.ui.saveButton.isEnabled()
    dialog = screen.new_record()
    dialog.ui.row.setCurrentIndex(dialog.ui.row.findData(14))
    dialog.ui.date.set_date(screen.result.sheet.window[1])
    dialog.ui.points.setText("۲۰")  # a judged row's points are typed, never assumed (issue 17.2)
    dialog.accept()
    assert screen.result.what_if and screen.result.sheet.total == before + 20
    screen.ui.activities.setCurrentIndex(screen.activities.index(0, 0))
    screen.delete_current()  # in what-if, no question and nothing deleted for real
    assert len(scoring.list_activities(uow=demo_store.uow, faculty_id=person.id)) == stored
    screen.ui.whatIf.setChecked(False)
    assert screen.result.sheet.total == before and not screen.result.what_if


def test_deleting_asks_and_saving_a_sheet(window, demo_store, monkeypatch):
    screen, person = member_screen(window, demo_store)
    stored = len(scoring.list_activities(uow=demo_store.uow, faculty_id=person.id))
    screen.ui.activities.setCurrentIndex(screen.activities.index(0, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.delete_current()
    assert len(scoring.list_activities(uow=demo_store.uow, faculty_id=person.id)) == stored - 1
    screen.save_sheet()
    with demo_store.uow as uow:
        assert len(uow.score_sheets.of_faculty(person.id)) == 1


def test_ctrl_p_previews_the_members_score_sheet(window, demo_store, qtbot):
    from tests.pdf_text import find, pages

    screen, person = member_screen(window, demo_store)
    window.print_current()
    qtbot.waitUntil(lambda: window.last_preview is not None)
    preview = window.last_preview
    qtbot.addWidget(preview)
    assert preview.windowTitle() == f"پیش‌نمایش: برگه امتیاز {person.full_name}"
    assert find(pages(preview._pdf)[0], person.full_name) >= 0
