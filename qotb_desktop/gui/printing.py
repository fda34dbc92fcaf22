"""Paper and files: printing a form's PDF through the system print dialog, saving it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from qotb_desktop import output_files
from qotb_desktop.gui import files

PRINT_DPI = 300  # pages are rendered at this resolution, then scaled onto the printer's page


class LoadedPdf:
    """A QPdfDocument over bytes in memory (the buffer must live as long as the document)."""

    def __init__(self, pdf: bytes):
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)

    @property
    def landscape(self) -> bool:
        size = self.document.pagePointSize(0)
        return size.width() > size.height()


def send_to_printer(pdf: LoadedPdf, printer: QPrinter) -> int:
    """Draw each page (or the range chosen in the dialog) onto ``printer``; returns pages printed."""
    doc = pdf.document
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), doc.pageCount()) - 1 if printer.toPage() else doc.pageCount() - 1
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    printed = 0
    ended = False
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            points = doc.pagePointSize(index)
            image = doc.render(index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
        ended = painter.end()  # a PDF printed to a file is written here: False when it could not be
    finally:
        if not ended and painter.isActive():
            painter.end()
    return printed if ended else 0


def new_printer(pdf: LoadedPdf, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # Qt's print dialog proposes "<document name>.pdf" when printing to a file: a safe name
    printer.setDocName(files.safe_filename(title))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if pdf.landscape else QPageLayout.Orientation.Portrait)
    printer.setFromTo(1, pdf.document.pageCount())
    return printer


def print_with_dialog(pdf: LoadedPdf, title: str, parent: QWidget | None = None) -> bool:
    printer = new_printer(pdf, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"چاپ {title}")
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    output_in_last_folder(dialog, printer)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if not printer.outputFileName():
        return send_to_printer(pdf, printer) > 0
    # Printed to a file (Qt's dialog asked before an existing one is replaced): as every file
    # the program writes, never over the database's own files, and whole or not at all.
    wanted = printer.outputFileName()
    files.remember(wanted)
    try:
        with output_files.whole(wanted, overwrite=True) as tmp:
            printer.setOutputFileName(str(tmp))
            if send_to_printer(pdf, printer) == 0:
                raise output_files.OutputRefused(tmp, f"چاپ در پرونده {wanted} انجام نشد؛ چیزی زیر این نام نوشته نشد.")
    except output_files.OutputRefused as exc:
        QMessageBox.warning(parent, f"چاپ {title}", files.shown(exc))
        return False
    finally:
        printer.setOutputFileName(wanted)
    return True


def output_in_last_folder(dialog: QPrintDialog, printer: QPrinter) -> None:
    """Qt's own print dialog (not Windows') proposes its "print to file" name in the
    working or home folder: the last folder used instead, under the document's safe name."""
    field = dialog.findChild(QLineEdit, "filename")
    if field is not None:
        field.setText(str(files.last_folder() / f"{printer.docName()}.pdf"))


def save_with_dialog(pdf: bytes, title: str, parent: QWidget | None = None) -> Path | None:
    """Ask where to save the paper ``title`` (its name made safe, in the last folder used)
    and write the file whole (files.save_bytes: never over the database's own files; a
    refusal, a full disk included, said in a message box). None when nothing was saved."""
    target, _ = files.ask_save(parent, "ذخیره PDF", title, ".pdf", "PDF (*.pdf)")
    if target is None:
        return None
    confirmed = target.suffix.lower() == ".pdf"  # the dialog asked about this very name
    if not confirmed:
        target = target.with_name(f"{target.name}.pdf")
    return files.save_bytes(parent, "ذخیره PDF", target, pdf, confirmed=confirmed)
