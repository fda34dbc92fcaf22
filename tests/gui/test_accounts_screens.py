"""The users and audit screens (issue 9): an administrator adds a user; a clerk may not;
the trail shows a change and exports what the filter shows."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QFileDialog, QMessageBox

from qotb_desktop.services import accounts, institutions

PASSWORD = "گذرواژه-درست-۱"


def sign_in(uow, role: str):
    if not accounts.has_accounts(uow=uow):
        accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    if role != "administrator":
        accounts.add_user(uow=uow, username=role, full_name=f"کاربر {role}", role=role, password=PASSWORD)
        uow.actor = accounts.login(uow=uow, username=role, password=PASSWORD)
    return uow.actor


def test_an_administrator_adds_a_user_and_a_clerk_is_refused(window, demo_store, monkeypatch):
    uow = demo_store.uow
    sign_in(uow, "administrator")
    window.show_screen("users")
    screen = window.screens["users"]
    dialog = screen.new_record()
    dialog.ui.username.setText("z.karimi")
    dialog.ui.full_name.setText("زهرا کریمی")
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData("clerk"))
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.repeat.setText(PASSWORD)
    dialog.accept()
    assert "z.karimi" in [u.username for u in screen.page.visible_records()]

    uow.actor = accounts.login(uow=uow, username="z.karimi", password=PASSWORD)
    dialog = screen.new_record()
    for name, value in (("username", "x.y"), ("full_name", "کسی"), ("password", PASSWORD), ("repeat", PASSWORD)):
        getattr(dialog.ui, name).setText(value)
    dialog.accept()
    assert "مدیریت کاربران" in dialog.ui.errors.text()  # refused by the domain, shown on the form
    assert "x.y" not in [u.username for u in accounts.list_users(uow=uow)]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    dialog.done(0)


def test_the_audit_screen_shows_a_change_and_exports_it(window, demo_store, tmp_path, monkeypatch):
    uow = demo_store.uow
    sign_in(uow, "clerk")
    institutions.add_institution(uow=uow, name="پژوهشگاه آزمون", kind="research_institute", city="یزد")
    window.show_screen("audit")
    page = window.screens["audit"].page
    page.ui.search.setText("پژوهشگاه آزمون")
    shown = page.visible_records()
    assert shown and shown[0].username == "clerk" and shown[0].table == "institution" and shown[0].action == "insert"
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    window.screens["audit"].export()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][1] == "کاربر" and len(rows) == len(shown) + 1 and "پژوهشگاه آزمون" in rows[1][6]
