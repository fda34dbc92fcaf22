"""The audit screen says whether the trail is as the program wrote it (issue 19.8): whole,
from which row it is chained; broken, in red with the first broken row, the row red in
the list and its problem over its details, the screen working on. And a viewer changes
their own password from the users screen (19.12)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from qotb_desktop.gui import theme
from qotb_desktop.services import accounts, institutions

PASSWORD = "گذرواژه-درست-۱"
pytestmark = pytest.mark.sqlite_only


def sign_in(uow, role: str):
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر", password=PASSWORD, roles="administrator")
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    if role != "administrator":
        accounts.add_user(uow=uow, username=role, full_name=f"کاربر {role}", roles=role, password=PASSWORD)
        uow.actor = accounts.login(uow=uow, username=role, password=PASSWORD)
    return uow.actor


def edit_past_the_trigger(store, row_id: int) -> None:
    store.db.engine.dispose()
    with closing(sqlite3.connect(store.db.path)) as conn:
        kept = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").fetchall()
        for name, _sql in kept:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE audit_log SET username = 'someone' WHERE id = ?", (row_id,))
        for _name, sql in kept:
            conn.execute(sql)
        conn.commit()


def test_the_audit_screen_shows_the_chain_whole_then_broken_and_works_on(window, demo_store):
    uow = demo_store.uow
    sign_in(uow, "clerk")
    made = institutions.add_institution(uow=uow, name="پژوهشگاه زنجیر", kind="research_institute", city="یزد")
    window.show_screen("audit")
    screen = window.screens["audit"]
    assert screen.ui.chain.text().startswith("✔ دفتر تغییرات دست‌نخورده است") and screen.ui.chain.isVisible()

    row = accounts.audit_trail(uow=uow, table="institution", limit=1)[0]
    assert row.record_id == str(made)
    edit_past_the_trigger(demo_store, row.id)
    screen.reload()
    said = screen.ui.chain.text()
    number = str(row.id).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert said.startswith("⚠ دفتر تغییرات دست‌کاری شده است") and f"ردیف {number} پس از نوشته شدن تغییر کرده است" in said
    assert screen.ui.chain.objectName() == "formErrors"

    page = screen.page
    assert page.select_record(lambda e: e.id == row.id)
    index = page.ui.table.currentIndex()
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == theme.DANGER_BACKGROUND
    assert "پس از نوشته شدن تغییر کرده است" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert screen.ui.detailTitle.text().startswith(f"⚠ ردیف {number}")
    assert page.select_record(lambda e: e.id != row.id)  # the others as ever
    assert page.ui.table.currentIndex().data(Qt.ItemDataRole.BackgroundRole) is None

    # the program works on, and the break stays shown
    institutions.add_institution(uow=uow, name="پژوهشگاه پس از آن", kind="research_institute", city="قم")
    screen.reload()
    assert screen.ui.chain.text().startswith("⚠") and page.visible_records()[0].table == "institution"


def test_a_viewer_changes_their_own_password_from_the_users_screen(window, demo_store, monkeypatch):
    uow = demo_store.uow
    sign_in(uow, "viewer")
    window.show_screen("users")
    answers = iter([PASSWORD, "یک-گذرواژه-تازه"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"refused: {a[2]}"))
    window.screens["users"].change_own_password()
    assert told == ["گذرواژه شما تغییر کرد."]
    assert accounts.login(uow=uow, username="viewer", password="یک-گذرواژه-تازه").roles == ("viewer",)
