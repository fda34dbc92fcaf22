"""Article 8 through the services (issue 17, item 9): closing the evaluations of the
period's first two years decides whether the centre continues to the end of its period;
the centre's status, its warning naming the failed year, and the yearly summary show it;
article 10 still applies after it."""

from __future__ import annotations

from datetime import datetime

import pytest

from qotb_desktop.domain.rules.schemes import scheme_for_year
from qotb_desktop.services import centres, evaluations
from qotb_desktop.services.evaluation_summary import year_summary

SCHEME = scheme_for_year(1404)
LATER = datetime(2026, 8, 1, 9, 0)
PASS, FAIL = 8, 4  # every criterion at 8 gives 80 of 100 (approved), at 4 gives 40


@pytest.fixture
def physics(store, monkeypatch):
    """The demo without its evaluations: the physics centre, its period from 1402/07/01
    (the first two years: 1402 and 1403)."""
    from qotb_desktop.services import demo
    from tests.conftest import TODAY

    monkeypatch.setattr(demo, "fill_evaluations", lambda *_args: 0)
    demo.fill_demo(uow=store.uow, today=TODAY)
    c = next(c for c in centres.list_centres(uow=store.uow) if "فیزیک" in c.title)
    assert c.status == "approved" and c.period_start.isoformat() == "2023-09-23"  # 1402/07/01
    return store.uow, c.id


def close(uow, centre_id: int, year: int, level: int, *, received: str | None = None, on: str | None = None):
    """The year's report and evaluation, closed; dates in the year after (or those given)."""
    evaluations.save_report(uow=uow, centre_id=centre_id, year=year, received_on=received or f"{year + 1}/02/10")
    eid = evaluations.save_evaluation(
        uow=uow, centre_id=centre_id, year=year, scores={c.key: level for c in SCHEME.criteria},
        evaluators="کارگروه علوم پایه", evaluated_on=on or f"{year + 1}/03/01",
    )  # fmt: skip
    return evaluations.close_evaluation(uow=uow, evaluation_id=eid, now=LATER)


def status(uow, centre_id: int) -> str:
    return centres.get_centre(uow=uow, centre_id=centre_id).status


def test_both_first_years_approved_the_centre_continues_to_the_end_of_its_period(physics):
    uow, cid = physics
    assert evaluations.centre_continuation(uow=uow, centre_id=cid).short == "در انتظار سال‌های ۱۴۰۲ و ۱۴۰۳"
    first = close(uow, cid, 1402, PASS)
    assert first.consequence.continuation.state == "pending" and first.consequence.continuation.missing == (1403,)
    second = close(uow, cid, 1403, PASS)
    assert second.consequence.continuation.label == "ادامه تا پایان دوره (ماده ۸)"
    assert status(uow, cid) == "approved"
    assert evaluations.centre_consequence(uow=uow, centre_id=cid).continuation.state == "continues"
    assert evaluations.centre_continuation(uow=uow, centre_id=cid).state == "continues"
    # the yearly summary, year by year
    rows = {y: next(r for r in year_summary(uow=uow, year=y).rows if r.centre_id == cid) for y in (1402, 1403, 1404)}
    assert [rows[y].continuation.state for y in (1402, 1403, 1404)] == ["pending", "continues", "continues"]


def test_a_failed_first_year_warns_naming_it_and_continuation_is_not_established(physics):
    uow, cid = physics
    closing = close(uow, cid, 1402, FAIL)
    assert closing.status == "probation"
    assert closing.consequence.level_label == "هشدار (سال ۱۴۰۲ تأیید نشده)"
    assert closing.consequence.continuation.label == "ادامه تا پایان دوره احراز نشد (ماده ۸؛ سال ۱۴۰۲ تأیید نشده)"
    assert any("ماده ۸" in r for r in closing.consequence.reasons)  # the dashboard's reasons say it
    row = next(r for r in year_summary(uow=uow, year=1402).rows if r.centre_id == cid)
    assert (row.level, row.level_label, row.continuation.short) == (
        "probation",
        "هشدار (سال ۱۴۰۲ تأیید نشده)",
        "احراز نشد (۱۴۰۲)",
    )
    # a pass in the second year lifts the warning; article 8 stays not met, naming 1402
    closing = close(uow, cid, 1403, PASS)
    assert closing.status == "approved" == status(uow, cid)
    assert (closing.consequence.continuation.state, closing.consequence.continuation.failed) == ("not_met", (1402,))


def test_a_failed_second_year_is_named_not_called_the_first(physics):
    uow, cid = physics
    close(uow, cid, 1402, PASS)
    closing = close(uow, cid, 1403, FAIL)
    assert closing.status == "probation" and closing.consequence.level_label == "هشدار (سال ۱۴۰۳ تأیید نشده)"
    assert closing.consequence.continuation.failed == (1403,)


def test_two_consecutive_failures_advise_dissolution_also_after_continuation(physics):
    uow, cid = physics
    close(uow, cid, 1402, PASS)
    close(uow, cid, 1403, PASS)
    assert close(uow, cid, 1404, FAIL).status == "probation"
    closing = close(uow, cid, 1405, FAIL, received="1405/04/01", on="1405/04/20")
    assert closing.status == "dissolution_advised" == status(uow, cid)
    assert closing.consequence.continuation.state == "continues"  # no shelter from 10-1
    assert "۱۰-۱" in closing.consequence.reasons[0]


def test_reopening_a_first_year_undoes_the_continuation_nothing_stored(physics):
    uow, cid = physics
    close(uow, cid, 1402, PASS)
    close(uow, cid, 1403, PASS)
    second = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403)
    evaluations.reopen_evaluation(uow=uow, evaluation_id=second.id, reason="بازبینی امتیاز معیار همکاری", now=LATER)
    held = evaluations.centre_continuation(uow=uow, centre_id=cid)
    assert (held.state, held.missing) == ("pending", (1403,))
