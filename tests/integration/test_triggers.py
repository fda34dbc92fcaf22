"""Setting the locking triggers aside inside one transaction (store/triggers.py), as the
whole-database copy does: on SQLite and on PostgreSQL, the triggers are back when the
block ends, and a failure leaves them. A unit of work never sets them aside (issue 19.5:
its statements pass the role check and the trail)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from qotb_desktop.services.demo import fill_demo
from qotb_desktop.store.triggers import triggers_set_aside
from qotb_desktop.wiring import open_store
from tests.conftest import TODAY


def triggers(engine) -> list[tuple[str, ...]]:
    """The database's own triggers and whether they fire."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            rows = conn.execute(text("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"))
        else:
            rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
        return [tuple(r) for r in rows]


def refused_update(engine) -> str:
    with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
        conn.execute(text("UPDATE meeting SET place = 'x' WHERE state <> 'draft'"))
    return str(refused.value.orig)


def set_aside_and_back(engine) -> None:
    """Inside the block a finalised meeting may be changed; after it, not."""
    with engine.begin() as conn, triggers_set_aside(conn, ["meeting", "audit_log", "audit_seal"]):
        conn.execute(text("UPDATE meeting SET place = place WHERE state <> 'draft'"))


def test_the_triggers_set_aside_come_back_whole(demo_store):
    engine = demo_store.db.engine
    before = triggers(engine)
    assert before and all(r[1] != "D" for r in before)
    assert "meeting_locked" in refused_update(engine)
    set_aside_and_back(engine)
    assert triggers(engine) == before
    assert "meeting_locked" in refused_update(engine)


def test_a_unit_of_work_may_not_set_the_triggers_aside(demo_store):
    before = triggers(demo_store.db.engine)
    refused = pytest.raises(RuntimeError, match="skipped the role check")
    with refused, demo_store.uow as uow, triggers_set_aside(uow.session.connection(), ["meeting"]):
        pass
    assert triggers(demo_store.db.engine) == before


def test_a_failure_inside_the_block_leaves_the_triggers_as_they_were(demo_store):
    engine = demo_store.db.engine
    before = triggers(engine)
    with pytest.raises(RuntimeError), engine.begin() as conn, triggers_set_aside(conn, ["meeting"]):
        conn.execute(text("UPDATE meeting SET place = 'x' WHERE state <> 'draft'"))  # allowed here
        raise RuntimeError("cut short")
    assert triggers(engine) == before
    assert "meeting_locked" in refused_update(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM meeting WHERE place = 'x'")).scalar_one() == 0


@pytest.mark.postgresql
def test_the_triggers_set_aside_come_back_on_postgresql(pg_database):
    store = open_store(pg_database)
    try:
        fill_demo(uow=store.uow, today=TODAY)
        before = triggers(store.db.engine)
        assert {r[1] for r in before} == {"O"}
        set_aside_and_back(store.db.engine)
        assert triggers(store.db.engine) == before
        assert "meeting_locked" in refused_update(store.db.engine)
    finally:
        store.close()
