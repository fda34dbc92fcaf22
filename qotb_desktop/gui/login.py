"""Logging in at start, and the first administrator of a new database (issue 9)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qotb_desktop.domain.accounts import MIN_PASSWORD, ROLES, Actor, clean_account, clean_password
from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_account_dialog import Ui_AccountDialog
from qotb_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_combo
from qotb_desktop.services import accounts


class LoginDialog(RecordDialog):
    """Name and password; a wrong one is said without saying which part was wrong."""

    FIELDS = ("username", "password")

    def __init__(self, uow, parent: QWidget | None = None, *, username: str = ""):
        super().__init__(Ui_LoginDialog(), parent)
        self._uow = uow
        self.actor: Actor | None = None
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("ورود")
        self.ui.intro.setText("برای کار با برنامه با حساب خود وارد شوید.")
        self.setMinimumWidth(440)
        self.load({"username": username})
        (self.ui.password if username else self.ui.username).setFocus()

    def save(self, values: dict[str, Any]) -> Actor:
        self.ui.password.clear()  # never kept on screen after a try
        self.actor = accounts.login(uow=self._uow, username=values["username"], password=values["password"])
        return self.actor

    def reject(self) -> None:  # nothing typed here is worth keeping
        QDialog.reject(self)


class AccountDialog(RecordDialog):
    """A new account: the first administrator of a new database, or one an administrator adds."""

    FIELDS = ("username", "full_name", "role", "password", "repeat")

    def __init__(self, uow, parent: QWidget | None = None, *, first: bool = False):
        super().__init__(Ui_AccountDialog(), parent)
        self._uow, self._first = uow, first
        fill_combo(self.ui.role, ROLES.items())
        intro = f"گذرواژه دست‌کم {num(MIN_PASSWORD)} نویسه باشد."
        if first:
            self.setWindowTitle("نخستین کاربر: مدیر سامانه")
            intro = (
                "این پایگاه داده هنوز کاربری ندارد. نخستین کاربر، مدیر سامانه است و کاربران دیگر "
                "(دبیر، کارشناس، بیننده) را او می‌سازد. " + intro
            )
            self.ui.role.setEnabled(False)
        self.ui.intro.setText(intro)
        self.setMinimumWidth(520)
        self.load({"role": "administrator" if first else "clerk"})

    def check(self, values: dict[str, Any]) -> None:
        clean_account(username=values["username"], full_name=values["full_name"], role=values["role"])
        clean_password(values["password"], values["repeat"])

    def save(self, values: dict[str, Any]) -> int:
        if self._first:
            return accounts.create_first_administrator(
                uow=self._uow, username=values["username"], full_name=values["full_name"],
                password=values["password"], repeat=values["repeat"],
            )  # fmt: skip
        return accounts.add_user(uow=self._uow, **values)


def log_in(uow, parent: QWidget | None = None) -> Actor | None:
    """At start: the first administrator when the database has no account, then the
    login. Returns who logged in, or None when the clerk cancelled (the program ends)."""
    username = ""
    if not accounts.has_accounts(uow=uow):
        first = AccountDialog(uow, parent, first=True)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        username = first.values()["username"].strip().lower()
    dialog = LoginDialog(uow, parent, username=username)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
