"""The registry of who reviews (notes 6, 7) on the demo: a working group added by decree,
a member chosen by name from the faculty registry for a term, the term ended; bad input
refused on its field with nothing written."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qotb_desktop.domain.dates import format_jalali, today
from qotb_desktop.gui.review_dialogs import BodyDialog, MemberDialog
from qotb_desktop.services import faculty, review_bodies
from tests.gui.test_funding_screen import type_text


@pytest.fixture
def screen(window):
    window.show_screen("review_bodies")
    return window.screens["review_bodies"]


def test_a_working_group_its_member_and_the_end_of_a_term(qtbot, window, screen, demo_store):
    uow = demo_store.uow
    assert window.ui.navigation.currentItem().text() == "گروه‌ها و کارگروه‌ها"
    shown = [(screen.bodies.model.index(r, 0).data(), screen.bodies.model.index(r, 2).data()) for r in range(2)]
    assert ("کارگروه تخصصی", "کارگروه تخصصی فیزیک") in shown
    assert screen.members.model.rowCount() == 3 and screen.members.model.index(0, 4).data() == "در دوره"

    dialog = screen.new_record()
    assert isinstance(dialog, BodyDialog) and dialog.ui.kind.currentData() == "working_group"
    dialog.accept()
    errors = dialog.ui.errors.text()
    assert dialog.isVisible() and "گروه علمی" in errors and "عنوان" in errors and "شماره حکم" in errors
    assert len(review_bodies.list_bodies(uow=uow)) == 2
    dialog.ui.group_key.setCurrentIndex(dialog.ui.group_key.findData("basic_sciences"))
    type_text(dialog.ui.title, "کارگروه تخصصی شیمی")
    type_text(dialog.ui.decree_number, "۱۴۰۵/۱۲")
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    body = screen.bodies.current_record()
    assert body.title == "کارگروه تخصصی شیمی" and screen.members.model.rowCount() == 0

    person = faculty.list_faculty(uow=uow)[-1]
    dialog = screen.add_member()
    assert isinstance(dialog, MemberDialog)
    dialog.ui.faculty_id.setEditText("")
    dialog.accept()
    assert dialog.isVisible() and "عضو هیأت علمی" in dialog.ui.errors.text() and "شماره حکم" in dialog.ui.errors.text()
    type_text(dialog.ui.faculty_id.lineEdit(), dialog.ui.faculty_id.itemText(dialog.ui.faculty_id.findData(person.id)))
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData("chair"))
    type_text(dialog.ui.decree_number, "۱۴۰۵/۱۳")
    dialog.ui.end_on.setText("۱۳۹۰/۰۱/۰۱")
    dialog.accept()
    assert dialog.isVisible() and "پایان دوره" in dialog.ui.errors.text()
    dialog.ui.end_on.setText("")
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    (member,) = review_bodies.list_bodies(uow=uow)[-1].members
    assert member.faculty_id == person.id and member.role == "chair"
    assert screen.members.model.index(0, 1).data() == "رئیس"
    assert screen.bodies.current_record().id == body.id and screen.bodies.model.index(2, 4).data() == "۱"

    # Ended at another desk while this form was open: refused (gui/conflicts.py), nothing written.
    screen.members.select_first()
    dialog = screen.end_member()
    review_bodies.end_body_member(uow=uow, member_id=member.id, end_on=format_jalali(today()))
    dialog.ui.when.setText("۱۴۰۹/۰۱/۰۱")
    dialog.accept()
    assert dialog.isVisible() and "در جای دیگری تغییر کرده" in dialog.ui.errors.text()
    assert review_bodies.list_bodies(uow=uow)[-1].members[0].end_on == today()
    dialog.done(0)
    review_bodies.end_body_member(uow=uow, member_id=member.id, end_on=format_jalali(today() + timedelta(days=365)))
    screen.reload()
    screen.members.select_first()
    dialog = screen.end_member()
    dialog.ui.when.setText(format_jalali(today()))
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    (member,) = review_bodies.list_bodies(uow=uow)[-1].members
    assert member.end_on == today()
