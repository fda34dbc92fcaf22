"""The error panel keeps the errors of the fields still wrong (the walkthrough's faculty
dialog: mending the national code cleared the whole panel and the pink of «مؤسسه» and
«گروه / رشته», though both were still unset)."""

from __future__ import annotations


def test_mending_one_field_after_save_keeps_the_other_fields_errors(window, qtbot):
    window.show_screen("faculty")
    dialog = window.screens["faculty"].new_record()
    qtbot.waitExposed(dialog)
    dialog.ui.national_code.setText("1234567890")  # a wrong check digit
    dialog.ui.first_name.setText("Ali")
    dialog.ui.last_name.setText("Rezai")
    dialog.accept()  # Save: three fields wrong
    assert dialog.isVisible()
    panel = dialog.ui.errors
    assert panel.isVisible()
    assert all(word in panel.text() for word in ("کد ملی", "مؤسسه", "گروه / رشته"))
    dialog.ui.national_code.setText("0499370899")  # mended
    dialog.ui.national_code.editingFinished.emit()  # the clerk leaves the field
    assert panel.isVisible()
    assert "کد ملی" not in panel.text()
    assert "مؤسسه" in panel.text() and "گروه / رشته" in panel.text()
    assert dialog.ui.institution_id.property("invalid") and dialog.ui.field_key.property("invalid")
    assert not dialog.ui.national_code.property("invalid")
    dialog.ui.institution_id.setCurrentIndex(1)
    dialog.ui.institution_id.activated.emit(1)
    assert "مؤسسه" not in panel.text() and "گروه / رشته" in panel.text()
    dialog.done(0)


def test_before_save_only_the_fields_left_are_checked(window, qtbot):
    window.show_screen("faculty")
    dialog = window.screens["faculty"].new_record()
    qtbot.waitExposed(dialog)
    dialog.ui.national_code.setText("123")
    dialog.ui.national_code.editingFinished.emit()
    assert "کد ملی" in dialog.ui.errors.text() and "مؤسسه" not in dialog.ui.errors.text()  # not yet reached
    dialog.done(0)


def test_a_field_left_as_its_dialog_goes_away_raises_nothing(window, qtbot):
    """A field losing its focus while the window closes sends its last edit to a dialog
    Qt is deleting (its error panel gone first): nothing to show, and no error."""
    import shiboken6

    window.show_screen("faculty")
    dialog = window.screens["faculty"].new_record()
    qtbot.waitExposed(dialog)
    dialog.ui.national_code.setText("1234567890")
    dialog.accept()  # Save refused: the panel shows
    assert dialog.ui.errors.isVisible()
    field = dialog.ui.national_code
    shiboken6.delete(dialog.ui.errors)  # the panel deleted before the field, as at the window's close
    field.editingFinished.emit()  # raised RuntimeError («already deleted») before
    dialog.done(0)
