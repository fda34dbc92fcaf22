"""Logging in at start, switching user, and the accounts' dialog: the first account of a
new database (an administrator, and the secretary too in a small office), a new account,
or an account's name and roles (issues 9 and 16)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qotb_desktop.domain.accounts import FIRST_ROLES, MIN_PASSWORD, ROLES, Actor, clean_account, clean_password
from qotb_desktop.domain.errors import DomainError, FieldError, ValidationError
from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_account_dialog import Ui_AccountDialog
from qotb_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_checklist
from qotb_desktop.services import accounts


class LoginDialog(RecordDialog):
    """Name and password; a wrong one is said without saying which part was wrong (and
    as it is: a login saves nothing, so no «ذخیره:» before it, no floppy disk on its button)."""

    FIELDS = ("username", "password")

    def __init__(self, uow, parent: QWidget | None = None, *, username: str = "", intro: str = ""):
        super().__init__(Ui_LoginDialog(), parent)
        self._uow = uow
        self.actor: Actor | None = None
        # A plain button, not the standard «Save» one (whose style may paint a floppy disk).
        buttons = self.ui.buttons
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.removeButton(save)
        save.deleteLater()
        self.login_button = buttons.addButton("ورود", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        self.ui.intro.setText(intro or "برای کار با برنامه با حساب خود وارد شوید.")
        self.setMinimumWidth(440)
        self.load({"username": username})
        (self.ui.password if username else self.ui.username).setFocus()

    def save(self, values: dict[str, Any]) -> Actor:
        self.ui.password.clear()  # never kept on screen after a try
        try:
            self.actor = accounts.login(uow=self._uow, username=values["username"], password=values["password"])
        except DomainError as exc:  # refused: the message alone (it never says which part was wrong)
            raise ValidationError(FieldError("password", "", str(exc))) from None
        return self.actor

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        self.ui.errors.setText("\n".join(f"• {e.message}" if not e.label else f"• {e}" for e in errors))

    def reject(self) -> None:  # nothing typed here is worth keeping
        QDialog.reject(self)


class AccountDialog(RecordDialog):
    """A new account (the first of a new database, or one an administrator adds), or an
    existing account's name and roles (``user``: then no name or password is asked)."""

    FIELDS = ("username", "full_name", "roles", "password", "repeat")

    def __init__(self, uow, parent: QWidget | None = None, *, first: bool = False, user: accounts.UserView | None = None):
        super().__init__(Ui_AccountDialog(), parent)
        self._uow, self._first, self._user = uow, first, user
        fill_checklist(self.ui.roles, ROLES.items())
        intro = (
            f"گذرواژه دست‌کم {num(MIN_PASSWORD)} نویسه باشد، از گذرواژه‌های رایج و دنباله‌های ساده (مانند ۱۲۳۴۵۶۷۸) نباشد "
            "و نام کاربری یا نام شما را در خود نداشته باشد."
        )
        roles: tuple[str, ...] = ("clerk",)
        if first:
            self.setWindowTitle("نخستین کاربر")
            intro = (
                "این پایگاه داده هنوز کاربری ندارد. نخستین کاربر مدیر سامانه است و کاربران دیگر را او "
                "می‌سازد. در دبیرخانه‌ای که یک نفر همه کارها را می‌کند، او دبیر هم هست (نهایی کردن "
                "صورت‌جلسه و تنفیذ)؛ نقش‌ها را بعدها در صفحه «کاربران» می‌توان تغییر داد. " + intro
            )
            roles = FIRST_ROLES
        elif user is not None:
            self.setWindowTitle(f"کاربر {user.username}")
            intro = "نام و نقش‌های این کاربر؛ کاربری که چند نقش دارد هر کاری را که یکی از آن‌ها اجازه دهد می‌کند."
            self.ui.username.setReadOnly(True)
            for name in ("password", "repeat"):
                getattr(self.ui, name).setVisible(False)
                getattr(self.ui, f"{name}Label").setVisible(False)
            roles = user.roles
        self.ui.intro.setText(intro)
        self.setMinimumWidth(520)
        if user is not None:
            self.load({"username": user.username, "full_name": user.full_name, "roles": roles})
        else:
            self.load({"roles": roles})

    def check(self, values: dict[str, Any]) -> None:
        clean_account(username=values["username"], full_name=values["full_name"], roles=values["roles"], first=self._first)
        if self._user is None:
            clean_password(values["password"], values["repeat"], username=values["username"], full_name=values["full_name"])

    def save(self, values: dict[str, Any]) -> int:
        if self._user is not None:
            accounts.update_user(
                uow=self._uow, user_id=self._user.id, full_name=values["full_name"], roles=values["roles"],
                active=self._user.active,
            )  # fmt: skip
            return self._user.id
        if self._first:
            return accounts.create_first_administrator(
                uow=self._uow, username=values["username"], full_name=values["full_name"],
                password=values["password"], repeat=values["repeat"], roles=values["roles"],
            )  # fmt: skip
        return accounts.add_user(uow=self._uow, **values)


def log_in(uow, parent: QWidget | None = None) -> Actor | None:
    """At start: the login; on a database with no account, the first administrator,
    who is then logged in. Returns who logged in, or None when the clerk cancelled (the
    program ends)."""
    if not accounts.has_accounts(uow=uow):
        first = AccountDialog(uow, parent, first=True)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        typed = first.values()  # the password was just typed twice: not asked a third time
        return accounts.login(uow=uow, username=typed["username"], password=typed["password"])
    dialog = LoginDialog(uow, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def switch_user(uow, parent: QWidget | None = None) -> Actor | None:
    """File ▸ «تغییر کاربر»: the login again. On success the unit of work acts as the new
    account (every screen shares it) and it is returned; on cancel nothing changes."""
    current = uow.actor
    dialog = LoginDialog(
        uow, parent, intro="برای کار با حساب دیگری، نام کاربری و گذرواژه آن را بنویسید. "
        + (f"اکنون «{current.full_name}» وارد است." if current is not None else "")
    )  # fmt: skip
    dialog.setWindowTitle("تغییر کاربر")
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    uow.actor = dialog.actor
    return dialog.actor
