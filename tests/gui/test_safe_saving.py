"""The window's saves (issue 19, item 1): a PDF or an error report is never written over
the open database, its side files or its backups; a name the program changed after the
dialog (a suffix added) is asked about before an existing file is replaced; a full disk
leaves nothing under the name and says so."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from qotb_desktop import output_files
from qotb_desktop.gui import printing

# The database's own files beside it: a SQLite file (on a server there is none to aim at,
# and db.path is None).
pytestmark = pytest.mark.sqlite_only

PDF = b"%PDF-1.4 a paper\n%%EOF\n"
MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))


def bare(text: str) -> str:
    """A message as read, without the direction marks that keep its paths left to right."""
    return text.translate(MARKS)


@pytest.fixture
def window(themed, qtbot, demo_store):
    """A parent for the dialogs, with the demo's database open (so protected)."""
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def told(monkeypatch):
    """The message boxes shown: (kind, text); questions answered «no» unless set."""

    class Seen(list):
        answer: dict

    seen = Seen()
    answer = {"question": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen.append(("warning", bare(text))))

    def question(_p, _t, text, *a, **k):
        seen.append(("question", text))
        return answer["question"]

    monkeypatch.setattr(QMessageBox, "question", question)
    seen.answer = answer
    return seen


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF (*.pdf)"))


@pytest.mark.parametrize("aim", ["", "-wal", "-shm", "-journal", ".lock", "backups"])
def test_a_save_over_the_database_or_its_files_is_refused(window, demo_store, told, aim):
    """files.save_bytes, which every save of the window goes through (the name confirmed
    in the dialog: the clerk said «replace»)."""
    from qotb_desktop.gui import files

    db = demo_store.db.path
    target = db.parent / "backups" / "x.pdf" if aim == "backups" else Path(f"{db}{aim}")
    target.parent.mkdir(exist_ok=True)
    before = target.read_bytes() if target.exists() and aim in ("", ".lock") else None
    assert files.save_bytes(window, "ذخیره", target, PDF, confirmed=True) is None
    assert told and told[-1][0] == "warning" and str(target) in told[-1][1]
    if before is not None:
        assert target.read_bytes() == before
    assert not (aim in ("backups", "-journal") and target.exists())


def test_save_pdf_into_the_backups_folder_is_refused(window, demo_store, monkeypatch, told):
    backups = demo_store.db.path.parent / "backups"
    backups.mkdir(exist_ok=True)
    choose(monkeypatch, backups / "فرم.pdf")
    assert printing.save_with_dialog(PDF, "فرم", window) is None
    assert "پشتیبان‌های خودکار" in told[-1][1] and not (backups / "فرم.pdf").exists()


def test_a_suffix_added_after_the_dialog_asks_before_replacing(window, tmp_path, monkeypatch, told):
    existing = tmp_path / "شورا.pdf"
    existing.write_bytes(b"kept")
    choose(monkeypatch, tmp_path / "شورا")  # typed without .pdf: the dialog asked about «شورا», not «شورا.pdf»
    assert printing.save_with_dialog(PDF, "فرم", window) is None
    assert told[-1][0] == "question" and existing.read_bytes() == b"kept"
    told.answer["question"] = QMessageBox.StandardButton.Yes
    assert printing.save_with_dialog(PDF, "فرم", window) == existing
    assert existing.read_bytes() == PDF
    choose(monkeypatch, existing)  # the dialog itself asked: no second question
    asked = len([k for k, _ in told if k == "question"])
    assert printing.save_with_dialog(PDF + b" ", "فرم", window) == existing
    assert len([k for k, _ in told if k == "question"]) == asked


def test_a_full_disk_while_saving_leaves_nothing_and_says_so(window, tmp_path, monkeypatch, told):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "فرم.pdf"
    choose(monkeypatch, target)

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output_files, "fsync", full)  # the data written, the disk full before it is safe
    assert printing.save_with_dialog(PDF, "فرم", window) is None
    assert "دیسک پر است" in told[-1][1] and str(target) in told[-1][1]
    assert list(folder.iterdir()) == []


def test_the_import_error_report_is_refused_in_the_backups_folder(window, demo_store, monkeypatch, told, tmp_path):
    from qotb_desktop.gui.import_dialog import ImportDialog
    from qotb_desktop.services.sheets import read_spreadsheet

    sheet = tmp_path / "members.csv"
    sheet.write_text("کد ملی,نام,نام خانوادگی,مرتبه علمی,مؤسسه,گروه / رشته\n1,علی,,استاد,ناشناس,\n", encoding="utf-8")
    dialog = ImportDialog(demo_store.uow, window)
    dialog.book = read_spreadsheet(path=sheet)
    dialog.rejected = (object(),)
    monkeypatch.setattr("qotb_desktop.reports.spreadsheets.error_report_xlsx", lambda headers, rows: b"report")
    backups = demo_store.db.path.parent / "backups"
    backups.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backups / "errors.xlsx"), "Excel (*.xlsx)"))
    dialog.save_report()
    assert told[-1][0] == "warning" and "پشتیبان" in told[-1][1]
    assert not (backups / "errors.xlsx").exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "errors.xlsx"), "Excel (*.xlsx)"))
    dialog.save_report()
    assert (tmp_path / "errors.xlsx").read_bytes() == b"report"


def _print_to(monkeypatch, target: Path) -> None:
    """Qt's print dialog, «print to file» chosen with ``target``, then Print pressed."""
    from PySide6.QtPrintSupport import QPrintDialog

    def accept(dialog):
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_print_to_a_file_is_never_the_database_and_is_written_whole(window, demo_store, monkeypatch, told, tmp_path):
    from qotb_desktop import documents

    pdf = documents.council_roster(uow=demo_store.uow, today=None).render()
    loaded = printing.LoadedPdf(pdf)
    db = demo_store.db.path
    for aim in (Path(f"{db}-wal"), db, db.parent / "backups" / "x.pdf"):
        _print_to(monkeypatch, aim)
        assert printing.print_with_dialog(loaded, "ترکیب شورا", window) is False
        assert str(aim) in told[-1][1]
    assert db.read_bytes().startswith(b"SQLite format 3") and not (db.parent / "backups" / "x.pdf").exists()
    out = tmp_path / "printed" / "شورا.pdf"
    out.parent.mkdir()
    _print_to(monkeypatch, out)
    assert printing.print_with_dialog(loaded, "ترکیب شورا", window) is True
    assert out.read_bytes().startswith(b"%PDF") and [p.name for p in out.parent.iterdir()] == [out.name]
