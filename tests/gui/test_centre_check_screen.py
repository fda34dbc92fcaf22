"""Article 5 at the desk: check a centre, write its program, submit the application."""

from PySide6.QtWidgets import QDialog, QMessageBox

from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.services import applications, centres


def applicant(demo_store):
    return next(c for c in centres.list_centres(uow=demo_store.uow) if c.status == "applicant")


def test_checking_an_approved_centre_lists_members_and_reasons(window, demo_store):
    window.show_screen("centre_check")
    screen = window.screens["centre_check"]
    approved = next(c for c in centres.list_centres(uow=demo_store.uow) if c.status == "approved")
    screen.choose(approved.id)
    assert screen.model.rowCount() == approved.member_count
    assert "مجموع امتیاز اعضا" in screen.ui.verdict.text()
    assert not screen.ui.submitButton.isEnabled()  # only an applicant submits


def test_writing_the_program_and_submitting_the_application(window, demo_store, monkeypatch):
    window.show_screen("centre_check")
    screen = window.screens["centre_check"]
    centre = applicant(demo_store)
    screen.choose(centre.id)
    screen.ui.period.setText("1406/07/01")  # the proposed start, ahead of today
    screen.check()
    assert "بند ۵-۳" in screen.ui.reasons.text()  # equipment not confirmed yet
    warned, asked = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    screen.submit()  # half the program is still empty
    assert warned and "دوازده بخش" in warned[0]
    dialog = screen.edit_program()
    assert dialog.ui.sections.count() == 12
    for row in range(12):
        dialog.ui.sections.setCurrentRow(row)
        if not dialog.ui.text.toPlainText():
            dialog.ui.text.setPlainText(f"متن بخش {row + 1}\nبند دوم")
    dialog.ui.equipment_confirmed.setChecked(True)
    dialog.ui.program_confirmed.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    program = applications.get_program(uow=demo_store.uow, centre_id=centre.id)
    assert all(text for _n, _t, text in program.sections) and program.equipment_confirmed
    assert "بند ۵-۳" not in screen.ui.reasons.text()
    screen.submit()
    assert "شرایط ماده ۵ را" in asked[-1] and "۱۴۰۶/۰۷/۰۱" in asked[-1]  # the clerk saw the verdict first
    submitted = centres.get_centre(uow=demo_store.uow, centre_id=centre.id)
    assert submitted.status == "under_review" and submitted.period_start == parse_jalali("1406/07/01")
    assert "در دست بررسی" in window.ui.statusbar.currentMessage()


def test_leaving_the_program_with_unsaved_text_asks(window, demo_store, monkeypatch):
    window.show_screen("centre_check")
    screen = window.screens["centre_check"]
    screen.choose(applicant(demo_store).id)
    dialog = screen.edit_program()
    dialog.ui.sections.setCurrentRow(11)
    dialog.ui.text.setPlainText("دستاوردها")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and dialog.isVisible()


def test_printing_the_summary_and_the_application(window, demo_store, qtbot):
    from tests.pdf_text import find, pages

    window.show_screen("centre_check")
    screen = window.screens["centre_check"]
    approved = next(c for c in centres.list_centres(uow=demo_store.uow) if c.status == "approved")
    screen.choose(approved.id)
    window.print_current()
    qtbot.waitUntil(lambda: window.last_preview is not None)
    qtbot.addWidget(window.last_preview)
    assert find(pages(window.last_preview._pdf)[0], approved.title) >= 0
    screen.print_application()
    qtbot.waitUntil(lambda: getattr(screen, "last_preview", None) is not None)
    qtbot.addWidget(screen.last_preview)
    lines = [line for page in pages(screen.last_preview._pdf) for line in page]
    assert find(lines, "عنوان برنامه پژوهشی-فناوری") >= 0


def test_choosing_an_applicant_after_an_approved_centre_clears_the_period(window, demo_store):
    window.show_screen("centre_check")
    screen = window.screens["centre_check"]
    approved = next(c for c in centres.list_centres(uow=demo_store.uow) if c.status == "approved")
    screen.choose(approved.id)
    assert screen.ui.period.text()
    screen.choose(applicant(demo_store).id)
    assert screen.ui.period.text() == ""  # never another centre's start
