"""The working group's review by the criteria of 12-4 (domain.calls.clean_review): every
criterion marked, and a score asked for only where the secretariat's scheme gives one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qotb_desktop.domain.calls import clean_review
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.rules.funding_schemes import SelectionCriterion, load_funding_scheme

SCHEME = load_funding_scheme("1397-1")
MARKS = {f"12-4-{i}": (True, "") for i in range(1, 7)}


def scored(points: dict[str, int]):
    """The scheme of 1397 with a score for the criteria in ``points`` (the secretariat's
    own choice: the bylaw gives none)."""
    return replace(
        SCHEME,
        selection_criteria=tuple(SelectionCriterion(c.key, c.title, points.get(c.key)) for c in SCHEME.selection_criteria),
    )


def review(scheme, marks, *, joint=False):
    return clean_review(reviewed_on="1406/05/10", marks=marks, decision="selected", scheme=scheme, joint=joint)


def fields(caught) -> dict[str, str]:
    return {e.field: e.message for e in caught.value.errors}


def test_the_bylaws_scheme_gives_no_scores_and_refuses_one_typed():
    assert not SCHEME.scores_criteria
    record = review(SCHEME, MARKS)
    assert [m.score for m in record.marks] == [None] * 7
    with pytest.raises(ValidationError) as caught:
        review(SCHEME, {**MARKS, "12-4-2": (True, "", "۵")})
    assert "امتیازی نمی‌دهد" in fields(caught)["mark_12-4-2_score"]


def test_a_scored_criterion_takes_a_whole_number_up_to_its_maximum_in_any_digits():
    scheme = scored({"12-4-1": 20, "12-4-2": 10, "12-4-7": 15})
    record = review(scheme, {**MARKS, "12-4-1": (True, "", "۱۸"), "12-4-2": (False, "دور از برنامه", "0")}, joint=True)
    by_key = {m.key: m for m in record.marks}
    assert (by_key["12-4-1"].score, by_key["12-4-2"].score, by_key["12-4-3"].score) == (18, 0, None)
    assert by_key["12-4-7"].met and by_key["12-4-7"].score == 15  # a joint proposal: the seventh's whole score
    assert review(scheme, {**MARKS, "12-4-1": (True, "", "20"), "12-4-2": (True, "", "1")}).marks[-1].score == 0


@pytest.mark.parametrize(("typed", "says"), [("", "بنویسید"), ("۲۱", "۲۰"), ("-1", "از ۰ تا ۲۰"), ("۱۰٫۵", "از ۰ تا ۲۰")])
def test_a_scored_criterion_left_empty_or_out_of_range_is_refused_naming_it(typed, says):
    scheme = scored({"12-4-1": 20})
    with pytest.raises(ValidationError) as caught:
        review(scheme, {**MARKS, "12-4-1": (True, "", typed)})
    errors = {e.field: e for e in caught.value.errors}
    assert set(errors) == {"mark_12-4-1_score"}
    assert errors["mark_12-4-1_score"].label == "بند ۱۲-۴-۱: امتیاز" and says in errors["mark_12-4-1_score"].message


def test_a_scheme_file_with_a_maximum_out_of_range_does_not_load(tmp_path, monkeypatch):
    from qotb_desktop.domain.rules import funding_schemes

    text = (funding_schemes._folder() / "1397-1.toml").read_text("utf-8")
    text = text.replace('key = "12-4-1"\n', 'key = "12-4-1"\nmax_score = 0\n')
    (tmp_path / "9999-1.toml").write_text(text.replace('scheme = "1397-1"', 'scheme = "9999-1"'), "utf-8")
    monkeypatch.setattr(funding_schemes, "_folder", lambda: tmp_path)
    funding_schemes.load_funding_scheme.cache_clear()
    try:
        with pytest.raises(ValueError, match="max_score"):
            funding_schemes.load_funding_scheme("9999-1")
    finally:
        funding_schemes.load_funding_scheme.cache_clear()
