"""The calls' review with scores, where the secretariat's scheme gives them (12-4), and
two desks acting on the same proposal or stage: the second is told, never written twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from qotb_desktop.domain.dates import format_jalali, jalali_year, today
from qotb_desktop.domain.rules.funding_schemes import SelectionCriterion
from qotb_desktop.gui import call_dialogs
from qotb_desktop.gui.call_dialogs import ReviewDialog
from qotb_desktop.gui.call_stage_dialogs import PaymentDialog
from qotb_desktop.services import call_views, calls, funding, review_bodies
from qotb_desktop.services.centres import list_centres

MILLION = 1_000_000
Y = jalali_year(today())
POINTS = {"12-4-1": 20, "12-4-2": 15, "12-4-7": 10}


def day(offset: int = 0) -> str:
    return format_jalali(today() + timedelta(days=offset))


@pytest.fixture
def proposal(themed, qtbot, demo_store):
    """A joint proposal to a call of this year, received yesterday; the physics working group."""
    uow = demo_store.uow
    funding.add_budget_entry(uow=uow, year=Y, kind="line", amount="۱۰۰٬۰۰۰", recorded_on=day(-5))
    call = calls.create_call(
        uow=uow, year=Y, title="فراخوان ستاپ امسال", budget="۱۰٬۰۰۰", announced_on=day(-5), deadline=day(30), topics=["آب"]
    )
    running = [c for c in list_centres(uow=uow) if c.status in ("approved", "probation")]
    pid = calls.add_proposal(
        uow=uow,
        call_id=call,
        centre_id=running[0].id,
        title="پایش آب",
        cost="۶٬۰۰۰",
        received_on=day(-1),
        partners=[running[1].id],
    )
    body = next(b for b in review_bodies.list_bodies(uow=uow) if b.title.startswith("کارگروه تخصصی فیزیک"))
    demo_store.who = {"body_id": body.id, "member_ids": [m.id for m in body.members[:2]]}
    demo_store.call_id, demo_store.pid = call, pid
    return demo_store


def scored(monkeypatch):
    plain = funding.scheme_of(Y)
    criteria = tuple(SelectionCriterion(c.key, c.title, POINTS.get(c.key)) for c in plain.selection_criteria)
    scheme = replace(plain, selection_criteria=criteria)
    monkeypatch.setattr(call_dialogs, "scheme_of", lambda year: scheme)
    monkeypatch.setattr(calls, "scheme_of", lambda year: scheme)


def open_review(qtbot, store) -> ReviewDialog:
    uow = store.uow
    call = call_views.get_call(uow=uow, call_id=store.call_id)
    dialog = ReviewDialog(uow, call, call_views.get_proposal(uow=uow, proposal_id=store.pid), review_bodies.list_bodies(uow=uow))
    qtbot.addWidget(dialog)
    dialog.show()
    body = dialog.ui.body_id
    body.setCurrentIndex(body.findText("کارگروه تخصصی فیزیک", Qt.MatchFlag.MatchStartsWith))
    dialog.ui.member_ids.item(0).setCheckState(Qt.CheckState.Checked)
    for i in range(1, 7):
        combo = dialog.widgets()[f"mark_12-4-{i}"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("met"))
    dialog.ui.decision.setCurrentIndex(dialog.ui.decision.findData("selected"))
    return dialog


def test_a_scored_criterion_has_its_field_and_an_empty_one_is_refused_naming_it(qtbot, proposal, monkeypatch):
    scored(monkeypatch)
    dialog = open_review(qtbot, proposal)
    scores = {k: w for k, w in dialog.widgets().items() if k.endswith("_score")}
    assert set(scores) == {"mark_12-4-1_score", "mark_12-4-2_score"}  # 12-4-7's score is read from the partners
    assert scores["mark_12-4-1_score"].placeholderText() == "امتیاز از ۲۰"
    joint = dialog.ui.criteria.itemAtPosition(6, 1).widget()
    assert "امتیاز ۱۰ از ۱۰" in joint.text()
    scores["mark_12-4-1_score"].setText("۱۸")
    dialog.accept()
    assert dialog.isVisible() and "بند ۱۲-۴-۲: امتیاز" in dialog.ui.errors.text()
    assert call_views.get_proposal(uow=proposal.uow, proposal_id=proposal.pid).reviewed_on is None
    field = scores["mark_12-4-2_score"]
    assert isinstance(field, QLineEdit)
    field.setText("۲۰")  # above its 15
    dialog.accept()
    assert dialog.isVisible() and "از ۰ تا ۱۵" in dialog.ui.errors.text()
    field.setText("۱۲")
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    p = call_views.get_proposal(uow=proposal.uow, proposal_id=proposal.pid)
    assert p.score == 18 + 12 + 10 and {m.key: m.score for m in p.marks}["12-4-2"] == 12


def test_a_review_saved_at_another_desk_meanwhile_is_shown_not_overwritten(qtbot, proposal):
    dialog = open_review(qtbot, proposal)
    calls.review_proposal(  # another desk, after this dialog was opened
        uow=proposal.uow,
        proposal_id=proposal.pid,
        reviewed_on=day(),
        marks={f"12-4-{i}": (True, "") for i in range(1, 7)},
        decision="rejected",
        **proposal.who,
    )
    asked: list[str] = []
    dialog.ask_reload = lambda text: asked.append(text) or True
    dialog.accept()
    assert asked and "پیشنهاد «پایش آب»" in asked[0] and "برگزیده نشد" in asked[0]  # what the other desk chose
    assert dialog.isVisible()
    assert call_views.get_proposal(uow=proposal.uow, proposal_id=proposal.pid).state == "rejected"
    dialog.ui.decision.setCurrentIndex(dialog.ui.decision.findData("selected"))
    dialog.accept()  # read again, saved on purpose
    assert not dialog.isVisible(), dialog.ui.errors.text()
    assert call_views.get_proposal(uow=proposal.uow, proposal_id=proposal.pid).state == "selected"


def test_a_stage_paid_at_another_desk_is_not_paid_again_from_the_same_reading(qtbot, proposal):
    uow, who = proposal.uow, proposal.who
    calls.review_proposal(
        uow=uow, proposal_id=proposal.pid, reviewed_on=day(), marks={f"12-4-{i}": (True, "") for i in range(1, 7)},
        decision="selected", **who,
    )  # fmt: skip
    stages = [{"title": "یکم", "due_on": day(20), "deliverables": "گزارش", "amount": "۳٬۰۰۰"}]
    calls.sign_agreement(uow=uow, proposal_id=proposal.pid, number="ت-۱", signed_on=day(), amount="۳٬۰۰۰", stages=stages)
    (stage,) = call_views.get_proposal(uow=uow, proposal_id=proposal.pid).stages
    calls.receive_stage_report(uow=uow, stage_id=stage.id, received_on=day())
    calls.approve_stage_report(uow=uow, stage_id=stage.id, approved_on=day(), **who)
    stage = call_views.get_stage(uow=uow, stage_id=stage.id)
    dialog = PaymentDialog(uow, "پایش آب", stage, funding.scheme_of(Y).display_unit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.amount.text() == "۳٬۰۰۰"
    calls.pay_stage(uow=uow, stage_id=stage.id, amount="۲٬۰۰۰", paid_on=day())  # another desk pays first
    asked: list[str] = []
    dialog.ask_reload = lambda text: asked.append(text) or True
    dialog.accept()
    assert asked and "مرحله ۱ «یکم»" in asked[0] and dialog.isVisible()
    assert call_views.get_stage(uow=uow, stage_id=stage.id).paid == 2_000 * MILLION  # not paid twice
    assert dialog.ui.amount.text() == "۱٬۰۰۰" and "مانده ۱٬۰۰۰" in dialog.ui.intro.text()  # what is left now
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    assert call_views.get_stage(uow=uow, stage_id=stage.id).paid == 3_000 * MILLION
