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
    assert "ترکیب شورای قطب‌های علمی" in titles
    assert sum(t.startswith("فهرست اعضای قطب") for t in titles) == 4
    assert sum(t.startswith("برگه امتیاز") for t in titles) == 1
    assert sum(t.startswith("خلاصه بررسی ماده ۵") for t in titles) == 3  # the centres with a period
    assert sum(t.startswith("درخواست تشکیل قطب") for t in titles) == 4


def test_preview_shows_the_form(window, qtbot):
    window.show_screen("reports")
    screen = window.screens["reports"]
    screen.preview()  # rendered off the GUI thread
    qtbot.waitUntil(lambda: screen.last_preview is not None)
    dialog = screen.last_preview
    qtbot.addWidget(dialog)
    count = dialog.loaded.document.pageCount()
    assert count >= 2
    assert dialog.ui.pages.text() == f"{fa(count)} صفحه"
    assert dialog.ui.view.document() is dialog.loaded.document


def test_printing_sends_every_page_to_the_printer(window, tmp_path):
    window.show_screen("reports")
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


def test_save_pdf_writes_the_file_where_the_clerk_chose(window, tmp_path, monkeypatch, qtbot):
    window.show_screen("reports")
    screen = window.screens["reports"]
    titles = [screen.ui.papers.item(i).text() for i in range(screen.ui.papers.count())]
    screen.ui.papers.setCurrentRow(titles.index("ترکیب شورای قطب‌های علمی"))
    chosen = tmp_path / "شورا"  # no extension typed
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "PDF (*.pdf)"))
    screen.save()
    saved = chosen.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists)
    assert find(pages(saved.read_bytes())[0], "ترکیب شورای قطب‌های علمی") >= 0


def test_a_paper_that_cannot_be_made_says_why(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from qotb_desktop import documents
    from qotb_desktop.domain.errors import DomainError
    from qotb_desktop.gui import background

    def broken():
        raise DomainError("داده این فرم کامل نیست.")

    screen = window.screens["reports"]
    monkeypatch.setattr(screen, "current", lambda: documents.Document("x", "فرم", "x.pdf", broken))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warned.append(text))
    screen.preview()
    qtbot.waitUntil(lambda: not background.busy())
    assert warned == ["داده این فرم کامل نیست."]
    assert screen.last_preview is None


def test_a_paper_printed_after_a_change_shows_the_change(window, qtbot, demo_store):
    window.show_screen("reports")
    screen = window.screens["reports"]
    screen.ui.papers.setCurrentRow(0)  # listed before the change, printed after it
    from qotb_desktop.services import faculty

    person = faculty.list_faculty(uow=demo_store.uow)[0]
    faculty.update_faculty(
        uow=demo_store.uow, faculty_id=person.id, national_code=person.national_code, first_name="نام‌تازه",
        last_name=person.last_name, rank=person.rank, institution_id=person.institution_id, field_key=person.field_key,
    )  # fmt: skip
    screen.preview()
    qtbot.waitUntil(lambda: screen.last_preview is not None)
    qtbot.addWidget(screen.last_preview)
    lines = [line for page in pages(screen.last_preview._pdf) for line in page]
    assert find(lines, f"نام‌تازه {person.last_name}") >= 0


def test_switching_screens_shows_what_another_screen_saved(window, demo_store):
    from qotb_desktop.services import institutions

    window.show_screen("institutions")
    institutions.add_institution(uow=demo_store.uow, name="دانشگاه شیراز")
    window.show_screen("faculty")
    window.show_screen("institutions")
    assert any(r.name == "دانشگاه شیراز" for r in window.screens["institutions"].page.visible_records())
