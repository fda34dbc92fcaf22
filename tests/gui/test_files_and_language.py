"""Every file name the program proposes is one valid file name; every file dialog starts
in the last folder used; Qt's own dialogs speak Persian (issue 16, items 1, 3, 14)."""

import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeView,
    QWidget,
)

from qotb_desktop import documents
from qotb_desktop.domain.filenames import is_safe_filename
from qotb_desktop.gui import app as app_module
from qotb_desktop.gui import background, files, language, printing
from qotb_desktop.paths import resources_dir
from qotb_desktop.services import meetings


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    """The last folder is remembered in a settings file of the test's own."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(files, "settings", lambda: store)
    return store


def proposing(monkeypatch, answer: Path | None = None) -> list[Path]:
    """The static save dialog replaced: what it proposes is collected, ``answer`` chosen."""
    proposed: list[Path] = []

    def ask(_parent, _caption, start, *_rest, **_kw):
        proposed.append(Path(start))
        return (str(answer), "") if answer else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return proposed


def test_every_paper_proposes_a_safe_name_in_the_last_folder(window, demo_store, monkeypatch, tmp_path, own_settings):
    files.remember(tmp_path / "x.pdf")
    proposed = proposing(monkeypatch)
    papers = list(documents.available(uow=demo_store.uow))
    assert any("/" in doc.title for doc in papers)  # the meetings' numbers: «صورت‌جلسه ۱۴۰۵/۰۵»
    for doc in papers:
        assert printing.save_with_dialog(b"%PDF", doc.title, window) is None  # cancelled: nothing written
        printer = printing.new_printer(printing.LoadedPdf(b""), doc.title)
        assert is_safe_filename(f"{printer.docName()}.pdf"), doc.title  # the print dialog's "print to file" name
    assert len(proposed) == len(papers)
    for doc, path in zip(papers, proposed, strict=True):
        assert path.parent == tmp_path, doc.title
        assert is_safe_filename(path.name) and path.suffix == ".pdf", path.name
    minutes = next(p for d, p in zip(papers, proposed, strict=True) if d.form == "minutes")
    first = meetings.list_meetings(uow=demo_store.uow)[0]
    draft = "پیش‌نویس " if first.state == "draft" else ""  # a draft's paper says so, and so does its name
    assert "/" in first.number and minutes.name == f"{draft}صورت‌جلسه {first.number.replace('/', '-')}.pdf".translate(
        str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    )


def test_the_print_dialog_proposes_the_safe_name_in_the_last_folder(themed, qtbot, tmp_path):
    files.remember(tmp_path / "x.pdf")
    printer = printing.new_printer(printing.LoadedPdf(b""), "صورت‌جلسه ۱۴۰۵/۰۵")
    dialog = printing.QPrintDialog(printer)
    qtbot.addWidget(dialog)
    printing.output_in_last_folder(dialog, printer)
    field = dialog.findChild(QLineEdit, "filename")
    assert field.text() == str(tmp_path / "صورت‌جلسه ۱۴۰۵-۰۵.pdf")


def test_a_saved_paper_is_written_and_its_folder_remembered(window, monkeypatch, tmp_path):
    folder = tmp_path / "نامه‌ها"
    folder.mkdir()
    proposing(monkeypatch, folder / "صورت‌جلسه ۱۴۰۵-۰۵")  # typed without the suffix
    written = printing.save_with_dialog(b"%PDF-1.4", "صورت‌جلسه ۱۴۰۵/۰۵", window)
    assert written == folder / "صورت‌جلسه ۱۴۰۵-۰۵.pdf" and written.read_bytes() == b"%PDF-1.4"
    assert files.last_folder() == folder
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _c, start, *a, **k: opened.append(start) or ("", ""))
    assert files.ask_open(window, "پرونده", "*") is None
    assert opened == [str(folder)]  # the next dialog, open or save, starts there


def test_a_remembered_folder_since_removed_falls_back_to_home(tmp_path):
    files.remember(tmp_path / "gone" / "x.pdf")
    assert files.last_folder() == Path.home()


def test_the_exports_propose_safe_names(window, demo_store, qtbot, monkeypatch, tmp_path):
    files.remember(tmp_path / "x")
    # the audit trail's CSV
    proposed = proposing(monkeypatch)
    window.show_screen("audit")
    window.screens["audit"].export()
    # the import's error report, named after the clerk's file
    bad = tmp_path / "اعضا.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["کد ملی", "نام", "نام خانوادگی"])
    book.active.append(["123", "علی", "کدنادرست"])
    book.save(bad)
    window.show_screen("faculty")
    dialog = window.screens["faculty"].import_file()
    qtbot.addWidget(dialog)
    dialog.open_file(str(bad))
    qtbot.waitUntil(lambda: not background.busy(), timeout=10_000)
    dialog.rejected = ("x",)  # as after an import with bad rows
    dialog.save_report()
    assert [p.name for p in proposed] == ["دفتر تغییرات.csv", "اعضا-خطاها.xlsx"]
    assert all(p.parent == tmp_path and is_safe_filename(p.name) for p in proposed)
    # the yearly summary (the evaluations screen's own dialog)
    seen: list[str] = []

    def exec_(dialog):
        seen.append((dialog.directory().absolutePath(), dialog.selectedFiles()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    window.show_screen("evaluations")
    screen = window.screens["evaluations"]
    qtbot.waitUntil(lambda: screen.year() is not None, timeout=10_000)
    for fmt in ("pdf", "xlsx", "csv"):
        screen.export(fmt)
    assert len(seen) == 3
    for (folder, chosen), fmt in zip(seen, ("pdf", "xlsx", "csv"), strict=True):
        assert Path(folder) == tmp_path
        name = Path(chosen[0]).name
        assert is_safe_filename(name) and name.endswith(f".{fmt}") and name.startswith("خلاصه ارزیابی سالانه"), name


LATIN = re.compile("[A-Za-z]")


@pytest.fixture
def persian_qt(qapp):
    """The application as make_app makes it: Qt's Persian translations installed."""
    loaded = app_module.make_app()
    assert loaded is qapp
    yield language.install(qapp)
    language.uninstall(qapp)


def shown_texts(widget) -> list[str]:
    """Every label, button, tooltip, title and list entry a clerk can see in ``widget``."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.toolTip(), child.windowTitle()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTreeView):
            header = child.model()
            texts += [str(header.headerData(i, Qt.Orientation.Horizontal)) for i in range(header.columnCount())]
    return [t for t in texts if t]


def test_qt_translations_are_found_and_loaded(persian_qt):
    names = [Path(p).name for p in persian_qt]
    assert names == ["qtbase_fa.qm", "qt_extra_fa.qm"]
    assert language.translation_folders()[0] == Path(persian_qt[0]).parent
    assert QLocale().language() == QLocale.Language.Persian


def test_a_question_has_persian_buttons(persian_qt, qtbot):
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "پرسش", "ادامه می‌دهید؟")
    qtbot.addWidget(box)
    asked = (buttons.Yes, buttons.No, buttons.Cancel, buttons.Discard, buttons.Ok)
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel | buttons.Discard | buttons.Ok)
    texts = {box.button(b).text().replace("&", "") for b in asked}
    assert texts == {"بله", "خیر", "انصراف", "کنار گذاشتن", "تأیید"}


def test_the_file_dialog_speaks_persian(persian_qt, qtbot, tmp_path):
    dialog = files.prepare(QFileDialog(None, "ذخیره PDF", str(tmp_path), "PDF (*.pdf)"))
    qtbot.addWidget(dialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # not Windows: Qt's own, translated
    texts = shown_texts(dialog)
    assert "نام پرونده:" in [t.replace("&", "") for t in texts]
    assert [t for t in texts if LATIN.search(t) and "PDF" not in t] == []  # a format's name stays


def test_the_print_dialog_speaks_persian(persian_qt, qtbot, tmp_path):
    files.remember(tmp_path / "x.pdf")
    printer = printing.new_printer(printing.LoadedPdf(b""), "صورت‌جلسه ۱۴۰۵/۰۵")
    dialog = printing.QPrintDialog(printer)
    qtbot.addWidget(dialog)
    printing.output_in_last_folder(dialog, printer)
    dialog.show()
    texts = shown_texts(dialog)
    assert "چاپ" in [t.replace("&", "") for t in texts]
    assert [t for t in texts if LATIN.search(t) and "PDF" not in t] == []


def test_the_extra_translations_are_compiled_from_their_source(tmp_path):
    source = resources_dir() / "i18n" / "qt_extra_fa.ts"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside Python")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "x.qm")], check=True)
    assert (tmp_path / "x.qm").read_bytes() == source.with_suffix(".qm").read_bytes(), "run pyside6-lrelease (see the .ts)"


def test_a_frozen_build_also_looks_in_its_own_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    folders = language.translation_folders()
    assert tmp_path / "PySide6" / "Qt" / "translations" in folders  # Linux layout of a PyInstaller build
    assert tmp_path / "PySide6" / "translations" in folders  # Windows layout


def test_the_file_dialog_shows_jalali_dates_and_returns_the_name_typed(persian_qt, qtbot, tmp_path):
    import os
    from datetime import datetime

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    paper = tmp_path / "نامه.pdf"
    paper.write_bytes(b"%PDF" * 300)  # 1,200 bytes
    when = datetime(2026, 3, 21, 9, 30).timestamp()  # 1405/01/01
    os.utime(paper, (when, when))
    files.remember(paper)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
        row = next(r for r in range(model.rowCount(view.rootIndex())) if model.index(r, 0, view.rootIndex()).data() == "نامه.pdf")
        seen.extend(model.index(row, column, view.rootIndex()).data() for column in (1, 2, 3))
        folder = dialog.findChild(QComboBox, "lookInCombo")
        seen.append(folder.layoutDirection() == Qt.LayoutDirection.LeftToRight)
        dialog.findChild(QLineEdit, "fileNameEdit").setText("پاسخ")
        dialog.accept()

    QTimer.singleShot(50, answer)
    chosen, _ = files.ask_save(parent, "ذخیره PDF", "صورت‌جلسه ۱۴۰۵/۰۵", ".pdf", "PDF (*.pdf)")
    assert seen == ["۱٫۱۷ کیلوبایت", "پرونده PDF", "۱۴۰۵/۰۱/۰۱  ۰۹:۳۰", True]  # Qt: «1.17 KiB», «PDF document»
    assert chosen == tmp_path / "پاسخ"
