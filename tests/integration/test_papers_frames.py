"""Nothing drawn leaves its frame or the page (issue 20, item 2): every character of
every form of the demo, and of papers with the longest values the services accept,
lies within the page's printable area; the letterhead's number, date and attachment
stay inside their box, a long number drawn smaller and then on two lines, never cut."""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.units import mm

from qotb_desktop import documents
from qotb_desktop.reports.document import BOX_WIDTH, MARGIN, FormMeta, Letterhead, build, letter_box
from qotb_desktop.reports.flowables import HEADING, Paragraph, Signer, TableColumn, facts, signatures, table
from tests.conftest import TODAY
from tests.pdf_text import find, pages

EDGE = 0.5  # points: a glyph's box may touch the margin


def outside(pdf: bytes) -> list[str]:
    """Every character drawn outside the printable area: between the side margins,
    and at least 6 mm from the top and bottom edges."""
    bad = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for n, page in enumerate(doc.pages, 1):
            for ch in page.chars:
                if ch["text"].isspace():
                    continue
                if ch["x0"] < MARGIN - EDGE or ch["x1"] > page.width - MARGIN + EDGE:
                    bad.append(f"page {n}: {ch['text']!r} at x {ch['x0']:.1f}-{ch['x1']:.1f}")
                elif ch["top"] < 6 * mm or ch["bottom"] > page.height - 6 * mm:
                    bad.append(f"page {n}: {ch['text']!r} at y {ch['top']:.1f}-{ch['bottom']:.1f}")
    return bad


def outside_letter_box(pdf: bytes, lh: Letterhead, printed_on: date) -> list[str]:
    """The characters of the letterhead's box (its rows' height, the page's left part)
    that are not inside the box."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        (x, y, w, h), _rows = letter_box(page.height, lh, printed_on)
        top, bottom = page.height - (y + h), page.height - y  # pdfplumber measures from the top
        bad = []
        for ch in page.chars:
            middle = (ch["top"] + ch["bottom"]) / 2
            if not top < middle < bottom or (ch["x0"] + ch["x1"]) / 2 > x + w + 15 * mm:
                continue
            if ch["x0"] < x + 1 or ch["x1"] > x + w - 1 or ch["top"] < top or ch["bottom"] > bottom:
                bad.append(f"{ch['text']!r} at x {ch['x0']:.1f}-{ch['x1']:.1f}, y {ch['top']:.1f}-{ch['bottom']:.1f}")
        return bad


def test_every_form_of_the_demo_stays_on_the_page(demo_store):
    papers = list(documents.available(uow=demo_store.uow, today=TODAY))
    assert len(papers) > 20
    for doc in papers:
        pdf = doc.render()
        assert outside(pdf) == [], doc.filename
        assert overlapping(pdf) == [], doc.filename


NUMBERS = [
    "۱۴۰۵/۰۱",
    "ABC-123/ق/1403-B(2)-XYZ-99",  # 26 characters: crossed the box's border
    "د/۱۴۰۵/۱۲۳۴۵/ABC-123/ق/1403-B(2)/ستاپ/قطب-علمی-۹۹۹۹-۱۲۳۴۵۶۷",  # 60: began off the page
    "Q" * 60,  # nowhere to break: between characters
]


@pytest.mark.parametrize("number", NUMBERS)
def test_a_long_letter_number_stays_inside_its_box_whole(number):
    assert len(number) <= 60
    lh = Letterhead(number=number, attachment="دو برگ پیوست و یک لوح فشرده")
    on = date(2026, 10, 1)
    pdf = build(FormMeta(title="نامه آزمون", letterhead=lh, printed_on=on), [Paragraph("متن نامه")])
    assert outside(pdf) == []
    assert outside_letter_box(pdf, lh, on) == []
    # never cut: every character of the number is on the page
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        (x, y, w, h), rows = letter_box(doc.pages[0].height, lh, on)
    assert w == BOX_WIDTH
    label, value, size, lines, _first, _leading = rows[0]
    assert "".join(lines).replace(" ", "") == number.replace(" ", "")
    assert size >= 6 and len(lines) <= 3
    # (the order of a mixed code's parts is rtl.visual's business: here, that each character is drawn)
    drawn = Counter(unicodedata.normalize("NFKC", "".join(pages(pdf)[0])))
    wanted = Counter(unicodedata.normalize("NFKC", number.replace(" ", "")))
    assert not wanted - drawn


def test_a_short_number_keeps_its_size_and_one_line():
    lh = Letterhead(number="۱۴۰۵/۰۱")
    (_x, _y, _w, h), rows = letter_box(842, lh, date(2026, 10, 1))
    assert rows[0][2] == 9 and len(rows[0][3]) == 1 and h < 21 * mm


def test_long_values_in_tables_facts_and_signatures_stay_on_the_page():
    long_word = "بهره‌برداری" * 12
    long_name = "دکتر سیدمحمدحسین میرمحمدصادقی‌طباطبایی‌نژاد اصفهانی"
    story = [
        facts([("عنوان قطب", "قطب علمی " + "مهندسی " * 30), ("مؤسسه", long_word)], width=178 * mm),
        Paragraph("بند ۱: " + "متن طولانی " * 80, HEADING),
        table(
            [TableColumn("ردیف", 0.5, "center"), TableColumn("نام", 2), TableColumn("شرح", 4)],
            [[str(i), long_name, long_word] for i in range(1, 40)],
            width=178 * mm,
        ),
        signatures(
            [Signer("رئیس شورای قطب‌های علمی", long_name), Signer("دبیر", long_name), Signer("عضو", long_name)], width=178 * mm
        ),
    ]
    pdf = build(FormMeta(title="برگه آزمون با مقادیر بلند", letterhead=Letterhead(number=NUMBERS[2])), story)
    assert outside(pdf) == []
    assert find([line for p in pages(pdf) for line in p], "برگه آزمون با مقادیر بلند") >= 0


def overlapping(pdf: bytes) -> list[str]:
    """Characters of one line drawn over each other (a long title running into the page number)."""
    bad = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for n, page in enumerate(doc.pages, 1):
            chars = sorted((c for c in page.chars if not c["text"].isspace()), key=lambda c: (round(c["top"]), c["x0"]))
            for a, b in zip(chars, chars[1:], strict=False):
                if round(a["top"]) == round(b["top"]) and b["x0"] < a["x1"] - 1.5:
                    bad.append(f"page {n}: {a['text']!r} and {b['text']!r} at x {b['x0']:.1f}")
    return bad


def test_a_long_title_fits_the_running_header_and_footer():
    title = "درخواست تشکیل قطب علمی مهندسی سازه‌های مقاوم در برابر زلزله و مخاطرات طبیعی و فناوری‌های نوین پایش سلامت سازه‌ها"
    pdf = build(FormMeta(title=title), [Paragraph(f"سطر {i}") for i in range(80)])
    assert len(pages(pdf)) >= 2
    assert outside(pdf) == []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            lines = [c for c in page.chars if c["top"] > page.height - 14 * mm or c["top"] < MARGIN + 6 * mm]
            assert lines
    assert overlapping(pdf) == []


def test_the_stress_papers_stay_in_their_frames(demo_store):
    from tests.stress_papers import NUMBER_60, stress_papers

    names = []
    for name, pdf in stress_papers(demo_store.uow, TODAY):
        names.append(name)
        assert outside(pdf) == [], name
        assert overlapping(pdf) == [], name
        if name != "stress-minutes.pdf":  # the minutes carry the meeting's number, the others NUMBER_60
            assert outside_letter_box(pdf, Letterhead(number=NUMBER_60), TODAY) == [], name
    assert len(names) >= 5
