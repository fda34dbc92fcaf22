"""The papers' text as the programs that open them read it (issue 20, item 6): poppler
(pdftotext, in most Linux viewers) and pdfium (Chrome, Edge) both give the logical
Persian text, base letters in reading order with the half-spaces kept, so that
searching «جلسه» finds it and a copied line pastes as it reads. The document says
it is in Persian, and carries no font it does not use."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pdfplumber
import pypdfium2
import pytest
from pdfminer.pdftypes import resolve1

from qotb_desktop import documents
from qotb_desktop.reports.document import FormMeta, build
from qotb_desktop.reports.flowables import Paragraph
from qotb_desktop.services import centres, meetings
from tests.conftest import TODAY

ZWNJ = "\u200c"
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# a half-space beside a space or at a line's edge means nothing (each engine adds one there)
_EDGE_ZWNJ = re.compile(rf"(?<=[\s(«:،]){ZWNJ}+|{ZWNJ}+(?=[\s)»:،.]|$)|^{ZWNJ}+", re.M)


def _clean(text: str) -> str:
    text = _EDGE_ZWNJ.sub("", _MARKS.sub("", text.replace("\r\n", "\n")))
    return re.sub(r"[ \t]+", " ", text)


def poppler(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    return _clean(out.stdout.decode("utf-8"))


def pdfium(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return _clean("\n".join(page.get_textpage().get_text_range() for page in doc))
    finally:
        doc.close()


def _both(pdf: bytes) -> dict[str, str]:
    return {"poppler": poppler(pdf), "pdfium": pdfium(pdf)}


def test_a_line_of_persian_reads_back_as_written():
    line = "صورت‌جلسه شورای قطب‌های علمی درباره بهره‌برداری‌ها تصمیم گرفت"
    pdf = build(FormMeta(title="آزمون لایه متن"), [Paragraph(line)])
    for engine, text in _both(pdf).items():
        assert line in text, engine
        assert "جلسه" in text and "قطب‌های" in text, engine
        assert "\ufe8d" not in text and not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text), engine  # no presentation forms


def test_the_minutes_search_and_copy_in_both_engines(demo_store):
    uow = demo_store.uow
    listed = meetings.list_meetings(uow=uow)
    meeting = meetings.get_meeting(uow=uow, meeting_id=listed[-1].id)
    decided = next(i for i in meeting.items if i.decision is not None)
    pdf = documents.minutes(uow=uow, meeting_id=meeting.id, today=TODAY).render()
    for engine, text in _both(pdf).items():
        assert "صورت‌جلسه شورای قطب‌های علمی" in text, engine
        assert "جلسه" in text and "دستور جلسه و مصوبات" in text, engine
        assert "حاضران و غایبان" in text, engine
        assert "امضای حاضران" in text, engine
        # the decision's own words, half-spaces and all
        words = [w for w in decided.decision.text.split() if re.fullmatch(r"[\u0600-\u06ff\u200c]+", w)]
        assert words and all(w in text for w in words), engine
        assert "وزارت علوم" in text and "دبیرخانه شورای قطب‌های علمی" in text, engine


def test_a_roster_and_the_register_read_back(demo_store):
    uow = demo_store.uow
    centre = centres.list_centres(uow=uow)[0]
    roster = documents.centre_roster(uow=uow, centre_id=centre.id, today=TODAY).render()
    register = documents.faculty_register(uow=uow, today=TODAY).render()
    for engine, text in _both(roster).items():
        assert "فهرست اعضای" in text and "مدیر قطب" in text, engine
        assert all(w in text for w in centre.title.split()), engine
    for engine, text in _both(register).items():
        assert "فهرست اعضای هیأت علمی" in text and "نام و نام خانوادگی" in text, engine
        assert "صفحه" in text, engine


def test_the_document_is_persian_and_carries_only_its_own_font(demo_store):
    pdf = documents.council_roster(uow=demo_store.uow, today=TODAY).render()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert resolve1(doc.doc.catalog["Lang"]) == b"fa"
    fonts = set(re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf))
    assert fonts and all(b"Vazirmatn" in f for f in fonts), fonts
    assert b"Helvetica" not in pdf


def test_a_number_keeps_the_comma_after_it():
    line = "رأی: موافق ۵، مخالف ۰ از ۷ عضو حاضر؛ در سال ۱۴۰۵، جلسه ۳ برگزار شد."
    text = _both(build(FormMeta(title="آزمون"), [Paragraph(line)]))
    assert "۵، مخالف" in text["pdfium"] and "۱۴۰۵، جلسه" in text["pdfium"]
    assert "۵،" in text["poppler"] and "۱۴۰۵،" in text["poppler"]  # (poppler moves the space after it)


def test_the_text_layer_changes_nothing_drawn(monkeypatch):
    """The pieces are drawn where the whole line was: the page looks the same (but for the
    anti-aliasing of a glyph's edge: a piece's position is a sum of widths)."""
    from qotb_desktop.reports import document, flowables

    lines = ["صورت‌جلسه شورای قطب‌های علمی، جلسه ۱۴۰۵/۰۱", "مصوبه: (Scopus و ISI) کد ABC-123/ق/1403-B(2) — «تصویب» شد."]

    def render() -> bytes:
        pdf = build(FormMeta(title="آزمون", printed_on=TODAY), [Paragraph(line) for line in lines])
        doc = pypdfium2.PdfDocument(pdf)
        try:
            return doc[0].render(scale=1.5).to_pil().convert("L").tobytes()
        finally:
            doc.close()

    layered = render()

    def plain(c, logical, glyphs, x, y, align="right"):
        {"right": c.drawRightString, "center": c.drawCentredString, "left": c.drawString}[align](x, y, glyphs)

    monkeypatch.setattr(document, "draw_line", plain)
    monkeypatch.setattr(flowables, "draw_line", plain)
    plain_page = render()
    assert len(plain_page) == len(layered)
    apart = sum(1 for a, b in zip(plain_page, layered, strict=True) if abs(a - b) > 96)
    assert apart <= len(layered) // 20000, apart  # a few edge pixels at most (a word moved by a point: hundreds)
