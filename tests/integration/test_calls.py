"""Issue 18, the calls of 12-3: from the topics to an agreement paid stage by stage, and
the limits at their boundaries in the services and in the database (both back ends)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from qotb_desktop.domain.accounts import Actor
from qotb_desktop.domain.errors import Conflict, DomainError, ValidationError
from qotb_desktop.services import call_views, calls, funding, review_bodies

MILLION = 1_000_000
Y = 1406  # a year the demo holds no money for
APPROVED, PROBATION, ADVISED = 2, 3, 1  # the demo's centres by status
ALL_MET = {f"12-4-{i}": (True, "") for i in range(1, 7)}


def refused(engine, statement: str) -> str:
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(text(statement))
    return str(caught.value.orig)


@pytest.fixture
def office(demo_store):
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
    demo_store.body = body
    demo_store.members = [m.id for m in next(b for b in review_bodies.list_bodies(uow=uow) if b.id == body).members]
    funding.add_budget_entry(uow=uow, year=Y, kind="line", amount="۱۰۰٬۰۰۰", recorded_on="1406/01/20")
    funding.add_budget_entry(uow=uow, year=Y, kind="organisation", amount="۲٬۰۰۰", recorded_on="1406/02/01", source="وزارت نیرو")
    return demo_store


def a_call(uow, budget="۲۰٬۰۰۰") -> int:
    return calls.create_call(
        uow=uow,
        year=Y,
        title="فراخوان ستاپ ۱۴۰۶",
        budget=budget,
        announced_on="1406/02/10",
        deadline="1406/04/31",
        topics=[("فناوری‌های آب", "مصوبه ۱۴۰۶/۵"), "هوش مصنوعی در سلامت"],
    )


def who(store) -> dict:
    return {"body_id": store.body, "member_ids": store.members[:2]}


def selected_project(store, call_id: int, *, partners=(PROBATION,)) -> int:
    uow = store.uow
    pid = calls.add_proposal(
        uow=uow,
        call_id=call_id,
        centre_id=APPROVED,
        title="پایش هوشمند آب‌خوان‌ها",
        cost="۸٬۰۰۰",
        received_on="1406/04/01",
        partners=partners,
    )
    calls.review_proposal(uow=uow, proposal_id=pid, reviewed_on="1406/05/10", marks=ALL_MET, decision="selected", **who(store))
    return pid


STAGES = [
    {"title": "مطالعات پایه", "due_on": "1406/08/30", "deliverables": "گزارش مرور", "amount": "۳٬۰۰۰"},
    {"title": "ساخت نمونه", "due_on": "1406/12/20", "deliverables": "نمونه و گزارش", "amount": "۵٬۰۰۰"},
]


def test_a_calls_budget_stays_within_the_calls_half_with_the_organisations_money(office):
    uow = office.uow
    assert calls.calls_half(uow=uow, year=Y) == 52_000 * MILLION  # half the line, and note 13's money
    first = a_call(uow, "۵۰٬۰۰۰")
    with pytest.raises(ValidationError, match="اعتبار فراخوان") as over:
        a_call(uow, "۲٬۰۰۰٫۰۰۰۰۰۱")
    assert "۰٫۰۰۰۰۰۱" in str(over.value)  # one rial over, said
    a_call(uow, "۲٬۰۰۰")
    use = calls.calls_half_use(uow=uow, year=Y)  # what the screen of note 16 says
    assert (use.half, use.budgets, use.supports, use.left) == (52_000 * MILLION, 52_000 * MILLION, 0, 0)
    insert = f"INSERT INTO funding_call (year, title, budget, deadline, note) VALUES ({Y}, 'x', 1, '2027-01-01', '')"
    assert "call_over_line" in refused(office.db.engine, insert)
    with pytest.raises(ValidationError, match="موضوع"):
        calls.create_call(uow=uow, year=Y, title="بی‌موضوع", budget="1", deadline="1406/05/01", topics=[])
    assert first


def test_a_proposal_comes_from_running_centres_before_the_deadline(office):
    uow = office.uow
    call = a_call(uow)
    with pytest.raises(ValidationError, match="مهلت"):
        calls.add_proposal(uow=uow, call_id=call, centre_id=APPROVED, title="دیر", cost="1", received_on="1406/05/01")
    with pytest.raises(ValidationError, match="همکار خود"):
        calls.add_proposal(
            uow=uow, call_id=call, centre_id=APPROVED, title="خود", cost="1", received_on="1406/04/01", partners=[APPROVED]
        )
    with pytest.raises(ValidationError, match="مصوب یا مشروط"):
        calls.add_proposal(uow=uow, call_id=call, centre_id=ADVISED, title="منحل", cost="1", received_on="1406/04/01")
    with pytest.raises(ValidationError, match="برآورد هزینه"):
        calls.add_proposal(uow=uow, call_id=call, centre_id=APPROVED, title="منفی", cost="-1", received_on="1406/04/01")


def test_the_review_marks_all_seven_criteria_and_a_joint_proposal_meets_the_seventh(office):
    uow = office.uow
    call = a_call(uow)
    pid = calls.add_proposal(uow=uow, call_id=call, centre_id=APPROVED, title="تنها", cost="1000", received_on="1406/04/01")
    partial = dict(ALL_MET)
    del partial["12-4-3"]
    with pytest.raises(ValidationError, match="۱۲-۴-۳"):
        calls.review_proposal(
            uow=uow, proposal_id=pid, reviewed_on="1406/05/10", marks=partial, decision="selected", **who(office)
        )
    calls.review_proposal(uow=uow, proposal_id=pid, reviewed_on="1406/05/10", marks=ALL_MET, decision="rejected", **who(office))
    joint = selected_project(office, call)
    with office.db.engine.connect() as conn:
        seventh = dict(conn.execute(text("SELECT proposal_id, met FROM criterion_mark WHERE key = '12-4-7'")).all())
    assert not seventh[pid] and seventh[joint]
    with pytest.raises(DomainError, match="برگزیده"):
        calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="1000", stages=STAGES)


def test_an_agreements_stages_add_up_and_it_stays_within_the_call(office):
    uow = office.uow
    call = a_call(uow, "۱۰٬۰۰۰")
    pid = selected_project(office, call)
    with pytest.raises(ValidationError, match="اختلاف ۱٬۰۰۰"):
        calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="۹٬۰۰۰", stages=STAGES)
    too_much = [dict(STAGES[0], amount="۶٬۰۰۰"), STAGES[1]]
    with pytest.raises(ValidationError, match="اعتبار آن"):
        calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="۱۱٬۰۰۰", stages=too_much)
    calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="۸٬۰۰۰", stages=STAGES)
    with pytest.raises(DomainError, match="پیش‌تر"):
        calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۲", signed_on="1406/06/01", amount="۸٬۰۰۰", stages=STAGES)


def _stage_ids(engine, pid: int) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(text(f"SELECT id FROM project_stage WHERE proposal_id = {pid} ORDER BY position")).scalars())


def test_a_stage_is_paid_only_after_its_report_is_approved_and_never_past_its_amount(office):
    uow = office.uow
    call = a_call(uow)
    pid = selected_project(office, call)
    calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="۸٬۰۰۰", stages=STAGES)
    first, second = _stage_ids(office.db.engine, pid)
    with pytest.raises(DomainError, match="تأیید نشده"):
        calls.pay_stage(uow=uow, stage_id=first, amount="۱٬۰۰۰", paid_on="1406/09/01")
    assert "payment_before_approval" in refused(
        office.db.engine,
        f"INSERT INTO stage_payment (stage_id, amount, paid_on, order_number) VALUES ({first}, 1, '2027-01-01', '')",
    )
    with pytest.raises(DomainError, match="دریافت نشده"):
        calls.approve_stage_report(uow=uow, stage_id=first, approved_on="1406/09/01", **who(office))
    calls.receive_stage_report(uow=uow, stage_id=first, received_on="1406/08/25")
    calls.approve_stage_report(uow=uow, stage_id=first, approved_on="1406/09/01", **who(office))
    calls.pay_stage(uow=uow, stage_id=first, amount="۲٬۰۰۰", paid_on="1406/09/05", order_number="پ-۱")
    with pytest.raises(ValidationError, match="مبلغ آن") as over:
        calls.pay_stage(uow=uow, stage_id=first, amount="۱٬۰۰۰٫۰۰۰۰۰۱", paid_on="1406/09/06")
    assert "۰٫۰۰۰۰۰۱" in str(over.value)
    calls.pay_stage(uow=uow, stage_id=first, amount="۱٬۰۰۰", paid_on="1406/09/06")
    assert "payment_over_stage" in refused(
        office.db.engine,
        f"INSERT INTO stage_payment (stage_id, amount, paid_on, order_number) VALUES ({first}, 1, '2027-01-01', '')",
    )
    due = call_views.stages_to_act_on(uow=uow, today=date(2028, 4, 1))  # 1407/01/13: the second stage's report is overdue
    ours = [(d.stage_id, d.state) for d in due if d.stage_id in (first, second)]
    assert ours == [(second, "report_overdue")]  # the first is paid in full


def test_a_closed_year_pays_no_more(office):
    uow = office.uow
    call = a_call(uow)
    pid = selected_project(office, call)
    calls.sign_agreement(uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="۸٬۰۰۰", stages=STAGES)
    first, _second = _stage_ids(office.db.engine, pid)
    calls.receive_stage_report(uow=uow, stage_id=first, received_on="1406/08/25")
    calls.approve_stage_report(uow=uow, stage_id=first, approved_on="1406/09/01", **who(office))
    uow.actor = Actor(1, "dabir", "دبیر", ("secretary",))
    funding.compute_allocation(uow=uow, year=Y)
    funding.approve_allocation(uow=uow, year=Y)
    funding.close_year(uow=uow, year=Y)
    with pytest.raises(DomainError, match="بسته"):
        calls.pay_stage(uow=uow, stage_id=first, amount="۱", paid_on="1406/12/01")
    assert "funding_year_closed" in refused(
        office.db.engine,
        f"INSERT INTO stage_payment (stage_id, amount, paid_on, order_number) VALUES ({first}, 1, '2027-01-01', '')",
    )


def test_scores_are_kept_where_the_secretariats_scheme_gives_them(office, monkeypatch):
    """12-4 gives no scores; a scheme that does (data, beside the evaluation schemes) has
    each criterion's score typed, kept and added up; a negative one the database refuses."""
    from dataclasses import replace

    from qotb_desktop.domain.rules.funding_schemes import SelectionCriterion

    plain = funding.scheme_of(Y)
    points = {"12-4-1": 20, "12-4-2": 20, "12-4-7": 10}
    criteria = tuple(SelectionCriterion(c.key, c.title, points.get(c.key)) for c in plain.selection_criteria)
    monkeypatch.setattr(calls, "scheme_of", lambda year: replace(plain, selection_criteria=criteria))
    uow = office.uow
    call = a_call(uow)
    pid = calls.add_proposal(
        uow=uow, call_id=call, centre_id=APPROVED, title="مشترک", cost="1000", received_on="1406/04/01", partners=[PROBATION]
    )
    with pytest.raises(ValidationError, match="امتیاز این بند"):
        calls.review_proposal(
            uow=uow, proposal_id=pid, reviewed_on="1406/05/10", marks=ALL_MET, decision="selected", **who(office)
        )
    marks = {**ALL_MET, "12-4-1": (True, "", "۱۸"), "12-4-2": (True, "", "12")}
    calls.review_proposal(uow=uow, proposal_id=pid, reviewed_on="1406/05/10", marks=marks, decision="selected", **who(office))
    view = call_views.get_proposal(uow=uow, proposal_id=pid)
    assert {m.key: m.score for m in view.marks if m.score is not None} == {"12-4-1": 18, "12-4-2": 12, "12-4-7": 10}
    assert view.scored and view.score == 40
    assert "ck_criterion_mark_score" in refused(
        office.db.engine, f"UPDATE criterion_mark SET score = -1 WHERE proposal_id = {pid} AND key = '12-4-1'"
    )


def test_a_review_or_payment_from_a_stale_reading_is_refused_not_written_twice(office):
    """Two desks opened the same proposal or stage: the second save is a Conflict and
    nothing it typed is written (a stage paid twice from the same reading, above all)."""
    uow = office.uow
    call = a_call(uow)
    pid = selected_project(office, call)
    seen = call_views.get_proposal(uow=uow, proposal_id=pid)
    calls.review_proposal(
        uow=uow,
        proposal_id=pid,
        reviewed_on="1406/05/11",
        marks=ALL_MET,
        decision="selected",
        note="نخست",
        version=seen.version,
        **who(office),
    )
    with pytest.raises(Conflict, match="پیشنهاد «پایش هوشمند آب‌خوان‌ها»"):
        calls.review_proposal(
            uow=uow,
            proposal_id=pid,
            reviewed_on="1406/05/12",
            marks=ALL_MET,
            decision="rejected",
            version=seen.version,
            **who(office),
        )
    assert call_views.get_proposal(uow=uow, proposal_id=pid).state == "selected"
    fresh = call_views.get_proposal(uow=uow, proposal_id=pid)
    with pytest.raises(Conflict):
        calls.sign_agreement(
            uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="۸٬۰۰۰", stages=STAGES, version=seen.version
        )
    calls.sign_agreement(
        uow=uow, proposal_id=pid, number="ت-۱", signed_on="1406/06/01", amount="۸٬۰۰۰", stages=STAGES, version=fresh.version
    )
    first, _second = _stage_ids(office.db.engine, pid)
    stage = call_views.get_stage(uow=uow, stage_id=first)
    calls.receive_stage_report(uow=uow, stage_id=first, received_on="1406/08/25", version=stage.version)
    with pytest.raises(Conflict, match="مرحله ۱"):
        calls.receive_stage_report(uow=uow, stage_id=first, received_on="1406/08/26", version=stage.version)
    stage = call_views.get_stage(uow=uow, stage_id=first)
    calls.approve_stage_report(uow=uow, stage_id=first, approved_on="1406/09/01", version=stage.version, **who(office))
    opened = call_views.get_stage(uow=uow, stage_id=first)  # two desks open the payment of the same stage
    calls.pay_stage(uow=uow, stage_id=first, amount="۱٬۰۰۰", paid_on="1406/09/05", version=opened.version)
    with pytest.raises(Conflict):
        calls.pay_stage(uow=uow, stage_id=first, amount="۱٬۰۰۰", paid_on="1406/09/05", version=opened.version)
    assert call_views.get_stage(uow=uow, stage_id=first).paid == 1_000 * MILLION
