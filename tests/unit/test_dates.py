from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qotb_desktop.domain.dates import BadDate, add_jalali_years, format_jalali, parse_jalali, term_end


@pytest.mark.parametrize("typed", ["1403/07/01", "۱۴۰۳/۰۷/۰۱", "١٤٠٣/٠٧/٠١", "1403-7-1", "۱۴۰۳.۷.۱", " 03/07/01 "])
def test_typed_dates_in_any_digit_form(typed):
    assert parse_jalali(typed) == date(2024, 9, 22)


@pytest.mark.parametrize(
    "typed, words",
    [
        ("1402/12/30", "اسفند ۱۴۰۲ روز ۳۰ ندارد"),  # 1402 is a common year: Esfand has 29 days
        ("1404/07/31", "مهر ۱۴۰۴ روز ۳۱ ندارد"),  # months 7 to 11 have 30 days
        ("1403/13/01", "ماه ۱۳"),
        ("1403/00/10", "ماه ۰"),
        ("1403/07", "سال/ماه/روز"),
        ("فردا", "سال/ماه/روز"),
        ("", "سال/ماه/روز"),
    ],
)
def test_impossible_dates_are_refused_in_persian(typed, words):
    with pytest.raises(BadDate) as err:
        parse_jalali(typed)
    assert words in str(err.value)


def test_leap_esfand_30_exists():
    assert format_jalali(parse_jalali("1403/12/30")) == "۱۴۰۳/۱۲/۳۰"


def test_shown_with_persian_digits():
    assert format_jalali(date(2024, 9, 22)) == "۱۴۰۳/۰۷/۰۱"
    assert format_jalali(date(2024, 9, 22), persian_digits=False) == "1403/07/01"
    assert format_jalali(None) == ""


def test_a_four_year_term_ends_the_day_before_the_same_jalali_day():
    assert format_jalali(term_end(parse_jalali("1401/09/30"), 4)) == "۱۴۰۵/۰۹/۲۹"
    # 30 Esfand of a leap year has no twin in a common year.
    assert format_jalali(add_jalali_years(parse_jalali("1403/12/30"), 1)) == "۱۴۰۴/۱۲/۲۹"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2150, 12, 31)))
def test_round_trip(d):
    assert parse_jalali(format_jalali(d)) == d


def test_a_term_from_30_esfand_ends_on_the_last_day_before_the_same_day():
    assert format_jalali(term_end(parse_jalali("1403/12/30"), 4)) == "۱۴۰۷/۱۲/۲۹"
