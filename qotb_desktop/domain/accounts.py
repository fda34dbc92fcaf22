"""Accounts and roles: who may do what (issue 9), checked here, in the domain, so
that hiding a button is never the only guard.

Passwords are kept as scrypt hashes (memory-hard, standard library) with a salt of
their own; a run of failed logins locks the account for a while.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from qotb_desktop.domain.errors import Checker, DomainError
from qotb_desktop.domain.fields import read_choice, read_text
from qotb_desktop.domain.text import to_persian_number as _fa

ROLES = {
    "administrator": "مدیر سامانه",
    "secretary": "دبیر",
    "clerk": "کارشناس",
    "viewer": "بیننده",
}

# What each action needs. "change" is any change of a record; the others are the
# acts the bylaw's paperwork reserves (docs/decisions.md, «Accounts and roles»).
ACTIONS = {
    "change": ("ثبت یا تغییر اطلاعات", frozenset({"administrator", "secretary", "clerk"})),
    "finalise_minutes": ("نهایی کردن صورت‌جلسه", frozenset({"secretary"})),
    "endorse": ("ثبت تنفیذ یا ابلاغ مصوبه", frozenset({"secretary"})),
    "close_evaluation": ("بستن یا بازگشایی ارزیابی سالانه", frozenset({"secretary"})),
    "edit_rules": ("ویرایش داده‌های آیین‌نامه", frozenset({"administrator"})),
    "restore": ("بازگرداندن پشتیبان", frozenset({"administrator"})),
    "manage_users": ("مدیریت کاربران", frozenset({"administrator"})),
}

MIN_PASSWORD = 8
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
# scrypt: 2**14 blocks of 8 * 128 bytes = 16 MB of memory per hash, about 50 ms here.
SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES = 2**14, 8, 1, 32


@dataclass(frozen=True)
class Actor:
    """Who is acting: the account logged in."""

    user_id: int
    username: str
    full_name: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)


class Forbidden(DomainError):
    """The account's role may not do this; nothing was written."""

    def __init__(self, actor: Actor, action: str):
        title, allowed = ACTIONS[action]
        who = "، ".join(ROLES[r] for r in ROLES if r in allowed)
        super().__init__(f"«{title}» با نقش «{actor.role_label}» ({actor.username}) مجاز نیست؛ تنها {who} می‌تواند.")
        self.action = action


def may(actor: Actor | None, action: str) -> bool:
    """``None`` is the program itself (start-up, migrations, tests): the window and the
    command line always act as a logged-in account."""
    return actor is None or actor.role in ACTIONS[action][1]


def authorize(actor: Actor | None, action: str) -> None:
    if not may(actor, action):
        assert actor is not None
        raise Forbidden(actor, action)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(key).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, key = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(key)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@dataclass(frozen=True)
class AccountRecord:
    username: str
    full_name: str
    role: str


def clean_account(*, username: object, full_name: object, role: object) -> AccountRecord:
    check = Checker()
    name = read_text(check, "username", "نام کاربری", username, required=True, max_len=40).lower()
    if name and not all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name):
        check.fail("username", "نام کاربری", "تنها حرف و رقم لاتین و . _ - (مانند m.ahmadi).")
    record = AccountRecord(
        username=name,
        full_name=read_text(check, "full_name", "نام و نام خانوادگی", full_name, required=True, max_len=120, name=True),
        role=read_choice(check, "role", "نقش", role, ROLES),
    )
    check.done()
    return record


def clean_password(password: object, repeat: object | None = None) -> str:
    """A new password: at least MIN_PASSWORD characters; typed the same twice when asked."""
    check = Checker()
    text = "" if password is None else str(password)
    if len(text) < MIN_PASSWORD:
        check.fail("password", "گذرواژه", f"دست‌کم {_fa(MIN_PASSWORD)} نویسه باشد.")
    elif text != text.strip():
        check.fail("password", "گذرواژه", "با فاصله آغاز یا پایان نیابد.")
    if repeat is not None and str(repeat) != text:
        check.fail("repeat", "تکرار گذرواژه", "با گذرواژه یکی نیست.")
    check.done()
    return text


def locked_until(failed: int, last_failure: datetime) -> datetime | None:
    """When a run of failed logins ends the lock-out, or None when not locked."""
    return last_failure + LOCKOUT if failed >= MAX_FAILED_LOGINS else None
