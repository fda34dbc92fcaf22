"""Issue 21.2: a member's score over a running centre's window is kept, with the edition,
the readings and the member's stamp it was computed from; the database moves the stamp at
every change of what the score is made of, so a kept score is used only while it is the
engine's. Article 5 over every running centre then reads instead of recomputing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from qotb_desktop.domain.accounts import Actor
from qotb_desktop.services import faculty, readings, running_checks
from qotb_desktop.services.running_checks import running_checks as check_all
from tests.conftest import TODAY
from tests.integration.test_at_risk import assert_same


def scalar(store, sql: str, **params):
    with store.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def stamp(store, faculty_id: int) -> int:
    return scalar(store, "SELECT stamp FROM score_stamp WHERE faculty_id = :f", f=faculty_id) or 0


def a_member(store) -> int:
    """A member of a running centre, kept by the first check."""
    return scalar(store, "SELECT faculty_id FROM member_score ORDER BY faculty_id LIMIT 1")


@pytest.fixture
def scored(monkeypatch):
    """Counts the members the engine scores inside running_checks."""
    calls: list[object] = []
    engine = running_checks.score_member

    def counting(member, **kw):
        calls.append(member)
        return engine(member, **kw)

    monkeypatch.setattr(running_checks, "score_member", counting)
    return calls


def test_the_first_check_keeps_every_score_and_the_next_reads_them(demo_store, scored):
    assert scalar(demo_store, "SELECT count(*) FROM member_score") == 0
    assert_same(demo_store.uow, TODAY)  # computed, kept, and the same as one centre at a time
    kept = scalar(demo_store, "SELECT count(*) FROM member_score")
    assert kept > 10 and len(scored) == kept  # each member and period scored once
    scored.clear()
    assert_same(demo_store.uow, TODAY)  # read from what was kept: still the engine's
    assert scored == []


def test_a_change_to_what_a_score_is_made_of_moves_the_stamp_and_it_is_scored_again(demo_store, scored):
    uow = demo_store.uow
    check_all(uow=uow, on=TODAY)
    fid = a_member(demo_store)
    before = stamp(demo_store, fid)
    with demo_store.db.engine.begin() as conn:  # whatever way an activity comes in: the database moves the stamp
        conn.execute(
            text("INSERT INTO activity (faculty_id, row, date, description, corresponding_author, keynote, as_director, version) "
                 "VALUES (:f, 2, :d, 'مقاله تازه', :t, :n, :n, 1)"),
            {"f": fid, "d": date(TODAY.year - 1, 6, 1), "t": True, "n": False},
        )  # fmt: skip
    assert stamp(demo_store, fid) == before + 1
    scored.clear()
    assert_same(uow, TODAY)
    assert len(scored) >= 1  # that member, scored again (in each of their running centres)
    assert scalar(demo_store, "SELECT min(stamp) FROM member_score WHERE faculty_id = :f", f=fid) == before + 1
    with demo_store.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM activity WHERE faculty_id = :f AND description = 'مقاله تازه'"), {"f": fid})
    assert stamp(demo_store, fid) == before + 2
    assert_same(uow, TODAY)


def test_a_rank_or_field_change_moves_the_stamp_and_an_email_does_not(demo_store):
    uow = demo_store.uow
    check_all(uow=uow, on=TODAY)
    fid = a_member(demo_store)
    person = faculty.get_faculty(uow=uow, faculty_id=fid)
    values = {
        "national_code": person.national_code, "first_name": person.first_name, "last_name": person.last_name,
        "rank": person.rank, "institution_id": person.institution_id, "field_key": person.field_key,
        "email": "someone@example.ac.ir", "phone": person.phone,
    }  # fmt: skip
    before = stamp(demo_store, fid)
    faculty.update_faculty(uow=uow, faculty_id=fid, **values)
    assert stamp(demo_store, fid) == before
    other = "associate_professor" if person.rank != "associate_professor" else "professor"
    faculty.update_faculty(uow=uow, faculty_id=fid, **{**values, "rank": other})
    assert stamp(demo_store, fid) == before + 1
    assert_same(uow, TODAY)


def test_other_readings_are_not_read_from_scores_kept_under_the_old_ones(demo_store, scored):
    uow = demo_store.uow
    check_all(uow=uow, on=TODAY)
    uow.actor = Actor(1, "admin", "مدیر", ("administrator",))
    readings.set_reading(uow=uow, key="row8_cap", value="row_total")
    scored.clear()
    assert_same(uow, TODAY)
    assert len(scored) == scalar(demo_store, "SELECT count(*) FROM member_score")  # every one scored again, and kept


def test_a_viewer_keeps_scores_and_the_trail_records_none(demo_store):
    uow = demo_store.uow
    trail = scalar(demo_store, "SELECT count(*) FROM audit_log")
    uow.actor = Actor(9, "viewer", "بیننده", ("viewer",))
    check_all(uow=uow, on=TODAY)
    assert scalar(demo_store, "SELECT count(*) FROM member_score") > 0
    assert scalar(demo_store, "SELECT count(*) FROM audit_log") == trail
