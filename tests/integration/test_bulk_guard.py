"""No statement that writes reaches the database without the role check (issue 19.5):
a viewer's bulk delete, whatever its form, is refused with nothing deleted; a bulk
statement an account may make is written to the trail; nothing writes the trail but the
trail's own code."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import delete, text, update

from qotb_desktop.domain.accounts import Forbidden
from qotb_desktop.services import accounts, audit_check
from qotb_desktop.store.models import AuditEntry, FacultyMember, Institution

PASSWORD = "یک-گذرواژه-خوب"


@pytest.fixture
def office(demo_store):
    uow = demo_store.uow
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر سامانه", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    for role in ("clerk", "viewer"):
        accounts.add_user(uow=uow, username=role, full_name=f"کاربر {role}", roles=role, password=PASSWORD)
    return uow


def as_(uow, name: str):
    uow.actor = accounts.login(uow=uow, username=name, password=PASSWORD)
    return uow


def counts(uow) -> tuple[int, int, int]:
    with uow:
        session = uow.session
        return tuple(session.query(m).count() for m in (Institution, FacultyMember, AuditEntry))


BULK = {
    "orm delete": lambda s: s.execute(delete(Institution)),
    "orm update": lambda s: s.execute(update(FacultyMember).values(email="x@y.z")),
    "core delete": lambda s: s.execute(Institution.__table__.delete()),
    "text delete": lambda s: s.execute(text("DELETE FROM institution")),
    "text update in a WITH": lambda s: s.execute(text("WITH x AS (SELECT 1) UPDATE faculty_member SET email = 'x'")),
    "past session.execute": lambda s: s.connection().execute(text("DELETE FROM faculty_member")),
    "past session.execute, Core": lambda s: s.connection().execute(delete(Institution.__table__)),
}


@pytest.mark.parametrize("how", list(BULK))
def test_a_viewer_s_bulk_statement_is_refused_and_nothing_changes(office, how):
    viewer = as_(office, "viewer")
    before = counts(viewer)
    with pytest.raises(Forbidden), viewer:
        BULK[how](viewer.session)
        viewer.commit()
    assert counts(viewer) == before


def test_a_clerk_s_bulk_statement_is_in_the_trail_and_the_chain_whole(office):
    clerk = as_(office, "clerk")
    with clerk:
        clerk.session.execute(update(Institution).where(Institution.city == "یزد").values(city="یزد"))
        clerk.commit()
    row = accounts.audit_trail(uow=clerk, limit=1)[0]
    assert (row.action, row.username, row.table, row.action_label) == ("bulk", "clerk", "institution", "تغییر گروهی")
    assert "UPDATE institution" in row.after["statement"] and "یزد" in row.after["statement"]
    assert audit_check.verify_audit(uow=clerk).whole


def test_a_write_past_the_gates_is_refused_even_to_the_program(office):
    office.actor = None
    before = counts(office)
    with pytest.raises(RuntimeError, match="skipped the role check"), office:
        office.session.connection().execute(text("DELETE FROM faculty_member"))
    assert counts(office) == before


def test_only_the_trail_s_own_code_writes_the_trail(office):
    clerk = as_(office, "clerk")
    before = counts(clerk)
    forged = AuditEntry(at=datetime(2026, 1, 1), username="admin", action="delete", table_name="x", record_id="1")
    with pytest.raises(RuntimeError, match="written by store.audit alone"), clerk:
        clerk.session.add(forged)
        clerk.commit()
    with pytest.raises(RuntimeError, match="written by store.audit alone"), clerk:
        clerk.session.execute(delete(AuditEntry))
    assert counts(clerk) == before
