"""The faculty form's employment dates (issue 16.15): typed as Jalali dates in any
digits, a retirement before the hiring named on the form, saved and shown again."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from qotb_desktop.services import faculty
from tests.gui.test_entry import choose, type_text


def test_the_faculty_form_records_hire_and_retirement_dates(window, demo_store):
    window.show_screen("faculty")
    dialog = window.screens["faculty"].new_record()
    assert dialog.ui.hired_onLabel.text() == "تاریخ استخدام" and dialog.ui.retired_onLabel.text() == "تاریخ بازنشستگی"
    dialog.ui.national_code.setText("۰۴۹۹۳۷۰۸۹۹")
    type_text(dialog.ui.first_name, "علی")
    type_text(dialog.ui.last_name, "کریمی")
    choose(dialog.ui.institution_id, "دانشگاه تهران")
    choose(dialog.ui.field_key, "علوم پایه: شیمی")
    choose(dialog.ui.status, "بازنشسته")
    dialog.ui.hired_on.setText("۱۳۹۰/۰۷/۰۱")
    dialog.ui.retired_on.setText("١٣٨٩/٠١/٠١")  # Arabic digits, and before the hiring
    dialog.accept()
    assert dialog.isVisible() and "تاریخ بازنشستگی: پیش از تاریخ استخدام (۱۳۹۰/۰۷/۰۱) است." in dialog.ui.errors.text()
    assert dialog.ui.retired_on.property("invalid") is True
    dialog.ui.retired_on.setText("1402/06/31")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = faculty.get_faculty(uow=demo_store.uow, faculty_id=dialog.saved)
    assert (saved.hired_on, saved.retired_on, saved.status) == (date(2011, 9, 23), date(2023, 9, 22), "retired")

    edit = window.screens["faculty"]
    edit.page.select_record(lambda r: r.id == saved.id)
    again = edit.edit_current()
    assert again.ui.hired_on.date() == date(2011, 9, 23) and again.ui.retired_on.date() == date(2023, 9, 22)
    assert again.ui.hired_on.text() == "۱۳۹۰/۰۷/۰۱"  # shown in Persian digits
    again.ui.retired_on.setText("")
    again.accept()
    assert faculty.get_faculty(uow=demo_store.uow, faculty_id=saved.id).retired_on is None
