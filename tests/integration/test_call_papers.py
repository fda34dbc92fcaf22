"""Issue 18's papers of the calls (12-3): the call as announced, a proposal's review sheet
by the seven criteria of 12-4, the agreement with its stages (12-3-6) and the order of
each payment of a stage (12-3-7), read back from the PDFs; refused where the data does
not allow them, and listed by ``documents.available`` where it does."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from qotb_desktop import documents
from qotb_desktop.domain.accounts import Actor
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services import call_views, calls, funding, review_bodies
from tests.pdf_text import find, in_order, pages, seen

Y = 1406
APPROVED, PROBATION = 2, 3  # the demo's centres by status
TODAY = date(2027, 12, 1)
MARKS = {f"12-4-{i}": (True, "") for i in range(1, 7)} | {"12-4-4": (False, "سازمانی تقاضای خود را ننوشته است")}
STAGES = [
    {"title": "مطالعات پایه", "due_on": "1406/08/30", "deliverables": "گزارش مرور پژوهش‌های پیشین", "amount": "۳٬۰۰۰"},
    {"title": "ساخت نمونه", "due_on": "1406/12/20", "deliverables": "نمونه و گزارش آزمون آن", "amount": "۵٬۰۰۰٫۵"},
]


@pytest.fixture
def project(demo_store):
    """A call of 1406 with two topics, a joint proposal reviewed by two members of a
    working group (one criterion not met), selected, agreed in two stages, its first
    stage's report approved and paid twice; and a second proposal not yet reviewed."""
    uow = demo_store.uow
    uow.actor = Actor(2, "clerk", "کارشناس", ("clerk",))
    body = review_bodies.add_body(
        uow=uow,
        kind="working_group",
        group_key="basic_sciences",
        title="کارگروه فیزیک",
        decree_number="۱۲/۳۴",
        decree_date="1405/01/15",
    )
    for faculty_id in (1, 2, 3):
        review_bodies.add_body_member(
            uow=uow, body_id=body, faculty_id=faculty_id, decree_number="۱۲/۳۵", decree_date="1405/01/15", start_on="1405/01/15"
        )
    members = next(b for b in review_bodies.list_bodies(uow=uow) if b.id == body).members
    who = {"body_id": body, "member_ids": [m.id for m in members[:2]]}
    funding.add_budget_entry(uow=uow, year=Y, kind="line", amount="۱۰۰٬۰۰۰", recorded_on="1406/01/20")
    call = calls.create_call(
        uow=uow,
        year=Y,
        title="فراخوان ستاپ ۱۴۰۶",
        budget="۲۰٬۰۰۰",
        announced_on="1406/02/10",
        deadline="1406/04/31",
        topics=[("فناوری‌های آب", "مصوبه ۱۴۰۶/۵"), "هوش مصنوعی در سلامت"],
    )
    topic = call_views.get_call(uow=uow, call_id=call).topics[0][0]
    pid = calls.add_proposal(
        uow=uow,
        call_id=call,
        centre_id=APPROVED,
        title="پایش هوشمند آب‌خوان‌ها",
        cost="۸٬۰۰۰",
        received_on="1406/04/01",
        topic_id=topic,
        partners=[PROBATION],
    )
    waiting = calls.add_proposal(
        uow=uow, call_id=call, centre_id=PROBATION, title="پیشنهاد در انتظار", cost="۱٬۰۰۰", received_on="1406/04/02"
    )
    calls.review_proposal(
        uow=uow, proposal_id=pid, reviewed_on="1406/05/10", marks=MARKS, decision="selected", note="پیشنهادی روشن", **who
    )
    calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۱۴۰۶-۱", signed_on="1406/06/01", amount="۸٬۰۰۰٫۵", stages=STAGES)
    with demo_store.db.engine.connect() as conn:
        first = conn.execute(text(f"SELECT id FROM project_stage WHERE proposal_id = {pid} AND position = 1")).scalar_one()
    calls.receive_stage_report(uow=uow, stage_id=first, received_on="1406/08/25")
    calls.approve_stage_report(uow=uow, stage_id=first, approved_on="1406/09/01", **who)
    pay1 = calls.pay_stage(uow=uow, stage_id=first, amount="۲٬۰۰۰", paid_on="1406/09/05", order_number="پ-۱")
    pay2 = calls.pay_stage(uow=uow, stage_id=first, amount="۱٬۰۰۰", paid_on="1406/09/20", order_number="پ-۲")
    demo_store.ids = {"call": call, "proposal": pid, "waiting": waiting, "payments": (pay1, pay2)}
    demo_store.names = [m.name for m in members[:2]]
    demo_store.absent = members[2].name
    return demo_store


def lines_of(doc: documents.Document) -> list[str]:
    return [line for page in pages(doc.render()) for line in page]


def has(lines: list[str], *texts: str) -> bool:
    return all(find(lines, t) >= 0 for t in texts)


def test_the_call_names_its_topics_budget_days_and_what_centres_send(project):
    uow, ids = project.uow, project.ids
    lines = lines_of(documents.call_notice(uow=uow, call_id=ids["call"], today=TODAY))
    assert has(lines, "فراخوان ستاپ قطب‌های علمی سال ۱۴۰۶", "فراخوان ستاپ ۱۴۰۶")
    assert has(lines, "فناوری‌های آب", "مصوبه ۱۴۰۶/۵", "هوش مصنوعی در سلامت")
    assert has(lines, "۲۰٬۰۰۰ میلیون ریال", "۱۴۰۶/۰۲/۱۰", "۱۴۰۶/۰۴/۳۱")
    assert has(lines, "بند ۱۲-۳-۱", "بند ۱۲-۳-۲", "بند ۱۲-۳-۳", "(بند ۱۲-۳-۴)", "با برآورد اعتبار، در قالب فرم‌های استاندارد")
    assert has(lines, "حداقل در یکی از اسناد بالادستی", "دبیر شورای قطب‌های علمی", "امضا و تاریخ")


def test_the_review_sheet_marks_each_criterion_and_names_who_took_part(project):
    uow, ids = project.uow, project.ids
    lines = lines_of(documents.proposal_review(uow=uow, call_id=ids["call"], proposal_id=ids["proposal"], today=TODAY))
    scheme = funding.scheme_of(Y)
    assert len(scheme.selection_criteria) == 7
    for c in scheme.selection_criteria:  # each sentence of 12-4, at least its first words on its line
        assert find(lines, " ".join(c.title.split()[:4])) >= 0, c.key
    assert sum(line.count(seen("برآورده است")) for line in lines) == 6 + 1  # six met, and the count line
    assert has(lines, "برآورده نیست", "سازمانی تقاضای خود")  # the note, wrapped in its cell
    assert has(lines, "۶ شاخص از ۷ برآورده است")
    assert has(lines, "پایش هوشمند آب‌خوان‌ها", "فناوری‌های آب", "۸٬۰۰۰ میلیون ریال", "۱۴۰۶/۰۴/۰۱", "۱۴۰۶/۰۵/۱۰")
    assert has(lines, "کارگروه فیزیک", *project.names, "پیشنهادی روشن", "تصمیم کارگروه: پیشنهاد برگزیده شد.")
    assert find(lines, project.absent) < 0  # the member who did not take part is not named
    assert sum(1 for line in lines if find([line], "عضو کارگروه") >= 0) >= 1
    assert in_order(lines, "شاخص‌های انتخاب", "تصمیم کارگروه", "امضا و تاریخ")
    with pytest.raises(DomainError, match="هنوز بررسی نشده"):
        documents.proposal_review(uow=uow, call_id=ids["call"], proposal_id=ids["waiting"]).render()


def test_the_agreement_lists_its_stages_adding_up_to_its_amount(project):
    uow, ids = project.uow, project.ids
    lines = lines_of(documents.call_agreement(uow=uow, call_id=ids["call"], proposal_id=ids["proposal"], today=TODAY))
    assert has(lines, "ت-۱۴۰۶-۱", "۱۴۰۶/۰۶/۰۱", "پایش هوشمند آب‌خوان‌ها", "بند ۱۲-۳-۶")
    assert has(lines, "مطالعات پایه", "گزارش مرور پژوهش‌های پیشین", "۱۴۰۶/۰۸/۳۰", "۳٬۰۰۰")
    assert has(lines, "ساخت نمونه", "۱۴۰۶/۱۲/۲۰", "۵٬۰۰۰٫۵")
    assert has(lines, "جمع (مبلغ توافق‌نامه)", "۸٬۰۰۰٫۵ میلیون ریال")
    assert any("۸٬۰۰۰٫۵" in line and find([line], "جمع") >= 0 for line in lines)
    assert has(lines, "شیوه پرداخت (بند ۱۲-۳-۷)", "در صورت تأیید آن به دست کارگروه تخصصی")
    assert has(lines, "رئیس قطب علمی مجری", "رئیس قطب علمی همکار", "دبیر شورای قطب‌های علمی")
    with pytest.raises(DomainError, match="توافق‌نامه‌ای بسته نشده"):
        documents.call_agreement(uow=uow, call_id=ids["call"], proposal_id=ids["waiting"]).render()


def test_each_payment_has_its_order_with_what_was_paid_before_and_what_remains(project):
    uow, ids = project.uow, project.ids
    first, second = ids["payments"]
    one = lines_of(documents.payment_order(uow=uow, call_id=ids["call"], payment_id=first, today=TODAY))
    two = lines_of(documents.payment_order(uow=uow, call_id=ids["call"], payment_id=second, today=TODAY))
    assert has(one, "دستور پرداخت مرحله ۱", "مطالعات پایه", "۱۴۰۶/۰۸/۲۵", "۱۴۰۶/۰۹/۰۱", "پ-۱", "۱۴۰۶/۰۹/۰۵", *project.names)
    # the stage's 3,000: none paid before the first order, 1,000 left; 2,000 before the second, none left
    assert has(one, "پرداخت‌شده از این مرحله پیش از این: ۰ میلیون ریال", "مانده مرحله پس از این پرداخت: ۱٬۰۰۰ میلیون ریال")
    assert has(two, "پرداخت‌شده از این مرحله پیش از این: ۲٬۰۰۰ میلیون ریال", "مانده مرحله پس از این پرداخت: ۰ میلیون ریال")
    assert has(one, "مبلغ این پرداخت: ۲٬۰۰۰ میلیون ریال", "پرداخت چندم مرحله: ۱ از ۲", "بند ۱۲-۳-۷")
    assert has(two, "مبلغ این پرداخت: ۱٬۰۰۰ میلیون ریال", "پرداخت چندم مرحله: ۲ از ۲", "پ-۲", "۱۴۰۶/۰۹/۲۰")
    with pytest.raises(DomainError, match="پیدا نشد"):
        documents.payment_order(uow=uow, call_id=ids["call"], payment_id=max(ids["payments"]) + 99)


def test_available_lists_every_paper_the_calls_allow_and_each_renders(project):
    uow, ids = project.uow, project.ids
    papers = list(documents.available(uow=uow, today=TODAY))
    assert len({d.filename for d in papers}) == len(papers)
    mine = {
        f"call-{ids['call']}.pdf": "call-notice",
        f"proposal-review-{ids['proposal']}.pdf": "proposal-review",
        f"agreement-{ids['proposal']}.pdf": "call-agreement",
        **{f"payment-order-{m}.pdf": "payment-order" for m in ids["payments"]},
    }
    listed = {d.filename: d for d in papers}
    assert {name: listed[name].form for name in mine if name in listed} == mine
    assert f"proposal-review-{ids['waiting']}.pdf" not in listed and f"agreement-{ids['waiting']}.pdf" not in listed
    for name in mine:
        assert not any(c.isascii() and c.isalpha() for c in "".join(lines_of(listed[name])))  # no English word


def test_the_review_sheet_gives_each_score_and_the_total_where_the_scheme_scores(project, monkeypatch):
    """A scheme of the secretariat that scores the criteria: the sheet gets a column of
    «N از M» and the total beside the count of criteria met."""
    from dataclasses import replace

    from qotb_desktop.domain.rules.funding_schemes import SelectionCriterion

    plain = funding.scheme_of(Y)
    points = {"12-4-1": 20, "12-4-2": 15, "12-4-7": 10}
    criteria = tuple(SelectionCriterion(c.key, c.title, points.get(c.key)) for c in plain.selection_criteria)
    monkeypatch.setattr(funding, "scheme_of", lambda year: replace(plain, selection_criteria=criteria))
    monkeypatch.setattr(calls, "scheme_of", funding.scheme_of)
    uow, ids = project.uow, project.ids
    marks = {**MARKS, "12-4-1": (True, "", "۱۷"), "12-4-2": (True, "", "۹")}
    bodies = review_bodies.list_bodies(uow=uow)
    body = next(b for b in bodies if b.title == "کارگروه فیزیک")
    who = {"body_id": body.id, "member_ids": [m.id for m in body.members[:2]]}
    calls.review_proposal(uow=uow, proposal_id=ids["waiting"], reviewed_on="1406/05/10", marks=marks, decision="rejected", **who)
    lines = lines_of(documents.proposal_review(uow=uow, call_id=ids["call"], proposal_id=ids["waiting"], today=TODAY))
    assert has(lines, "امتیاز", "۱۷ از ۲۰", "۹ از ۱۵", "۰ از ۱۰")  # not joint: the seventh scores nothing
    assert has(lines, "امتیاز ۲۶ از ۴۵")
    assert has(lines, "تصمیم کارگروه: پیشنهاد برگزیده نشد.")
