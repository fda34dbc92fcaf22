"""The program dialog records the institution's commitments (note 12) with the program."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from qotb_desktop.gui.program_dialog import ProgramDialog
from qotb_desktop.services import applications, centres


def test_the_clerk_records_the_institutions_commitments_and_finds_them_again(themed, qtbot, demo_store):
    centre = next(c for c in centres.list_centres(uow=demo_store.uow) if c.status == "applicant")
    dialog = ProgramDialog(demo_store.uow, centre.id, centre.title)
    qtbot.addWidget(dialog)
    assert dialog.ui.sections.count() == 12  # Appendix 3's sections; the commitments are the institution's
    assert "تبصره ۱۲" in dialog.ui.commitmentsLabel.text() and "امکانات کافی" in dialog.ui.institution_commitments.toolTip()
    assert dialog.ui.institution_commitments.toPlainText() == ""
    assert "ثبت نشده" in dialog.ui.institution_commitments.placeholderText()  # empty is allowed, and says so
    assert not dialog.is_dirty()
    dialog.ui.institution_commitments.setPlainText("فضای ۱۲۰ متری و دو کارشناس\nنامه رئیس دانشگاه")
    assert dialog.is_dirty()  # leaving now would ask
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    program = applications.get_program(uow=demo_store.uow, centre_id=centre.id)
    assert program.institution_commitments.startswith("فضای 120 متری") and "نامه رئیس دانشگاه" in program.institution_commitments

    again = ProgramDialog(demo_store.uow, centre.id, centre.title)
    qtbot.addWidget(again)
    assert again.ui.institution_commitments.toPlainText() == program.institution_commitments
    assert not again.is_dirty()
