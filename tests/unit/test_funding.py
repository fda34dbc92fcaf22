"""Article 12's arithmetic: the two halves, and the first half shared out to the rial."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest

from qotb_desktop.domain.errors import Checker, ValidationError
from qotb_desktop.domain.funding import Claim, allocate, split_line
from qotb_desktop.domain.money import UNITS, format_amount, read_amount
from qotb_desktop.domain.rules.funding_schemes import funding_scheme_for_year, load_funding_scheme

OFFICE = load_funding_scheme("1397-1")
SCHEME = replace(OFFICE, share_step=1)  # to the rial, to see the arithmetic
MILLION = 1_000_000


def amount(text, **kw):
    check = Checker()
    value = read_amount(check, "amount", "مبلغ", text, **kw)
    check.done()
    return value


def test_amounts_are_typed_in_million_rials_in_any_digits_and_stored_as_rials():
    assert amount("۲۵۰٬۰۰۰") == 250_000 * MILLION
    assert amount("250,000") == 250_000 * MILLION
    assert amount("١٫٥") == 1_500_000
    assert amount("0.000001") == 1
    assert amount("12", unit=UNITS["rial"]) == 12
    assert format_amount(250_000 * MILLION) == "۲۵۰٬۰۰۰"
    assert format_amount(1_500_001) == "۱٫۵۰۰۰۰۱"
    assert format_amount(1_500_000, digits="latin") == "1.5"


@pytest.mark.parametrize(
    ("typed", "says"),
    [("", "خالی"), ("-5", "منفی"), ("0", "بیش از صفر"), ("0.0000001", "یک ریال"), ("۱۲الف", "مبلغ"), (True, "مبلغ نیست")],
)
def test_bad_amounts_are_refused_naming_the_field(typed, says):
    with pytest.raises(ValidationError) as refused:
        amount(typed)
    assert "مبلغ" in str(refused.value) and says in str(refused.value)


def test_the_line_splits_in_two_halves_the_odd_rial_to_the_calls():
    assert split_line(1001, 50) == (500, 501)
    assert sum(split_line(10**15 + 7, 50)) == 10**15 + 7


def test_shares_follow_the_evaluation_and_add_up_to_the_half_to_the_rial():
    claims = [Claim("A", Fraction(90)), Claim("B", Fraction(60)), Claim("C", Fraction(30))] + [
        Claim(f"Z{i:02}", Fraction(50)) for i in range(7)
    ]
    half = 1_000_000_007
    result = allocate(half, claims, SCHEME)
    assert result.allocated == half and result.unallocated == 0
    a, b, c = (result.share(k).rials for k in "ABC")
    assert a > b > c and abs(b - 2 * c) <= 2  # proportional: 60 is twice 30
    assert result.share("A").rule == "cap" and abs(a - half * 15 / 100) < 1  # 90 reaches the cap
    assert all(SCHEME.floor_percent * half / 100 - 1 <= s.rials <= SCHEME.cap_percent * half / 100 + 1 for s in result.shares)


def test_a_floor_and_a_cap_hold_and_the_others_share_the_rest():
    claims = [Claim("A", Fraction(100)), Claim("B", Fraction(1))] + [Claim(f"Z{i}", Fraction(10)) for i in range(8)]
    half = 10**12
    result = allocate(half, claims, SCHEME)
    assert result.share("A").rule == "cap" and result.share("A").rials == half * 15 // 100
    assert result.share("B").rule == "floor" and result.share("B").rials == half * 2 // 100
    assert result.allocated == half
    tens = {result.share(f"Z{i}").rials for i in range(8)}
    assert max(tens) - min(tens) <= 1 and all(r.rule == "proportional" for r in result.shares if r.key.startswith("Z"))


def test_a_centre_without_evaluation_gets_the_floor_or_nothing_as_the_scheme_says():
    claims = [Claim("NEW", None)] + [Claim(f"Z{i}", Fraction(70)) for i in range(9)]
    result = allocate(10**9, claims, SCHEME)
    assert result.share("NEW").rials == 10**9 * 2 // 100 and result.share("NEW").rule == "unevaluated"
    assert result.allocated == 10**9
    excluding = allocate(10**9, claims, replace(SCHEME, unevaluated="excluded"))
    assert excluding.share("NEW").rials == 0 and excluding.allocated == 10**9


def test_equal_remainders_go_in_the_order_of_the_codes():
    result = allocate(10, [Claim(k, None) for k in "CAB"], replace(SCHEME, floor_percent=0, cap_percent=100))
    assert [(s.key, s.rials, s.rule) for s in result.shares] == [("C", 4, "equal"), ("A", 3, "equal"), ("B", 3, "equal")]


def test_a_cap_too_few_centres_cannot_fill_is_not_applied_and_said():
    result = allocate(1000 * MILLION, [Claim("A", Fraction(60)), Claim("B", Fraction(40))], SCHEME)
    assert result.allocated == 1000 * MILLION
    assert (result.share("A").rials, result.share("B").rials) == (600 * MILLION, 400 * MILLION)
    assert "سقف" in result.notes[0] and "به کار نرفت" in result.notes[0]


def test_too_many_floors_become_equal_shares():
    claims = [Claim(f"Z{i:02}", Fraction(i + 1)) for i in range(60)]  # 60 floors of 2% pass the half
    result = allocate(6000, claims, SCHEME)
    assert {s.rials for s in result.shares} == {100} and "کف" in result.notes[0]


def test_the_offices_shares_are_whole_millions_but_the_odd_rials_of_the_half():
    claims = [Claim("A", Fraction(81)), Claim("B", Fraction(68)), Claim("C", Fraction(50))]
    half = 42_500 * MILLION + 7
    result = allocate(half, claims, OFFICE)
    assert result.allocated == half
    odd = [s for s in result.shares if s.rials % MILLION]
    assert len(odd) == 1 and odd[0].rials % MILLION == 7


def test_the_scheme_in_force_is_the_latest_begun():
    assert funding_scheme_for_year(1405).scheme == "1397-1"
    assert OFFICE.programs_percent == 50 and OFFICE.display_unit.title == "میلیون ریال" and OFFICE.share_step == MILLION


def test_five_hundred_centres_are_shared_exactly():
    claims = [Claim(f"C{i:03}", Fraction(40 + (i * 37) % 60, 1 + i % 3)) for i in range(500)]
    result = allocate(10**13 + 3, claims, replace(SCHEME, floor_percent=0, cap_percent=1))
    assert result.allocated == 10**13 + 3
    assert max(s.rials for s in result.shares) <= 10**11 + 1
