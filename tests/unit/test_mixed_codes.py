"""Issue 20, items 1 and 5: codes that mix Latin and Persian print exactly as typed, as one
unit; brackets pair in every mix; long words break where words may break; a character
the font lacks prints as a visible mark, and a clerk cannot type one in."""

from __future__ import annotations

import unicodedata

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from qotb_desktop.domain.errors import Checker, ValidationError
from qotb_desktop.domain.fields import read_text
from qotb_desktop.reports import fonts
from qotb_desktop.reports.document import FormMeta, build
from qotb_desktop.reports.flowables import BODY, Paragraph
from qotb_desktop.reports.rtl import MISSING, ZWJ, persian_digits, visual, wrap
from tests.pdf_text import pages

# (the sentence as typed, the codes in it as they must print: left to right, unchanged)
CORPUS = [
    ("شماره نامه ABC-123/ق/1403-B(2) است.", ["ABC-123/ق/1403-B(2)"]),
    ("حکم شماره 12/345-ب/DM مورخ 1403/05/10 ابلاغ شد.", ["12/345-ب/DM"]),
    ("گواهی (ISO-9001:2015, نسخه 2) پیوست است.", ["ISO-9001:2015"]),
    ("گواهی (ISO-9001:2015، نسخه 2) پیوست است.", ["ISO-9001:2015"]),
    ("مقاله‌های نمایه‌شده (Scopus و ISI) شمرده شد.", ["Scopus", "ISI"]),
    ("شناسه [DOI: 10.1000/xyz-123] در پایان آمده است.", ["DOI", "10.1000/xyz-123"]),
    ("در «Journal of Physics (A)» منتشر شد.", ["Journal", "Physics", "(A)"]),
    ("شماره ثبت IR-1402-00123/ک و رایانامه office@example.ac.ir است.", ["IR-1402-00123/ک", "office@example.ac.ir"]),
    ("پرونده‌های PDFها و ISO9001‌ها را بفرستید.", ["PDF", "ISO9001"]),
    ("نامه د/۱۴۰۵/ABC-123/ق/1403-B(2)/ستاپ ثبت شد.", ["۱۴۰۵/ABC-123", "1403-B(2)"]),
]
OPEN, CLOSE = "([{«", ")]}»"


def _unit(code: str) -> str:
    """A code as the page must show it: in typed order, a Persian letter run inside it
    shaped and read right to left."""
    from qotb_desktop.reports.rtl import _unit_glyphs

    return _unit_glyphs(code)


def pairs_well(drawn: str) -> bool:
    """Read left to right on the page, every bracket closes one opened before it."""
    depth = 0
    for ch in drawn:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


@pytest.mark.parametrize(("typed", "codes"), CORPUS)
def test_a_code_prints_as_typed_and_brackets_pair(typed, codes):
    drawn = visual(persian_digits(typed))
    for code in codes:
        assert _unit(code) in drawn, (code, drawn)
    assert pairs_well(drawn), drawn


def test_the_letter_number_of_the_issue_no_longer_moves_its_parts():
    drawn = visual(persian_digits("ABC-123/ق/1403-B(2)"))
    assert drawn == "ABC-123/\ufed5/1403-B(2)"  # ق alone, isolated form, where it was typed


def test_a_code_begun_in_persian_reads_right_to_left_its_latin_parts_whole():
    drawn = visual(persian_digits("د/۱۴۰۵/ABC-123/ق/1403-B(2)/ستاپ"))
    # read from the right: د / ۱۴۰۵/ABC-123 / ق / 1403-B(2) / ستاپ, each Latin part as typed
    order = [drawn.index(visual("ستاپ")), drawn.index("1403-B(2)"), drawn.index("\ufed5"), drawn.index("۱۴۰۵/ABC-123")]
    assert order == sorted(order) and drawn.endswith("/\ufea9")  # ستاپ leftmost ... د rightmost


def test_a_persian_ending_on_a_latin_word_stays_the_sentences():
    drawn = visual(persian_digits("فایل PDFها"))
    assert drawn.index("PDF") > drawn.index(visual("ها"))  # «ها» to the left of PDF, as the sentence reads


def test_the_corpus_reads_back_from_the_pdf_as_typed():
    pdf = build(FormMeta(title="آزمون کدها"), [Paragraph(typed, BODY) for typed, _ in CORPUS])
    text = "\n".join(pages(pdf)[0])
    for typed, codes in CORPUS:
        for code in codes:
            if not any("\u0600" <= ch <= "\u06ff" for ch in code):
                assert code in text, (code, typed)
    for line in text.splitlines():
        assert pairs_well(line), line


def measure(line: str) -> float:
    regular, _ = fonts.register()
    return stringWidth(visual(line), regular, 10)


def test_a_long_compound_breaks_after_its_hyphens_and_half_spaces_first():
    word = "سازمان-پژوهش‌های-علمی-و-صنعتی-ایران-و-وزارت-علوم-تحقیقات-و-فناوری"
    lines = wrap(word, 150, measure)
    assert len(lines) > 1 and "".join(lines) == word  # nothing lost or added
    assert all(line[-1] in "-\u200c" for line in lines[:-1])  # each break after a hyphen or a half-space
    assert all(measure(line) <= 150 for line in lines)


def test_a_word_longer_than_a_line_keeps_its_letters_joined_across_the_break():
    word = "پژوهشگاه" * 25
    lines = wrap(f"آغاز {word} پایان", 200, measure)
    assert all(measure(line) <= 200 for line in lines)
    assert "".join(lines).replace(ZWJ, "").replace(" ", "") == f"آغاز{word}پایان"
    broken = [line for line in lines if line.endswith(ZWJ)]
    assert broken and all(nxt.startswith(ZWJ) for line, nxt in zip(lines, lines[1:], strict=False) if line.endswith(ZWJ))
    # the letter before the break is in a joining form (drawn leftmost), not its final or isolated one
    name = unicodedata.name(visual(broken[0])[0])
    assert "INITIAL" in name or "MEDIAL" in name, name


def test_a_character_the_font_lacks_prints_as_a_mark_never_dropped():
    drawn = visual("پیام 😀 رسید")
    assert MISSING in drawn and "😀" not in drawn
    lines = pages(build(FormMeta(title="نویسه ناشناخته"), [Paragraph("پیام 😀 رسید", BODY)]))[0]
    assert any(MISSING in line for line in lines)


@pytest.mark.parametrize("typed", ["قطب علمی 😀", "نام ❤️", "👍🏽 تأیید", "کد \ue000"])
def test_a_clerk_cannot_type_what_no_paper_prints(typed):
    check = Checker()
    read_text(check, "title", "عنوان قطب", typed, required=True)
    with pytest.raises(ValidationError) as refused:
        check.done()
    (error,) = refused.value.errors
    assert error.field == "title" and error.label == "عنوان قطب" and "برگه چاپی" in error.message


def test_symbols_the_font_draws_and_other_scripts_are_kept():
    check = Checker()
    assert read_text(check, "title", "عنوان", "گواهی ISO© ۲۰۲۴™ شماره №۵", required=True)
    check.done()
