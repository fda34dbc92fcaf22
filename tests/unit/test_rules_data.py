"""The 1397 edition as data: the numbers of BYLAW.md, and nothing of them in code."""

from datetime import date
from pathlib import Path

from qotb_desktop.domain.rules import available_editions, load_edition

# Appendix 2, as shared/bylaw/BYLAW.md tabulates it.
APPENDIX_2 = {
    "engineering": (75, 85, 20, 135, 1228),
    "veterinary": (65, 75, 20, 120, 1092),
    "agriculture": (65, 75, 20, 120, 1092),
    "humanities": (45, 55, 20, 100, 910),
    "art": (25, 35, 15, 80, 728),
    "physics": (60, 70, 20, 130, 1183),
    "mathematics": (60, 70, 20, 130, 1183),
    "geology": (40, 50, 20, 130, 1183),
    "chemistry": (130, 140, 20, 240, 2184),
    "biology": (60, 70, 20, 130, 1183),
    "physical_chemistry": (60, 70, 20, 130, 1183),
}


def test_the_1397_edition_is_there_with_its_approval_date():
    assert "1397" in available_editions()
    rules = load_edition("1397")
    assert rules.edition == "1397"
    assert rules.approved_on == date(2018, 9, 29)


def test_appendix_2_for_all_eleven_fields():
    rules = load_edition("1397")
    got = {
        f.key: (t.min_row2, t.min_rows_2_8_9, t.max_row4, t.min_member_total, t.min_centre_total)
        for f in rules.fields
        for t in [f.thresholds]
    }
    assert got == APPENDIX_2
    assert all(f.clause.startswith("پیوست ۲") for f in rules.fields)


def test_the_five_groups_of_article_1_4_hold_every_field():
    rules = load_edition("1397")
    assert [g.title for g in rules.groups] == [
        "علوم پایه",
        "فنی مهندسی",
        "کشاورزی و منابع طبیعی",
        "دامپزشکی",
        "علوم انسانی و هنر",
    ]
    group_keys = {g.key for g in rules.groups}
    assert all(f.group in group_keys for f in rules.fields)
    assert {f.key for f in rules.fields if f.group == "basic_sciences"} == {
        "physics",
        "mathematics",
        "geology",
        "chemistry",
        "biology",
        "physical_chemistry",
    }


def test_council_nine_seats_natural_members_four_years():
    council = load_edition("1397").council
    assert len(council.seats) == 9
    natural = [s for s in council.seats if not s.ex_officio]
    assert len(natural) == 5 and all(s.term_years == 4 for s in natural)
    assert [s.key for s in council.seats][:4] == ["chair", "vice_chair", "education_deputy", "secretary"]
    assert (council.quorum_numerator, council.quorum_denominator) == (2, 3)
    assert load_edition("1397").readings.majority == "floor"


def test_centre_rules():
    centre = load_edition("1397").centre
    assert (centre.min_members, centre.period_years, centre.host_majority) == (7, 5, "more_than_half")


def test_no_appendix_2_threshold_is_written_in_the_code():
    """Rule numbers live in the data file; the code must not repeat them."""
    package = Path(__file__).resolve().parents[2] / "qotb_desktop"
    numbers = {"1228", "1092", "2184", "1183", "910", "728"}
    for path in package.rglob("*.py"):
        text = path.read_text("utf-8")
        found = [n for n in numbers if n in text]
        assert not found, f"{path.name} holds rule numbers {found}"


def test_every_appendix_1_row_names_its_clause_and_the_verdict_rows_are_data():
    rules = load_edition("1397").scoring
    assert len(rules.rows) == 26
    assert all(r.clause.startswith("پیوست ۱ ردیف") for r in rules.rows)
    assert rules.row(8).clause.endswith("پانویس ۳")
    assert (rules.papers_rows, rules.research_rows) == ((2,), (2, 8, 9))
