"""Fields do not move while the clerk types (the walkthrough's new-centre dialog grew 40 px
when a title was pasted: the list of collaborating institutions stretched and every
field below it moved down)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def _type(widget, text: str) -> None:
    for ch in text:  # Persian through keyClicks aborts the process (docs/testing.md)
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _places(dialog) -> dict[str, tuple[int, int, int]]:
    return {name: (w.mapTo(dialog, w.rect().topLeft()).y(), w.height(), w.width()) for name, w in dialog.widgets().items()}


def test_the_new_centre_dialog_keeps_its_height_and_fields_while_typing(window, qtbot):
    window.show_screen("centres")
    dialog = window.screens["centres"].new_record()
    qtbot.waitExposed(dialog)
    size, places = dialog.size(), _places(dialog)
    partners = dialog.ui.partner_institution_ids
    assert partners.height() >= partners.maximumHeight()  # the list has its room from the start
    dialog.ui.title.setFocus()
    _type(dialog.ui.title, "قطب علمی آزمون")
    dialog.ui.title.editingFinished.emit()  # checked as the clerk leaves the field: nothing wrong in it
    qtbot.wait(20)
    assert not dialog.ui.errors.isVisible()
    assert dialog.size() == size
    assert _places(dialog) == places
    dialog.done(0)


def test_every_entry_dialog_opens_as_tall_as_its_fields_want(window, qtbot):
    window.show_screen("faculty")
    dialog = window.screens["faculty"].new_record()
    qtbot.waitExposed(dialog)
    layout = dialog.layout()
    need = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    assert dialog.height() >= min(need, dialog.screen().availableGeometry().height() - 40)
    dialog.done(0)
