"""The calculator on revision 2 (issue 17.1, 17.2, 17.10): a journal board typed with its
first and last day counts the whole months inside note 8's window; an item not counted
(an old activity without a score) says why, and opens from that line to be mended."""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

import jdatetime
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from qotb_desktop.domain.dates import add_jalali_years, format_jalali
from qotb_desktop.domain.text import normalize_text
from qotb_desktop.gui.screens.scoring import COUNTED, NOT_COUNTED
from qotb_desktop.services import faculty, scoring
from qotb_desktop.store.models import Activity


def member_screen(window, demo_store):
    window.show_screen("scoring")
    screen = window.screens["scoring"]
    person = next(f for f in faculty.list_faculty(uow=demo_store.uow) if f.centre_title)
    screen.choose(person.id)
    return screen, person


def row_points(screen, row: int) -> Fraction:
    return next(r.points for r in screen.result.sheet.rows if r.row == row)


def test_a_journal_board_is_saved_with_its_days_and_scored_by_the_months_inside_the_window(window, demo_store):
    screen, person = member_screen(window, demo_store)
    first, _last = screen.result.sheet.window
    before = row_points(screen, 21)
    dialog = screen.new_record()
    dialog.ui.row.setCurrentIndex(dialog.ui.row.findData(21))
    start = add_jalali_years(first, -3)  # began three years before the window
    j = jdatetime.date.fromgregorian(date=add_jalali_years(first, 2))
    later = j.month + 5  # 2 years and 5 whole months inside the window, to the day before
    end = jdatetime.date(j.year + (later - 1) // 12, (later - 1) % 12 + 1, j.day).togregorian() - timedelta(days=1)
    dialog.ui.date.set_date(start)
    dialog.ui.end.set_date(end)
    dialog.ui.description.setText("هیأت تحریریه مجله فیزیک ایران")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errors.text()
    stored = next(
        a
        for a in scoring.list_activities(uow=demo_store.uow, faculty_id=person.id)
        if a.item.description == "هیأت تحریریه مجله فیزیک ایران"
    )
    assert (stored.item.date, stored.item.end) == (start, end)
    months = Fraction(29, 12)  # 2 years and 5 months: whole months only
    assert row_points(screen, 21) == before + months * Fraction("0.2")
    assert f"تاریخ پایان: {format_jalali(end)}" in stored.summary


def test_an_old_activity_without_a_score_says_why_and_opens_from_there(window, demo_store, qtbot):
    screen, person = member_screen(window, demo_store)
    inside = screen.result.sheet.window[0] + timedelta(days=400)
    with demo_store.uow as uow:  # as revision 1 stored it: a national project whose points were left empty
        uow.session.add(Activity(faculty_id=person.id, row=9, date=inside, description="طرح کلان ملی آب", points=None))
        uow.commit()
    screen.reload()
    before = screen.result.sheet.total
    rows = [screen.activities.record(r) for r in range(screen.activities.rowCount())]
    old = next(e for e in rows if e.item.description == "طرح کلان ملی آب")
    assert old.reason.startswith("امتیاز داده‌شده ندارد") and "ردیف ۹" in old.reason
    status = screen.activities.index(old.index, 5)
    assert screen.activities.data(status) == NOT_COUNTED
    assert screen.activities.data(status, Qt.ItemDataRole.ToolTipRole) == old.reason
    assert screen.activities.data(status, Qt.ItemDataRole.BackgroundRole) is not None  # shaded
    assert all(e.status == COUNTED for e in rows if e is not old and not e.reason)
    note = screen.ui.excluded
    assert screen.excluded_pane.isVisibleTo(screen)
    assert "«طرح کلان ملی آب»" in note.text() and "امتیاز داده‌شده ندارد" in note.text()

    note.linkActivated.emit(str(old.index))  # the line's «ویرایش…»
    dialog = screen.findChildren(QDialog)[-1]
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.row.currentData() == 9 and dialog.ui.description.text() == "طرح کلان ملی آب"
    assert dialog.ui.points.text() == ""  # still no score: the clerk types it
    dialog.ui.points.setText("۱۲")
    dialog.ui.evidence.setText("معاونت علمی، نامه ۴۵۶")
    dialog.accept()
    assert screen.result.sheet.total == before + 12
    assert not screen.excluded_pane.isVisibleTo(screen) or "طرح کلان ملی آب" not in screen.ui.excluded.text()
    stored = next(a for a in scoring.list_activities(uow=demo_store.uow, faculty_id=person.id) if a.id == old.id)
    assert stored.item.evidence == normalize_text("معاونت علمی، نامه ۴۵۶")  # stored as every text is


def test_the_rows_table_shows_each_rows_rule(window, demo_store):
    screen, _ = member_screen(window, demo_store)
    tips = {
        screen.rows.record(r).row: screen.rows.data(screen.rows.index(r, 1), Qt.ItemDataRole.ToolTipRole)
        for r in range(screen.rows.rowCount())
    }
    assert "از مرتبه علمی عضو" in tips[1] and not tips[1].endswith("\n.")  # row 1's rule, not an empty «.»
    assert "۰٫۲ امتیاز" in tips[21] and "۰.۲" not in tips[21]
    assert "تاریخ لازم نیست" not in tips[18] and "تا ۲ امتیاز" in tips[18]
