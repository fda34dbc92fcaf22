"""The first administrator and the login dialog (issue 9)."""

from __future__ import annotations

from qotb_desktop.gui.login import AccountDialog, LoginDialog
from qotb_desktop.services import accounts

PASSWORD = "گذرواژه-درست-۱"


def test_the_first_start_makes_an_administrator_then_logs_in(themed, qtbot, store):
    uow = store.uow
    first = AccountDialog(uow, first=True)
    qtbot.addWidget(first)
    assert first.values()["roles"] == ["administrator", "secretary"]  # a small office is one person
    first.ui.username.setText("Admin")
    first.ui.full_name.setText("مدیر دبیرخانه")
    first.ui.password.setText(PASSWORD)
    first.ui.repeat.setText("something else")
    first.accept()
    assert not first.ui.errors.isHidden() and "تکرار گذرواژه" in first.ui.errors.text()
    assert not accounts.has_accounts(uow=uow)  # nothing written
    first.ui.repeat.setText(PASSWORD)
    first.accept()
    assert [(u.username, u.roles) for u in accounts.list_users(uow=uow)] == [("admin", ("administrator", "secretary"))]

    login = LoginDialog(uow, username="admin")
    qtbot.addWidget(login)
    login.ui.password.setText("wrong")
    login.accept()
    assert login.actor is None and "نادرست" in login.ui.errors.text() and login.ui.password.text() == ""
    login.ui.password.setText(PASSWORD)
    login.accept()
    assert login.actor is not None and login.actor.roles == ("administrator", "secretary")


def test_the_first_account_is_logged_in_without_its_password_asked_a_third_time(themed, qtbot, store, monkeypatch):

    from qotb_desktop.gui import login

    def fill_and_save(dialog):
        dialog.ui.username.setText("admin")
        dialog.ui.full_name.setText("مدیر دبیرخانه")
        dialog.ui.password.setText(PASSWORD)
        dialog.ui.repeat.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    def no_login(_dialog):
        raise AssertionError("the login was asked after the first account was made")

    monkeypatch.setattr(AccountDialog, "exec", fill_and_save)
    monkeypatch.setattr(LoginDialog, "exec", no_login)
    actor = login.log_in(store.uow)
    assert actor is not None and actor.username == "admin" and actor.roles == ("administrator", "secretary")
