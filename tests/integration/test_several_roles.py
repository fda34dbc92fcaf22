"""Several roles to an account through the services, the command line and the
migration that made the one role a list (issue 16.2)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from qotb_desktop.cli import main
from qotb_desktop.domain.accounts import Forbidden
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.services import accounts, meetings
from tests.conftest import TODAY

PASSWORD = "یک-گذرواژه-خوب"


def test_one_person_office_finalises_minutes_with_the_first_account(demo_store):
    uow = demo_store.uow
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر دبیرخانه", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    assert uow.actor.roles == ("administrator", "secretary")
    draft = next(m for m in meetings.list_meetings(uow=uow) if m.held_on == TODAY)
    meetings.finalise_meeting(uow=uow, meeting_id=draft.id)
    assert meetings.get_meeting(uow=uow, meeting_id=draft.id).state != "draft"
    accounts.add_user(uow=uow, username="clerk", full_name="کارشناس دبیرخانه", roles="clerk", password=PASSWORD)


def test_an_administrator_edits_the_roles_of_an_account(demo_store):
    uow = demo_store.uow
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر", password=PASSWORD, roles="administrator")
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    uid = accounts.add_user(uow=uow, username="clerk", full_name="کارشناس", roles=["clerk"], password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="clerk", password=PASSWORD)
    draft = next(m for m in meetings.list_meetings(uow=uow) if m.held_on == TODAY)
    with pytest.raises(Forbidden):
        meetings.finalise_meeting(uow=uow, meeting_id=draft.id)
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    accounts.update_user(uow=uow, user_id=uid, full_name="کارشناس", roles=["secretary", "clerk"])
    assert {u.username: u.roles for u in accounts.list_users(uow=uow)}["clerk"] == ("secretary", "clerk")
    with pytest.raises(ValidationError) as err:
        accounts.update_user(uow=uow, user_id=uid, full_name="کارشناس", roles=[])
    assert err.value.fields == ["roles"]
    uow.actor = accounts.login(uow=uow, username="clerk", password=PASSWORD)
    meetings.finalise_meeting(uow=uow, meeting_id=draft.id)
    with pytest.raises(Forbidden):
        accounts.add_user(uow=uow, username="x", full_name="الف ب", roles="clerk", password=PASSWORD)


def test_the_command_line_gives_several_roles(tmp_path, monkeypatch):
    db = str(tmp_path / "office.sqlite")
    monkeypatch.setenv("QOTB_NEW_PASSWORD", "goodpassword1")
    assert main(["--db", db, "user", "add", "admin", "--role", "administrator,secretary", "--name", "مدیر"]) == 0
    monkeypatch.setenv("QOTB_PASSWORD", "goodpassword1")
    args = ["--db", db, "--user", "admin", "user", "add", "sec", "--role", "secretary", "--role", "clerk", "--name", "دبیر"]
    assert main(args) == 0
    assert main(["--db", db, "--user", "admin", "user", "add", "bad", "--role", "clerk,boss", "--name", "کسی"]) == 1
    from qotb_desktop.wiring import open_store

    store = open_store(db)
    try:
        assert {u.username: u.roles for u in accounts.list_users(uow=store.uow)} == {
            "admin": ("administrator", "secretary"),
            "sec": ("secretary", "clerk"),
        }
    finally:
        store.close()


def test_the_migration_keeps_each_account_s_one_role_and_goes_back(store):
    from alembic import command

    from qotb_desktop.store import migrate

    config = migrate.alembic_config(store.db.engine)
    command.downgrade(config, "0007")
    now = datetime(2026, 11, 25, 10, 0)
    with store.db.engine.begin() as conn:
        for name, role in (("admin", "administrator"), ("sec", "secretary"), ("viewer", "viewer")):
            conn.execute(
                text(
                    "INSERT INTO app_user (username, full_name, role, password_hash, active, failed_logins, created_at) "
                    "VALUES (:u, :n, :r, 'x', true, 0, :at)"
                ),
                {"u": name, "n": f"کاربر {name}", "r": role, "at": now},
            )
    command.upgrade(config, "head")
    assert {u.username: u.roles for u in accounts.list_users(uow=store.uow)} == {
        "admin": ("administrator",),
        "sec": ("secretary",),
        "viewer": ("viewer",),
    }
    with store.db.engine.begin() as conn:
        conn.execute(text("UPDATE app_user SET roles = 'clerk,secretary' WHERE username = 'viewer'"))
    command.downgrade(config, "0007")
    with store.db.engine.connect() as conn:
        back = dict(conn.execute(text("SELECT username, role FROM app_user")).all())
    assert back == {"admin": "administrator", "sec": "secretary", "viewer": "secretary"}  # the most capable kept
    command.upgrade(config, "head")


def test_an_administrator_who_edits_their_own_roles_acts_with_them_at_once(demo_store):
    uow = demo_store.uow
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر", password=PASSWORD, roles="administrator")
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    draft = next(m for m in meetings.list_meetings(uow=uow) if m.held_on == TODAY)
    with pytest.raises(Forbidden):
        meetings.finalise_meeting(uow=uow, meeting_id=draft.id)
    accounts.update_user(uow=uow, user_id=uow.actor.user_id, full_name="مدیر و دبیر", roles=["administrator", "secretary"])
    assert uow.actor.roles == ("administrator", "secretary") and uow.actor.full_name == "مدیر و دبیر"
    meetings.finalise_meeting(uow=uow, meeting_id=draft.id)  # no new login needed
