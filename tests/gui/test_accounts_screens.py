"""The users and audit screens (issue 9): an administrator adds a user; a clerk may not;
the trail shows a change, is filtered by user, kind of record and Jalali days, and
exports what the filters show."""

from __future__ import annotations

import csv
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from qotb_desktop.services import accounts, institutions
from qotb_desktop.store import audit

PASSWORD = "گذرواژه-درست-۱"


def sign_in(uow, role: str):
    if not accounts.has_accounts(uow=uow):
        accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر", password=PASSWORD, roles="administrator")
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    if role != "administrator":
        accounts.add_user(uow=uow, username=role, full_name=f"کاربر {role}", roles=role, password=PASSWORD)
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
    assert dialog.values()["roles"] == ["clerk"]  # a new account is a clerk unless more is ticked
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


def at(monkeypatch, when: datetime) -> None:
    """The changes that follow are written to the trail as made at ``when``."""

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return when

    monkeypatch.setattr(audit, "datetime", Clock)


def choose(combo, data) -> None:
    """Pick an item as the clerk does (the filters follow ``activated``)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_date(edit, text: str) -> None:
    """Typed key by key, then Enter (qtbot.keyClicks aborts on non-Latin-1 text, docs/testing.md)."""
    edit.line.setFocus()  # (leaving the field before: it is applied as it was)
    edit.line.selectAll()
    if edit.line.text():
        QApplication.sendEvent(edit.line, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier))
    for ch in text:
        QApplication.sendEvent(edit.line, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.sendEvent(edit.line, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


def trail_with_days(uow, monkeypatch) -> dict[str, int]:
    """A clerk adds two institutions on 1 and 5 Mehr 1403 and edits one on 20 Mehr;
    the administrator adds a user on 5 Mehr. Returns the institutions' ids."""
    sign_in(uow, "clerk")
    clerk = uow.actor
    at(monkeypatch, datetime(2024, 9, 22, 9, 30))  # 1403/07/01
    first = institutions.add_institution(uow=uow, name="پژوهشگاه مهر یکم", kind="research_institute", city="یزد")
    at(monkeypatch, datetime(2024, 9, 26, 23, 59, 59))  # 1403/07/05, the day's last second
    second = institutions.add_institution(uow=uow, name="پژوهشگاه مهر پنجم", kind="research_institute", city="کرمان")
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    accounts.add_user(uow=uow, username="m.ahmadi", full_name="مریم احمدی", roles="viewer", password=PASSWORD)
    at(monkeypatch, datetime(2024, 10, 11, 0, 0))  # 1403/07/20, the day's first second
    uow.actor = clerk
    name, kind = "پژوهشگاه مهر یکم", "research_institute"
    institutions.update_institution(uow=uow, institution_id=first, name=name, kind=kind, city="مشهد")
    monkeypatch.undo()
    return {"first": first, "second": second}


def test_the_audit_filters_narrow_the_trail_and_the_export_writes_what_they_show(
    window, demo_store, qtbot, tmp_path, monkeypatch
):
    uow = demo_store.uow
    made = trail_with_days(uow, monkeypatch)
    window.show_screen("audit")
    screen = window.screens["audit"]
    ui, page = screen.ui, screen.page
    everything = page.visible_records()
    assert {"clerk", "admin"} <= {e.username for e in everything}

    # the user: only the clerk's changes, all of them
    assert ui.user.itemText(0) == "همه کاربران"
    choose(ui.user, "clerk")
    shown = page.visible_records()
    assert shown and {e.username for e in shown} == {"clerk"}
    assert [e.id for e in shown] == [e.id for e in everything if e.username == "clerk"]

    # the kind of record, by its Persian name: the clerk's institutions only
    assert ui.table.itemText(ui.table.findData("institution")) == "مؤسسه‌ها"
    choose(ui.table, "institution")
    shown = page.visible_records()
    assert {(e.table, e.record_id, e.action) for e in shown} == {
        ("institution", str(made["first"]), "insert"),
        ("institution", str(made["second"]), "insert"),
        ("institution", str(made["first"]), "update"),
    }
    assert all(e.table_label == "مؤسسه‌ها" for e in shown)

    # a range of Jalali days, typed in Persian and in Latin digits: 1 to 5 Mehr 1403, both whole
    type_date(ui.since, "۱۴۰۳/۷/۱")
    type_date(ui.until, "1403-07-05")
    assert ui.since.text() == "۱۴۰۳/۰۷/۰۱" and not ui.errors.isVisible()
    shown = page.visible_records()
    assert [(e.record_id, e.action) for e in shown] == [(str(made["second"]), "insert"), (str(made["first"]), "insert")]
    assert page.ui.count.text() == "۲ ردیف"

    # the export writes exactly the rows shown, and no other
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    assert screen.export() == target
    rows = list(csv.reader(target.read_bytes().decode("utf-8-sig").splitlines()))
    assert [r[1:5] for r in rows[1:]] == [["clerk", "insert", "institution", e.record_id] for e in shown]
    assert "پژوهشگاه مهر پنجم" in rows[1][6] and "پژوهشگاه مهر یکم" in rows[2][6]

    # the dates alone, for everyone and every record: the administrator's new user too
    choose(ui.user, None)
    choose(ui.table, None)
    shown = page.visible_records()
    assert {(e.username, e.table) for e in shown} == {("clerk", "institution"), ("admin", "app_user")}
    assert all(datetime(2024, 9, 22) <= e.at < datetime(2024, 9, 27) for e in shown)

    # the last day alone: the edit made at its first second
    type_date(ui.since, "۱۴۰۳/۰۷/۲۰")
    type_date(ui.until, "۱۴۰۳/۰۷/۲۰")
    assert [(e.record_id, e.action, e.after) for e in page.visible_records()] == [
        (str(made["first"]), "update", {"city": "مشهد"})
    ]

    # the search still narrows within what the filters chose; «همه تغییرها» lifts them
    ui.clearButton.click()
    assert (ui.user.currentData(), ui.table.currentData(), ui.since.text(), ui.until.text()) == (None, None, "", "")
    after_export = page.visible_records()  # the export itself is now in the trail, first
    assert len(after_export) == len(everything) + 1 and after_export[0].action == "export"
    assert after_export[0].username == "clerk" and after_export[0].after["file"] == str(target)
    page.ui.search.setText("پژوهشگاه مهر")
    assert {e.record_id for e in page.visible_records()} == {str(made["first"]), str(made["second"])}


def test_a_wrong_date_in_the_audit_filters_is_named_and_changes_nothing(window, demo_store, qtbot, monkeypatch):
    uow = demo_store.uow
    trail_with_days(uow, monkeypatch)
    window.show_screen("audit")
    screen = window.screens["audit"]
    ui, page = screen.ui, screen.page
    choose(ui.user, "clerk")
    before = [e.id for e in page.visible_records()]

    type_date(ui.since, "۱۴۰۳/۱۳/۰۱")
    assert ui.errors.isVisible() and ui.errors.text() == "از تاریخ: ماه ۱۳ وجود ندارد؛ ماه از ۱ تا ۱۲ است."
    assert ui.since.line.property("invalid") is True
    assert [e.id for e in page.visible_records()] == before  # nothing happened

    choose(ui.table, "institution")  # another filter is not applied while a date is wrong
    assert [e.id for e in page.visible_records()] == before and ui.errors.isVisible()

    type_date(ui.since, "")  # put right: the filters chosen meanwhile apply
    assert not ui.errors.isVisible() and ui.since.line.property("invalid") is False
    assert len(page.visible_records()) == 3 and {e.table for e in page.visible_records()} == {"institution"}
    type_date(ui.until, "۱۴۰۳/۰۷/۰۵")
    kept = [e.id for e in page.visible_records()]
    assert len(kept) == 2

    type_date(ui.since, "1403/07/30")  # after «تا تاریخ»
    assert ui.errors.text() == "تا تاریخ: پیش از «از تاریخ» است."
    assert ui.until.line.property("invalid") is True and ui.since.line.property("invalid") is False
    assert [e.id for e in page.visible_records()] == kept

    type_date(ui.until, "نامه")
    ui.applyButton.click()
    assert ui.errors.text() == "تا تاریخ: تاریخ را به شکل سال/ماه/روز بنویسید، مانند ۱۴۰۳/۰۷/۰۱."
    assert [e.id for e in page.visible_records()] == kept

    type_date(ui.since, "۱۴۰۳/۰۷/۲۰")
    type_date(ui.until, "")
    assert not ui.errors.isVisible()
    assert [(e.action, e.after) for e in page.visible_records()] == [("update", {"city": "مشهد"})]
