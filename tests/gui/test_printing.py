"""Preview, print and save from the reports screen (offscreen; the printer writes a PDF)."""

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from qotb_desktop.gui import printing
from tests.pdf_text import fa, find, pages


def test_reports_screen_lists_every_paper_the_data_supports(window):
    window.show_screen("reports")
    screen = window.screens["reports"]
    titles = [screen.ui.papers.item(i).text() for i in range(screen.ui.papers.count())]
    assert titles[0] == "فهرست اعضای هیأت علمی"
    assert titles[-1] == "ترکیب شورای قطب‌های علمی"
    assert sum(t.startswith("فهرست اعضای قطب") for t in titles) == 4


def test_preview_shows_the_form(window, qtbot):
    window.show_screen("reports")
    screen = window.screens["reports"]
    dialog = screen.preview()
    qtbot.addWidget(dialog)
    count = dialog.loaded.document.pageCount()
    assert count >= 2
    assert dialog.ui.pages.text() == f"{fa(count)} صفحه"
    assert dialog.ui.view.document() is dialog.loaded.document


def test_printing_sends_every_page_to_the_printer(window, tmp_path):
    screen = window.screens["reports"]
    screen.ui.papers.setCurrentRow(0)
    pdf = screen.current().render()
    loaded = printing.LoadedPdf(pdf)
    printer = printing.new_printer(loaded, "فهرست")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file instead of paper
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printing.send_to_printer(loaded, printer) == loaded.document.pageCount()
    assert len(pages((tmp_path / "printed.pdf").read_bytes())) == loaded.document.pageCount()
    # a page range chosen in the dialog is honoured
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setFromTo(2, 2)
    assert printing.send_to_printer(loaded, printer) == 1


def test_save_pdf_writes_the_file_where_the_clerk_chose(window, tmp_path, monkeypatch):
    screen = window.screens["reports"]
    screen.ui.papers.setCurrentRow(screen.ui.papers.count() - 1)
    chosen = tmp_path / "شورا"  # no extension typed
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "PDF (*.pdf)"))
    screen.save()
    saved = chosen.with_suffix(".pdf")
    assert find(pages(saved.read_bytes())[0], "ترکیب شورای قطب‌های علمی") >= 0
