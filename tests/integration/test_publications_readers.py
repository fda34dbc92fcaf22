"""The four readers of a member's publication exports (issue 23) on sample files written
for the tests (tests/data/publications: fictional people): Scopus CSV with a BOM and
fields over several lines, Web of Science plain text and tab-delimited (UTF-16), BibTeX
with LaTeX escapes and Persian in braces, RIS; malformed records listed, not dropped."""

from pathlib import Path

import pytest

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services.publications import format_of, read_publications, read_text

DATA = Path(__file__).resolve().parents[1] / "data" / "publications"


def titles(reading):
    return [r.title for r in reading.records]


def test_scopus_csv_with_a_bom_and_multi_line_fields():
    reading = read_publications(path=DATA / "scopus.csv")
    assert reading.format == "scopus"
    assert len(reading.records) == 7
    first = reading.records[0]
    assert first.title == "Heat transport in layered graphene sheets"  # the BOM did not eat «Authors»
    assert first.authors[0].startswith("Karimi, Ali") and first.year == 2021 and first.citations == 25
    assert first.doi == "10.9999/jip.2021.001" and first.indexing == ("scopus",)
    assert first.corresponding.startswith("Karimi A.;")
    assert reading.records[1].title == "انتقال گرما در صفحه‌های گرافن چندلایه"  # the abstract's two lines stayed in it
    kinds = [r.kind for r in reading.records]
    assert kinds == ["article", "article", "article", "conference", "book", "article", "article"]
    assert reading.records[3].invited
    messages = [u.message for u in reading.unreadable]
    assert messages == ["رکورد ۸ ۵ ستون دارد، نه ۲۰.", "رکورد ۹ عنوان ندارد."]


def test_web_of_science_plain_text_tags_and_continuation_lines():
    reading = read_publications(path=DATA / "wos.txt")
    assert reading.format == "wos"
    assert titles(reading) == ["Heat transport in layered graphene sheets", "Acoustic phonons in thin films", "Heat in Solids"]
    first = reading.records[0]
    assert first.authors == ("Karimi, Ali", "Rahimi, Bahar") and (first.year, first.month, first.day) == (2021, 3, 15)
    assert first.citations == 24 and first.indexing == ("wos",) and "(corresponding author)" in first.corresponding
    assert reading.records[2].kind == "conference"
    assert [u.message for u in reading.unreadable] == ["رکورد ۴ عنوان ندارد."]


def test_web_of_science_tab_delimited_in_utf16():
    reading = read_publications(path=DATA / "wos_tab.txt")
    assert reading.format == "wos"
    assert titles(reading)[1] == "Spin waves and heat"
    assert reading.records[2].kind == "conference" and reading.records[2].keynote
    assert len(reading.unreadable) == 1 and "ستون دارد" in reading.unreadable[0].message


def test_bibtex_latex_escapes_persian_in_braces_and_a_broken_entry():
    reading = read_publications(path=DATA / "member.bib")
    assert reading.format == "bibtex"
    got = {r.title: r for r in reading.records}
    assert "Thermal Übersicht: a Gentle Introduction to Fourier's Law & Beyond" in got
    escaped = got["Thermal Übersicht: a Gentle Introduction to Fourier's Law & Beyond"]
    assert escaped.authors == ("Karimi, Ali", "Müller, Hans", "García, José") and escaped.month == 7
    persian = got["بررسی رسانش گرمایی در نانولوله‌های کربنی"]
    assert persian.venue == "نشریه علمی-پژوهشی فیزیک" and persian.indexing == ("isc",)
    assert got["Heat Transport in Layered Graphene Sheets"].citations == 26
    assert got["Keynote: Phonon Engineering"].keynote
    assert [r.kind for r in reading.records] == ["article", "article", "article", "conference", "chapter", "patent"]
    messages = [u.message for u in reading.unreadable]
    assert "عنوان ندارد" in messages[0] and "نحو BibTeX نادرست است" in messages[1]


def test_ris_records_and_the_ones_rispy_would_drop():
    reading = read_publications(path=DATA / "member.ris")
    assert reading.format == "ris"
    assert [r.kind for r in reading.records] == ["article", "conference", "book", "patent", "article"]
    first = reading.records[0]
    assert first.title == "انتقال گرما در صفحه‌های گرافن چندلایه" and (first.year, first.month, first.day) == (2022, 6, 15)
    assert first.indexing == ("scopus",) and first.authors == ("کریمی, علی", "رحیمی, بهار")
    assert reading.records[1].invited and reading.records[4].indexing == ()
    messages = [u.message for u in reading.unreadable]
    assert messages == ["رکورد سطر ۳۸ با «TY  -» آغاز نمی‌شود.", "رکورد سطر ۴۲ با «ER  -» بسته نشده است."]


def test_the_format_is_told_from_the_content_then_the_name():
    assert format_of("TY  - JOUR\nER  - \n", "export.txt") == "ris"
    assert format_of("@article{a, title={x}}", "export.txt") == "bibtex"
    assert format_of("FN Clarivate Analytics Web of Science\nVR 1.0\n", "savedrecs.txt") == "wos"
    with pytest.raises(DomainError, match="قالب پرونده notes.txt شناخته نشد"):
        format_of("just some words", "notes.txt")
    assert read_text("", "empty.csv").unreadable[0].message == "پرونده خالی است."


def test_latex_the_exports_write_is_decoded_and_the_rest_goes_to_pylatexenc():
    from qotb_desktop.services.publications.bibtex import decode_latex

    assert decode_latex(r"{\"U}ber M\"{u}ller \& {DNA}") == "Über Müller & DNA"
    assert decode_latex(r"\c{c}a {\ss} 50\% \v{S}koda") == "ça ß 50% Škoda"
    assert decode_latex("{یادگیری ژرف}") == "یادگیری ژرف"  # Persian in braces
    assert decode_latex(r"$\alpha$-helix \textit{in vivo}") == "α-helix in vivo"  # pylatexenc


def test_a_jalali_year_in_persian_digits():
    bib = read_text("@article{a, title={{رسانش گرمایی}}, author={کریمی, علی}, journal={{پژوهش فیزیک}}, year={۱۴۰۰}}", "a.bib")
    assert (bib.records[0].year, bib.records[0].jalali) == (1400, True)
    ris = read_text("TY  - JOUR\nTI  - رسانش\nPY  - ۱۴۰۱/۰۷/۱۵\nER  - \n", "a.ris")
    first = ris.records[0]
    assert (first.year, first.month, first.day, first.jalali) == (1401, 7, 15, True)
    assert read_text("@article{b, title={x}, year={2021}}", "b.bib").records[0].jalali is False
