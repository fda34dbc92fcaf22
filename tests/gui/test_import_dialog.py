"""Importing from the faculty screen: a good file, a file with bad rows, a file that is not a spreadsheet."""

import openpyxl
from PySide6.QtWidgets import QFileDialog

from qotb_desktop.domain.national_code import check_digit
from qotb_desktop.gui import background
from qotb_desktop.services import faculty

HEADER = ["کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه", "رشته"]


def code(n: int) -> str:
    first = f"{n:09d}"
    return first + check_digit(first)


def sheet(path, rows):
    book = openpyxl.Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row)
    book.save(path)
    return path


def wait(qtbot):
    qtbot.waitUntil(lambda: not background.busy(), timeout=10_000)


def open_dialog(window, qtbot, path):
    window.show_screen("faculty")
    dialog = window.screens["faculty"].import_file()
    qtbot.addWidget(dialog)
    dialog.open_file(str(path))
    wait(qtbot)
    return dialog


def test_a_good_file_imports_every_row(window, qtbot, demo_store, tmp_path):
    rows = [[code(12345670 + i), "رضا", f"آزمون{i}", "دانشیار", "دانشگاه تهران", "فیزیک"] for i in range(5)]
    dialog = open_dialog(window, qtbot, sheet(tmp_path / "اعضا.xlsx", rows))
    assert dialog.combos["national_code"].currentText() == "کد ملی"  # columns guessed from the header
    assert dialog.combos["institution"].currentText() == "دانشگاه"
    assert "هر ۵ سطر درست است" in dialog.ui.summary.text()
    before = len(faculty.list_faculty(uow=demo_store.uow))
    dialog.ui.importButton.click()
    wait(qtbot)
    assert "۵ عضو وارد شد" in dialog.ui.summary.text()
    assert len(faculty.list_faculty(uow=demo_store.uow)) == before + 5
    dialog.ui.closeButton.click()
    assert "۵ عضو از پرونده وارد شد" in window.ui.statusbar.currentMessage()


def test_bad_rows_are_kept_out_and_reported(window, qtbot, demo_store, tmp_path, monkeypatch):
    rows = [
        [code(22345670), "مریم", "درست", "استاد", "دانشگاه تهران", "شیمی"],
        ["0499370898", "علی", "کدنادرست", "استاد", "دانشگاه تهران", "شیمی"],
        [code(22345671), "سارا", "مؤسسه‌ناشناخته", "استاد", "دانشگاه کیش", "شیمی"],
    ]
    dialog = open_dialog(window, qtbot, sheet(tmp_path / "با خطا.xlsx", rows))
    assert "۱ سطر درست و ۲ سطر نادرست" in dialog.ui.summary.text()
    shown = [dialog.model.record(r) for r in range(dialog.model.rowCount())]
    assert [r.line for r in shown if not r.ok] == [3, 4]
    before = len(faculty.list_faculty(uow=demo_store.uow))
    dialog.ui.importButton.click()
    wait(qtbot)
    assert len(faculty.list_faculty(uow=demo_store.uow)) == before + 1
    report = tmp_path / "گزارش.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "Excel (*.xlsx)"))
    dialog.ui.reportButton.click()
    book = openpyxl.load_workbook(report)
    lines = [row[0].value for row in book.active.iter_rows(min_row=2)]
    assert [str(x) for x in lines] == ["3", "4"]
    assert book.active.sheet_view.rightToLeft


def test_a_file_that_is_not_a_spreadsheet(window, qtbot, demo_store, tmp_path):
    junk = tmp_path / "نامه.xlsx"
    junk.write_bytes(b"%PDF-1.4 not a workbook")
    before = len(faculty.list_faculty(uow=demo_store.uow))
    dialog = open_dialog(window, qtbot, junk)
    assert "نامه.xlsx" in dialog.ui.summary.text()
    assert not dialog.ui.importButton.isEnabled()
    assert len(faculty.list_faculty(uow=demo_store.uow)) == before


def test_changing_a_column_checks_again(window, qtbot, tmp_path):
    rows = [[code(32345670), "رضا", "آزمون", "دانشیار", "دانشگاه تهران", "فیزیک"]]
    dialog = open_dialog(window, qtbot, sheet(tmp_path / "a.xlsx", rows))
    combo = dialog.combos["last_name"]
    combo.setCurrentIndex(0)  # «no column» for a required field
    combo.activated.emit(0)
    wait(qtbot)
    assert "نام خانوادگی" in dialog.ui.summary.text()
    assert not dialog.ui.importButton.isEnabled()
