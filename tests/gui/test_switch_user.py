"""The first account's roles and switching user from the File menu (issue 16.2), and
the login dialog's own words (16.13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from qotb_desktop.gui import login
from qotb_desktop.gui.login import AccountDialog, LoginDialog
from qotb_desktop.services import accounts

PASSWORD = "گذرواژه-درست-۱"


def test_the_first_account_with_the_defaults_is_administrator_and_secretary(themed, qtbot, store):
    first = AccountDialog(store.uow, first=True)
    qtbot.addWidget(first)
    first.ui.username.setText("owner")
    first.ui.full_name.setText("زهرا کریمی")
    first.ui.password.setText(PASSWORD)
    first.ui.repeat.setText(PASSWORD)
    first.accept()
    assert first.result() == QDialog.DialogCode.Accepted
    [user] = accounts.list_users(uow=store.uow)
    assert user.roles == ("administrator", "secretary") and user.role_label == "مدیر سامانه، دبیر"


def test_the_first_account_must_stay_an_administrator(themed, qtbot, store):
    first = AccountDialog(store.uow, first=True)
    qtbot.addWidget(first)
    first.load({"username": "owner", "full_name": "زهرا کریمی", "roles": ["secretary"], "password": PASSWORD, "repeat": PASSWORD})
    first.accept()
    assert "نقش‌ها" in first.ui.errors.text() and not accounts.has_accounts(uow=store.uow)


def _answer(monkeypatch, username: str | None, password: str = PASSWORD) -> None:
    """The login dialog, as the clerk would fill it (or cancel it: None)."""

    def exec_(dialog: LoginDialog) -> int:
        if username is None:
            dialog.reject()
        else:
            dialog.ui.username.setText(username)
            dialog.ui.password.setText(password)
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)


def test_switch_user_changes_who_acts_and_cancel_changes_nothing(window, demo_store, monkeypatch):
    uow = demo_store.uow
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر دبیرخانه", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    accounts.add_user(uow=uow, username="r.karimi", full_name="رضا کریمی", roles="clerk", password=PASSWORD)
    window.where.setText(window.where_text())
    assert window.ui.actionSwitchUser.text() == "تغییر کاربر…"
    assert window.ui.actionSwitchUser in window.ui.menuFile.actions()

    _answer(monkeypatch, None)
    window.ui.actionSwitchUser.trigger()
    assert uow.actor.username == "admin" and "مدیر دبیرخانه" in window.where.text()

    _answer(monkeypatch, "r.karimi", "wrong-password")
    window.ui.actionSwitchUser.trigger()  # refused: the dialog stays, and here ends as cancelled
    assert uow.actor.username == "admin"

    _answer(monkeypatch, "r.karimi")
    window.ui.actionSwitchUser.trigger()
    assert uow.actor.username == "r.karimi" and uow.actor.roles == ("clerk",)
    assert "رضا کریمی" in window.where.text() and "کارشناس" in window.where.text()
    assert "مدیر دبیرخانه" not in window.where.text()


def test_switch_user_refused_login_keeps_the_actor(themed, qtbot, store, monkeypatch):
    accounts.create_first_administrator(uow=store.uow, username="admin", full_name="مدیر", password=PASSWORD)
    store.uow.actor = before = accounts.login(uow=store.uow, username="admin", password=PASSWORD)
    _answer(monkeypatch, "admin", "not-the-password")
    assert login.switch_user(store.uow) is None and store.uow.actor == before


def test_a_refused_login_says_so_without_a_save_prefix_and_the_button_has_no_icon(themed, qtbot, store):
    accounts.create_first_administrator(uow=store.uow, username="admin", full_name="مدیر", password=PASSWORD)
    dialog = LoginDialog(store.uow, username="admin")
    qtbot.addWidget(dialog)
    buttons = dialog.ui.buttons
    assert [b.text() for b in buttons.buttons() if buttons.buttonRole(b) == buttons.ButtonRole.AcceptRole] == ["ورود"]
    assert buttons.standardButton(dialog.login_button) == buttons.StandardButton.NoButton  # not «Save», no floppy disk
    assert dialog.login_button.icon().isNull() and buttons.button(buttons.StandardButton.Save) is None
    dialog.ui.password.setText("wrong-password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    shown = dialog.ui.errors.text()
    assert "نام کاربری یا گذرواژه نادرست است" in shown and "ذخیره" not in shown
    dialog.ui.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.result() == QDialog.DialogCode.Accepted
