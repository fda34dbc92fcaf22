"""Article 8 (issue 17, item 9): the period's first two years decide whether a centre
continues to the end of its period; how that meets article 10; the warning names its year."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qotb_desktop.domain.continuation import continuation
from qotb_desktop.domain.evaluation import LEVELS, consequence, status_after
from qotb_desktop.domain.rules.schemes import load_scheme, scheme_for_year

SCHEME = scheme_for_year(1404)
FIRST = 1402  # the Jalali year the centre's period starts
A, N = "approved", "not_approved"


def after(verdicts: dict[int, str], year: int | None = None, scheme=SCHEME, lost=()):
    return consequence(scheme=scheme, verdicts=verdicts, year=year or max(verdicts), lost=lost, first_year=FIRST)


# --- the reading is the scheme's data -------------------------------------------------------


def test_how_many_first_years_decide_is_the_schemes_data():
    scheme = load_scheme("1397-1")
    assert scheme.continuation_years == 2 and scheme.pass_mark == 60
    # three first years, by the data: two approved years do not yet decide
    three = replace(SCHEME, continuation_years=3)
    held = after({1402: A, 1403: A}, scheme=three).continuation
    assert (held.state, held.years, held.missing) == ("pending", (1402, 1403, 1404), (1404,))
    assert after({1402: A, 1403: A, 1404: A}, scheme=three).continuation.state == "continues"


# --- the first two years ------------------------------------------------------------------------


def test_both_first_years_approved_carry_the_centre_to_the_end_of_its_period():
    result = after({1402: A, 1403: A})
    held = result.continuation
    assert (held.state, held.years, held.failed) == ("continues", (1402, 1403), ())
    assert held.label == "ادامه تا پایان دوره (ماده ۸)" and held.short == "ادامه تا پایان دوره"
    assert "۱۴۰۲ و ۱۴۰۳" in held.note and "ماده ۱۰" in held.note  # it does not shelter from art. 10
    assert (result.level, result.reasons, status_after("approved", result)) == ("none", (), "approved")


def test_after_one_approved_first_year_the_second_is_awaited():
    held = after({1402: A}).continuation
    assert (held.state, held.missing) == ("pending", (1403,))
    assert held.short == "در انتظار سال ۱۴۰۳" and "ماده ۸" in held.label


def test_a_later_verdict_does_not_change_the_state_of_an_earlier_year():
    assert after({1402: A, 1403: N}, year=1402).continuation.state == "pending"


def test_a_first_year_without_a_closed_evaluation_is_not_presumed_a_failure():
    held = after({1403: A, 1404: A}).continuation
    assert (held.state, held.missing) == ("pending", (1402,))
    assert held.short == "در انتظار سال ۱۴۰۲" and "۱۴۰۲" in held.note


def test_a_failed_first_year_warns_naming_that_year_and_article_8_is_not_met():
    result = after({1402: N})
    assert (result.level, result.status) == ("probation", "probation")
    assert result.level_label == "هشدار (سال ۱۴۰۲ تأیید نشده)"
    held = result.continuation
    assert (held.state, held.failed) == ("not_met", (1402,))
    assert held.label == "ادامه تا پایان دوره احراز نشد (ماده ۸؛ سال ۱۴۰۲ تأیید نشده)"
    assert held.short == "احراز نشد (۱۴۰۲)"
    # the warning says what it costs under article 8, beside 10-1
    assert "۱۰-۱" in result.reasons[0] and held.note in result.reasons


def test_a_failed_second_year_is_named_as_such_not_as_the_first():
    result = after({1402: A, 1403: N})
    assert result.level_label == "هشدار (سال ۱۴۰۳ تأیید نشده)" and "نخست" not in result.level_label
    assert (result.continuation.state, result.continuation.failed) == ("not_met", (1403,))
    assert "سال ۱۴۰۳" in result.reasons[0]


def test_a_pass_lifts_the_warning_but_article_8_stays_not_met():
    result = after({1402: N, 1403: A, 1404: A})
    assert (result.level, status_after("probation", result)) == ("none", "approved")
    assert (result.continuation.state, result.continuation.failed) == ("not_met", (1402,))


def test_the_static_warning_label_no_longer_says_first_year():
    assert "نخست" not in LEVELS["probation"] and LEVELS["probation"].startswith("هشدار")


def test_a_failure_after_the_first_years_warns_naming_its_year_and_article_8_holds():
    result = after({1402: A, 1403: A, 1404: A, 1405: N})
    assert (result.level, result.level_label) == ("probation", "هشدار (سال ۱۴۰۵ تأیید نشده)")
    assert result.continuation.state == "continues"
    assert len(result.reasons) == 1 and "ماده ۸" not in result.reasons[0]


# --- how it meets article 10 --------------------------------------------------------------------


def test_two_failed_first_years_advise_dissolution():
    result = after({1402: N, 1403: N})
    assert (result.level, result.status, result.failures) == ("dissolution", "dissolution_advised", 2)
    assert (result.continuation.state, result.continuation.failed) == ("not_met", (1402, 1403))
    assert "سال‌های ۱۴۰۲ و ۱۴۰۳" in result.continuation.label


def test_two_consecutive_failures_advise_dissolution_also_after_the_centre_continues():
    result = after({1402: A, 1403: A, 1404: N, 1405: N})
    assert (result.level, result.status, result.failures) == ("dissolution", "dissolution_advised", 2)
    assert result.continuation.state == "continues"  # continuation is no shelter from 10-1
    assert "۱۰-۱" in result.reasons[0]


def test_article_5_lost_advises_dissolution_also_after_the_centre_continues():
    result = after({1402: A, 1403: A}, lost=["کمتر از ۷ عضو"])
    assert (result.level, result.continuation.state) == ("dissolution", "continues")
    assert result.reasons == ("شرایط ماده ۵ از دست رفته است (بند ۱۰-۲): کمتر از ۷ عضو",)


# --- without a period -----------------------------------------------------------------------------


def test_without_a_period_start_article_8_is_not_shown():
    held = consequence(scheme=SCHEME, verdicts={1404: A}, year=1404).continuation
    assert (held.state, held.label, held.short, held.note) == ("unknown", "", "", "")


@pytest.mark.parametrize(
    ("years", "text"),
    [((1402,), "سال ۱۴۰۲"), ((1402, 1403), "سال‌های ۱۴۰۲ و ۱۴۰۳"), ((1402, 1403, 1404), "سال‌های ۱۴۰۲ تا ۱۴۰۴")],
)
def test_the_failed_years_are_named_in_persian(years, text):
    held = continuation(years=len(years), first_year=years[0], verdicts={y: N for y in years}, year=years[-1])
    assert text in held.label
