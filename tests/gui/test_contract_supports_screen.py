"""Note 16 on the calls screen: the tab of the year's supports of contracts shared by
centres; a support with one centre refused on its field (nothing written), then saved with
two and listed in Persian digits, what is left of the calls' half shown; a closed year's
button disabled saying why."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from qotb_desktop.domain.dates import format_jalali, jalali_year, today
from qotb_desktop.gui.call_dialogs import CallDialog
from qotb_desktop.gui.contract_dialogs import ContractSupportDialog
from qotb_desktop.gui.screens.call_supports import TAB_TITLE
from qotb_desktop.services import contracts, funding

MILLION = 1_000_000
Y = jalali_year(today())
LATIN_DIGITS = set("0123456789")


def day(offset: int = 0) -> str:
    return format_jalali(today() + timedelta(days=offset))


@pytest.fixture
def screen(window, demo_store):
    funding.add_budget_entry(
        uow=demo_store.uow, year=Y, kind="line", amount="۱۰۰٬۰۰۰", recorded_on=day(), reference="قانون بودجه"
    )
    window.show_screen("calls")
    return window.screens["calls"]


def typed(screen) -> ContractSupportDialog:
    dialog = screen.new_support()
    assert isinstance(dialog, ContractSupportDialog)
    dialog.ui.title.setText("پایش کیفیت آب شرب")
    dialog.ui.organisation.setText("شرکت آب و فاضلاب")
    dialog.ui.contract_number.setText("ق/۱۴۰۵/۳۳")
    dialog.ui.contract_on.setText(day(-10))
    dialog.ui.contract_amount.setText("۲۰٬۰۰۰")
    dialog.ui.support.setText("۵٬۰۰۰")
    dialog.ui.decided_on.setText(day())
    return dialog


def test_a_support_needs_two_centres_then_is_listed_and_counted_against_the_calls_half(qtbot, screen, demo_store):
    uow = demo_store.uow
    assert screen.tabs.tabText(1) == TAB_TITLE
    assert screen.support_button.isEnabled() and "تبصره ۱۶" in screen.support_button.toolTip()
    assert "مانده ۵۰٬۰۰۰ میلیون ریال" in screen.supports.summary.text()

    dialog = typed(screen)
    assert screen.tabs.currentWidget() is screen.supports
    assert dialog.ui.supportLabel.text() == "حمایت دبیرخانه (میلیون ریال)" and "۵۰٬۰۰۰" in dialog.ui.intro.text()
    centres = dialog.ui.centre_ids
    assert centres.count() >= 2
    centres.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()  # one centre: refused on its field, nothing written
    assert dialog.isVisible()
    assert "قطب‌های طرف قرارداد" in dialog.ui.errors.text() and "دست‌کم دو قطب" in dialog.ui.errors.text()
    assert centres.property("invalid") is True
    assert contracts.list_contract_supports(uow=uow, year=Y) == []
    assert screen.supports.page.model.rowCount() == 0

    centres.item(1).setCheckState(Qt.CheckState.Checked)
    chosen = {centres.item(0).text(), centres.item(1).text()}
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    (saved,) = contracts.list_contract_supports(uow=uow, year=Y)
    assert saved.support == 5_000 * MILLION and saved.contract_amount == 20_000 * MILLION
    assert set(saved.centres) == chosen and saved.contract_number == "ق/1405/33"  # stored Latin, shown Persian

    page = screen.supports.page
    assert page.model.rowCount() == 1 and page.current_record().id == saved.id
    shown = [page.model.index(0, c).data() for c in range(8)]
    assert shown[:2] == ["پایش کیفیت آب شرب", "شرکت آب و فاضلاب"]
    assert shown[2:7] == ["ق/۱۴۰۵/۳۳", day(-10), "۲۰٬۰۰۰", "۵٬۰۰۰", day()]
    assert set(shown[7].split("، ")) == chosen
    assert not (set("".join(shown)) & LATIN_DIGITS)
    # The calls' half: 50,000 less the support; the new call's dialog says the same.
    assert "حمایت از ۱ قرارداد ۵٬۰۰۰ میلیون ریال" in screen.supports.summary.text()
    assert "مانده ۴۵٬۰۰۰ میلیون ریال" in screen.supports.summary.text()
    screen.tabs.setCurrentIndex(0)
    call = screen.new_record()
    assert isinstance(call, CallDialog) and "۴۵٬۰۰۰ میلیون ریال از آن مانده" in call.ui.intro.text()
    call.done(0)


def test_more_than_the_contract_is_refused_naming_the_support(qtbot, screen, demo_store):
    dialog = typed(screen)
    dialog.ui.support.setText("۲۵٬۰۰۰")
    for r in (0, 1):
        dialog.ui.centre_ids.item(r).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.isVisible() and "حمایت دبیرخانه (میلیون ریال)" in dialog.ui.errors.text()
    assert "از مبلغ قرارداد بیشتر" in dialog.ui.errors.text()
    assert contracts.list_contract_supports(uow=demo_store.uow, year=Y) == []
    dialog.done(0)


def test_a_closed_year_takes_no_support_and_says_why(window, demo_store):
    window.show_screen("calls")
    screen = window.screens["calls"]
    screen.choose(Y - 2)  # the demo's year before last is closed
    assert screen.year() == Y - 2
    assert not screen.support_button.isEnabled() and "بسته" in screen.support_button.toolTip()
    assert screen.new_support() is None
    screen.tabs.setCurrentWidget(screen.supports)
    assert screen.new_record() is None  # Ctrl+N on the tab: nothing opens either
