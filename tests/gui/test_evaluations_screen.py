"""The annual evaluation at the desk: the year view with its consequences coloured, a
report and an evaluation entered through the dialogs (the total live as scores are
typed), closing with its consequence, reopening with a reason, the exports."""

import csv
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox

from qotb_desktop.domain.text import isolate_path
from qotb_desktop.gui import background, theme
from qotb_desktop.gui.table_model import RECORD_ROLE
from qotb_desktop.services import centres, evaluation_summary, evaluations
from tests.conftest import TODAY
from tests.gui.conftest import settle_dashboard

LAST, NOW = 1404, 1405  # the demo's last evaluated year, and today's (TODAY = 1405/09/04)
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(value) -> str:
    return str(value).translate(FA)


def type_text(widget, text: str) -> None:
    """Typed key by key (qtbot.keyClicks aborts on non-Latin-1 text, docs/testing.md)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def centre_named(uow, part: str):
    return next(c for c in centres.list_centres(uow=uow) if part in c.title)


@pytest.fixture
def screen(window):
    window.show_screen("evaluations")
    return window.screens["evaluations"]


def open_year(screen, centre_id: int, year: int) -> None:
    screen.choose(centre_id, year)
    assert screen.year() == year and screen.list.current_record().centre_id == centre_id


def columns(screen) -> int:
    return screen.list.proxy.columnCount()


def header(screen, column: int) -> str:
    return screen.list.model.headerData(column, Qt.Orientation.Horizontal)


def column_of(screen, title: str) -> int:
    return next(c for c in range(columns(screen)) if header(screen, c) == title)


def row_of(screen, centre_id: int) -> int:
    proxy = screen.list.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(RECORD_ROLE).centre_id == centre_id)


def test_the_year_view_colours_probation_and_dissolution_with_the_reasons(screen, demo_store):
    assert screen.year() == LAST  # the year whose evaluations are being done
    assert screen.ui.year.currentText() == fa(LAST)
    rows = {r.title: r for r in screen.list.visible_records()}
    assert len(rows) == 3
    quake = centre_named(demo_store.uow, "زلزله")
    farsi = centre_named(demo_store.uow, "زبان و ادبیات")
    physics = centre_named(demo_store.uow, "فیزیک")
    proxy = screen.list.proxy
    headers = [screen.list.model.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    row = row_of(screen, quake.id)
    shown = {headers[c]: proxy.index(row, c).data() for c in range(proxy.columnCount())}
    assert shown["تأییدنشده\nپیاپی"] == "۲" and shown["نتیجه"] == "عدم تأیید" and shown["سال\nپیش"] == "عدم تأیید"
    assert shown["وضعیت"] == "پیشنهاد انحلال" and shown["گزارش\nسالانه"] == "رسیده"
    for c in range(proxy.columnCount()):  # the whole row, in the stylesheet's error colour
        assert proxy.index(row, c).data(Qt.ItemDataRole.BackgroundRole).color().name() == theme.DANGER_BACKGROUND
    assert "۲ سال پیاپی تأیید نشده است (بند ۱۰-۱)" in proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    probation = row_of(screen, farsi.id)
    assert proxy.index(probation, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == theme.WARNING_BACKGROUND
    assert proxy.index(row_of(screen, physics.id), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    # the detail panel of the selected centre
    screen.list.select_record(lambda r: r.centre_id == quake.id)
    assert "۲ سال پیاپی تأیید نشده است" in screen.ui.detail.text()
    assert screen.reopen_button.isEnabled() and not screen.close_button.isEnabled()
    # the consequence filter, then the group filter
    screen.ui.level.setCurrentIndex(screen.ui.level.findData("dissolution"))
    screen.ui.level.activated.emit(screen.ui.level.currentIndex())
    assert [r.centre_id for r in screen.list.visible_records()] == [quake.id]
    screen.ui.level.setCurrentIndex(screen.ui.level.findData("all"))
    screen.ui.group.setCurrentIndex(screen.ui.group.findText("علوم پایه"))
    screen.ui.group.activated.emit(screen.ui.group.currentIndex())
    assert [r.centre_id for r in screen.list.visible_records()] == [physics.id]


def test_the_dashboard_lists_flagged_centres_and_missing_reports_and_opens_their_year(window, demo_store, monkeypatch, qtbot):
    dashboard = window.screens["dashboard"]
    flagged = {f.title: f for f in dashboard.flagged.visible_records()}
    quake = centre_named(demo_store.uow, "زلزله")
    assert set(flagged) == {quake.title, centre_named(demo_store.uow, "زبان و ادبیات").title}
    assert flagged[quake.title].failures == 2 and flagged[quake.title].year == LAST
    dashboard.flagged.select_record(lambda f: f.centre_id == quake.id)
    dashboard._open_flagged()
    assert window.current_screen() == "evaluations"
    screen = window.screens["evaluations"]
    assert screen.year() == LAST and screen.list.current_record().centre_id == quake.id
    # a report past its due date opens the year it is missing for (none is missing in the demo)
    physics = centre_named(demo_store.uow, "فیزیک")
    late = evaluation_summary.MissingReport(physics.id, physics.title, LAST - 1, TODAY)
    monkeypatch.setattr(evaluation_summary, "reports_missing", lambda **_k: [late])
    window.show_screen("dashboard")
    settle_dashboard(qtbot, window)
    assert dashboard.missing.visible_records() == [late]
    dashboard.missing.select_first()
    dashboard._open_missing()
    assert window.current_screen() == "evaluations"
    assert screen.year() == LAST - 1 and screen.list.current_record().centre_id == physics.id


def test_the_dashboards_flagged_centres_and_their_consequences_read_at_once(window, demo_store, monkeypatch, qtbot):
    uow = demo_store.uow
    asked = []
    at_once = evaluations.centre_consequences
    monkeypatch.setattr(evaluations, "centre_consequences", lambda **k: asked.append(k) or at_once(**k))
    monkeypatch.setattr(evaluations, "centre_consequence", lambda **k: pytest.fail("asked one centre at a time"))
    dashboard = window.screens["dashboard"]
    dashboard.reload()
    settle_dashboard(qtbot, window)
    quake, farsi = centre_named(uow, "زلزله"), centre_named(uow, "زبان و ادبیات")
    flagged = {f.centre_id: f for f in dashboard.flagged.visible_records()}
    assert len(asked) == 1  # every flagged centre's evaluations read in one query
    assert (flagged[quake.id].level, flagged[quake.id].year, flagged[quake.id].failures) == ("dissolution", LAST, 2)
    assert flagged[quake.id].status_label == "پیشنهاد انحلال" and "(بند ۱۰-۱)" in flagged[quake.id].reasons[0]
    assert (flagged[farsi.id].level, flagged[farsi.id].year, flagged[farsi.id].failures) == ("probation", LAST, 1)
    # last year reopened: the status follows the year before
    last = evaluations.get_evaluation(uow=uow, centre_id=quake.id, year=LAST)
    evaluations.reopen_evaluation(uow=uow, evaluation_id=last.id, reason="بازبینی")
    dashboard.reload()
    settle_dashboard(qtbot, window)
    flagged = {f.centre_id: f for f in dashboard.flagged.visible_records()}
    assert (flagged[quake.id].status_label, flagged[quake.id].year, flagged[quake.id].failures) == ("مشروط", LAST - 1, 1)


def test_a_report_and_an_evaluation_entered_with_the_total_live(screen, demo_store, monkeypatch):
    physics = centre_named(demo_store.uow, "فیزیک")
    open_year(screen, physics.id, NOW)
    assert evaluations.get_report(uow=demo_store.uow, centre_id=physics.id, year=NOW) is None
    report = screen.edit_report()
    assert report.windowTitle().startswith("گزارش سالانه ۱۴۰۵")
    assert report.areas.keys() == {f"7-{i}" for i in range(1, 9)}
    labels = [report.ui.areas.itemAtPosition(0, c).itemAt(0).widget().text() for c in (0, 1)]
    assert labels == ["بند ۷-۱: یافته‌ها و نرم‌افزار", "بند ۷-۲: همکاری ملی و بین‌المللی"]
    report.ui.received_on.setText("۱۴۰۵/۰۸/۲۰")
    report.areas["7-1"].setPlainText("یک روش اندازه‌گیری تازه ثبت شد.")
    type_text(report.ui.papers, "۱۲")
    report.ui.budget_received.setText("۱۲٬۵۰۰")
    report.ui.budget_spent.setText("9000")
    report.accept()
    assert report.result() == QDialog.DialogCode.Accepted
    saved = evaluations.get_report(uow=demo_store.uow, centre_id=physics.id, year=NOW)
    assert saved.counts["papers"] == 12 and saved.budget_received == 12500 and saved.areas["7-1"].startswith("یک روش")
    row = screen.list.current_record()
    assert row.centre_id == physics.id and row.report_received and row.budget_received == 12500
    # the evaluation: the weighted total follows each score typed
    dialog = screen.evaluate()
    assert dialog.windowTitle().startswith("ارزیابی سالانه ۱۴۰۵")
    assert "حد قبولی ۶۰" in dialog.ui.scheme.text() and len(dialog.scores) == 7
    assert "۷ معیار هنوز امتیاز ندارد" in dialog.ui.total.text()
    type_text(dialog.scores["findings"], "۹")  # weight 20 -> 18
    assert dialog.weighed["findings"].text() == "۱۸ از ۲۰"
    assert dialog.ui.total.text().startswith("جمع وزنی تا اینجا: ۱۸ از ۱۰۰ — ۶ معیار")
    for key in ("collaboration", "elites", "interdisciplinary", "theses", "postdocs"):
        dialog.scores[key].setText("۵")
    dialog.scores["policy"].setText("۲٫۵")  # 15 * 2.5 / 10 = 3.75
    assert dialog.ui.total.text() == "جمع وزنی: ۵۴٫۲۵ از ۱۰۰ — عدم تأیید (حد قبولی ۶۰)"
    assert dialog.ui.total.objectName() == "verdictBad"
    dialog.scores["policy"].setText("10")
    assert dialog.ui.total.text() == "جمع وزنی: ۶۵٫۵ از ۱۰۰ — تأیید (حد قبولی ۶۰)"
    assert dialog.ui.total.objectName() == "verdictGood"
    dialog.ui.evaluated_on.setText("1405/09/02")
    # physics: the demo's registry holds its working group; who evaluated is ticked, not typed
    assert dialog.ui.body_id.currentText() == "کارگروه تخصصی فیزیک" and dialog.ui.evaluators.isReadOnly()
    dialog.ui.member_ids.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.ui.evaluators.text() == f"کارگروه تخصصی فیزیک: {dialog.ui.member_ids.item(0).text()}"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = evaluations.get_evaluation(uow=demo_store.uow, centre_id=physics.id, year=NOW)
    assert stored.total == Decimal("65.5") and stored.verdict == "approved" and stored.closed_at is None
    assert "ذخیره شد" in screen.window().ui.statusbar.currentMessage()
    row = screen.list.current_record()
    assert row.centre_id == physics.id and row.total is None and not row.closed  # a draft's total is no result
    shown = {header(screen, c): screen.list.proxy.index(row_of(screen, physics.id), c).data() for c in range(columns(screen))}
    assert shown["نمره\nارزیابی"] == "" and shown["نتیجه"] == "ارزیابی نشده"
    assert "پیش‌نویس ارزیابی سالانه سال ۱۴۰۵: نمره ۶۵٫۵ از ۱۰۰" in screen.ui.detail.text()
    assert screen.close_button.isEnabled() and not screen.reopen_button.isEnabled()
    # closing an approved year: an information, no consequence
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    closing = screen.close_evaluation()
    assert closing.consequence.level == "none" and told and "پیامدی در پی ندارد" in told[0]
    assert screen.list.current_record().closed and screen.list.current_record().verdict == "approved"
    # the report of a closed year is read only
    locked = screen.edit_report()
    assert locked.ui.notice.isVisible() and "تنها خواندنی" in locked.ui.notice.text()
    assert locked.ui.papers.isReadOnly() and locked.areas["7-1"].isReadOnly()
    assert not locked.ui.buttons.button(locked.ui.buttons.StandardButton.Save).isVisible()
    locked.reject()


def test_wrong_input_is_shown_inline_naming_the_field_and_nothing_is_written(screen, demo_store):
    farsi = centre_named(demo_store.uow, "زبان و ادبیات")
    open_year(screen, farsi.id, NOW)
    evaluation = screen.evaluate()  # before any report: the service refuses, on the dialog
    for key in evaluation.scores:
        evaluation.scores[key].setText("۵")
    evaluation.ui.evaluators.setText("کارگروه علوم انسانی")
    evaluation.ui.evaluated_on.setText("1405/09/01")
    evaluation.accept()
    assert evaluation.isVisible() and "سال: گزارش سالانه ۱۴۰۵ این قطب هنوز ثبت نشده است" in evaluation.ui.errors.text()
    evaluation.scores["elites"].setText("۱۲")  # above the scale
    evaluation.accept()
    assert "جذب همکاری نخبگان داخل و خارج از کشور: باید از ۰ تا ۱۰ باشد" in evaluation.ui.errors.text()
    assert evaluation.scores["elites"].property("invalid") is True
    assert evaluations.get_evaluation(uow=demo_store.uow, centre_id=farsi.id, year=NOW) is None
    evaluation.done(0)
    report = screen.edit_report()
    report.ui.papers.setText("دوازده")
    report.ui.papers.editingFinished.emit()  # leaving the field checks it
    assert "تعداد مقاله: باید عددی صحیح باشد" in report.ui.errors.text()
    assert "تاریخ دریافت گزارش" not in report.ui.errors.text()  # untouched fields are not scolded yet
    report.accept()
    assert report.isVisible() and "تاریخ دریافت گزارش:" in report.ui.errors.text()
    # the empty date field reads as empty: its placeholder is a hint, not a date
    assert report.ui.received_on.text() == "" and report.ui.received_on.line.placeholderText() == "مانند ۱۴۰۳/۰۷/۰۱"
    assert report.ui.papers.property("invalid") is True and report.ui.received_on.property("invalid") is True
    assert evaluations.get_report(uow=demo_store.uow, centre_id=farsi.id, year=NOW) is None
    report.done(0)


def test_closing_a_second_failed_year_recommends_dissolution_onto_the_councils_agenda(screen, demo_store, monkeypatch):
    uow = demo_store.uow
    farsi = centre_named(uow, "زبان و ادبیات")  # failed 1404: on probation
    evaluations.save_report(uow=uow, centre_id=farsi.id, year=NOW, received_on="1405/09/01")
    scheme = evaluations.scheme_for(uow=uow, centre_id=farsi.id, year=NOW)
    evaluations.save_evaluation(
        uow=uow, centre_id=farsi.id, year=NOW, scores={c.key: 3 for c in scheme.criteria},
        evaluators="کارگروه علوم انسانی", evaluated_on="1405/09/03",
    )  # fmt: skip
    # the closing is stamped with the real clock: a draft council meeting after it, whatever the day the tests run
    from datetime import date, timedelta

    from qotb_desktop.services import meetings

    meetings.create_meeting(uow=uow, held_on=date.today() + timedelta(days=30))
    open_year(screen, farsi.id, NOW)
    asked, warned = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    closing = screen.close_evaluation()
    assert "با نمره ۳۰ (عدم تأیید) بسته شود؟" in asked[0]
    assert closing.consequence.level == "dissolution" and closing.agenda_meeting
    text = warned[0]
    assert "وضعیت قطب: پیشنهاد انحلال" in text and "۲ سال پیاپی تأیید نشده است (بند ۱۰-۱)" in text
    assert f"به دستور جلسه \u2066{fa(closing.agenda_meeting)}\u2069 شورا افزوده شد" in text
    assert centres.get_centre(uow=uow, centre_id=farsi.id).status_label == "پیشنهاد انحلال"
    row = screen.list.current_record()
    assert row.centre_id == farsi.id and row.level == "dissolution" and row.failures == 2
    index = screen.list.proxy.index(row_of(screen, farsi.id), 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == theme.DANGER_BACKGROUND
    assert screen.reopen_button.isEnabled() and not screen.close_button.isEnabled()


def test_reopening_needs_a_reason(screen, demo_store):
    uow = demo_store.uow
    quake = centre_named(uow, "زلزله")
    open_year(screen, quake.id, LAST)
    dialog = screen.reopen()
    dialog.accept()  # no reason
    assert dialog.isVisible() and "دلیل بازگشایی:" in dialog.ui.errors.text()
    assert dialog.ui.reason.property("invalid") is True
    assert evaluations.get_evaluation(uow=uow, centre_id=quake.id, year=LAST).closed_at is not None
    dialog.ui.reason.setPlainText("نمره معیار همکاری‌ها نادرست وارد شده بود.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    reopened = evaluations.get_evaluation(uow=uow, centre_id=quake.id, year=LAST)
    assert reopened.closed_at is None and reopened.reopenings[0][1].startswith("نمره معیار همکاری‌ها")
    assert centres.get_centre(uow=uow, centre_id=quake.id).status == "probation"  # from 1403, the last closed year
    assert screen.close_button.isEnabled() and not screen.reopen_button.isEnabled()
    assert "نمره معیار همکاری‌ها" in screen.ui.detail.text()
    # open again, the evaluation dialog edits it
    form = screen.evaluate()
    assert not form.ui.notice.isVisible() and not form.scores["findings"].isReadOnly()
    form.done(0)


def test_the_final_evaluation_is_scored_closed_and_reopened_from_the_screen(screen, demo_store, monkeypatch):
    uow = demo_store.uow
    farsi = centre_named(uow, "زبان و ادبیات")  # its five-year period ends in 1405
    physics = centre_named(uow, "فیزیک")  # ... in 1407
    final = screen.kind_choice.findData("final")
    open_year(screen, physics.id, NOW)
    assert not screen.kind_choice.model().item(final).isEnabled() and screen.kind() == "annual"
    open_year(screen, farsi.id, NOW)
    assert screen.kind_choice.model().item(final).isEnabled()
    assert "سال ۱۴۰۵ پایان دوره قطب است؛ ارزیابی پایانی پنج‌ساله (بند ۴-۲-۱۰) هنوز ثبت نشده است" in screen.ui.detail.text()
    screen.kind_choice.setCurrentIndex(final)
    screen.kind_choice.activated.emit(final)
    assert screen.evaluation is None and not screen.close_button.isEnabled()
    dialog = screen.evaluate()
    assert dialog.kind() == "final" and dialog.windowTitle().startswith("ارزیابی پایانی پنج‌ساله ۱۴۰۵")
    for field in dialog.scores.values():
        field.setText("۷")
    dialog.scores["policy"].setText("7.125")  # three decimals: not yet a score the domain takes
    assert dialog.weighed["policy"].text() == "—" and "۱ معیار هنوز امتیاز ندارد" in dialog.ui.total.text()
    dialog.scores["policy"].setText("۷/۵")
    assert dialog.weighed["policy"].text() == "۱۱٫۲۵ از ۱۵"
    dialog.ui.evaluators.setText("کارگروه ارزیابی پایانی")
    dialog.ui.evaluated_on.setText("1405/09/01")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert screen.kind() == "final" and screen.list.current_record().centre_id == farsi.id  # kept across the reload
    assert screen.evaluation.kind == "final" and screen.evaluation.closed_at is None
    assert screen.close_button.isEnabled() and not screen.reopen_button.isEnabled()
    detail = screen.ui.detail.text()
    assert "ارزیابی سالانه سال ۱۴۰۵ هنوز ثبت نشده است" in detail
    assert "پیش‌نویس ارزیابی پایانی پنج‌ساله سال ۱۴۰۵: نمره ۷۰٫۷۵ از ۱۰۰ (اگر بسته شود: تأیید)" in detail
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    closing = screen.close_evaluation()
    assert closing is not None and "ارزیابی پایانی پنج‌ساله سال ۱۴۰۵" in asked[0] and "وضعیت قطب را تغییر نمی‌دهد" in asked[0]
    assert "وضعیت قطب را تغییر نمی‌دهد" in told[0] and "مشروط" in told[0]
    assert evaluations.get_evaluation(uow=uow, centre_id=farsi.id, year=NOW, kind="final").closed_at is not None
    assert centres.get_centre(uow=uow, centre_id=farsi.id).status == "probation"  # the status follows the annual ones
    row = screen.list.current_record()
    assert row.centre_id == farsi.id and row.final_verdict == "approved" and row.verdict is None
    assert screen.list.proxy.index(row_of(screen, farsi.id), column_of(screen, "ارزیابی\nپایانی")).data() == "تأیید"
    assert screen.kind() == "final" and screen.reopen_button.isEnabled() and not screen.close_button.isEnabled()
    assert "ارزیابی پایانی پنج‌ساله سال ۱۴۰۵: نمره ۷۰٫۷۵ از ۱۰۰ — <b>تأیید</b>؛ بسته‌شده" in screen.ui.detail.text()
    # the annual evaluation of the same year stays the one «سالانه» acts on
    screen.kind_choice.setCurrentIndex(screen.kind_choice.findData("annual"))
    screen.kind_choice.activated.emit(screen.kind_choice.currentIndex())
    assert screen.evaluation is None and not screen.reopen_button.isEnabled()
    screen.kind_choice.setCurrentIndex(final)
    screen.kind_choice.activated.emit(final)
    reason = screen.reopen()
    assert "بازگشایی ارزیابی پایانی پنج‌ساله ۱۴۰۵" in reason.windowTitle()
    reason.ui.reason.setPlainText("امتیاز معیار پسادکتری بازبینی می‌شود.")
    reason.accept()
    assert reason.result() == QDialog.DialogCode.Accepted
    assert evaluations.get_evaluation(uow=uow, centre_id=farsi.id, year=NOW, kind="final").closed_at is None
    assert screen.list.current_record().final_verdict is None and screen.close_button.isEnabled()
    assert "بازگشایی ارزیابی پایانی پنج‌ساله در" in screen.ui.detail.text()
    # another year of the same centre: the final is not recorded there, the choice goes back to annual
    open_year(screen, farsi.id, LAST)
    assert not screen.kind_choice.model().item(final).isEnabled() and screen.kind() == "annual"
    assert screen.evaluation is not None and screen.evaluation.kind == "annual"


def test_the_detail_of_a_centre_advised_for_dissolution_needs_no_scrolling(window, qtbot, demo_store):
    window.resize(1280, 800)
    window.show_screen("evaluations")
    screen = window.screens["evaluations"]
    quake = centre_named(demo_store.uow, "زلزله")
    open_year(screen, quake.id, LAST)
    qtbot.waitUntil(lambda: screen.ui.detailArea.height() > 0)
    QApplication.processEvents()
    assert screen.ui.detail.sizeHint().height() <= screen.ui.detailArea.viewport().height()
    assert screen.ui.detailArea.verticalScrollBar().maximum() == 0


def typing_into_the_save_dialog(monkeypatch, names: list[str], seen: list[str]) -> None:
    """The real save dialog (Qt's own, offscreen), a name typed into it and accepted:
    what it makes of the name (the default suffix) is what the screen writes."""

    def exec_(dialog):
        dialog.open()
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.append(field.text())
        field.setText(names.pop(0))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "exec", exec_)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_writes_the_file_off_the_gui_thread(screen, demo_store, qtbot, monkeypatch, tmp_path, fmt):
    seen: list[str] = []
    typing_into_the_save_dialog(monkeypatch, [str(tmp_path / "ارزیابی")], seen)  # no suffix: the dialog adds the format's
    screen.export(fmt)
    assert seen == [f"خلاصه ارزیابی سالانه قطب‌ها، سال {fa(LAST)}.{fmt}"]  # the paper's title, a safe file name
    qtbot.waitUntil(lambda: screen.last_export is not None and not background.busy(), timeout=20000)
    written = tmp_path / f"ارزیابی.{fmt}"
    assert screen.last_export == written and written.exists()
    if fmt == "xlsx":
        book = openpyxl.load_workbook(written)
        text = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None)
    else:
        with written.open(encoding="utf-8-sig") as f:
            text = " ".join(" ".join(line) for line in csv.reader(f))
    assert centre_named(demo_store.uow, "زلزله").title in text
    assert isolate_path(written) in screen.window().ui.statusbar.currentMessage()  # the path, in order (marks)
    assert screen.ui.xlsxButton.isEnabled() and not screen.ui.busy.isVisible()


def test_a_name_typed_with_another_formats_suffix_is_asked_again_not_doubled(screen, qtbot, monkeypatch, tmp_path):
    seen: list[str] = []
    warned: list[str] = []
    typing_into_the_save_dialog(monkeypatch, [str(tmp_path / "x.pdf"), str(tmp_path / "x.xlsx")], seen)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    screen.export("xlsx")
    assert len(warned) == 1 and "پسوند «.xlsx»" in warned[0] and "x.pdf" in warned[0]
    assert seen == [f"خلاصه ارزیابی سالانه قطب‌ها، سال {fa(LAST)}.xlsx", "x.xlsx"]  # asked again, the name corrected
    qtbot.waitUntil(lambda: screen.last_export is not None and not background.busy(), timeout=20000)
    assert screen.last_export == tmp_path / "x.xlsx"
    assert sorted(p.name for p in tmp_path.glob("x*")) == ["x.xlsx"]  # no x.pdf, no x.pdf.xlsx
    assert openpyxl.load_workbook(tmp_path / "x.xlsx").sheetnames[0] == f"خلاصه {fa(LAST)}"
    # cancelled: nothing is written
    monkeypatch.setattr(QFileDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    screen.last_export = None
    screen.export("pdf")
    assert screen.last_export is None and not background.busy()


def test_ctrl_p_previews_the_years_summary(window, qtbot):
    window.show_screen("evaluations")
    window.print_current()
    qtbot.waitUntil(lambda: window.last_preview is not None, timeout=20000)
    qtbot.addWidget(window.last_preview)
    assert "۱۴۰۴" in window.last_preview.windowTitle()
