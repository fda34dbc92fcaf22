"""Issue 18.4 at the desk: an evaluation (4-2-9, 4-2-10) names the working group of the
centre's group and its members serving on the day, chosen from the registry, and the
evaluators line is written from them; the application's first review (4-2-1) names the
scientific group of the centre's field and its members who took part. The demo's
registry holds the basic-sciences group and its physics working group."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from qotb_desktop.domain.rules.schemes import scheme_for_year
from qotb_desktop.gui.application_review_dialog import ApplicationReviewDialog
from qotb_desktop.gui.evaluation_dialogs import EvaluationDialog
from qotb_desktop.services import centres, evaluations, faculty, review_bodies

PHYSICS, FARSI, CHEMISTRY = 2, 3, 4  # approved (basic sciences); approved (humanities); applicant (basic sciences)
YEAR = 1405


def offered(members) -> dict[str, int]:
    return {members.item(i).text(): members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(members.count())}


def tick(members, *names: str) -> None:
    for i in range(members.count()):
        if members.item(i).text() in names:
            members.item(i).setCheckState(Qt.CheckState.Checked)


def ticked(members) -> list[str]:
    return [members.item(i).text() for i in range(members.count()) if members.item(i).checkState() == Qt.CheckState.Checked]


@pytest.fixture
def working(demo_store):
    """The physics working group, with a member whose term begins after the evaluation's day."""
    uow = demo_store.uow
    body = next(b for b in review_bodies.list_bodies(uow=uow) if b.kind == "working_group")
    newcomer = next(f for f in faculty.list_faculty(uow=uow) if f.id not in {m.faculty_id for m in body.members})
    review_bodies.add_body_member(
        uow=uow, body_id=body.id, faculty_id=newcomer.id, decree_number="۱۴۰۵/۵۰", decree_date="1405/09/01",
        start_on="1405/10/01",
    )  # fmt: skip
    evaluations.save_report(uow=uow, centre_id=PHYSICS, year=YEAR, received_on="1405/09/01")
    return next(b for b in review_bodies.list_bodies(uow=uow) if b.id == body.id)


def evaluation_dialog(qtbot, uow, centre_id: int) -> EvaluationDialog:
    title = centres.get_centre(uow=uow, centre_id=centre_id).title
    dialog = EvaluationDialog(uow, centre_id, title, YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_evaluation_names_the_working_group_and_the_members_ticked(themed, qtbot, demo_store, working):
    uow = demo_store.uow
    dialog = evaluation_dialog(qtbot, uow, PHYSICS)
    ui = dialog.ui
    assert ui.body_id.isVisible() and ui.member_ids.isVisible()
    assert ui.body_id.currentText() == "کارگروه تخصصی فیزیک"  # the only working group of basic sciences
    assert ui.evaluators.isReadOnly() and "از کارگروه و اعضای برگزیده نوشته می‌شود" in ui.evaluatorsNote.text()
    ui.evaluated_on.setText("1405/09/02")
    serving = [m.name for m in working.members[:3]]
    assert list(offered(ui.member_ids)) == serving  # the newcomer's term has not begun on that day
    ui.evaluated_on.setText("1405/10/05")
    assert len(offered(ui.member_ids)) == 4  # ... it has by then
    ui.evaluated_on.setText("1405/09/02")
    for field in dialog.scores.values():
        field.setText("۷")
    dialog.accept()  # nobody ticked: refused on the members' field, nothing written
    assert dialog.isVisible() and "اعضای حاضر: دست‌کم یک عضو حاضر را برگزینید." in ui.errors.text()
    assert "ارزیابان" not in ui.errors.text()
    assert evaluations.get_evaluation(uow=uow, centre_id=PHYSICS, year=YEAR) is None
    tick(ui.member_ids, serving[0], serving[2])
    line = f"کارگروه تخصصی فیزیک: {serving[0]}، {serving[2]}"
    assert ui.evaluators.text() == line  # written as the clerk ticks
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, ui.errors.text()
    stored = evaluations.get_evaluation(uow=uow, centre_id=PHYSICS, year=YEAR)
    sitting = review_bodies.sitting_of(uow=uow, subject="evaluation", subject_id=stored.id)
    assert stored.evaluators == line == sitting.described and sitting.members == (serving[0], serving[2])
    # opened again: the working group and who evaluated, as recorded
    again = evaluation_dialog(qtbot, uow, PHYSICS)
    assert again.ui.body_id.currentText() == "کارگروه تخصصی فیزیک"
    assert ticked(again.ui.member_ids) == [serving[0], serving[2]] and again.ui.evaluators.text() == line
    assert not again.is_dirty()
    again.done(0)


def test_the_typed_line_stays_where_the_registry_has_no_working_group(themed, qtbot, demo_store):
    uow = demo_store.uow
    evaluations.save_report(uow=uow, centre_id=FARSI, year=YEAR, received_on="1405/09/01")
    dialog = evaluation_dialog(qtbot, uow, FARSI)  # humanities and art: no working group registered
    ui = dialog.ui
    assert not ui.body_id.isVisible() and not ui.member_ids.isVisible() and not ui.evaluators.isReadOnly()
    assert "کارگروهی از گروه «علوم انسانی و هنر» در دفتر «گروه‌ها و کارگروه‌ها» ثبت نشده است" in ui.evaluatorsNote.text()
    for field in dialog.scores.values():
        field.setText("۶")
    ui.evaluators.setText("کارگروه علوم انسانی")
    ui.evaluated_on.setText("1405/09/03")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, ui.errors.text()
    stored = evaluations.get_evaluation(uow=uow, centre_id=FARSI, year=YEAR)
    assert stored.evaluators == "کارگروه علوم انسانی"
    assert review_bodies.sitting_of(uow=uow, subject="evaluation", subject_id=stored.id) is None


def test_an_older_typed_evaluation_shows_its_line_until_a_working_group_is_chosen(themed, qtbot, demo_store, working):
    uow = demo_store.uow
    scores = {c.key: 7 for c in scheme_for_year(YEAR).criteria}
    evaluations.save_evaluation(
        uow=uow, centre_id=PHYSICS, year=YEAR, scores=scores, evaluators="هیأت ارزیابی پیشین", evaluated_on="1405/09/02"
    )
    dialog = evaluation_dialog(qtbot, uow, PHYSICS)
    assert dialog.ui.body_id.currentData() is None and dialog.ui.evaluators.text() == "هیأت ارزیابی پیشین"
    dialog.accept()  # saved again, it names the working group
    assert dialog.isVisible() and "کارگروه تخصصی: برگزیده نشده است" in dialog.ui.errors.text()
    dialog.ui.body_id.setCurrentIndex(dialog.ui.body_id.findData(working.id))
    tick(dialog.ui.member_ids, working.members[1].name)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errors.text()
    stored = evaluations.get_evaluation(uow=uow, centre_id=PHYSICS, year=YEAR)
    assert stored.evaluators == f"کارگروه تخصصی فیزیک: {working.members[1].name}"


def test_the_applications_first_review_by_the_fields_group_recorded_and_shown(window, qtbot, demo_store):
    uow = demo_store.uow
    window.show_screen("centres")
    screen = window.screens["centres"]
    screen.centres.select_record(lambda r: r.id == PHYSICS)
    assert not screen.review_button.isEnabled() and "متقاضی یا در دست بررسی" in screen.review_button.toolTip()
    assert screen.review_application() is None and not screen.review.isVisible()
    screen.centres.select_record(lambda r: r.id == FARSI)
    assert not screen.review_button.isEnabled()
    screen.centres.select_record(lambda r: r.id == CHEMISTRY)  # chemistry: basic sciences, applicant
    assert screen.review_button.isEnabled() and "بند ۴-۲-۱" in screen.review_button.toolTip()
    dialog = screen.review_application()
    assert isinstance(dialog, ApplicationReviewDialog)
    qtbot.addWidget(dialog)
    group = next(b for b in review_bodies.list_bodies(uow=uow) if b.kind == "group")
    assert dialog.ui.body_id.currentText() == "علوم پایه" and "گروه علمی «علوم پایه»" in dialog.ui.intro.text()
    dialog.ui.held_on.setText("1405/08/15")
    names = [m.name for m in group.members]
    assert list(offered(dialog.ui.member_ids)) == names
    dialog.accept()
    assert dialog.isVisible() and "اعضای حاضر: دست‌کم یک عضو حاضر را برگزینید." in dialog.ui.errors.text()
    assert review_bodies.sitting_of(uow=uow, subject="application", subject_id=CHEMISTRY) is None
    tick(dialog.ui.member_ids, names[0], names[1])
    dialog.ui.note.setPlainText("مدارک کامل است؛ برای بازدید پیشنهاد می‌شود.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errors.text()
    sitting = review_bodies.sitting_of(uow=uow, subject="application", subject_id=CHEMISTRY)
    assert sitting.body == "علوم پایه" and sitting.members == (names[0], names[1])
    assert screen.centres.current_record().id == CHEMISTRY and screen.review.isVisible()
    shown = screen.review.text()
    assert "بررسی اولیه گروه علمی (بند ۴-۲-۱): علوم پایه، ۱۴۰۵/۰۸/۱۵" in shown
    assert f"حاضران: {names[0]}، {names[1]}" in shown and "مدارک کامل است" in shown
    assert "ثبت شد" in window.ui.statusbar.currentMessage()
    again = screen.review_application()
    qtbot.addWidget(again)
    assert ticked(again.ui.member_ids) == [names[0], names[1]] and again.ui.held_on.text() == "۱۴۰۵/۰۸/۱۵"
    again.done(0)
