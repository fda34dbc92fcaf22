"""A draft reads as a draft (issue 20, item 4): minutes not finalised, an allocation
table not approved, carry «پیش‌نویس» across every page and in their title, and have
no letter number and no signature lines."""

from __future__ import annotations

import dataclasses
import io
import unicodedata

import pdfplumber

from qotb_desktop import documents
from qotb_desktop.reports import minutes as minutes_form
from qotb_desktop.reports.document import FormMeta, build
from qotb_desktop.reports.flowables import Paragraph
from qotb_desktop.services import meetings
from tests.conftest import TODAY
from tests.pdf_text import find, pages

DRAFT = "پیش‌نویس"


def watermarked(pdf: bytes) -> list[bool]:
    """For each page: whether the large, turned «پیش‌نویس» is drawn on it."""
    letters = sorted(unicodedata.normalize("NFKC", DRAFT).replace("\u200c", ""))
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            big = [c for c in page.chars if c["size"] > 60 and abs(c["matrix"][1]) > 0.3]  # turned
            out.append(sorted(unicodedata.normalize("NFKC", "".join(c["text"] for c in big))) == letters)
    return out


def test_a_draft_is_marked_on_every_page():
    story = [Paragraph(f"سطر {i}", Paragraph("").style) for i in range(90)]
    pdf = build(FormMeta(title="پیش‌نویس برگه آزمون", draft=True), story)
    marks = watermarked(pdf)
    assert len(marks) >= 2 and all(marks)
    assert not any(watermarked(build(FormMeta(title="برگه آزمون"), [Paragraph("سطر")])))


def test_minutes_not_finalised_are_a_draft(demo_store):
    uow = demo_store.uow
    listed = meetings.list_meetings(uow=uow)
    finalised = next(meetings.get_meeting(uow=uow, meeting_id=m.id) for m in listed if m.state == "finalised")
    draft = dataclasses.replace(finalised, state="draft", fingerprint="")
    pdf = minutes_form.minutes(draft, today=TODAY)
    doc = pages(pdf)
    assert all(watermarked(pdf))
    first = doc[0]
    assert find(first, f"{DRAFT} صورت‌جلسه شورای قطب‌های علمی") >= 0  # its title says so
    assert find(first, "شماره: —") >= 0  # no number
    everything = [line for page in doc for line in page]
    assert find(everything, "امضا و تاریخ") < 0 and find(everything, "امضای حاضران") < 0
    with pdfplumber.open(io.BytesIO(pdf)) as d:
        assert d.metadata["Title"].startswith(DRAFT)
    # the finalised minutes: no mark, the number, the signatures
    final = minutes_form.minutes(finalised, today=TODAY)
    assert not any(watermarked(final))
    assert find([line for page in pages(final) for line in page], "امضا و تاریخ") >= 0


def test_the_demo_draft_minutes_and_the_finalised(demo_store):
    uow = demo_store.uow
    for m in meetings.list_meetings(uow=uow):
        pdf = documents.minutes(uow=uow, meeting_id=m.id, today=TODAY).render()
        assert all(watermarked(pdf)) == (m.state == "draft"), m.number


def test_an_allocation_table_not_approved_is_a_draft(demo_store):
    from qotb_desktop.reports import allocations
    from qotb_desktop.services import funding

    uow = demo_store.uow
    year = next(y for y in funding.funding_years(uow=uow) if funding.allocation_sheet(uow=uow, year=y) is not None)
    approved = funding.allocation_sheet(uow=uow, year=year)
    draft = dataclasses.replace(approved, approved_at=None)
    pdf = allocations.allocation_table(draft, today=TODAY)
    assert all(watermarked(pdf))
    first = pages(pdf)[0]
    assert find(first, DRAFT) >= 0 and find(first, "شماره: —") >= 0
    assert find([line for page in pages(pdf) for line in page], "امضا و تاریخ") < 0
    assert not any(watermarked(allocations.allocation_table(approved, today=TODAY)))


def test_a_draft_minutes_is_listed_and_saved_as_a_draft(demo_store):
    from qotb_desktop.domain.text import to_persian_digits
    from qotb_desktop.services import meeting_views

    states = {m.number: m.state for m in meeting_views.list_meetings(uow=demo_store.uow)}
    minutes = [d for d in documents.available(uow=demo_store.uow) if d.form == "minutes"]
    assert "draft" in states.values() and len(minutes) == len(states)
    for doc in minutes:
        assert doc.title.startswith("پیش‌نویس ") == any(
            doc.title.endswith(to_persian_digits(n)) and s == "draft" for n, s in states.items()
        ), doc.title
