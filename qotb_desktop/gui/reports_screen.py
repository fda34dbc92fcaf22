"""The reports screen: every paper the data supports, to preview, print or save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from qotb_desktop import documents
from qotb_desktop.gui import background, printing
from qotb_desktop.gui.forms.ui_reports_screen import Ui_ReportsScreen
from qotb_desktop.gui.preview import PreviewDialog, preview_document, report_failure
from qotb_desktop.gui.screens.base import Screen


class ReportsScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_ReportsScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.last_preview: PreviewDialog | None = None
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

    def _render(self, then) -> None:
        """Render the selected paper off the GUI thread, then hand it to ``then(doc, pdf)``."""
        doc = self.current()
        if doc is None:
            return
        background.run(doc.render, done=lambda pdf: then(doc, pdf), failed=lambda exc: report_failure(self, exc))

    def preview(self) -> None:
        doc = self.current()
        if doc is not None:
            preview_document(doc, self, on_open=lambda dialog: setattr(self, "last_preview", dialog))

    def print_(self) -> None:
        self._render(lambda doc, pdf: printing.print_with_dialog(printing.LoadedPdf(pdf), doc.title, self))

    def save(self) -> None:
        self._render(lambda doc, pdf: printing.save_with_dialog(pdf, doc.title, self))
