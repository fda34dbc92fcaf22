"""Numbers on screen never read as dates (issue 16.12): the decimal separator is ٫,
a vote tally names its counts."""

from qotb_desktop.domain.text import to_persian_number, to_persian_numerals
from qotb_desktop.reports.rtl import persian_digits


def test_a_decimal_number_takes_the_persian_decimal_separator():
    assert to_persian_numerals("1395.4") == "۱۳۹۵٫۴"
    assert to_persian_numerals(66.25) == "۶۶٫۲۵"
    assert to_persian_numerals("امتیاز 12.5 از 20") == "امتیاز ۱۲٫۵ از ۲۰"
    assert to_persian_numerals("۱۲.۵") == "۱۲٫۵"  # already Persian digits
    assert "/" not in to_persian_numerals("1395.4")


def test_what_is_not_a_decimal_number_is_left_as_it_is():
    assert to_persian_numerals("1403/07/01") == "۱۴۰۳/۰۷/۰۱"  # a date keeps its slash
    assert to_persian_numerals("1.2.3") == "۱.۲.۳"
    assert to_persian_numerals("پایان.") == "پایان."
    assert to_persian_numerals(42) == "۴۲"


def test_the_screen_and_the_papers_write_a_decimal_alike():
    assert to_persian_numerals("1395.4") == to_persian_number(1395.4) == persian_digits("1395.4")


def test_a_vote_tally_names_each_count():
    from qotb_desktop.gui.fmt import tally

    assert tally(5, 1, 0) == "موافق ۵، مخالف ۱، ممتنع ۰"
