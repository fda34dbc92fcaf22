"""The annual evaluation's rules (art. 9, 10), without a database."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from qotb_desktop.domain.centre_check import CentreCheck, MemberResult
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.evaluation import (
    article5_lost,
    clean_evaluation,
    clean_report,
    consecutive_failures,
    consequence,
    status_after,
    weigh,
)
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.rules.schemes import available_schemes, load_scheme, scheme_for_year
from qotb_desktop.domain.scoring import Failure, ScoreSheet

SCHEME = scheme_for_year(1404)
EDITION = load_edition()


def all_scores(value) -> dict[str, object]:
    return {c.key: value for c in SCHEME.criteria}


# --- the scheme is data --------------------------------------------------------


def test_the_scheme_is_versioned_data_drawn_from_articles_2_and_7():
    assert available_schemes() == ["1397-1"]
    assert SCHEME.scheme == "1397-1" and SCHEME.edition == "1397"
    areas = {a.key for a in EDITION.areas}
    goals = {g.key for g in EDITION.goals}
    assert len(areas) == 8 and len(goals) == 6
    for c in SCHEME.criteria:
        assert set(c.areas) <= areas and set(c.goals) <= goals and c.weight > 0
    # every area of art. 7 is weighed by some criterion
    assert {a for c in SCHEME.criteria for a in c.areas} == areas
    assert 0 < SCHEME.pass_mark <= SCHEME.total_weight


def test_a_year_before_any_scheme_takes_the_first():
    assert scheme_for_year(1390) == load_scheme("1397-1")


# --- weighing and the verdict ------------------------------------------------------


def test_the_verdict_follows_the_pass_mark_at_its_boundary():
    # every criterion at the same score s gives total = total_weight * s / scale
    at_mark = Fraction(SCHEME.pass_mark * SCHEME.scale, SCHEME.total_weight)
    assert weigh(SCHEME, {k: at_mark for k in all_scores(0)}).verdict == "approved"
    below = at_mark - Fraction(1, 100)
    result = weigh(SCHEME, {k: below for k in all_scores(0)})
    assert result.verdict == "not_approved" and result.total < SCHEME.pass_mark


def test_weights_count_each_criterion_by_its_weight():
    scores = {c.key: Fraction(0) for c in SCHEME.criteria}
    heavy = max(SCHEME.criteria, key=lambda c: c.weight)
    scores[heavy.key] = Fraction(SCHEME.scale)
    assert weigh(SCHEME, scores).total == heavy.weight


def test_scores_accept_persian_digits_and_the_decimal_separator():
    record = clean_evaluation(scheme=SCHEME, scores=all_scores("۷٫۵"), evaluators="دکتر الف", evaluated_on="۱۴۰۵/۰۳/۰۱")
    assert set(record.scores.values()) == {Fraction(15, 2)}
    assert record.evaluated_on == date(2026, 5, 22)


@pytest.mark.parametrize("bad", ["", "-1", "11", "abc", "7.555"])
def test_a_bad_score_names_its_criterion(bad):
    scores = all_scores(5)
    first = SCHEME.criteria[0]
    scores[first.key] = bad
    with pytest.raises(ValidationError) as err:
        clean_evaluation(scheme=SCHEME, scores=scores, evaluators="دکتر الف", evaluated_on="1405/03/01")
    assert err.value.fields == [f"score_{first.key}"]
    assert first.title in str(err.value)


def test_evaluators_and_date_are_required():
    with pytest.raises(ValidationError) as err:
        clean_evaluation(scheme=SCHEME, scores=all_scores(5), evaluators="  ", evaluated_on="")
    assert set(err.value.fields) == {"evaluators", "evaluated_on"}


# --- the annual report --------------------------------------------------------------


def test_a_report_takes_persian_numbers_with_separators():
    r = clean_report(
        edition=EDITION,
        received_on="1404/02/10",
        areas={"7-1": "نرم‌افزار  تخصصي\nدوم", "7-2": " "},
        papers="۱۲",
        budget_received="۱۲٬۵۰۰",
        budget_spent="9,000",
    )
    assert r.counts["papers"] == 12 and r.counts["theses"] == 0
    assert (r.budget_received, r.budget_spent) == (12500, 9000)
    assert r.areas == {"7-1": "نرم‌افزار تخصصی\nدوم"}  # ي folded, lines kept, empty areas dropped


@pytest.mark.parametrize(
    ("field", "value"), [("papers", "-3"), ("theses", "2.5"), ("budget_spent", str(10**13)), ("agreements", "بسیار")]
)
def test_a_bad_number_in_a_report_names_its_field(field, value):
    with pytest.raises(ValidationError) as err:
        clean_report(edition=EDITION, received_on="1404/02/10", **{field: value})
    assert err.value.fields == [field]


def test_a_report_names_an_unknown_area_and_needs_its_date():
    with pytest.raises(ValidationError) as err:
        clean_report(edition=EDITION, received_on="", areas={"7-9": "x"})
    assert set(err.value.fields) == {"areas", "received_on"}


# --- 10-1: consecutive years --------------------------------------------------------


def test_two_consecutive_failures_recommend_dissolution():
    verdicts = {1402: "approved", 1403: "not_approved", 1404: "not_approved"}
    assert consecutive_failures(verdicts, 1404) == 2
    result = consequence(scheme=SCHEME, verdicts=verdicts, year=1404)
    assert result.level == "dissolution" and result.status == "dissolution_advised"
    assert "۱۰-۱" in result.reasons[0]


def test_a_first_failed_year_warns():
    result = consequence(scheme=SCHEME, verdicts={1403: "approved", 1404: "not_approved"}, year=1404)
    assert (result.failures, result.level, result.status) == (1, "probation", "probation")
    assert "سال بعد" in result.reasons[0]


def test_a_centre_evaluated_for_the_first_time_is_only_warned():
    result = consequence(scheme=SCHEME, verdicts={1404: "not_approved"}, year=1404)
    assert (result.failures, result.level) == (1, "probation")
    passed = consequence(scheme=SCHEME, verdicts={1404: "approved"}, year=1404)
    assert (passed.failures, passed.level, passed.reasons) == (0, "none", ())


def test_a_gap_year_breaks_the_chain():
    verdicts = {1402: "not_approved", 1404: "not_approved"}  # 1403 not evaluated
    assert consecutive_failures(verdicts, 1404) == 1
    assert consequence(scheme=SCHEME, verdicts=verdicts, year=1404).level == "probation"


def test_an_approved_year_between_failures_breaks_the_chain():
    verdicts = {1402: "not_approved", 1403: "approved", 1404: "not_approved"}
    assert consecutive_failures(verdicts, 1404) == 1


def test_the_count_is_taken_at_the_year_asked():
    verdicts = {1402: "not_approved", 1403: "not_approved", 1404: "approved"}
    assert consecutive_failures(verdicts, 1403) == 2
    assert consecutive_failures(verdicts, 1404) == 0


# --- 10-2: article 5 lost -------------------------------------------------------------


def _sheet(eligible: bool) -> ScoreSheet:
    unmet = () if eligible else (Failure("member_total_below_min", Fraction(135), Fraction(90), "کمتر از کمینه"),)
    window = (date(2017, 9, 23), date(2022, 9, 22))
    return ScoreSheet("1397", EDITION.readings, "engineering", window, (), Fraction(0), Fraction(0), Fraction(200), 8, unmet)


def _check(eligible: int, members: int, failures: tuple[Failure, ...] = ()) -> CentreCheck:
    results = tuple(MemberResult(f"عضو {i}", "دانشگاه", _sheet(i < eligible)) for i in range(members))
    return CentreCheck("1397", EDITION.readings, Fraction(2000), results, failures)


def test_fewer_eligible_members_than_5_1_asks_is_grounds_for_dissolution():
    lost = article5_lost(_check(eligible=6, members=9), EDITION)
    assert [f.code for f in lost] == ["too_few_eligible_members"]
    assert "۶" in lost[0].message and "۷" in lost[0].message
    assert article5_lost(_check(eligible=7, members=9), EDITION) == ()


@pytest.mark.parametrize("code", ["host_not_majority", "centre_total_below_min"])
def test_host_majority_and_centre_total_are_grounds_for_dissolution(code):
    failure = Failure(code, Fraction(5), Fraction(4), f"پیام {code}")
    lost = article5_lost(_check(eligible=8, members=8, failures=(failure,)), EDITION)
    assert [f.code for f in lost] == [code]


def test_an_application_condition_is_not_a_10_2_ground():
    failure = Failure("equipment_not_confirmed", Fraction(1), Fraction(0), "تجهیزات")
    assert article5_lost(_check(eligible=8, members=8, failures=(failure,)), EDITION) == ()


def test_article_5_lost_recommends_dissolution_even_in_an_approved_year():
    result = consequence(scheme=SCHEME, verdicts={1404: "approved"}, year=1404, lost=["کمتر از ۷ عضو"])
    assert result.level == "dissolution" and result.failures == 0
    assert result.reasons == ("شرایط ماده ۵ از دست رفته است (بند ۱۰-۲): کمتر از ۷ عضو",)


# --- the centre's status --------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ({1404: "approved"}, "approved"),
        ({1404: "not_approved"}, "probation"),
        ({1403: "not_approved", 1404: "not_approved"}, "dissolution_advised"),
        ({1403: "not_approved", 1404: "approved"}, "approved"),  # probation lifted
    ],
)
def test_a_running_centres_status_follows_its_latest_year(verdicts, expected):
    latest = consequence(scheme=SCHEME, verdicts=verdicts, year=max(verdicts))
    for current in ("approved", "probation", "dissolution_advised"):
        assert status_after(current, latest) == expected


def test_without_a_closed_year_a_running_centre_is_approved():
    assert status_after("probation", None) == "approved"


@pytest.mark.parametrize("current", ["dissolved", "applicant", "under_review"])
def test_only_the_council_dissolves_and_evaluations_do_not_touch_other_states(current):
    latest = consequence(scheme=SCHEME, verdicts={1403: "not_approved", 1404: "not_approved"}, year=1404)
    assert status_after(current, latest) == current
