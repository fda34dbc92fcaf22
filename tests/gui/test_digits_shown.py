"""Digits typed in Persian come back in Persian; the store keeps them Latin (issue 16, item 14)."""

from qotb_desktop.gui.dialogs import FacultyDialog
from qotb_desktop.services import faculty


def test_a_phone_typed_in_persian_digits_comes_back_in_persian_digits(themed, qtbot, demo_store):
    uow = demo_store.uow
    member = faculty.list_faculty(uow=uow)[0]
    dialog = FacultyDialog(uow, faculty.get_faculty(uow=uow, faculty_id=member.id))
    qtbot.addWidget(dialog)
    dialog.ui.phone.setText("۰۹۱۲ ۱۲۳ ۴۵۶۷")
    dialog.accept()
    stored = faculty.get_faculty(uow=uow, faculty_id=member.id)
    assert stored.phone == "0912 123 4567"  # normalised in the store
    again = FacultyDialog(uow, stored)
    qtbot.addWidget(again)
    assert again.ui.phone.text() == "۰۹۱۲ ۱۲۳ ۴۵۶۷"
    assert again.ui.national_code.text() == stored.national_code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert not again.is_dirty()  # shown differently, the same value: closing asks nothing


def test_no_phone_shows_an_empty_field(themed, qtbot, demo_store):
    uow = demo_store.uow
    member = faculty.list_faculty(uow=uow)[0]
    record = faculty.get_faculty(uow=uow, faculty_id=member.id)
    dialog = FacultyDialog(uow, record.__class__(**{**record.__dict__, "phone": None}))
    qtbot.addWidget(dialog)
    assert dialog.ui.phone.text() == ""
