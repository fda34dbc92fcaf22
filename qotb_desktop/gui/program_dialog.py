"""A centre's program: Appendix 3's twelve sections, one at a time, the institution's
commitments to the centre (note 12), and the two confirmations of article 5 (5-3
equipment, 5-4 program)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.forms.ui_program_dialog import Ui_ProgramDialog
from qotb_desktop.gui.record_dialog import RecordDialog
from qotb_desktop.services import applications

NOTE_12 = (
    "تبصره ۱۲: «هر مؤسسه متعهد می‌شود امکانات کافی، از قبیل فضای مناسب، نیروی انسانی، و امکانات "
    "سخت‌افزاری، نرم‌افزاری و آزمایشگاهی را در اختیار قطب‌های علمی خود قرار دهد.»"
)
COMMITMENTS_HINT = (
    "آنچه مؤسسه برای این قطب متعهد شده است (فضا، نیروی انسانی، امکانات سخت‌افزاری، نرم‌افزاری و "
    "آزمایشگاهی) و نامه‌ای که تعهد در آن آمده است؛ خالی هم ذخیره می‌شود و درخواست «ثبت نشده» چاپ می‌کند."
)


class ProgramDialog(RecordDialog):
    FIELDS = ("institution_commitments", "equipment_confirmed", "program_confirmed")

    def __init__(self, uow, centre_id: int, title: str, parent: QWidget | None = None):
        super().__init__(Ui_ProgramDialog(), parent)
        self._uow, self._centre_id = uow, centre_id
        self.setWindowTitle(f"برنامه «{title}» (پیوست ۳)")
        program = applications.get_program(uow=uow, centre_id=centre_id)
        self.texts = {number: text for number, _title, text in program.sections}
        self._saved_texts = dict(self.texts)
        for number, section_title, _text in program.sections:
            item = QListWidgetItem(f"{to_persian_digits(number)}. {section_title}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.ui.sections.addItem(item)
        self.ui.sections.currentRowChanged.connect(self._show)
        self.ui.text.textChanged.connect(self._typed)
        self.layout().setStretchFactor(self.ui.splitter, 1)  # the sections take the height; the commitments a few lines
        self.ui.institution_commitments.setPlaceholderText(COMMITMENTS_HINT)
        self.ui.institution_commitments.setToolTip(NOTE_12)
        self.ui.commitmentsLabel.setToolTip(NOTE_12)
        self.load(
            {
                "institution_commitments": program.institution_commitments,
                "equipment_confirmed": program.equipment_confirmed,
                "program_confirmed": program.program_confirmed,
            }
        )
        self._mark()
        self.ui.sections.setCurrentRow(0)

    def current_number(self) -> int:
        return self.ui.sections.currentItem().data(Qt.ItemDataRole.UserRole)

    def _show(self, _row: int) -> None:
        self.ui.text.blockSignals(True)
        self.ui.text.setPlainText(self.texts[self.current_number()])
        self.ui.text.blockSignals(False)

    def _typed(self) -> None:
        self.texts[self.current_number()] = self.ui.text.toPlainText()
        self._mark()

    def _mark(self) -> None:
        """Sections still empty are shown in grey with «(خالی)»."""
        for i in range(self.ui.sections.count()):
            item = self.ui.sections.item(i)
            empty = not self.texts[item.data(Qt.ItemDataRole.UserRole)].strip()
            item.setForeground(Qt.GlobalColor.gray if empty else Qt.GlobalColor.black)
            item.setToolTip("این بخش هنوز نوشته نشده است." if empty else "")

    def is_dirty(self) -> bool:
        return self.texts != self._saved_texts or super().is_dirty()

    def save(self, values: dict[str, Any]) -> None:
        applications.save_program(
            uow=self._uow,
            centre_id=self._centre_id,
            sections=self.texts,
            equipment_confirmed=values["equipment_confirmed"],
            program_confirmed=values["program_confirmed"],
            institution_commitments=values["institution_commitments"],
        )
        self._saved_texts = dict(self.texts)
