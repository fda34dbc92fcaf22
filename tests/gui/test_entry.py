"""Data entry at the desk: dialogs, inline Persian validation, shortcuts, no lost work."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.services import centres, council, faculty, institutions
from tests.conftest import TODAY
from tests.gui.conftest import settle_dashboard


def type_text(widget, text: str) -> None:
    """Persian typed key by key (qtbot.keyClicks aborts on non-Latin-1 text, docs/testing.md)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())


def test_add_an_institution_with_ctrl_n_and_enter(window, demo_store):
    window.show_screen("institutions")
    window.ui.actionNew.trigger()  # Ctrl+N
    dialog = QApplication.activeModalWidget() or window.findChild(QDialog)
    assert dialog is not None and dialog.windowTitle() == "مؤسسه تازه"
    type_text(dialog.ui.name, "دانشگاه فردوسي مشهد")
    type_text(dialog.ui.city, "مشهد")
    press(dialog.ui.city, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    names = [i.name for i in institutions.list_institutions(uow=demo_store.uow)]
    assert "دانشگاه فردوسی مشهد" in names  # stored with the Persian ی
    page = window.screens["institutions"].page
    assert any(r.name == "دانشگاه فردوسی مشهد" for r in page.visible_records())
    assert "ثبت شد" in window.ui.statusbar.currentMessage()


def test_faculty_dialog_validates_inline_and_saves_nothing_bad(window, demo_store):
    window.show_screen("faculty")
    before = len(faculty.list_faculty(uow=demo_store.uow))
    dialog = window.screens["faculty"].new_record()
    type_text(dialog.ui.national_code, "۰۴۹۹۳۷۰۸۹۸")
    dialog.ui.national_code.editingFinished.emit()  # leaving the field checks it
    assert dialog.ui.errors.isVisible()
    assert "کد ملی: رقم کنترل" in dialog.ui.errors.text()
    assert "نام خانوادگی" not in dialog.ui.errors.text()  # untouched fields are not scolded yet
    assert dialog.ui.national_code.property("invalid") is True
    dialog.accept()  # Save with everything else empty: all errors, nothing written
    assert dialog.isVisible()
    for label in ("نام:", "نام خانوادگی:", "مؤسسه:", "گروه / رشته:"):
        assert label in dialog.ui.errors.text()
    assert len(faculty.list_faculty(uow=demo_store.uow)) == before
    # corrected, it saves
    dialog.ui.national_code.setText("۰۴۹۹۳۷۰۸۹۹")
    type_text(dialog.ui.first_name, "علی")
    type_text(dialog.ui.last_name, "كاظمي‌نژاد")
    choose(dialog.ui.institution_id, "دانشگاه تهران")
    choose(dialog.ui.field_key, "علوم پایه: شیمی")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    added = faculty.get_faculty(uow=demo_store.uow, faculty_id=dialog.saved)
    assert (added.national_code, added.last_name, added.field_key) == ("0499370899", "کاظمی‌نژاد", "chemistry")


def test_editing_a_member_and_a_duplicate_code_refused_by_the_service(window, demo_store):
    window.show_screen("faculty")
    screen = window.screens["faculty"]
    first, second = screen.page.visible_records()[:2]
    screen.page.select_record(lambda r: r.id == first.id)
    press(screen.page.ui.table, Qt.Key.Key_Return)  # Enter on a row opens it
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == f"ویرایش {first.full_name}"
    dialog.ui.national_code.setText(second.national_code)
    dialog.accept()
    assert dialog.isVisible() and "پیش‌تر برای" in dialog.ui.errors.text()
    dialog.ui.national_code.setText(first.national_code)
    dialog.ui.phone.setText("۰۹۱۲ ۱۲۳ ۴۵۶۷")
    dialog.accept()
    assert faculty.get_faculty(uow=demo_store.uow, faculty_id=first.id).phone == "0912 123 4567"


def test_closing_with_unsaved_changes_asks_first(window, monkeypatch):
    dialog = window.screens["institutions"].new_record()
    type_text(dialog.ui.name, "پژوهشگاه")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    press(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # the clerk said «cancel»: the typing stays
    assert dialog.ui.name.text() == "پژوهشگاه"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    # untouched, Esc closes without asking
    quiet = window.screens["institutions"].new_record()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    quiet.reject()
    assert not quiet.isVisible()


def test_jalali_date_field_accepts_any_digits_and_the_calendar(window, demo_store):
    window.show_screen("council")
    screen = window.screens["council"]
    screen.seats.select_record(lambda s: s.key == "natural_3")
    dialog = screen.new_record()
    assert dialog.ui.seat_key.currentData() == "natural_3"
    type_text(dialog.ui.holder_name, "دکتر تازه")
    type_text(dialog.ui.start.line, "١٤١٠/٧/١")  # Arabic-Indic digits, no leading zeros
    dialog.ui.start.line.editingFinished.emit()
    assert dialog.ui.start.text() == "۱۴۱۰/۰۷/۰۱"  # tidied to the Jalali form with Persian digits
    assert dialog.ui.start.date() == parse_jalali("1410/07/01")
    dialog.ui.end.popup()
    dialog.ui.end.calendar.setSelectedDate(dialog.ui.end.calendar.selectedDate())
    picked = dialog.ui.end.calendar.selectedDate()
    dialog.ui.end.calendar.activated.emit(picked)
    assert dialog.ui.end.date() == picked.toPython()
    dialog.ui.end.setText("1411/12/30")  # 1411 is not a leap year
    dialog.accept()
    assert dialog.isVisible() and "اسفند ۱۴۱۱ روز ۳۰ ندارد" in dialog.ui.errors.text()
    dialog.ui.end.setText("")
    dialog.accept()
    assert not dialog.isVisible()
    term = next(t for t in council.list_terms(uow=demo_store.uow) if t.holder_name == "دکتر تازه")
    assert term.end == parse_jalali("1414/06/31")  # four years less a day


def test_centre_members_added_and_ended_from_the_screen(window, demo_store):
    window.show_screen("centres")
    screen = window.screens["centres"]
    centre = screen.centres.current_record()
    free = next(f for f in faculty.list_faculty(uow=demo_store.uow) if not f.centre_title)
    dialog = screen.add_member()
    dialog.ui.faculty_id.setCurrentIndex(dialog.ui.faculty_id.findData(free.id))
    choose(dialog.ui.role, "همکار")
    dialog.ui.joined_on.setText("1405/09/01")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    members = centres.list_memberships(uow=demo_store.uow, centre_id=centre.id)
    added = next(m for m in members if m.faculty_id == free.id)
    assert added.role == "collaborator"
    screen.members.select_record(lambda m: m.id == added.id)
    ending = screen.end_member()
    ending.ui.when.setText("۱۴۰۵/۰۹/۰۳")
    ending.accept()
    assert ending.result() == QDialog.DialogCode.Accepted
    assert next(m for m in centres.list_memberships(uow=demo_store.uow, centre_id=centre.id) if m.id == added.id).left_on


def test_dashboard_line_opens_the_term(window, demo_store, qtbot):
    window.show_screen("dashboard")
    settle_dashboard(qtbot, window)
    dash = window.screens["dashboard"]
    soon = council.terms_ending_within(uow=demo_store.uow, days=60, today=TODAY)
    assert len(dash.ending.visible_records()) == len(soon) == 2
    assert dash.awaiting.model.rowCount() == 2  # the demo's decisions awaiting the chair's endorsement
    assert dash.overdue.model.rowCount() == 2  # the demo's follow-ups not done by their due date
    at_risk = dash.at_risk.visible_records()  # the demo's approved centres with a member who fell short
    assert at_risk and all("member_not_eligible" in r.unmet for r in at_risk)
    dash.at_risk.select_record(lambda r: r.centre_id == at_risk[0].centre_id)
    press(dash.at_risk.ui.table, Qt.Key.Key_Return)
    assert window.current_screen() == "centre_check"
    assert window.screens["centre_check"].centre_id() == at_risk[0].centre_id
    window.show_screen("dashboard")
    settle_dashboard(qtbot, window)
    dash.ending.select_record(lambda t: t.id == soon[0].id)
    press(dash.ending.ui.table, Qt.Key.Key_Return)
    assert window.current_screen() == "council"
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.ui.holder_name.text() == soon[0].holder_name


def test_ctrl_f_focuses_search_and_ctrl_p_previews_the_screens_paper(window, qtbot):
    window.show_screen("faculty")
    window.activateWindow()
    window.ui.actionFind.trigger()
    assert (
        window.screens["faculty"].page.ui.search.hasFocus()
        or QApplication.focusWidget() is window.screens["faculty"].page.ui.search
    )
    window.print_current()
    qtbot.waitUntil(lambda: window.last_preview is not None)
    preview = window.last_preview
    qtbot.addWidget(preview)
    assert preview.windowTitle() == "پیش‌نمایش: فهرست اعضای هیأت علمی"
    assert preview.loaded.document.pageCount() >= 2
