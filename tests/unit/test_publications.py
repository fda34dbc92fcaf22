"""The rules of a member's publications read from exports (issue 23): the row each
record proposes, the date and note 8's window, duplicates, the member's name in
Persian and Latin forms, the pooled citations."""

from datetime import date

from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.domain.publications import (
    MemberName,
    Record,
    activity_keys,
    clean_doi,
    in_window,
    names_member,
    normalise_title,
    propose,
    record_date,
    record_keys,
)
from qotb_desktop.domain.scoring import window

MEMBER = MemberName("علی", "کریمی", ("Karimi, Ali",))
WINDOW = window(parse_jalali("1403/07/01"), 5)  # 1398/07/01 .. 1403/06/31


def rec(number=1, kind="article", title="A paper", **values):
    values.setdefault("year", 2021)
    return Record(source="a.bib", number=number, kind=kind, title=title, **values)


def by_key(proposals):
    return {p.key: p for p in proposals}


def test_each_kind_proposes_its_row_of_appendix_1():
    records = [
        rec(1, "article", "Indexed", indexing=("scopus",)),
        rec(2, "article", "Not indexed"),
        rec(3, "conference", "Talk", invited=True),
        rec(4, "book", "Book"),
        rec(5, "chapter", "Chapter"),
        rec(6, "patent", "Device", international=False),
        rec(7, "other", "Editorial"),
    ]
    got = by_key(propose(records, member=MEMBER, window=WINDOW))
    assert [got[f"a.bib#{n}"].row for n in range(1, 8)] == [2, None, 4, 11, 11, 15, None]
    assert got["a.bib#2"].rows == (2, 3) and not got["a.bib#2"].accepted_by_default  # the clerk chooses 2 or 3
    assert "ردیف ۲" in got["a.bib#1"].reasons[0] and "Scopus" in got["a.bib#1"].reasons[0]
    assert got["a.bib#3"].keynote and any("پانویس ۲" in r for r in got["a.bib#3"].reasons)
    assert got["a.bib#6"].scope == "domestic"
    assert got["a.bib#7"].row is None


def test_a_date_with_only_a_year_is_its_first_day_and_said_so():
    day, why = record_date(rec(year=2022))
    assert day == date(2022, 1, 1) and "یکم ژانویه" in why
    assert record_date(rec(year=2022, month=5, day=3)) == (date(2022, 5, 3), "")
    assert record_date(rec(year=None))[0] is None


def test_note_8_window_inside_outside_and_straddling():
    assert in_window(rec(year=2021), WINDOW) is True
    assert in_window(rec(year=2014), WINDOW) is False
    assert in_window(rec(year=2019), WINDOW) is None  # the window opens on 23 September 2019
    assert in_window(rec(year=2019, month=10), WINDOW) is True
    assert in_window(rec(year=2019, month=8), WINDOW) is False
    outside = propose([rec(year=2014, indexing=("wos",))], member=MEMBER, window=WINDOW)[0]
    assert outside.window is False and not outside.accepted_by_default
    assert any("بیرون از بازه پنج‌ساله" in r for r in outside.reasons)


def test_titles_and_dois_match_however_the_exports_spell_them():
    assert clean_doi("https://doi.org/10.9999/JIP.2021.001.") == "10.9999/jip.2021.001"
    assert normalise_title("Heat Transport in {G}raphene: Sheets!") == normalise_title("heat transport in graphene sheets")
    assert normalise_title("يادگيري عميق") == normalise_title("یادگیری  عمیق")  # Arabic ي/ك, spacing
    assert normalise_title("Über") == normalise_title("uber")
    assert record_keys(rec(doi="10.1/X", title="T", year=2020)) == {"doi:10.1/x", "title:t:2020"}


def test_duplicates_within_and_across_files_and_against_what_is_entered():
    entered = activity_keys("Old work — J. Phys.، 2020\nDOI: 10.1/old", "", date(2020, 3, 1))
    records = [
        rec(1, title="First", doi="10.1/a", indexing=("scopus",)),
        Record("b.csv", 1, "article", "FIRST.", year=2021, indexing=("scopus",)),  # same title and year
        Record("b.csv", 2, "article", "Other title", year=2021, doi="https://doi.org/10.1/A"),  # same DOI
        rec(3, title="Old work", year=2020),  # entered already
        rec(4, title="First", year=2022),  # same title, another year: a different work
    ]
    got = propose(records, member=MEMBER, window=WINDOW, existing=[entered])
    assert [bool(p.duplicate) for p in got] == [False, True, True, True, False]
    assert "همان عنوان و سال" in got[1].duplicate and "a.bib" in got[1].duplicate
    assert "همان DOI" in got[2].duplicate
    assert "فعالیت‌های ثبت‌شده" in got[3].duplicate
    assert not any(p.accepted_by_default for p in got if p.duplicate)


def test_a_duplicate_completes_the_kept_record():
    records = [
        rec(1, title="Work", doi="10.1/w"),  # BibTeX: no indexing, no corresponding author
        Record("s.csv", 1, "article", "Work", year=2021, doi="10.1/w", indexing=("scopus",), corresponding="Karimi A.; Univ"),
    ]
    kept = propose(records, member=MEMBER, window=WINDOW)[0]
    assert kept.row == 2 and kept.corresponding_author


def test_the_members_name_in_persian_and_latin_forms():
    assert names_member("Karimi A.", MEMBER)
    assert names_member("کريمي، علی", MEMBER)  # Arabic letters
    assert names_member("Karimi, A (corresponding author), Example Univ", MEMBER)
    assert not names_member("Rahimi B.", MEMBER)
    hosseini = MemberName("مریم", "حسینی")  # no Latin form given: the Persian surname's consonants
    assert names_member("Hosseini M.", hosseini) and names_member("Hoseini, Maryam", hosseini)
    assert names_member("Ghasemi R.", MemberName("رضا", "قاسمی"))
    assert not names_member("Hassan M.", hosseini)


def test_corresponding_author_proposed_only_when_it_is_the_member():
    mine = rec(1, indexing=("scopus",), corresponding="Karimi A.; Department of Physics")
    theirs = rec(2, title="B", indexing=("scopus",), corresponding="Rahimi B.; Department of Physics")
    got = propose([mine, theirs], member=MEMBER, window=WINDOW)
    assert got[0].corresponding_author and not got[1].corresponding_author
    assert "«Rahimi B.» است، نه عضو" in got[1].reasons[-1] or any("نه عضو" in r for r in got[1].reasons)


def test_citations_pooled_once_a_work_into_row_7():
    records = [
        rec(1, title="A", doi="10.1/a", citations=25),
        Record("b.csv", 1, "article", "A", year=2021, doi="10.1/a", citations=27),  # the same work: its highest count
        rec(2, title="B", citations=8),
        rec(3, title="C", year=2014, citations=5),  # outside the window: row 7 is undated, it counts
    ]
    got = propose(records, member=MEMBER, window=WINDOW)
    pooled = got[-1]
    assert pooled.row == 7 and pooled.citations == 27 + 8 + 5 and pooled.date is None
    assert pooled.accepted_by_default
    again = propose(records, member=MEMBER, window=WINDOW, existing_citation_marks=[pooled.description])
    assert again[-1].duplicate  # the same files' citations, entered already


def test_no_window_given_is_said():
    got = propose([rec(indexing=("scopus",))], member=MEMBER)
    assert got[0].window is None and any("آغاز دوره داده نشده" in r for r in got[0].reasons)


def test_an_imported_activity_whose_date_the_clerk_mended_is_still_the_same_work():
    mended = activity_keys("Work — Journal، 2022\nورود از پرونده a.bib", "", date(2021, 12, 26))  # ۱۴۰۰/۱۰/۰۵
    again = propose([rec(title="Work", year=2022)], member=MEMBER, window=WINDOW, existing=[mended])
    assert again[0].duplicate
    assert activity_keys("Typed by hand", "", None) == frozenset()  # no date, no year: nothing to match on


def test_a_persian_journals_jalali_year():
    record = rec(title="رسانش گرمایی", year=1400, jalali=True)
    day, why = record_date(record)
    assert day == date(2021, 3, 21) and "یکم فروردین" in why and "۱۴۰۰ خورشیدی" in why
    assert in_window(record, WINDOW) is True  # 1400 lies inside 1398/07/01 .. 1403/06/31
    assert in_window(rec(year=1398, jalali=True), WINDOW) is None  # the window opens in Mehr 1398
    assert in_window(rec(year=1398, month=8, jalali=True), WINDOW) is True
    assert record_date(rec(year=1401, month=7, day=15, jalali=True)) == (date(2022, 10, 7), "")
    # The same paper in a Scopus export is dated 2021 or 2022: either is the same work.
    assert propose([record, rec(2, title="رسانش گرمایی", year=2022)], member=MEMBER, window=WINDOW)[1].duplicate
