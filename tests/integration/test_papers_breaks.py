"""Where the papers break (issue 20, item 3): a heading stays with the text after it;
the signatures stay with the last decision or the last rows; never a page of
signatures alone; a heading before a long table does not push it all to a new page."""

from __future__ import annotations

from qotb_desktop import documents
from qotb_desktop.reports.document import FormMeta, build, page_width
from qotb_desktop.reports.flowables import BODY, HEADING, Paragraph, Signer, TableColumn, closing_after, signatures, table
from qotb_desktop.services import council, meetings
from tests.conftest import TODAY
from tests.pdf_text import fa, find, pages

META = FormMeta(title="برگه آزمون شکست صفحه")


def test_a_heading_is_never_the_last_line_of_a_page():
    # fillers of every length, so that the heading falls at every place near a page's foot
    for n in range(28, 44):
        story = [Paragraph(f"سطر پرکننده شماره {i}", BODY) for i in range(n)]
        story += [Paragraph("سرفصل آزمون", HEADING), Paragraph("نخستین سطر متن پس از سرفصل", BODY)]
        story += [Paragraph(f"سطر پایانی {i}", BODY) for i in range(3)]
        doc = pages(build(META, story))
        at = next(i for i, page in enumerate(doc) if find(page, "سرفصل آزمون") >= 0)
        assert find(doc[at], "نخستین سطر متن پس از سرفصل") >= 0, n


def test_a_heading_before_a_long_table_keeps_its_first_rows_on_its_page():
    width = page_width(META)
    rows = [[str(i), f"ردیف شماره {i}"] for i in range(1, 80)]
    story = [Paragraph("مقدمه کوتاه", BODY), Paragraph("جدول بلند", HEADING)]
    story.append(table([TableColumn("ردیف", 1), TableColumn("شرح", 4)], rows, width=width))
    doc = pages(build(META, story))
    assert find(doc[0], "جدول بلند") >= 0
    assert find(doc[0], "ردیف شماره ۱۰") >= 0  # the table starts under its heading, on page 1


def test_the_signatures_never_stand_alone_after_a_table():
    width = page_width(META)
    for n in range(30, 46):
        rows = [[str(i), f"ردیف شماره {i}"] for i in range(1, n)]
        t = table([TableColumn("ردیف", 1), TableColumn("شرح", 4)], rows, width=width)
        story = [closing_after(t, [signatures([Signer("دبیر شورای قطب‌های علمی", "دکتر آزمون")], width=width * 0.4)])]
        doc = pages(build(META, story))
        at = next(i for i, page in enumerate(doc) if find(page, "امضا و تاریخ") >= 0)
        assert find(doc[at], f"ردیف شماره {fa(n - 1)}") >= 0, n  # the last row goes with them


def test_the_council_roster_signs_under_its_last_rows(demo_store):
    uow = demo_store.uow
    last = council.list_terms(uow=uow)[-1]
    doc = pages(documents.council_roster(uow=uow, today=TODAY).render())
    at = next(i for i, page in enumerate(doc) if find(page, "امضا و تاریخ") >= 0)
    assert at == len(doc) - 1
    assert find(doc[at], last.holder_name) >= 0


def test_the_minutes_sign_under_the_last_decision(demo_store):
    uow = demo_store.uow
    for listed in meetings.list_meetings(uow=uow):
        meeting = meetings.get_meeting(uow=uow, meeting_id=listed.id)
        if meeting.state == "draft":
            continue  # nobody signs a draft (test_papers_drafts)
        doc = pages(documents.minutes(uow=uow, meeting_id=meeting.id, today=TODAY).render())
        at = next(i for i, page in enumerate(doc) if find(page, "امضای حاضران") >= 0)
        if meeting.items:
            item = meeting.items[-1]
            assert find(doc[at], f"بند {fa(item.position)}:") >= 0, meeting.number
        for page in doc:  # each item's title on the page of what follows it
            for item in meeting.items:
                if find(page, f"بند {fa(item.position)}:") >= 0 and item.decision is not None:
                    assert find(page, "مصوبه:") >= 0, meeting.number
