"""Every unit of work has the role check and the audit trail, whatever came before it in
the same program (the cause of the audit tests that failed now and then after other files).

store.audit.install() hooks a unit of work's session factory once. It used to ask
SQLAlchemy's event.contains whether it had, and that registry is keyed by id() and keeps
a freed sessionmaker's entries: a new factory that Python made at a freed one's address
(a store closed and freed, then the next test's store opened) was taken for hooked and
got no gate and no trail. A viewer's bulk statement went through, the program's changes
left no trail rows and no seal (a DELETE on audit_seal deleted nothing and raised
nothing), and the chain check found nothing to find. Here the reuse of the address is
made at once, which CPython does for an object freed just before one of its size is made.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import sessionmaker

from qotb_desktop.domain.accounts import Forbidden
from qotb_desktop.services import accounts, audit_check, institutions
from qotb_desktop.store.models import AuditEntry, Institution
from qotb_desktop.store.unit_of_work import SqlUnitOfWork

PASSWORD = "یک-گذرواژه-خوب"


def made_where_a_freed_one_was(engine) -> SqlUnitOfWork:
    """A unit of work on a new session factory made at the address of one that a unit of
    work had hooked and that was then freed (as a closed store's is)."""
    for _ in range(20):
        freed = sessionmaker(engine, expire_on_commit=False)
        SqlUnitOfWork(freed)  # hooks it, as every unit of work does
        place = id(freed)
        del freed
        sessions = sessionmaker(engine, expire_on_commit=False)
        if id(sessions) == place:
            return SqlUnitOfWork(sessions)
        del sessions
    pytest.skip("this Python did not make the new factory at the freed one's address")


def test_a_unit_of_work_made_where_a_freed_one_was_has_the_gates_and_the_trail(store):
    uow = made_where_a_freed_one_was(store.db.engine)
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر سامانه", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    accounts.add_user(uow=uow, username="viewer", full_name="بیننده دفتر", roles="viewer", password=PASSWORD)
    institutions.add_institution(uow=uow, name="پژوهشگاه آزمون", kind="research_institute", city="یزد")

    added = accounts.audit_trail(uow=uow, table="institution", limit=1)
    assert [(r.action, r.username) for r in added] == [("insert", "admin")]
    report = audit_check.verify_audit(uow=uow)
    assert report.whole and report.chained > 0, report.summary()
    with pytest.raises(Exception, match="audit_kept"), store.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_seal"))  # the seal is there, and kept

    uow.actor = accounts.login(uow=uow, username="viewer", password=PASSWORD)
    with pytest.raises(Forbidden), uow:
        uow.session.execute(text("WITH x AS (SELECT 1) UPDATE institution SET city = 'بم'"))
        uow.commit()
    with pytest.raises(Forbidden), uow:
        uow.session.connection().execute(text("DELETE FROM institution"))
        uow.commit()
    with store.db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Institution).where(Institution.city == "یزد")) == 1


def test_units_of_work_on_one_factory_write_each_change_to_the_trail_once(store):
    engine = store.db.engine
    sessions = sessionmaker(engine, expire_on_commit=False)
    uow, _again, _and_again = (SqlUnitOfWork(sessions) for _ in range(3))
    with engine.connect() as conn:
        before = conn.scalar(select(func.count()).select_from(AuditEntry))
    institutions.add_institution(uow=uow, name="پژوهشگاه یکتا", kind="research_institute", city="قم")
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(AuditEntry)) == before + 1
    assert audit_check.verify_audit(uow=uow).whole


def test_a_factory_made_where_a_freed_one_was_is_serialised_too(store):
    """The same for the office-wide lock that every transaction takes on PostgreSQL
    (store/desks.py): a new factory at a freed one's address goes through that gate too."""
    from qotb_desktop.store import desks

    uow = made_where_a_freed_one_was(store.db.engine)
    with uow:
        uow.session.execute(text("SELECT 1"))
        assert uow.session.info.get(desks.SERIALISED) is True
