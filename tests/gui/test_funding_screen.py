"""The funding screen (issue 18, article 12) on the demo: the year's line typed in its
dialog, the worksheet computed, a share set by hand with its reason, approved by a
secretary only, the institution's matching entered and its shortfall on the dashboard,
the year closed; bad input refused on its field with nothing written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from qotb_desktop.domain.accounts import Actor
from qotb_desktop.domain.money import format_amount
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.funding_dialogs import EntryDialog, MatchingDialog, ShareDialog
from qotb_desktop.services import funding
from tests.gui.conftest import settle_dashboard

MILLION = 1_000_000
Y = 1405
SECRETARY = Actor(1, "dabir", "دبیر", ("secretary",))
CLERK = Actor(2, "clerk", "کارشناس", ("clerk",))
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def type_text(widget, text: str) -> None:
    """Typed key by key (qtbot.keyClicks aborts on non-Latin-1 text, docs/testing.md)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def say_yes() -> None:
    """Answer «Yes» to the question the screen is about to ask."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)


@pytest.fixture
def screen(window, demo_store):
    demo_store.uow.actor = CLERK
    window.show_screen("funding")
    s = window.screens["funding"]
    s.choose(Y)
    return s


def type_entry(qtbot, screen, amount: str, **more) -> EntryDialog:
    dialog = screen.new_record()
    assert isinstance(dialog, EntryDialog)
    type_text(dialog.ui.amount, amount)
    dialog.ui.recorded_on.setText(more.get("on", "۱۴۰۵/۰۱/۲۰"))
    type_text(dialog.ui.reference, more.get("reference", "قانون بودجه ۱۴۰۵"))
    dialog.accept()
    return dialog


def test_the_year_from_line_to_closing(qtbot, window, screen, demo_store):
    uow = demo_store.uow
    # The demo's last year has one institution short of its matching: the dashboard says so.
    settle_dashboard(qtbot, window)
    assert "۱۴۰۴" in window.screens["dashboard"].shortfall.text()
    assert screen.year() == Y and screen.sheet is None
    assert not screen.compute_button.isEnabled() and "ردیف بودجه" in screen.compute_button.toolTip()
    dialog = type_entry(qtbot, screen, "۱۰۰٬۰۰۰")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert funding.budget_year(uow=uow, year=Y).line == 100_000 * MILLION
    row = [screen.entries.model.index(0, c).data() for c in range(6)]
    assert row[:4] == ["ردیف بودجه سال", "۱۰۰٬۰۰۰", "۱۴۰۵/۰۱/۲۰", "قانون بودجه ۱۴۰۵"]
    figures = screen.ui.figures.text()
    assert "۵۰٬۰۰۰ میلیون ریال" in figures and "۱۰۰٬۰۰۰ میلیون ریال" in figures

    assert screen.compute()
    sheet = screen.sheet
    assert len(sheet.shares) == 2 and sum(s.amount for s in sheet.shares) == sheet.half == 50_000 * MILLION
    assert "پیش‌نویس" in screen.ui.state.text() and "برابر نیمه" in screen.ui.state.text()
    assert not any(ch in LATIN for ch in screen.ui.state.text().replace("<br>", "").replace("<b>", "").replace("</b>", ""))

    # A share set by hand, with its reason: first lower one, then give the other the rest.
    a, b = sheet.shares
    screen.shares.select_record(lambda s: s.id == b.id)
    dialog = screen.adjust()
    assert isinstance(dialog, ShareDialog) and dialog.ui.amount.text() == format_amount(b.amount)
    dialog.ui.amount.setText(format_amount(b.amount - 10 * MILLION))
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "دلیل تغییر" in dialog.ui.errors.text()  # no reason: refused on its field
    dialog.ui.reason.setPlainText("برنامه کوچک‌تر")
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert "۱۰ میلیون ریال کمتر" in screen.ui.state.text()
    screen.shares.select_record(lambda s: s.id == a.id)
    dialog = screen.adjust()
    dialog.ui.amount.setText(format_amount(a.amount + 10 * MILLION))
    dialog.ui.reason.setPlainText("برنامه بزرگ‌تر")
    dialog.accept()
    assert screen.sheet.difference == 0 and {s.reason for s in screen.sheet.shares} == {"برنامه کوچک‌تر", "برنامه بزرگ‌تر"}

    # Approval: a clerk sees the button disabled and why; a secretary approves.
    assert not screen.approve_button.isEnabled() and "دبیر" in screen.approve_button.toolTip()
    assert not screen.matching_button.isEnabled()
    uow.actor = SECRETARY
    screen.reload()
    assert screen.approve_button.isEnabled() and screen.approve()
    assert "تأییدشده" in screen.ui.state.text() and not screen.adjust_button.isEnabled()

    # The institutions' matching: one provides its whole share, the other part of it.
    screen.shares.select_record(lambda s: s.id == a.id)
    dialog = screen.matching()
    dialog.ui.provided.setText(format_amount(a.amount + 10 * MILLION))
    dialog.ui.provided_on.setText("۱۴۰۵/۰۳/۱۵")
    dialog.accept()
    assert not dialog.isVisible()
    screen.shares.select_record(lambda s: s.id == b.id)
    assert screen.matching_button.isEnabled()
    dialog = screen.edit_current()
    assert isinstance(dialog, MatchingDialog)
    type_text(dialog.ui.provided, "۱۰۰۰")
    dialog.ui.provided_on.setText("۱۴۰۵/۰۴/۰۱")
    dialog.accept()
    assert not dialog.isVisible()
    short = funding.matching_shortfalls(uow=uow, year=Y)
    assert [(y, s.id) for y, s in short] == [(Y, b.id)]
    assert short[0][1].shortfall == b.amount - 10 * MILLION - 1000 * MILLION

    # The dashboard names it and opens this screen on the year.
    window.show_screen("dashboard")
    dashboard = window.screens["dashboard"]
    settle_dashboard(qtbot, window)
    line = dashboard.shortfall
    owing = {s.institution_id for _y, s in funding.matching_shortfalls(uow=uow)}  # the demo's 1404 and this year's
    assert line.isVisible() and "سهم هم‌تراز خود را کامل نپرداخته‌اند" in line.text()
    assert f"{to_persian_digits(len(owing))} مؤسسه" in line.text() and "۱۴۰۴، ۱۴۰۵" in line.text()
    line.click()
    assert window.current_screen() == "funding" and screen.year() == Y

    # The year closed, after a confirmation; nothing changes in it any more.
    say_yes()
    assert screen.close_year()
    assert funding.budget_year(uow=uow, year=Y).closed_at is not None
    assert "بسته شده است" in screen.ui.state.text()
    for button in (screen.add_button, screen.compute_button, screen.matching_button, screen.close_button):
        assert not button.isEnabled() and button.toolTip()


def test_a_negative_amount_is_refused_naming_the_field_and_nothing_is_written(qtbot, screen, demo_store):
    dialog = type_entry(qtbot, screen, "-۵")
    assert dialog.isVisible()
    assert "مبلغ (میلیون ریال)" in dialog.ui.errors.text() and "منفی" in dialog.ui.errors.text()
    assert dialog.ui.amount.property("invalid") is True
    assert funding.budget_year(uow=demo_store.uow, year=Y).entries == ()
    dialog.done(0)
    assert screen.entries.model.rowCount() == 0


def test_an_organisations_money_joins_the_calls_half_and_an_entry_is_removed(qtbot, screen, demo_store):
    type_entry(qtbot, screen, "۱۰۰٬۰۰۰")
    dialog = screen.new_record()
    assert dialog.ui.kind.currentData() == "supplement"  # the line is there: the next is a supplement
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("organisation"))
    dialog.ui.amount.setText("۵۰۰")
    dialog.ui.recorded_on.setText("۱۴۰۵/۰۷/۰۱")
    dialog.accept()
    assert dialog.isVisible() and "دستگاه یا سازمان" in dialog.ui.errors.text()  # note 13 names the organisation
    dialog.ui.source.setText("وزارت نیرو")
    dialog.accept()
    assert not dialog.isVisible()
    assert "۵۰٬۵۰۰ میلیون ریال" in screen.ui.figures.text() and "وزارت نیرو" not in screen.ui.figures.text()
    screen.entries.select_record(lambda e: e.kind == "organisation")
    say_yes()
    assert screen.remove_entry()
    assert [e.kind for e in funding.budget_year(uow=demo_store.uow, year=Y).entries] == ["line"]


def test_a_screen_remembered_by_its_row_before_0_6_0_is_not_moved_by_the_funding_screen(window):
    from qotb_desktop.gui.main_window import _remembered_row

    keys = list(window.screens)
    assert keys.index("funding") == keys.index("evaluations") + 1
    assert _remembered_row("9", keys) == keys.index("fields")  # row 9 of 0.5.0: the fields, as before
    assert _remembered_row("funding", keys) == keys.index("funding")
