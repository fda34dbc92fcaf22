"""Print preview (QtPdf), with Print and Save PDF."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from qotb_desktop.gui import printing
from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_preview_dialog import Ui_PreviewDialog


class PreviewDialog(QDialog):
    def __init__(self, pdf: bytes, *, title: str, filename: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"پیش‌نمایش: {title}")
        self._pdf, self._title, self._filename = pdf, title, filename
        self.loaded = printing.LoadedPdf(pdf)
        view = self.ui.view
        view.setDocument(self.loaded.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.pages.setText(f"{num(self.loaded.document.pageCount())} صفحه")
        self.ui.printButton.clicked.connect(self.print_)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def print_(self) -> None:
        printing.print_with_dialog(self.loaded, self._title, self)

    def save(self) -> None:
        printing.save_with_dialog(self._pdf, self._filename, self)
