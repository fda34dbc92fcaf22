"""The yearly summary's export at the desk (issue 20, items 7 and 8): a year in which no
centre ran is refused with the reason before a file is asked for; the save dialog and
the buttons say that the workbook is the file for people and the CSV for programs; the
totals line shows «—» for a budget nobody reported, not «۰»."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qotb_desktop.gui.screens.evaluations import EvaluationsScreen


@pytest.fixture
def empty_screen(themed, qtbot, store):
    screen = EvaluationsScreen(store.uow)
    qtbot.addWidget(screen)
    screen.reload()
    return screen


def test_a_year_no_centre_ran_in_is_refused_before_asking_for_a_file(empty_screen, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QFileDialog, "exec", lambda _d: pytest.fail("no file is asked for"))
    year = empty_screen.year()
    assert year is not None and empty_screen.summary.rows == ()
    for fmt in ("pdf", "xlsx", "csv"):
        empty_screen.export(fmt)
    assert len(warned) == 3 and all("هیچ قطبی در دوره فعالیت خود نبود" in w for w in warned)
    assert empty_screen.last_export is None


def test_the_save_dialog_says_the_workbook_is_for_people_and_the_csv_for_programs(empty_screen, tmp_path):
    csv_dialog = empty_screen.save_dialog("csv", 1404, tmp_path / "x.csv")
    xlsx_dialog = empty_screen.save_dialog("xlsx", 1404, tmp_path / "x.xlsx")
    for dialog in (csv_dialog, xlsx_dialog):  # the caption and the filter: the system's dialog shows both
        dialog.deleteLater()
    assert "برای برنامه‌های دیگر" in csv_dialog.windowTitle() and "Excel (XLSX)" in csv_dialog.windowTitle()
    assert "برای برنامه‌های دیگر" in csv_dialog.nameFilters()[0] and csv_dialog.nameFilters()[0].endswith("(*.csv)")
    assert "برای خواندن، چاپ" in xlsx_dialog.windowTitle() and xlsx_dialog.nameFilters()[0].endswith("(*.xlsx)")
    assert "برای برنامه‌های دیگر" in empty_screen.ui.csvButton.toolTip()
    assert "برای خواندن" in empty_screen.ui.xlsxButton.toolTip()


def test_the_totals_line_shows_a_dash_for_a_budget_nobody_reported(empty_screen):
    assert "اعتبار: — (گزارشی نرسیده است)" in empty_screen.ui.totals.text()


def test_the_preview_of_a_year_no_centre_ran_in_says_why(empty_screen, monkeypatch, qtbot):
    from qotb_desktop.gui import background

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    empty_screen.preview()
    qtbot.waitUntil(lambda: bool(warned) and not background.busy(), timeout=20000)
    assert "هیچ قطبی در دوره فعالیت خود نبود" in warned[0] and empty_screen.last_preview is None
