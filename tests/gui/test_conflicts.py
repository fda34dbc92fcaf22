"""Two desks on one record (issue 10): the clerk's save after another desk's save is
refused with what changed, and loading again keeps what the clerk typed."""

from qotb_desktop.gui.dialogs import CentreDialog, FacultyDialog
from qotb_desktop.services import centres, faculty
from qotb_desktop.wiring import open_store


def other_desk_saves(db_target, faculty_id: int, **changes) -> None:
    desk = open_store(db_target)
    try:
        now = faculty.get_faculty(uow=desk.uow, faculty_id=faculty_id)
        fields = ("national_code", "first_name", "last_name", "rank", "institution_id", "field_key", "status", "email", "phone")
        values = {name: changes.get(name, getattr(now, name)) for name in fields}
        faculty.update_faculty(uow=desk.uow, faculty_id=faculty_id, version=now.version, **values)
    finally:
        desk.close()


def test_a_refused_save_shows_what_changed_and_reloading_keeps_the_clerks_typing(qtbot, demo_store, db_target):
    uow = demo_store.uow
    seen = faculty.list_faculty(uow=uow)[0]
    dialog = FacultyDialog(uow, seen)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.ask_reload = lambda text: asked.append(text) or True

    # the clerk types a phone and an email; meanwhile another desk saves the email and the last name
    dialog.ui.phone.setText("02166554433")
    dialog.ui.email.setText("mine@ut.ac.ir")
    other_desk_saves(db_target, seen.id, email="theirs@ut.ac.ir", last_name="احمدی‌نژاد")
    dialog.accept()

    assert dialog.result() == 0 and asked, "the save is refused, not silent"
    message = asked[0]
    assert "ذخیره شما انجام نشد" in message
    assert "پست الکترونیک" in message or "رایانامه" in message or "ایمیل" in message
    assert "theirs@ut.ac.ir" in message and "mine@ut.ac.ir" in message and "احمدی‌نژاد" in message
    stored = faculty.get_faculty(uow=uow, faculty_id=seen.id)
    assert stored.phone == seen.phone and stored.email == "theirs@ut.ac.ir"  # nothing of this clerk's was written

    # loaded again: their changes shown, the clerk's own untouched field kept, the clash listed
    assert dialog.ui.last_name.text() == "احمدی‌نژاد"
    assert dialog.ui.email.text() == "theirs@ut.ac.ir"
    assert dialog.ui.phone.text() == "02166554433"
    assert "mine@ut.ac.ir" in dialog.ui.errors.text()
    dialog.accept()  # saved over the stored version now
    assert dialog.result() == 1
    final = faculty.get_faculty(uow=uow, faculty_id=seen.id)
    assert (final.phone, final.email, final.last_name) == ("02166554433", "theirs@ut.ac.ir", "احمدی‌نژاد")


def test_going_back_to_the_form_keeps_everything_typed_and_writes_nothing(qtbot, demo_store, db_target):
    uow = demo_store.uow
    centre = centres.list_centres(uow=uow)[0]
    dialog = CentreDialog(uow, centre)
    qtbot.addWidget(dialog)
    dialog.ask_reload = lambda text: False
    dialog.ui.title.setText("عنوان تازه قطب")
    desk = open_store(db_target)
    try:  # another desk renames the centre too
        now = centres.get_centre(uow=desk.uow, centre_id=centre.id)
        values = {**dialog.values_of(now), "title": "عنوان دیگر"}
        centres.update_centre(
            uow=desk.uow, centre_id=centre.id, version=now.version, **{k: values[k] for k in CentreDialog.FIELDS}
        )
    finally:
        desk.close()
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.ui.title.text() == "عنوان تازه قطب"  # what the clerk typed is still there
    assert "ذخیره شما انجام نشد" in dialog.ui.errors.text()
    assert centres.get_centre(uow=uow, centre_id=centre.id).title == "عنوان دیگر"  # the other desk's save stands
    dialog.done(0)


def test_an_annual_report_form_reloads_the_other_desks_areas_and_keeps_the_clerks_notes(qtbot, demo_store, db_target):
    from qotb_desktop.gui.evaluation_dialogs import ReportDialog
    from qotb_desktop.services import evaluations

    uow = demo_store.uow
    centre = next(c for c in centres.list_centres(uow=uow) if c.status == "approved")
    year = 1402
    evaluations.save_report(uow=uow, centre_id=centre.id, year=year, received_on="1403/02/10", areas={"7-1": "نخست"})
    dialog = ReportDialog(uow, centre.id, centre.title, year)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.ask_reload = lambda text: asked.append(text) or True
    dialog.ui.notes.setPlainText("یادداشت این میز")
    desk = open_store(db_target)
    try:  # another desk writes the first area
        seen = evaluations.get_report(uow=desk.uow, centre_id=centre.id, year=year)
        evaluations.save_report(
            uow=desk.uow, centre_id=centre.id, year=year, received_on="1403/02/10", version=seen.version,
            areas={"7-1": "از میز دیگر"},
        )  # fmt: skip
    finally:
        desk.close()
    dialog.accept()
    assert dialog.result() == 0 and "از میز دیگر" in asked[0]
    assert "بند ۷-۱" in asked[0] and "area_" not in asked[0]  # the area named as the form shows it
    assert dialog.areas["7-1"].toPlainText() == "از میز دیگر" and dialog.ui.notes.toPlainText() == "یادداشت این میز"
    dialog.accept()
    stored = evaluations.get_report(uow=uow, centre_id=centre.id, year=year)
    assert (stored.areas["7-1"], stored.notes) == ("از میز دیگر", "یادداشت این میز")
