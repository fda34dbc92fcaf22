"""Details a first-day clerk trips on (issue 16): pickers that normalise ي/ك, Persian
numbers, disabled actions that look disabled, the Jalali calendar popup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from qotb_desktop.domain.text import search_key
from qotb_desktop.services import centres, faculty


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
    assert screen.activities.rowCount() >= 0 and screen.ui.period is not None


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
