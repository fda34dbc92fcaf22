"""A faculty member's hire and retirement dates (issue 16.15): optional Jalali dates in
any digits; the retirement is not before the hiring."""

from __future__ import annotations

from datetime import date

import pytest

from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.registry import clean_faculty

BASE = {
    "national_code": "0499370899", "first_name": "علی", "last_name": "کریمی", "rank": "professor",
    "institution_id": 1, "field_key": "physics",
}  # fmt: skip


def test_the_dates_are_optional():
    record = clean_faculty(**BASE)
    assert record.hired_on is None and record.retired_on is None
    assert clean_faculty(**BASE, hired_on="  ", retired_on=None).hired_on is None


@pytest.mark.parametrize("typed", ["۱۳۹۰/۰۷/۰۱", "1390/7/1", "١٣٩٠/٠٧/٠١", "1390-07-01", date(2011, 9, 23)])
def test_a_hire_date_in_any_digits(typed):
    assert clean_faculty(**BASE, hired_on=typed).hired_on == date(2011, 9, 23)


def test_a_retired_member_keeps_both_dates():
    record = clean_faculty(**BASE, status="retired", hired_on="1370/07/01", retired_on="۱۴۰۲/۰۶/۳۱")
    assert (record.hired_on, record.retired_on) == (date(1991, 9, 23), date(2023, 9, 22))


def test_a_retirement_before_the_hiring_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as err:
        clean_faculty(**BASE, hired_on="1390/07/01", retired_on="1389/01/01")
    assert err.value.fields == ["retired_on"]
    assert "تاریخ بازنشستگی" in str(err.value.errors[0]) and "۱۳۹۰/۰۷/۰۱" in str(err.value.errors[0])


def test_a_wrong_date_names_its_field():
    with pytest.raises(ValidationError) as err:
        clean_faculty(**BASE, hired_on="1390/13/01", retired_on="فردا")
    assert err.value.fields == ["hired_on", "retired_on"]
    assert str(err.value.errors[0]).startswith("تاریخ استخدام:")
