"""The calls screen (issue 18, 12-3) on the demo: a call of this year typed in its dialog,
a proposal, its review by a working group of the registry and its members, an agreement
whose stages do not add up (refused on its field) then do, a stage's report received and
approved, a payment over the stage's amount refused then a right one; the dashboard's
lines of the stages to act on open the screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidgetItem

from qotb_desktop.domain.dates import format_jalali, jalali_year, today
from qotb_desktop.gui.call_dialogs import AgreementDialog, CallDialog, ProposalDialog, ReviewDialog
from qotb_desktop.gui.call_stage_dialogs import ApprovalDialog, PaymentDialog
from qotb_desktop.services import call_views, calls, funding
from tests.gui.conftest import settle_dashboard

MILLION = 1_000_000
Y = jalali_year(today())
LATIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def day(offset: int = 0) -> str:
    return format_jalali(today() + timedelta(days=offset))


def tick(widget, *rows: int) -> None:
    for r in rows:
        widget.item(r).setCheckState(Qt.CheckState.Checked)


@pytest.fixture
def screen(window, demo_store):
    funding.add_budget_entry(
        uow=demo_store.uow, year=Y, kind="line", amount="۱۰۰٬۰۰۰", recorded_on=day(), reference="قانون بودجه"
    )
    window.show_screen("calls")
    return window.screens["calls"]


def new_call(screen) -> CallDialog:
    dialog = screen.new_record()
    assert isinstance(dialog, CallDialog)
    dialog.ui.title.setText("فراخوان ستاپ امسال")
    dialog.ui.budget.setText("۱۰٬۰۰۰")
    dialog.ui.deadline.setText(day(30))
    return dialog


def test_a_call_from_proposal_to_payment(qtbot, window, screen, demo_store):
    uow = demo_store.uow
    assert screen.year() == Y and screen.calls.model.rowCount() == 0
    assert not screen.proposal_button.isEnabled() and "فراخوان" in screen.proposal_button.toolTip()

    # A call without topics is refused on its field, nothing written; then with one.
    dialog = new_call(screen)
    dialog.accept()
    assert dialog.isVisible() and "موضوع‌های اولویت‌دار" in dialog.ui.errors.text()
    assert call_views.list_calls(uow=uow, year=Y) == []
    dialog.ui.topics.setItem(0, 0, QTableWidgetItem("آب و کم‌آبی"))
    dialog.ui.topics.setItem(0, 1, QTableWidgetItem("مصوبه ۱۴"))
    dialog.accept()
    assert not dialog.isVisible()
    (call,) = call_views.list_calls(uow=uow, year=Y)
    assert call.budget == 10_000 * MILLION and [t[1:] for t in call.topics] == [
        ("آب و کم‌آبی", "مصوبه 14")
    ]  # stored with Latin digits, shown Persian
    assert [screen.calls.model.index(0, c).data() for c in range(5)] == ["فراخوان ستاپ امسال", "۱۰٬۰۰۰", "۰", "۰", day(30)]

    # A proposal: the centre and a partner from the running centres, the topic.
    dialog = screen.new_proposal()
    assert isinstance(dialog, ProposalDialog)
    dialog.ui.title.setText("پایش آب با حسگر")
    dialog.ui.cost.setText("۶٬۰۰۰")
    dialog.accept()
    assert dialog.isVisible() and "قطب پیشنهاددهنده" in dialog.ui.errors.text()
    dialog.ui.centre_id.setCurrentIndex(1)
    tick(dialog.ui.partners, 1)
    dialog.ui.topic_id.setCurrentIndex(1)
    dialog.accept()
    assert not dialog.isVisible()
    p = screen.proposal()
    assert p is not None and p.title == "پایش آب با حسگر" and len(p.partners) == 1 and p.topic == "آب و کم‌آبی"
    assert screen.proposals.model.index(0, 4).data() == "دریافت‌شده"
    assert not screen.agreement_button.isEnabled() and "برگزیده" in screen.agreement_button.toolTip()

    # The review: the working group and its members serving today; 12-4-7 read from the partners.
    dialog = screen.review()
    assert isinstance(dialog, ReviewDialog)
    joint = dialog.ui.criteria.itemAtPosition(6, 1).widget()  # 12-4-7, read from the partners
    assert joint.text().startswith("برآورده است (با ") and "دگرگون نمی‌شود" in joint.toolTip()
    assert "mark_12-4-7" not in dialog.widgets()
    dialog.accept()
    errors = dialog.ui.errors.text()
    assert dialog.isVisible() and "کارگروه" in errors and "بند ۱۲-۴-۱" in errors and "تصمیم کارگروه" in errors
    body = dialog.ui.body_id
    body.setCurrentIndex(body.findText("کارگروه تخصصی فیزیک", Qt.MatchFlag.MatchStartsWith))
    assert dialog.ui.member_ids.count() == 3
    tick(dialog.ui.member_ids, 0, 1)
    for key in (f"12-4-{i}" for i in range(1, 7)):
        combo = dialog.widgets()[f"mark_{key}"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("not" if key == "12-4-5" else "met"))
    note = dialog.widgets()["mark_12-4-5_note"]
    assert isinstance(note, QLineEdit)
    note.setText("پژوهش کاربردی است.")
    dialog.ui.decision.setCurrentIndex(dialog.ui.decision.findData("selected"))
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    p = screen.proposal()
    assert p.state == "selected" and p.reviewed_by.startswith("کارگروه تخصصی فیزیک: ")
    marks = {m.key: m for m in p.marks}
    assert (marks["12-4-5"].met, marks["12-4-5"].note, marks["12-4-5"].score) == (False, "پژوهش کاربردی است.", None)
    assert marks["12-4-7"].met is True
    assert not [k for k in dialog.widgets() if k.endswith("_score")]  # the bylaw's scheme gives no scores
    assert "۶ از ۷" in screen.ui.detail.text()

    # The agreement: stages not adding up are refused naming the field; then they do.
    dialog = screen.agreement()
    assert isinstance(dialog, AgreementDialog)
    dialog.ui.number.setText("ت/۱۴۰۵/۳")
    dialog.ui.amount.setText("۵٬۰۰۰")
    t = dialog.ui.stages
    for row, (title, due, what, amount) in enumerate(
        [("طراحی", day(40), "گزارش طراحی", "۲٬۰۰۰"), ("ساخت", day(120), "نمونه حسگر", "۲٬۰۰۰")]
    ):
        t.setItem(row, 0, QTableWidgetItem(title))
        t.cellWidget(row, 1).setText(due)
        t.setItem(row, 2, QTableWidgetItem(what))
        t.setItem(row, 3, QTableWidgetItem(amount))
    assert "۴٬۰۰۰ از ۵٬۰۰۰" in dialog.ui.total.text() and "۱٬۰۰۰ میلیون ریال کم" in dialog.ui.total.text()
    dialog.accept()
    assert dialog.isVisible() and "مرحله‌ها" in dialog.ui.errors.text() and "اختلاف" in dialog.ui.errors.text()
    assert dialog.ui.stages.property("invalid") is True
    assert call_views.get_call(uow=uow, call_id=call.id).proposals[0].agreement_on is None
    t.setItem(1, 3, QTableWidgetItem("۳٬۰۰۰"))
    assert "کم" not in dialog.ui.total.text()
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    assert [s.amount for s in screen.proposal().stages] == [2_000 * MILLION, 3_000 * MILLION]
    assert screen.calls.model.index(0, 2).data() == "۵٬۰۰۰"

    # The first stage: its report received, approved by the working group, then paid.
    screen.stages.select_record(lambda s: s.position == 1)
    assert not screen.pay_button.isEnabled() and "تأیید گزارش" in screen.pay_button.toolTip()
    assert not screen.approved_button.isEnabled() and "دریافت نشده" in screen.approved_button.toolTip()
    dialog = screen.receive_report()
    dialog.ui.when.setText(day())
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    assert screen.stages.current_record().report_received_on == today()
    dialog = screen.approve_report()
    assert isinstance(dialog, ApprovalDialog)
    dialog.ui.body_id.setCurrentIndex(dialog.ui.body_id.findText("کارگروه تخصصی فیزیک", Qt.MatchFlag.MatchStartsWith))
    tick(dialog.ui.member_ids, 2)
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    stage = screen.stages.current_record()
    assert stage.report_approved_on == today() and stage.approved_by.startswith("کارگروه تخصصی فیزیک: ")
    dialog = screen.pay()
    assert isinstance(dialog, PaymentDialog) and dialog.ui.amount.text() == "۲٬۰۰۰"
    dialog.ui.amount.setText("۲٬۵۰۰")
    dialog.ui.order_number.setText("پ/۹")
    dialog.accept()
    assert dialog.isVisible() and "مبلغ پرداخت (میلیون ریال)" in dialog.ui.errors.text()
    assert screen.stages.current_record().paid == 0
    dialog.ui.amount.setText("۲٬۰۰۰")
    dialog.accept()
    assert not dialog.isVisible(), dialog.ui.errors.text()
    assert screen.stages.current_record().paid == 2_000 * MILLION
    assert screen.calls.model.index(0, 3).data() == "۲٬۰۰۰"
    assert not screen.pay_button.isEnabled() and "همه پرداخت" in screen.pay_button.toolTip()
    assert not (set(screen.ui.detail.text()) & LATIN - set("bBr"))


def test_the_dashboard_counts_the_stages_and_opens_the_calls_screen(qtbot, window, demo_store):
    # The demo: last year's second stage awaits approval, its third's report is due soon.
    dashboard = window.screens["dashboard"]
    settle_dashboard(qtbot, window)
    waiting, due = dashboard.stage_lines["awaiting_approval"], dashboard.stage_lines["report_due"]
    assert waiting.isVisible() and "در انتظار تأیید کارگروه: ۱ مرحله" in waiting.text()
    assert due.isVisible() and "به‌زودی" in due.text()
    assert not dashboard.stage_lines["awaiting_payment"].isVisible()
    waiting.click()
    screen = window.screens["calls"]
    assert window.current_screen() == "calls" and screen.year() == Y - 1
    stage = screen.stages.current_record()
    assert stage.position == 2 and stage.report_received_on and not stage.report_approved_on
    assert screen.approved_button.isEnabled() and not screen.pay_button.isEnabled()


def test_a_call_over_the_calls_half_is_refused_naming_the_budget(qtbot, screen, demo_store):
    dialog = new_call(screen)
    dialog.ui.budget.setText("۹۰٬۰۰۰")
    dialog.ui.topics.setItem(0, 0, QTableWidgetItem("انرژی"))
    dialog.accept()
    assert dialog.isVisible() and "اعتبار فراخوان (میلیون ریال)" in dialog.ui.errors.text()
    assert calls.calls_half(uow=demo_store.uow, year=Y) == 50_000 * MILLION
    assert call_views.list_calls(uow=demo_store.uow, year=Y) == []


def test_the_new_screens_do_not_move_a_screen_remembered_by_its_row_before_0_6_0(window):
    from qotb_desktop.gui.main_window import _remembered_row

    keys = list(window.screens)
    assert keys.index("calls") == keys.index("funding") + 1 and "review_bodies" in keys
    assert _remembered_row("9", keys) == keys.index("fields")  # row 9 of 0.5.0: the fields, as before
    assert _remembered_row("calls", keys) == keys.index("calls")
    assert _remembered_row("review_bodies", keys) == keys.index("review_bodies")


def test_a_closed_year_takes_no_new_call_and_says_why(window, demo_store):
    window.show_screen("calls")
    screen = window.screens["calls"]
    screen.choose(Y - 2)  # the demo's year before last is closed
    assert screen.year() == Y - 2
    assert not screen.new_button.isEnabled() and "بسته" in screen.new_button.toolTip()
    assert screen.new_record() is None
