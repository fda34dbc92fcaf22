"""The scoring engine against Appendix 1 and 2 (numbers from BYLAW.md, written out here
on purpose: the test checks the data file and the engine together)."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.domain.rules import Readings, load_edition
from qotb_desktop.domain.scoring import Item, MemberInput, score_member, window

E = load_edition("1397")
START = parse_jalali("1403/07/01")
IN = parse_jalali("1401/05/01")  # inside the window 1398/07/01 .. 1403/06/31
CURRENT = E.readings  # revision 2
PER_PROJECT, ROW_TOTAL = E.readings, Readings("floor", "row_total", revision=2)
REV1 = Readings("floor", "per_item")  # what 0.5.0 computed: stored results are computed again with it


def sheet(*items: Item, field: str = "physics", rank: str = "professor", readings: Readings | None = None):
    return score_member(MemberInput(field, START, rank, tuple(items)), edition=E, readings=readings)


def row(number: int, *items: Item, **kw) -> float:
    return sheet(*items, **kw).row(number).points


def it(row: int, **kw) -> Item:
    """An item dated inside the window; a judged row's points, when not given, are the
    row's maximum typed by the clerk (revision 2 never assumes them)."""
    kw.setdefault("date", IN)
    rule = E.scoring.row(row)
    if rule.rule == "judged" and "points" not in kw:
        kw["points"] = Fraction(rule.scopes[kw["scope"]] if rule.scopes else rule.max)
    return Item(row=row, **kw)


@pytest.mark.parametrize(
    "rank, points", [("instructor", 5), ("assistant_professor", 10), ("associate_professor", 15), ("professor", 20)]
)
def test_row_1_academic_rank(rank, points):
    assert row(1, rank=rank) == points


@pytest.mark.parametrize("number, top", [(2, 7), (3, 2), (5, 2), (6, 5), (9, 20), (10, 3), (14, 20)])
def test_judged_rows_take_up_to_their_maximum_and_never_assume_it(number, top):
    assert row(number, it(number)) == top
    assert row(number, it(number, points=Fraction(1))) == 1
    assert row(number, it(number), it(number)) == 2 * top  # no row cap: per item
    unscored = sheet(Item(number, date=IN))
    assert unscored.row(number).points == 0  # issue 17.2: an empty score is not the maximum
    assert "بیشینه آن فرض نمی‌شود" in unscored.excluded[0].reason
    assert row(number, Item(number, date=IN), readings=REV1) == top  # what 0.5.0 did, for its stored results


def test_row_4_keynote_bonus_and_the_field_cap():
    assert row(4, it(4)) == 2
    assert row(4, it(4, keynote=True)) == 3
    papers = [it(4, keynote=True) for _ in range(10)]  # 30 points before the cap
    assert row(4, *papers, field="physics") == 20  # Appendix 2: physics 20
    assert row(4, *papers, field="art") == 15  # art 15
    assert sheet(*papers).row(4).uncapped == 30


def test_row_7_citations_per_full_ten_capped_at_20():
    assert row(7, Item(7, citations=9)) == 0
    assert row(7, Item(7, citations=95)) == 9
    assert row(7, Item(7, citations=60), Item(7, citations=45)) == 10  # 105 citations in all
    assert row(7, Item(7, citations=5000)) == 20


def test_row_8_projects_per_ten_million_and_the_two_readings():
    big, small = it(8, amount_toman=230_000_000), it(8, amount_toman=99_000_000)
    assert row(8, small) == 9
    assert row(8, big, small, readings=PER_PROJECT) == 15 + 9  # each project capped at 15
    assert row(8, big, small, readings=ROW_TOTAL) == 15  # the row capped at 15
    assert sheet(big).readings.row8_cap == "per_item"  # the edition's reading, recorded
    # Issue 17.3: footnote 3's row total pools the amounts before rounding: 15 + 15 million is 3.
    fifteen = it(8, amount_toman=15_000_000)
    assert row(8, fifteen, fifteen, readings=ROW_TOTAL) == 3
    assert row(8, fifteen, fifteen, readings=PER_PROJECT) == 2
    assert row(8, fifteen, fifteen, readings=Readings("floor", "row_total")) == 2  # revision 1 rounded each


@pytest.mark.parametrize("number, international, domestic", [(11, 15, 10), (15, 20, 15)])
def test_books_and_inventions_by_scope(number, international, domestic):
    assert row(number, it(number, scope="international")) == international
    assert row(number, it(number, scope="domestic")) == domestic
    assert row(number, it(number, scope="domestic", points=Fraction(4))) == 4


@pytest.mark.parametrize(
    "number, top, field", [(12, 2, "humanities"), (13, 7, "humanities"), (17, 10, "humanities"), (16, 12, "art")]
)
def test_group_limited_rows(number, top, field):
    assert row(number, it(number), field=field) == top
    elsewhere = sheet(it(number), field="engineering")
    assert elsewhere.row(number).points == 0
    assert "فقط برای رشته‌های" in elsewhere.row(number).note


@pytest.mark.parametrize("number, each", [(18, 2), (19, 5)])
def test_theses_supervised(number, each):
    # Issue 17.1-2: a thesis has a defence date inside note 8's window, and a score up to the maximum.
    assert row(number, it(number), it(number), it(number, points=Fraction(1))) == 2 * each + 1
    old = it(number, date=parse_jalali("1395/01/01"))
    undated = Item(number, points=Fraction(each))
    s = sheet(old, undated)
    assert s.row(number).points == 0 and len(s.excluded) == 2
    # Revision 1 (0.5.0): fixed points, with or without a date.
    assert row(number, Item(number), Item(number), Item(number, date=IN), readings=REV1) == 3 * each


def test_row_20_awards_capped_at_6():
    values = {
        "international_festival": 5, "national_festival": 2, "national_exemplary_professor": 4,
        "national_exemplary_researcher": 3, "university_exemplary_researcher": 2, "best_thesis_supervisor": 1,
    }  # fmt: skip
    for award, points in values.items():
        assert row(20, it(20, award=award)) == points
    assert row(20, it(20, award="international_festival"), it(20, award="national_exemplary_professor")) == 6


def test_rows_21_to_23_per_unit_with_caps():
    # Issue 17.1: a journal's board from its first to its last day, only the years inside
    # the window 1398/07/01 .. 1403/06/31 counted (in whole months).
    whole = dict(date=parse_jalali("1390/01/01"))  # still serving: the whole window, 5 years
    assert row(21, Item(21, **whole)) == 1  # 0.2 a journal-year, exactly
    assert row(21, *[Item(21, **whole) for _ in range(4)]) == 3  # 20 journal-years: the cap
    assert row(22, Item(22, **whole)) == 5
    assert row(22, Item(22, **whole), Item(22, **whole)) == 8
    thirty_months = Item(22, date=parse_jalali("1401/01/01"), end=parse_jalali("1403/06/31"))
    assert row(22, thirty_months) == Fraction(5, 2)
    before = Item(21, date=parse_jalali("1390/01/01"), end=parse_jalali("1398/06/31"))
    s = sheet(before)
    assert s.row(21).points == 0 and "هیچ ماه کاملی" in s.excluded[0].reason
    assert row(23, it(23, conferences=1)) == 2
    assert row(23, it(23, conferences=3)) == 4
    # Revision 1 (0.5.0) counted a typed number of journal-years.
    assert row(21, Item(21, journal_years=Fraction(7)), readings=REV1) == Fraction(7, 5)
    assert row(22, Item(22, journal_years=Fraction(12)), readings=REV1) == 8


def test_row_24_academy_and_row_25_associations():
    assert [row(24, Item(24, academy=a)) for a in ("full", "associate", "honorary")] == [5, 3, 1]
    assert row(24, Item(24, academy="full"), Item(24, academy="associate")) == 5
    assert row(25, Item(25, role="board_member")) == 2
    assert row(25, Item(25, role="president")) == 4
    assert row(25, Item(25, role="president"), Item(25, role="board_member")) == 4


def test_row_26_years_in_a_centre_director_counts_double_capped_at_10():
    three = dict(date=parse_jalali("1400/07/01"), end=parse_jalali("1403/06/31"))
    assert row(26, Item(26, **three)) == 3
    assert row(26, Item(26, **three, as_director=True)) == 6
    assert row(26, Item(26, date=parse_jalali("1380/01/01"), as_director=True)) == 10
    assert row(26, Item(26, years=Fraction(8), as_director=True), readings=REV1) == 10


def test_the_window_is_the_five_years_ending_the_day_before_the_period():
    first, last = window(START, 5)
    assert (first, last) == (parse_jalali("1398/07/01"), parse_jalali("1403/06/31"))
    s = sheet(it(2, date=first), it(2, date=last), it(2, date=START), it(2, date=parse_jalali("1398/06/31")), Item(2))
    assert s.row(2).points == 14  # only the first two count
    assert [e.item for e in s.excluded] == [2, 3, 4]
    assert "بیرون از بازه" in s.excluded[0].reason and "تاریخ ندارد" in s.excluded[2].reason
    assert sheet(Item(7, citations=100)).row(7).points == 10  # undated aggregate rows count


def paper(corresponding: bool = True) -> Item:
    return it(2, corresponding_author=corresponding)


def eligible_member(field: str = "physics") -> list[Item]:
    t = E.field(field).thresholds
    papers = [paper() for _ in range(max(8, -(-t.min_row2 // 7)))]
    return papers + [it(9)] * 4 + [Item(7, citations=1000)] + [it(14)] * 10


@pytest.mark.parametrize("field", [f.key for f in E.fields])
def test_every_appendix_2_group_has_its_thresholds(field):
    t = E.field(field).thresholds
    good = sheet(*eligible_member(field), field=field)
    assert good.eligible, good.failures
    assert good.row2 >= t.min_row2 and good.total >= t.min_member_total
    few = [paper() for _ in range(8)]  # 56 from row 2
    weak = sheet(*few, field=field, rank="instructor")
    codes = {f.code for f in weak.failures}
    assert ("row2_below_min" in codes) == (t.min_row2 > 56)
    assert "total_below_min" in codes  # 5 + 56 is below every member minimum


def test_each_failure_code_with_required_actual_and_a_persian_sentence():
    s = sheet(paper(), paper(False), it(8, amount_toman=50_000_000), rank="assistant_professor")
    failures = {f.code: f for f in s.failures}
    assert set(failures) == {"row2_below_min", "rows_2_8_9_below_min", "total_below_min", "corresponding_author_papers_below_8"}
    assert (failures["row2_below_min"].required, failures["row2_below_min"].actual) == (60, 14)
    assert (failures["rows_2_8_9_below_min"].required, failures["rows_2_8_9_below_min"].actual) == (70, 19)
    assert (failures["total_below_min"].required, failures["total_below_min"].actual) == (130, 29)
    assert (failures["corresponding_author_papers_below_8"].required, failures["corresponding_author_papers_below_8"].actual) == (
        8,
        1,
    )
    assert "کمتر از کمینه ۶۰" in failures["row2_below_min"].message
    assert "نویسنده مسئول ۱ مقاله" in failures["corresponding_author_papers_below_8"].message


def test_eight_corresponding_papers_are_needed_even_with_enough_points():
    items = eligible_member()
    for i in range(3):
        items[i] = it(2, corresponding_author=False)
    s = sheet(*items)
    assert s.corresponding_papers == 6
    assert s.row2 >= 60 and s.total >= 130
    assert [f.code for f in s.failures] == ["corresponding_author_papers_below_8"]


def test_every_result_names_its_edition():
    assert sheet().edition == "1397"


# -- properties ---------------------------------------------------------------------

DATES = st.dates(min_value=date(2018, 1, 1), max_value=date(2026, 1, 1))


@st.composite
def items(draw):
    number = draw(st.integers(2, 26))
    rule = E.scoring.row(number)
    kw = {"date": draw(st.one_of(st.none(), DATES))}
    if rule.rule == "judged":
        if rule.scopes:
            kw["scope"] = draw(st.sampled_from(sorted(rule.scopes)))
        top = rule.scopes[kw["scope"]] if rule.scopes else rule.max
        kw["points"] = draw(st.one_of(st.none(), st.fractions(0, top)))
        kw["keynote"] = draw(st.booleans()) if rule.keynote_bonus else False
        kw["corresponding_author"] = draw(st.booleans()) if number == 2 else False
    if rule.field == "citations" or rule.field == "conferences":
        kw[rule.field] = draw(st.integers(0, 500))
    elif rule.field == "amount_toman":
        kw[rule.field] = draw(st.integers(0, 10**9))
    elif rule.measure == "years_in_window":
        kw["end"] = draw(st.one_of(st.none(), DATES))
    elif rule.values is not None and rule.field:
        kw[rule.field] = draw(st.sampled_from(sorted(rule.values)))
    if rule.director_points:
        kw["as_director"] = draw(st.booleans())
    return Item(row=number, **kw)


FIELDS = st.sampled_from([f.key for f in E.fields])
READINGS = st.sampled_from([PER_PROJECT, ROW_TOTAL])


@settings(max_examples=150, deadline=None)
@given(st.lists(items(), max_size=25), items(), FIELDS, READINGS)
def test_adding_an_item_never_lowers_a_total(before, extra, field, readings):
    a = sheet(*before, field=field, readings=readings)
    b = sheet(*before, extra, field=field, readings=readings)
    assert b.total >= a.total
    assert all(rb.points >= ra.points for ra, rb in zip(a.rows, b.rows, strict=True))


@settings(max_examples=150, deadline=None)
@given(st.lists(items(), max_size=40), FIELDS, READINGS)
def test_no_row_exceeds_its_cap(its, field, readings):
    s = sheet(*its, field=field, readings=readings)
    for rule, got in zip(E.scoring.rows, s.rows, strict=True):
        cap = E.field(field).thresholds.max_row4 if rule.row_cap_from_field else rule.row_cap
        if rule.rule == "per_item_unit" and readings.row8_cap == "row_total":
            cap = rule.cap
        if cap is not None:
            assert got.points <= Fraction(str(cap)), rule.row


def test_a_period_starting_on_30_esfand_still_gets_exactly_five_years():
    first, last = window(parse_jalali("1403/12/30"), 5)  # 1403 is a leap year
    assert (first, last) == (parse_jalali("1399/01/01"), parse_jalali("1403/12/29"))
