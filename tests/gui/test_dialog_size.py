"""An entry dialog keeps its width and its fields' places while the clerk types: the
error panel appearing or going does not narrow it (520 to about 270 px before) nor move
a field under the mouse, and the next dialog opens as wide."""

from __future__ import annotations


def _field_places(dialog) -> dict[str, tuple[int, int]]:
    return {
        name: (w.mapTo(dialog, w.rect().topLeft()).x(), w.mapTo(dialog, w.rect().topLeft()).y())
        for name, w in dialog.widgets().items()
    }


def test_the_dialog_keeps_its_width_and_fields_when_an_error_comes_and_goes(window, qtbot):
    window.show_screen("faculty")
    dialog = window.screens["faculty"].new_record()
    qtbot.waitExposed(dialog)
    width, places = dialog.width(), _field_places(dialog)
    assert width >= 520
    dialog.ui.national_code.setText("123")
    dialog.ui.national_code.editingFinished.emit()  # the clerk leaves the field: checked inline
    assert dialog.ui.errors.isVisible() and "کد ملی" in dialog.ui.errors.text()
    assert dialog.width() == width
    assert _field_places(dialog) == places  # nothing moved under the mouse
    assert dialog.ui.errors.geometry().top() > max(w.geometry().bottom() for w in dialog.widgets().values() if w.isVisible())
    dialog.ui.national_code.setText("0499370899")  # a valid code
    dialog.ui.national_code.editingFinished.emit()
    assert not dialog.ui.errors.isVisible()
    assert dialog.width() == width and _field_places(dialog) == places
    dialog.show_errors([])
    dialog.done(0)
    again = window.screens["faculty"].new_record()
    qtbot.waitExposed(again)
    assert again.width() == width
    again.done(0)
