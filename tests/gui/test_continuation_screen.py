"""Article 8 on the evaluations screen (issue 17, item 9): the year view's «ماده ۸» column,
the centre's detail, the warning naming its year, and what closing a first year says."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.domain.rules.schemes import scheme_for_year
from qotb_desktop.services import centres, evaluations
from tests.gui.test_evaluations_screen import LAST, column_of, fa, open_year, row_of

ARTICLE_8 = "ماده ۸\n(سال‌های نخست)"


@pytest.fixture
def screen(window):
    window.show_screen("evaluations")
    return window.screens["evaluations"]


def centre_named(uow, part: str):
    return next(c for c in centres.list_centres(uow=uow) if part in c.title)


def closed(uow, centre_id: int, year: int, level: int, *, close: bool = True) -> int:
    evaluations.save_report(uow=uow, centre_id=centre_id, year=year, received_on=f"{year + 1}/02/10")
    eid = evaluations.save_evaluation(
        uow=uow, centre_id=centre_id, year=year, scores={c.key: level for c in scheme_for_year(year).criteria},
        evaluators="کارگروه", evaluated_on=f"{year + 1}/03/01",
    )  # fmt: skip
    if close:
        evaluations.close_evaluation(uow=uow, evaluation_id=eid)
    return eid


def cell(screen, centre_id: int, title: str):
    return screen.list.proxy.index(row_of(screen, centre_id), column_of(screen, title))


def test_the_year_view_shows_article_8_and_the_detail_says_it(screen, demo_store):
    uow = demo_store.uow
    physics = centre_named(uow, "فیزیک")  # period from 1402/07/01; the demo closed 1403 and 1404, approved
    open_year(screen, physics.id, LAST)
    assert cell(screen, physics.id, ARTICLE_8).data() == "در انتظار سال ۱۴۰۲"
    closed(uow, physics.id, 1402, 8)
    screen.reload()
    open_year(screen, physics.id, LAST)
    assert cell(screen, physics.id, ARTICLE_8).data() == "ادامه تا پایان دوره"
    assert "تا پایان دوره ادامه می‌یابد (ماده ۸)" in cell(screen, physics.id, ARTICLE_8).data(Qt.ItemDataRole.ToolTipRole)
    assert "فعالیت آن تا پایان دوره ادامه می‌یابد (ماده ۸)" in screen.ui.detail.text()
    assert "مانع ماده ۱۰ نیست" in screen.ui.detail.text()


def test_the_warning_names_the_failed_year(screen, demo_store):
    farsi = centre_named(demo_store.uow, "زبان و ادبیات")  # the demo: 1404 not approved
    open_year(screen, farsi.id, LAST)
    assert screen.list.current_record().level == "probation"
    assert "مشروط</b> — هشدار (سال ۱۴۰۴ تأیید نشده)" in screen.ui.detail.text()
    assert "نخست" not in screen.list.current_record().level_label


def test_closing_a_failed_first_year_says_article_8_is_not_met(screen, demo_store, monkeypatch):
    uow = demo_store.uow
    farsi = centre_named(uow, "زبان و ادبیات")
    first = jalali_year(farsi.period_start)  # the first of the two years article 8 weighs
    closed(uow, farsi.id, first, 4, close=False)
    screen.reload()
    open_year(screen, farsi.id, first)
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    closing = screen.close_evaluation()
    assert closing.status == "probation" and told
    # the status follows the latest closed year (the demo's failed 1404); the first year's failure is article 8's
    assert "وضعیت قطب: مشروط — هشدار (سال ۱۴۰۴ تأیید نشده)" in told[0]
    assert f"عملکرد قطب در سال {fa(first)} از دو سال نخست دوره" in told[0]
    assert "ادامه فعالیت تا پایان دوره (ماده ۸) احراز نشده است" in told[0]
    assert cell(screen, farsi.id, ARTICLE_8).data().startswith("احراز نشد")
