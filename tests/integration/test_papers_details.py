"""The smaller things a reader notices (issue 20, item 9): «امضا و تاریخ» at one height
under a line to sign on in every block; the application's director signs by name; a
fact grid's labels on one line; each paper's PDF title names its record, in Persian
digits."""

from __future__ import annotations

import io
import re

import pdfplumber

from qotb_desktop import documents
from qotb_desktop.reports.document import FormMeta, build, page_width
from qotb_desktop.reports.flowables import Paragraph, Signer, facts, signatures
from qotb_desktop.services import centres, meetings
from tests.conftest import TODAY
from tests.pdf_text import find, pages

META = FormMeta(title="برگه آزمون امضا")


def test_every_block_signs_at_one_height_on_a_line():
    width = page_width(META)
    signers = [
        Signer("دبیر شورا (مدیر کل دفتر سیاست‌گذاری و برنامه‌ریزی امور پژوهشی)", "دکتر بهروز صالحی"),
        Signer("عضو حقیقی ۱", "دکتر عبدالله شجاعی"),
        Signer("معاون آموزشی وزارت"),  # no name
    ]
    pdf = build(META, [signatures(signers, width=width)])
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        body = [c for c in page.chars if 100 < c["top"] < page.height - 60]
        small = [c for c in body if abs(c["size"] - 8.5) < 0.01]  # «امضا و تاریخ»
        assert small and len({round(c["top"], 1) for c in small}) == 1
        lines = [ln for ln in page.lines if 100 < ln["top"] < page.height - 60 and ln["x1"] - ln["x0"] < page.width / 3]
        assert len(lines) == 3 and len({round(ln["top"], 1) for ln in lines}) == 1
        assert lines[0]["top"] < small[0]["top"]  # the line above the words


def test_fact_labels_stay_on_one_line():
    width = page_width(META)
    t = facts([("تاریخ", "۱۴۰۵/۰۱/۰۱"), ("وضعیت صورت‌جلسه", "نهایی"), ("مؤسسه‌های همکار", "دانشگاه تهران")], width=width)
    widths = list(t._argW)
    labels = 0
    for row in t._cellvalues:
        for col, cell in enumerate(row):
            if isinstance(cell, Paragraph) and cell.text.endswith(":"):
                cell.wrap(widths[col] - 12, 100)  # 6 points of padding a side
                assert len(cell.lines) == 1, cell.text
                labels += 1
    assert labels == 3


def test_the_application_names_its_director_under_the_signature(demo_store):
    uow = demo_store.uow
    centre = next(c for c in centres.list_centres(uow=uow) if c.director_name and c.member_count and c.period_start)
    doc = pages(
        documents.centre_application(uow=uow, centre_id=centre.id, period_start=centre.period_start, today=TODAY).render()
    )
    last = doc[-1]
    assert find(last, "رئیس مؤسسه") >= 0
    assert find(last, centre.director_name) >= 0


def _title(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return doc.metadata["Title"]


def test_each_paper_has_its_own_title_in_persian_digits(demo_store):
    uow = demo_store.uow
    titles = []
    for c in centres.list_centres(uow=uow):
        title = _title(documents.centre_roster(uow=uow, centre_id=c.id, today=TODAY).render())
        assert c.title in title
        titles.append(title)
    assert len(set(titles)) == len(titles)  # four rosters, four titles
    for m in meetings.list_meetings(uow=uow):
        title = _title(documents.minutes(uow=uow, meeting_id=m.id, today=TODAY).render())
        assert not re.search("[0-9]", title), title
        assert "۱۴۰۵" in title or "۱۴" in title
    for doc in documents.available(uow=uow, today=TODAY):
        title = _title(doc.render())
        assert not re.search(r"(?<![A-Za-z\-])[0-9]", title), (doc.filename, title)
