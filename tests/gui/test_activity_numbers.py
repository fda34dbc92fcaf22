"""A decimal in the activity form reads as a number, not a date: «۳٫۵», and saves back as typed."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from qotb_desktop.domain.scoring import Item
from qotb_desktop.gui.activity_dialog import ActivityDialog
from qotb_desktop.services import scoring


def test_a_judged_papers_points_show_with_the_persian_decimal_separator_and_save_back(qtbot):
    saved: list[tuple[int, dict]] = []
    item = Item(row=2, date=date(2024, 5, 1), points=Fraction(7, 2), description="مقاله")
    dialog = ActivityDialog(lambda row, rest: saved.append((row, rest)), item)
    qtbot.addWidget(dialog)

    assert dialog.ui.points.text() == "۳٫۵"

    dialog.accept()

    assert saved, dialog.findChild(object, "errors")
    row, rest = saved[0]
    assert row == 2
    assert scoring.clean_activity(row=row, values=rest).points == Fraction(7, 2)  # what the screen then stores


def test_an_amount_typed_with_persian_thousands_separators_is_read_as_typed_with_latin_ones():
    for typed in ("۱۵۰٬۰۰۰٬۰۰۰", "150,000,000", "۱۵۰،۰۰۰،۰۰۰", "150000000"):
        item = scoring.clean_activity(row=8, values={"date": "1403/02/12", "amount_toman": typed})
        assert item.amount_toman == 150_000_000, typed
