"""The reports screen: every paper the data supports, to preview, print or save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QMessageBox

from qotb_desktop import documents
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.gui import printing
from qotb_desktop.gui.forms.ui_reports_screen import Ui_ReportsScreen
from qotb_desktop.gui.preview import PreviewDialog
from qotb_desktop.gui.screens.base import Screen


class ReportsScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_ReportsScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.printButton.clicked.connect(self.print_)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.papers.itemActivated.connect(lambda _item: self.preview())
        self.ui.papers.currentRowChanged.connect(self._enable)

    def reload(self) -> None:
        self.ui.papers.clear()
        for doc in documents.available(uow=self.uow):
            item = QListWidgetItem(doc.title)
            item.setData(Qt.ItemDataRole.UserRole, doc)
            self.ui.papers.addItem(item)
        if self.ui.papers.count():
            self.ui.papers.setCurrentRow(0)
        self._enable()

    def _enable(self, *_args: object) -> None:
        has = self.ui.papers.currentItem() is not None
        for button in (self.ui.previewButton, self.ui.printButton, self.ui.saveButton):
            button.setEnabled(has)

    def current(self) -> documents.Document | None:
        item = self.ui.papers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _render(self) -> tuple[documents.Document, bytes] | None:
        doc = self.current()
        if doc is None:
            return None
        try:
            return doc, doc.render()
        except DomainError as exc:
            QMessageBox.warning(self, "ساخت فرم", str(exc))
            return None

    def preview(self) -> PreviewDialog | None:
        made = self._render()
        if made is None:
            return None
        doc, pdf = made
        dialog = PreviewDialog(pdf, title=doc.title, filename=doc.filename, parent=self)
        dialog.open()
        return dialog

    def print_(self) -> None:
        made = self._render()
        if made:
            printing.print_with_dialog(printing.LoadedPdf(made[1]), made[0].title, self)

    def save(self) -> None:
        made = self._render()
        if made:
            printing.save_with_dialog(made[1], made[0].filename, self)
