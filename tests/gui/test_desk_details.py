"""Details a first-day clerk trips on (issue 16): pickers that normalise ي/ك, Persian
numbers, disabled actions that look disabled, the Jalali calendar popup."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from qotb_desktop.domain.text import search_key
from qotb_desktop.services import centres, faculty, scoring


def type_persian(widget: QLineEdit, text: str) -> None:
    """Persian typed a key at a time (qtbot.keyClicks aborts on non-Latin-1 text)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def kazemis(demo_store) -> list[int]:
    return [f.id for f in faculty.list_faculty(uow=demo_store.uow) if "کاظمی" in f.full_name]


def offered(combo: QComboBox) -> list[str]:
    completer = combo.completer()
    model = completer.completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def pick_typed(qtbot, combo: QComboBox, typed: str, expected: list[int]) -> None:
    type_persian(combo.lineEdit(), typed)
    shown = offered(combo)
    assert len(shown) == len(expected) >= 1
    assert all("کاظمی" in text for text in shown)
    popup = combo.completer().popup()
    assert popup.isVisible()
    popup.setCurrentIndex(combo.completer().completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() in expected


def test_the_scoring_member_picker_finds_arabic_typed_names(window, demo_store, qtbot):
    expected = kazemis(demo_store)
    assert len(expected) >= 2
    window.show_screen("scoring")
    screen = window.screens["scoring"]
    pick_typed(qtbot, screen.ui.member, "كاظمي", expected)
    assert screen.member_id() in expected  # the screen followed the pick
    listed = scoring.list_activities(uow=demo_store.uow, faculty_id=screen.member_id())
    assert listed and screen.activities.rowCount() == len(listed)  # and shows that member's activities


@pytest.fixture
def membership_dialog(window, demo_store, qtbot):
    from qotb_desktop.gui.dialogs import MembershipDialog

    centre = centres.list_centres(uow=demo_store.uow)[0]
    dialog = MembershipDialog(demo_store.uow, centre)
    dialog.show()
    yield dialog
    dialog.done(0)  # closed without the «discard?» question
    dialog.deleteLater()


def test_the_membership_dialog_finds_arabic_typed_names(membership_dialog, demo_store, qtbot):
    dialog = membership_dialog
    expected = kazemis(demo_store)
    pick_typed(qtbot, dialog.ui.faculty_id, "كاظمي", expected)
    assert dialog.values()["faculty_id"] in expected


def test_a_name_typed_whole_with_arabic_letters_is_read_as_the_item(membership_dialog):
    dialog = membership_dialog
    combo = dialog.ui.faculty_id
    item = next(i for i in range(combo.count()) if "کاظمی" in combo.itemText(i))
    combo.setEditText(combo.itemText(item).replace("ی", "ي").replace("ک", "ك"))
    assert search_key(combo.currentText()) == search_key(combo.itemText(item))
    assert dialog.values()["faculty_id"] == combo.itemData(item)


# -- 16.12: numbers that read as dates ----------------------------------------------------


def finalised_meeting(window, demo_store):
    from qotb_desktop.services import meetings

    window.show_screen("meetings")
    screen = window.screens["meetings"]
    decided = [
        m for m in meetings.list_meetings(uow=demo_store.uow) if m.state == "finalised"
        and any(i.decision for i in meetings.get_meeting(uow=demo_store.uow, meeting_id=m.id).items)
    ]  # fmt: skip
    screen.list.select_record(lambda m: m.id == decided[0].id)
    assert screen.view.state == "finalised"
    return screen


def test_a_vote_tally_names_each_count_on_screen(window, demo_store):
    screen = finalised_meeting(window, demo_store)
    column = next(c for c in range(screen.items.columnCount()) if screen.items.headerData(c, Qt.Orientation.Horizontal) == "آرا")
    shown = [screen.items.index(r, column).data() for r in range(screen.items.rowCount())]
    votes = [s for s in shown if s]
    assert votes and all(s.startswith("موافق ") and "، مخالف " in s and "، ممتنع " in s for s in votes)
    assert not any("/" in s for s in votes)


def test_a_decimal_in_a_table_cell_is_shown_with_the_persian_separator():
    from qotb_desktop.gui.table_model import Column, RecordTableModel

    model = RecordTableModel([Column("امتیاز", lambda r: str(r)), Column("تاریخ", lambda r: "1403/07/01")])
    model.set_rows([1395.4])
    assert model.index(0, 0).data() == "۱۳۹۵٫۴"
    assert model.index(0, 1).data() == "۱۴۰۳/۰۷/۰۱"


# -- 16.8: what cannot be used looks so, and says why ----------------------------------------


def dark_pixels(widget) -> int:
    """Pixels as dark as the desk's text colour (#1f2933): the text of an enabled widget."""
    image = widget.grab().toImage()
    return sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).lightness() < 90
    )  # fmt: skip


def test_a_disabled_button_looks_disabled(themed, qtbot):
    from PySide6.QtWidgets import QPushButton

    enabled, disabled = QPushButton("غایب"), QPushButton("غایب")
    disabled.setEnabled(False)
    for button in (enabled, disabled):
        qtbot.addWidget(button)
        button.resize(120, 36)
        button.show()
    assert dark_pixels(enabled) > 20
    assert dark_pixels(disabled) == 0


def test_on_a_finalised_meeting_attendance_cannot_be_marked_and_says_why(window, demo_store, qtbot):
    screen = finalised_meeting(window, demo_store)
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(0, 0))
    for button in (screen.ui.absentButton, screen.ui.presentButton, screen.ui.lateButton, screen.ui.leftButton):
        assert not button.isEnabled()
        assert "نهایی" in button.toolTip()
    assert not screen.ui.decideButton.isEnabled()


def test_on_a_draft_meeting_absent_needs_a_member_chosen(window, demo_store, qtbot):
    from qotb_desktop.services import meetings

    window.show_screen("meetings")
    screen = window.screens["meetings"]
    dialog = screen.new_record()
    dialog.ui.held_on.set_date(date.today())
    dialog.accept()
    draft = next(m for m in meetings.list_meetings(uow=demo_store.uow) if m.state == "draft")
    screen.list.select_record(lambda m: m.id == draft.id)
    screen.ui.attendance.clearSelection()
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(-1, 0))
    assert not screen.ui.absentButton.isEnabled() and "برگزینید" in screen.ui.absentButton.toolTip()
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(0, 0))
    assert screen.ui.absentButton.isEnabled() and screen.ui.absentButton.toolTip() == ""
    qtbot.mouseClick(screen.ui.absentButton, Qt.MouseButton.LeftButton)
    assert screen.view.attendees[0].status == "absent"


# -- 16.9: the calendar popup ------------------------------------------------------------------


def popped(qtbot, when):
    from PySide6.QtWidgets import QTableView

    from qotb_desktop.gui.widgets import JalaliDateEdit

    field = JalaliDateEdit()
    qtbot.addWidget(field)
    field.set_date(when)
    field.show()
    field.popup()
    view = field.calendar.findChild(QTableView)
    return field, view


def test_the_popup_highlights_the_fields_date_and_enter_inserts_it(themed, qtbot):
    from datetime import date as day

    from PySide6.QtCore import QDate

    field, view = popped(qtbot, day(2024, 9, 22))  # ۱۴۰۳/۰۷/۰۱
    assert field.calendar.selectedDate() == QDate(2024, 9, 22)
    assert view.currentIndex().data() == 1  # the cell highlighted is the first of Mehr
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert field.text() == "۱۴۰۳/۰۷/۰۱"


def test_an_empty_field_opens_on_today_and_the_highlight_is_today(themed, qtbot):
    from PySide6.QtCore import QDate

    from qotb_desktop.domain.dates import format_jalali

    field, view = popped(qtbot, None)
    assert field.calendar.selectedDate() == QDate.currentDate()
    today = format_jalali(date.today(), persian_digits=False)
    assert view.currentIndex().data() == int(today.split("/")[2])  # not a week off (Qt's own grid)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert field.date() == date.today()


def test_the_week_starts_on_saturday_and_only_friday_is_the_weekend(themed, qtbot):
    from qotb_desktop.gui.widgets import FRIDAY_COLOUR

    field, view = popped(qtbot, None)
    calendar = field.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert calendar.calendar().name() == "Jalali"
    header = view.model().index(0, 0).data()
    assert header == "شنبه"  # the first column (on the right)
    red = {d for d in Qt.DayOfWeek if calendar.weekdayTextFormat(d).foreground().color().name() == FRIDAY_COLOUR}
    assert red == {Qt.DayOfWeek.Friday}
    weekend_red = {"#ff0000", FRIDAY_COLOUR}
    for d in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        assert calendar.weekdayTextFormat(d).foreground().color().name() not in weekend_red


# -- 16.7: the change log in the clerk's words ------------------------------------------------


def screen_text(widget) -> str:
    """Everything the screen shows as text: labels, and every cell and header of its tables."""
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    parts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        parts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
        parts += [
            str(model.index(r, c).data() or "") for r in range(min(model.rowCount(), 50)) for c in range(model.columnCount())
        ]  # fmt: skip
    return "\n".join(parts)


def test_the_change_log_shows_a_rank_change_in_persian_before_and_after(window, demo_store, qtbot):
    import re

    from qotb_desktop.gui.dialogs import FacultyDialog

    person = next(f for f in faculty.list_faculty(uow=demo_store.uow) if f.rank == "assistant_professor")
    dialog = FacultyDialog(demo_store.uow, faculty.get_faculty(uow=demo_store.uow, faculty_id=person.id))
    dialog.ui.rank.setCurrentIndex(dialog.ui.rank.findData("associate_professor"))
    dialog.accept()
    assert dialog.saved == person.id

    window.show_screen("audit")
    screen = window.screens["audit"]
    screen.page.select_record(lambda e: e.table == "faculty_member" and e.action == "update" and e.record_id == str(person.id))
    row = screen.page.current_record()
    assert row.summary == "مرتبه علمی: از استادیار به دانشیار"
    assert person.full_name in row.record
    assert [tuple(screen.details.index(0, c).data() for c in range(3))] == [("مرتبه علمی", "استادیار", "دانشیار")]
    headers = [screen.details.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["فیلد", "پیش از تغییر", "پس از تغییر"]

    text = screen_text(screen)
    assert "استادیار" in text and "دانشیار" in text
    # no machine name: the usernames column is Latin by nature (an account's name), so it is left out
    shown = text.replace("clerk", "").replace("admin", "")
    for machine in ("rank", "assistant_professor", "institution_id", "True", "None", "←", "status:"):
        assert machine not in shown, machine
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shown)  # no Gregorian ISO date
    assert not re.search(r"[a-z]+_[a-z]+", shown)  # no column name


# -- 16.17: every input named for a screen reader; Tab reaches Save ----------------------------


def unnamed_inputs(root) -> list[str]:
    from PySide6.QtWidgets import QWidget

    from qotb_desktop.gui import accessibility

    return [
        f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, accessibility.INPUTS)
        and not accessibility._internal(w)
        and w.isVisibleTo(root)
        and not accessibility.is_persian(w.accessibleName())
    ]


def tab_reaches_save(qtbot, dialog) -> bool:
    from PySide6.QtWidgets import QDialogButtonBox

    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    first = dialog.widgets()[dialog.FIELDS[0]]
    first.setFocus()
    for _ in range(60):
        focused = dialog.focusWidget()
        if focused is save:
            return True
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return False


def test_every_screen_and_entry_dialog_names_its_inputs_and_tab_reaches_save(window, qtbot):
    from qotb_desktop.gui.record_dialog import RecordDialog

    problems, dialogs = {}, 0
    for key, screen in window.screens.items():
        window.show_screen(key)
        if missing := unnamed_inputs(screen):
            problems[key] = missing
        dialog = screen.new_record()
        if isinstance(dialog, RecordDialog):
            dialogs += 1
            qtbot.waitUntil(dialog.isVisible)
            if missing := unnamed_inputs(dialog):
                problems[type(dialog).__name__] = missing
            if not tab_reaches_save(qtbot, dialog):
                problems[f"{type(dialog).__name__} Tab"] = [str(dialog.focusWidget())]
            dialog.done(0)
    assert problems == {}
    assert dialogs >= 6


def test_a_dialogs_tab_order_follows_the_form_top_to_bottom(window, qtbot):

    window.show_screen("faculty")
    dialog = window.screens["faculty"].new_record()
    qtbot.waitUntil(dialog.isVisible)
    chain, widget = [], dialog.ui.national_code
    for _ in range(200):  # Tab as the clerk presses it: Qt's focus chain from the first field
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.ui.national_code:
            break
    named = [w.objectName() for w in chain if w.objectName() in dialog.FIELDS]
    assert named.index("national_code") < named.index("first_name") < named.index("email") < named.index("phone")
    assert dialog.ui.national_code.accessibleName() == "کد ملی"
    assert dialog.ui.hired_on.line.accessibleName() == dialog.ui.hired_on.accessibleName() != ""
    dialog.done(0)
