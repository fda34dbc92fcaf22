"""Print preview (QtPdf), with Print and Save PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import isolate_path
from qotb_desktop.gui import background, fitting, printing
from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_preview_dialog import Ui_PreviewDialog


class PreviewDialog(QDialog):
    def __init__(self, pdf: bytes, *, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"پیش‌نمایش: {title}")
        self._pdf, self._title = pdf, title
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
        self._placed = False
        fitting.fit_dialog(self)  # 900x1000 asked for; on a 1366x768 laptop, what the screen has

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            fitting.clamp(self, maximise=False)  # the real frame known: wholly on the screen

    def print_(self) -> None:
        printing.print_with_dialog(self.loaded, self._title, self)

    def save(self) -> None:
        """Save PDF: proposed under the title (made a safe name); where it went is said in
        the preview, the path readable left to right within the Persian."""
        saved = printing.save_with_dialog(self._pdf, self._title, self)
        if saved is not None:
            self.ui.saved.setText(f"ذخیره شد در: {isolate_path(saved)}")
            self.ui.saved.setToolTip(str(saved))
            self.ui.saved.setStyleSheet(fitting.SAVED_STYLE)
            self.ui.saved.show()


def report_failure(parent: QWidget, exc: Exception) -> None:
    """A paper that could not be made: the reason, in Persian when it is the clerk's to mend."""
    text = str(exc) if isinstance(exc, DomainError) else f"فرم ساخته نشد: {exc}"
    QMessageBox.warning(parent, "ساخت فرم", text)


def preview_document(doc, parent: QWidget, on_open: Callable[[PreviewDialog], object] | None = None) -> None:
    """Render ``doc`` off the GUI thread, then open its preview (Print and Save PDF are there)."""

    def show(pdf: bytes) -> None:
        dialog = PreviewDialog(pdf, title=doc.title, parent=parent)
        dialog.open()
        if on_open:
            on_open(dialog)

    background.run(doc.render, done=show, failed=lambda exc: report_failure(parent, exc))
