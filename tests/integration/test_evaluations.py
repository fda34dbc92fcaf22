"""Annual reports and evaluations through the services, the lock held by the database,
and the consequences of art. 10 applied to the centre (issue 7)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.rules.schemes import scheme_for_year
from qotb_desktop.services import centres, evaluations, meetings
from qotb_desktop.services.evaluation_summary import reports_missing, year_summary
from tests.conftest import TODAY

SCHEME = scheme_for_year(1404)
LATER = datetime(2026, 8, 1, 9, 0)


def scores(level) -> dict[str, object]:
    return {c.key: level for c in SCHEME.criteria}


def centre_titled(uow, word: str):
    return next(c for c in centres.list_centres(uow=uow) if word in c.title)


def report(uow, centre_id: int, year: int, **extra) -> int:
    return evaluations.save_report(uow=uow, centre_id=centre_id, year=year, received_on=f"{year + 1}/02/10", **extra)


def evaluate(uow, centre_id: int, year: int, level, *, close: bool = True):
    if evaluations.get_report(uow=uow, centre_id=centre_id, year=year) is None:
        report(uow, centre_id, year)
    eid = evaluations.save_evaluation(
        uow=uow, centre_id=centre_id, year=year, scores=scores(level), evaluators="کارگروه فنی", evaluated_on=f"{year + 1}/03/01"
    )
    return evaluations.close_evaluation(uow=uow, evaluation_id=eid, now=LATER) if close else eid


@pytest.fixture
def physics(store, monkeypatch):
    """The demo without its evaluations: the physics centre (period from 1402/07/01), approved."""
    from qotb_desktop.services import demo

    monkeypatch.setattr(demo, "fill_evaluations", lambda *_args: 0)
    demo.fill_demo(uow=store.uow, today=TODAY)
    c = centre_titled(store.uow, "فیزیک")
    assert c.status == "approved"
    return store.uow, c.id


def status(uow, centre_id: int) -> str:
    return centres.get_centre(uow=uow, centre_id=centre_id).status


# --- the demo -------------------------------------------------------------------------


def test_the_demo_shows_every_consequence_at_once(demo_store):
    uow = demo_store.uow
    rows = {r.title: r for r in year_summary(uow=uow, year=1404).rows}
    by_level = {r.level: r for r in rows.values()}
    assert set(by_level) == {"none", "probation", "dissolution"}
    doomed = by_level["dissolution"]
    assert (doomed.verdict, doomed.previous_verdict, doomed.failures) == ("not_approved", "not_approved", 2)
    assert status(uow, doomed.centre_id) == "dissolution_advised"
    assert status(uow, by_level["probation"].centre_id) == "probation"
    # the dissolution went on the agenda of today's council meeting, once
    today = next(m for m in meetings.list_meetings(uow=uow) if m.held_on == TODAY)
    items = [i for i in meetings.get_meeting(uow=uow, meeting_id=today.id).items if i.kind == "dissolution"]
    assert len(items) == 1 and doomed.title in items[0].title and "۱۰-۱" in items[0].title


# --- reports --------------------------------------------------------------------------


def test_a_report_is_kept_and_corrected_while_the_year_is_open(physics):
    uow, cid = physics
    report(uow, cid, 1404, areas={"7-1": "نرم افزار"}, papers="۱۲", budget_received="۱۲٬۰۰۰", budget_spent=9000)
    report(uow, cid, 1404, areas={"7-2": "همکاری"}, papers=14, site_visit_on="1405/01/20")
    r = evaluations.get_report(uow=uow, centre_id=cid, year=1404)
    assert r.areas == {"7-2": "همکاری"} and r.counts["papers"] == 14 and r.budget_received == 0
    assert r.site_visit_on is not None and not r.locked


def test_a_bad_report_writes_nothing(physics):
    uow, cid = physics
    with pytest.raises(ValidationError) as err:
        report(uow, cid, 1404, papers="-1", budget_spent="x")
    assert set(err.value.fields) == {"papers", "budget_spent"}
    assert evaluations.get_report(uow=uow, centre_id=cid, year=1404) is None


@pytest.mark.parametrize("year", ["1400", "1420", "سال"])
def test_a_report_is_for_a_year_of_the_centres_period(physics, year):
    uow, cid = physics
    with pytest.raises(ValidationError) as err:
        evaluations.save_report(uow=uow, centre_id=cid, year=year, received_on="1404/02/10")
    assert err.value.fields == ["year"]


# --- evaluations ------------------------------------------------------------------------


def test_an_evaluation_is_of_a_received_report(physics):
    uow, cid = physics
    with pytest.raises(ValidationError) as err:
        evaluations.save_evaluation(
            uow=uow, centre_id=cid, year=1404, scores=scores(8), evaluators="الف", evaluated_on="1405/03/01"
        )
    assert err.value.fields == ["year"]


def test_the_total_and_verdict_are_computed_and_the_scheme_recorded(physics):
    uow, cid = physics
    eid = evaluate(uow, cid, 1404, "5.5", close=False)
    view = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1404)
    assert view.id == eid and view.scheme == SCHEME.scheme
    assert float(view.total) == 55.0 and view.verdict == "not_approved" and view.closed_at is None
    assert status(uow, cid) == "approved"  # an open evaluation has no consequence yet


def test_a_first_failure_puts_the_centre_on_probation_and_a_pass_lifts_it(physics):
    uow, cid = physics
    closing = evaluate(uow, cid, 1403, 4)
    assert closing.consequence.level == "probation" and closing.status == "probation"
    assert closing.agenda_meeting == ""
    closing = evaluate(uow, cid, 1404, 9)
    assert closing.consequence.level == "none" and status(uow, cid) == "approved"


def test_a_second_failure_recommends_dissolution_and_drafts_the_agenda_item(physics):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    closing = evaluate(uow, cid, 1404, 3)
    assert closing.status == "dissolution_advised" and closing.consequence.failures == 2
    # the next council meeting still in draft is today's demo meeting
    today = next(m for m in meetings.list_meetings(uow=uow) if m.held_on == TODAY)
    assert closing.agenda_meeting == today.number
    items = meetings.get_meeting(uow=uow, meeting_id=today.id).items
    assert [i.centre_id for i in items if i.kind == "dissolution"].count(cid) == 1


def test_a_gap_year_breaks_the_chain(physics):
    uow, cid = physics
    evaluate(uow, cid, 1402, 4)  # 1403 never evaluated
    assert evaluate(uow, cid, 1404, 4).status == "probation"


def test_losing_article_5_recommends_dissolution_with_the_reason(physics):
    uow, cid = physics
    members = [m for m in centres.list_memberships(uow=uow, centre_id=cid) if m.role == "member"]
    for m in members[: len(members) - 5]:  # 6 left with the director: fewer than 7
        centres.end_membership(uow=uow, membership_id=m.id, left_on="1404/06/01")
    closing = evaluate(uow, cid, 1404, 9)
    assert closing.consequence.failures == 0
    assert closing.status == "dissolution_advised"
    assert any("۱۰-۲" in r and "۷" in r for r in closing.consequence.reasons)
    kept = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1404)
    assert kept.member_count == 6 and kept.article5_lost


def test_a_final_evaluation_belongs_to_the_year_the_period_ends(physics):
    uow, cid = physics
    with pytest.raises(ValidationError) as err:
        evaluations.save_evaluation(
            uow=uow, centre_id=cid, year=1404, kind="final", scores=scores(8), evaluators="الف", evaluated_on="1405/03/01"
        )
    assert err.value.fields == ["year"]


def test_a_computed_status_cannot_be_typed(physics):
    uow, cid = physics
    c = centres.get_centre(uow=uow, centre_id=cid)
    values = dict(
        title=c.title, field_key=c.field_key, host_institution_id=c.host_institution_id, partner_institution_ids=c.partner_ids,
        period_start=c.period_start, decree_number=c.decree_number, decree_date=c.decree_date,
    )  # fmt: skip
    with pytest.raises(ValidationError) as err:
        centres.update_centre(uow=uow, centre_id=cid, status="probation", **values)
    assert err.value.fields == ["status"]
    assert status(uow, cid) == "approved"


# --- closed means closed ---------------------------------------------------------------------


def test_a_closed_year_changes_only_by_a_recorded_reopening(physics):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    view = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403)
    assert evaluations.get_report(uow=uow, centre_id=cid, year=1403).locked
    with pytest.raises(ValidationError):
        evaluations.save_evaluation(
            uow=uow, centre_id=cid, year=1403, scores=scores(9), evaluators="ب", evaluated_on="1404/03/01"
        )
    with pytest.raises(ValidationError):
        report(uow, cid, 1403, papers=99)
    with pytest.raises(ValidationError) as err:
        evaluations.reopen_evaluation(uow=uow, evaluation_id=view.id, reason="  ")
    assert err.value.fields == ["reason"]

    evaluations.reopen_evaluation(uow=uow, evaluation_id=view.id, reason="امتیاز معیار دوم اشتباه وارد شده بود")
    assert status(uow, cid) == "approved"  # no closed year left
    evaluations.save_evaluation(uow=uow, centre_id=cid, year=1403, scores=scores(9), evaluators="ب", evaluated_on="1404/03/01")
    closing = evaluations.close_evaluation(uow=uow, evaluation_id=view.id, now=LATER)
    assert closing.status == "approved"
    again = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403)
    assert [why for _when, why in again.reopenings] == ["امتیاز معیار دوم اشتباه وارد شده بود"]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE evaluation SET verdict = 'approved' WHERE id = :e",
        "UPDATE evaluation SET closed_at = NULL WHERE id = :e",
        "DELETE FROM evaluation WHERE id = :e",
        "UPDATE evaluation_score SET score = 10 WHERE evaluation_id = :e",
        "DELETE FROM evaluation_score WHERE evaluation_id = :e",
        "INSERT INTO evaluation_score (evaluation_id, criterion, score) VALUES (:e, 'extra', 1)",
        "UPDATE annual_report SET papers = 99 WHERE id = (SELECT r.id FROM annual_report r JOIN evaluation e "
        "ON e.centre_id = r.centre_id AND e.year = r.year WHERE e.id = :e)",
        "INSERT INTO annual_report_area (report_id, area_key, text) SELECT r.id, '7-8', 'x' FROM annual_report r "
        "JOIN evaluation e ON e.centre_id = r.centre_id AND e.year = r.year WHERE e.id = :e",
    ],
)
def test_the_database_itself_refuses_to_change_a_closed_year(physics, statement):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    eid = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403).id
    with pytest.raises(ValidationError) as err, uow:
        uow.session.execute(text(statement), {"e": eid})
        uow.commit()
    assert err.value.fields == ["evaluation"]


def test_a_reopening_on_record_cannot_be_erased(physics):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    eid = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403).id
    evaluations.reopen_evaluation(uow=uow, evaluation_id=eid, reason="دلیل")
    with pytest.raises(ValidationError), uow:
        uow.session.execute(text("DELETE FROM evaluation_reopening"))
        uow.commit()


# --- the dashboard's missing reports ------------------------------------------------------------


def test_reports_not_received_after_the_due_month_are_listed(physics):
    uow, cid = physics
    # 1404's reports are due by the end of Khordad 1405; on 1405/09/04 none has come
    running = {c.id for c in centres.list_centres(uow=uow) if c.status == "approved"}
    missing = reports_missing(uow=uow, on=TODAY)
    assert {m.centre_id for m in missing} == running and {m.year for m in missing} == {1404} and cid in running
    from qotb_desktop.domain.dates import parse_jalali

    assert reports_missing(uow=uow, on=parse_jalali("1405/03/31")) == []  # not yet due
    report(uow, cid, 1404)
    assert {m.centre_id for m in reports_missing(uow=uow, on=TODAY)} == running - {cid}


def test_a_demo_failing_at_its_last_step_leaves_the_database_empty(store, monkeypatch):
    """Undoing a half-made demo removes finalised minutes and closed evaluations too (the
    one path allowed past their locks), and the locks are back afterwards."""
    from qotb_desktop.services import demo
    from qotb_desktop.services.reference import is_empty

    real = demo.fill_evaluations

    def fail_after(*args):
        real(*args)
        raise RuntimeError("power cut")

    monkeypatch.setattr(demo, "fill_evaluations", fail_after)
    with pytest.raises(RuntimeError):
        demo.fill_demo(uow=store.uow, today=TODAY)
    assert is_empty(uow=store.uow)
    with store.uow as uow:
        assert uow.session.execute(text("SELECT count(*) FROM meeting")).scalar() == 0
        assert uow.session.execute(text("SELECT count(*) FROM evaluation")).scalar() == 0
    monkeypatch.setattr(demo, "fill_evaluations", real)
    demo.fill_demo(uow=store.uow, today=TODAY)  # and the locks hold again
    eid = next(e.id for e in evaluations.list_evaluations(uow=store.uow, centre_id=centre_titled(store.uow, "فیزیک").id))
    with pytest.raises(ValidationError), store.uow as uow:
        uow.session.execute(text("DELETE FROM evaluation_score WHERE evaluation_id = :e"), {"e": eid})
        uow.commit()


def test_members_joining_and_leaving_in_a_year_come_from_the_registry(physics):
    uow, cid = physics
    members = [m for m in centres.list_memberships(uow=uow, centre_id=cid) if m.role == "member"]
    centres.end_membership(uow=uow, membership_id=members[0].id, left_on="1404/06/01")
    year = evaluations.year_members(uow=uow, centre_id=cid, year=1404)
    assert year.joined == () and [n for n, _ in year.left] == [members[0].faculty_name]
    start = evaluations.year_members(uow=uow, centre_id=cid, year=1402)  # the period began 1402/07/01
    assert len(start.joined) == len([m for m in centres.list_memberships(uow=uow, centre_id=cid) if m.role != "collaborator"])


# --- what the review found -----------------------------------------------------------------------


def dissolution_items(uow, centre_id: int) -> list:
    return [
        i
        for m in meetings.list_meetings(uow=uow)
        for i in meetings.get_meeting(uow=uow, meeting_id=m.id).items
        if i.kind == "dissolution" and i.centre_id == centre_id
    ]


def test_reopening_takes_the_dissolution_item_off_the_draft_agenda(physics):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    evaluate(uow, cid, 1404, 3)
    today = next(m for m in meetings.list_meetings(uow=uow) if m.held_on == TODAY)
    before = [i.title for i in meetings.get_meeting(uow=uow, meeting_id=today.id).items]
    assert len(dissolution_items(uow, cid)) == 1
    eid = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1404).id
    evaluations.reopen_evaluation(uow=uow, evaluation_id=eid, reason="نمره‌ها بازبینی می‌شود")
    assert status(uow, cid) == "probation" and dissolution_items(uow, cid) == []
    after = meetings.get_meeting(uow=uow, meeting_id=today.id).items
    assert [i.title for i in after] == [t for t in before if "انحلال" not in t]
    assert [i.position for i in after] == list(range(1, len(after) + 1))  # renumbered, no gap
    # passing on a second look: no dissolution, nothing drafted again
    evaluations.save_evaluation(uow=uow, centre_id=cid, year=1404, scores=scores(9), evaluators="ب", evaluated_on="1405/3/1")
    assert evaluations.close_evaluation(uow=uow, evaluation_id=eid, now=LATER).status == "approved"
    assert dissolution_items(uow, cid) == []


def test_the_dissolution_item_is_drafted_once_per_advice(physics):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    evaluate(uow, cid, 1404, 3)
    older = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403).id
    # reopening the older year leaves one failure: probation, the item withdrawn...
    evaluations.reopen_evaluation(uow=uow, evaluation_id=older, reason="اصلاح", now=LATER + timedelta(minutes=1))
    assert status(uow, cid) == "probation" and dissolution_items(uow, cid) == []
    # ...closing it again advises dissolution again: drafted again, once
    closing = evaluations.close_evaluation(uow=uow, evaluation_id=older, now=LATER + timedelta(minutes=2))
    assert closing.status == "dissolution_advised" and closing.agenda_meeting
    assert len(dissolution_items(uow, cid)) == 1
    # closing the latest year again while advised: still one item
    latest = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1404).id
    evaluations.reopen_evaluation(uow=uow, evaluation_id=latest, reason="بازبینی", now=LATER + timedelta(hours=1))
    evaluations.close_evaluation(uow=uow, evaluation_id=latest, now=LATER + timedelta(hours=2))
    assert len(dissolution_items(uow, cid)) == 1


def test_the_next_meeting_takes_up_a_dissolution_nobody_put_on_an_agenda(physics):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    evaluate(uow, cid, 1404, 3)
    with uow:  # the item taken off by hand (as if no meeting had been in draft)
        evaluations.withdraw_dissolution(uow, cid)
        uow.commit()
    assert dissolution_items(uow, cid) == []
    later = meetings.create_meeting(uow=uow, held_on="1405/09/20")
    meetings.carry_forward(uow=uow, meeting_id=later)
    items = [i for i in meetings.get_meeting(uow=uow, meeting_id=later).items if i.kind == "dissolution"]
    assert [i.centre_id for i in items] == [cid] and "۱۰-۱" in items[0].title
    meetings.carry_forward(uow=uow, meeting_id=later)  # once
    assert len(dissolution_items(uow, cid)) == 1


def test_a_dissolved_centre_has_no_more_reports_or_closings(physics):
    uow, cid = physics
    eid = evaluate(uow, cid, 1404, 8, close=False)
    centres.dissolve_centre(uow=uow, centre_id=cid, on="1404/05/01")
    with pytest.raises(ValidationError) as err:
        report(uow, cid, 1404, papers=3)
    assert err.value.fields == ["centre"]
    with pytest.raises(ValidationError):
        evaluations.close_evaluation(uow=uow, evaluation_id=eid, now=LATER)
    assert status(uow, cid) == "dissolved"
    assert cid in {r.centre_id for r in year_summary(uow=uow, year=1404).rows}  # it ran part of 1404
    assert cid not in {r.centre_id for r in year_summary(uow=uow, year=1405).rows}  # not after


@pytest.mark.parametrize(
    ("field", "value"),
    [("received_on", "1403/12/29"), ("received_on", "1406/01/10"), ("site_visit_on", "1300/01/01")],
)
def test_a_reports_dates_lie_between_the_years_start_and_today(physics, field, value):
    uow, cid = physics
    dates = {"received_on": "1405/02/10", field: value}
    with pytest.raises(ValidationError) as err:
        evaluations.save_report(uow=uow, centre_id=cid, year=1404, **dates)
    assert err.value.fields == [field]
    assert evaluations.get_report(uow=uow, centre_id=cid, year=1404) is None


def test_an_evaluation_is_not_dated_in_the_future(physics):
    uow, cid = physics
    report(uow, cid, 1404)
    with pytest.raises(ValidationError) as err:
        evaluations.save_evaluation(
            uow=uow, centre_id=cid, year=1404, scores=scores(8), evaluators="الف", evaluated_on="1406/1/1"
        )
    assert err.value.fields == ["evaluated_on"]


@pytest.mark.parametrize(
    "statement",
    [
        # moving an open report's text, or a score, into the closed year
        "UPDATE annual_report_area SET report_id = (SELECT id FROM annual_report WHERE centre_id = :c AND year = 1403) "
        "WHERE report_id = (SELECT id FROM annual_report WHERE centre_id = :c AND year = 1404)",
        "UPDATE evaluation_score SET evaluation_id = :closed, criterion = 'findings2' WHERE evaluation_id = :open",
        "UPDATE annual_report SET year = 1403 WHERE centre_id = :c AND year = 1404",
    ],
)
def test_nothing_is_moved_into_a_closed_year(physics, statement):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    report(uow, cid, 1404, areas={"7-1": "متن باز"})
    open_id = evaluate(uow, cid, 1404, 8, close=False)
    closed = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403).id
    with pytest.raises(ValidationError) as err, uow:
        uow.session.execute(text(statement), {"c": cid, "closed": closed, "open": open_id})
        uow.commit()
    assert err.value.fields in (["evaluation"], ["year"])


def test_an_old_reopening_never_unlocks_a_later_closing(physics):
    uow, cid = physics
    evaluate(uow, cid, 1403, 4)
    view = evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403)
    first_closing = view.closed_at
    evaluations.reopen_evaluation(uow=uow, evaluation_id=view.id, reason="بازبینی", now=LATER)
    # closing again "before" the reopening is moved after it by the service...
    evaluations.close_evaluation(uow=uow, evaluation_id=view.id, now=first_closing)
    assert evaluations.get_evaluation(uow=uow, centre_id=cid, year=1403).closed_at > LATER
    # ...and refused by the database when tried by hand
    evaluations.reopen_evaluation(uow=uow, evaluation_id=view.id, reason="دوباره")
    with pytest.raises(ValidationError), uow:
        uow.session.execute(text("UPDATE evaluation SET closed_at = :t WHERE id = :e"), {"t": first_closing, "e": view.id})
        uow.commit()
