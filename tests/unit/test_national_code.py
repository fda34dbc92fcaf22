import pytest
from hypothesis import given
from hypothesis import strategies as st

from qotb_desktop.domain.national_code import BadNationalCode, check_digit, clean_national_code, is_valid


@pytest.mark.parametrize("code", ["0499370899", "0790419904", "0084575948", "4608968882"])
def test_known_valid_codes(code):
    assert is_valid(code)
    assert clean_national_code(code) == code


def test_any_digits_and_separators_are_accepted():
    assert clean_national_code("۰۴۹۹۳۷۰۸۹۹") == "0499370899"
    assert clean_national_code("٠٤٩٩٣٧٠٨٩٩") == "0499370899"
    assert clean_national_code("049-937089-9") == "0499370899"


def test_leading_zeros_lost_by_a_spreadsheet_are_restored_only_when_asked():
    assert clean_national_code("84575948", restore_leading_zeros=True) == "0084575948"
    with pytest.raises(BadNationalCode) as err:
        clean_national_code("84575948")  # typed by hand: perhaps a digit is missing
    assert "صفرهای آغاز" in str(err.value)


@pytest.mark.parametrize(
    "typed, words",
    [
        ("0499370898", "رقم کنترل"),
        ("1111111111", "یکسان"),
        ("12345", "ده رقم"),
        ("04993708991", "ده رقم"),
        ("04993a0899", "فقط رقم"),
        ("", "خالی"),
    ],
)
def test_bad_codes_say_what_is_wrong(typed, words):
    with pytest.raises(BadNationalCode) as err:
        clean_national_code(typed)
    assert words in str(err.value)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9).filter(lambda s: len(set(s)) > 1))
def test_checksum_accepts_its_own_digit_and_no_other(first_nine):
    good = check_digit(first_nine)
    assert is_valid(first_nine + good)
    for other in set("0123456789") - {good}:
        assert not is_valid(first_nine + other)
