"""A member's publications from the scoring screen (issue 23): the files read, each record
proposed with its row, date, flags and why; the clerk gives the points and imports; the
activities are on the member's sheet; a second import of the same files adds nothing."""

from pathlib import Path

from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui import background
from qotb_desktop.gui.fmt import jdate
from qotb_desktop.services import faculty, scoring

DATA = Path(__file__).resolve().parents[1] / "data" / "publications"


def wait(qtbot):
    qtbot.waitUntil(lambda: not background.busy(), timeout=10_000)


def open_dialog(window, qtbot):
    window.show_screen("scoring")
    screen = window.screens["scoring"]
    member = faculty.list_faculty(uow=screen.uow)[0]
    screen.choose(member.id)
    screen.ui.period.set_date(None)  # no period: the window is not checked, and said so
    dialog = screen.import_publications()
    qtbot.addWidget(dialog)
    return screen, member, dialog


def test_import_from_the_scoring_screen_and_again(window, qtbot, demo_store):
    screen, member, dialog = open_dialog(window, qtbot)
    before = len(scoring.list_activities(uow=demo_store.uow, faculty_id=member.id))
    dialog.open_files([str(DATA / "member.ris")])
    wait(qtbot)
    assert dialog.table.rowCount() == 5
    assert "آغاز دوره" in dialog.window_label.text()
    assert "۲ رکورد ناخوانا" in dialog.summary.text() and dialog.reportButton.isEnabled()
    # The clerk gives the points of each accepted judged record, and a scope to the book and the patent.
    for i in range(dialog.table.rowCount()):
        if dialog.table.cellWidget(i, 0).isChecked():
            dialog.table.cellWidget(i, 5).setText("2")
            scope = dialog.table.cellWidget(i, 8)
            if scope.isEnabled():
                scope.setCurrentIndex(scope.findData("domestic"))
    accepted = len(dialog.accepted())
    assert accepted == 4  # the unindexed paper waits for the clerk to choose its row
    dialog.importButton.click()
    wait(qtbot)
    wait(qtbot)
    assert f"{to_persian_digits(accepted)} فعالیت ثبت شد" in dialog.summary.text()
    assert len(scoring.list_activities(uow=demo_store.uow, faculty_id=member.id)) == before + accepted
    assert dialog.accepted() == []  # read again: every record is now a duplicate, none ticked
    dialog.closeButton.click()
    assert "فعالیت از پرونده ثبت شد" in window.ui.statusbar.currentMessage()


def test_missing_points_are_named_and_nothing_is_written(window, qtbot, demo_store):
    screen, member, dialog = open_dialog(window, qtbot)
    before = len(scoring.list_activities(uow=demo_store.uow, faculty_id=member.id))
    dialog.open_files([str(DATA / "wos.txt")])
    wait(qtbot)
    dialog.importButton.click()
    wait(qtbot)
    assert "امتیاز داده‌شده" in dialog.summary.text() and "wos.txt" in dialog.summary.text()
    assert len(scoring.list_activities(uow=demo_store.uow, faculty_id=member.id)) == before


def test_the_clerk_mends_a_date_given_only_by_its_year(window, qtbot, demo_store):
    screen, member, dialog = open_dialog(window, qtbot)
    dialog.open_files([str(DATA / "wos.txt")])
    wait(qtbot)
    keys = [p.key for p in dialog.preview.proposals]
    paper = keys.index("wos.txt#2")  # PY 2022, PD JAN: the first of January taken
    assert dialog.table.cellWidget(paper, 4).text() == "۱۴۰۰/۱۰/۱۱"
    dialog.table.cellWidget(paper, 4).setText("۱۴۰۰/۱۱/۰۵")
    dialog.table.cellWidget(paper, 5).setText("۶٫۵")
    for i in range(dialog.table.rowCount()):
        dialog.table.cellWidget(i, 0).setChecked(i == paper)
    dialog.importButton.click()
    wait(qtbot)
    stored = [a for a in scoring.list_activities(uow=demo_store.uow, faculty_id=member.id) if "Acoustic phonons" in a.description]
    assert len(stored) == 1 and stored[0].item.points == 6.5
    assert jdate(stored[0].date) == "۱۴۰۰/۱۱/۰۵"
