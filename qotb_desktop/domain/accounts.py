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
from qotb_desktop.domain.fields import read_text
from qotb_desktop.domain.passwords import weakness
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
    "approve_allocation": ("تأیید جدول تخصیص اعتبار یا بستن سال اعتبار", frozenset({"secretary"})),
    "edit_rules": ("ویرایش داده‌های آیین‌نامه", frozenset({"administrator"})),
    "restore": ("بازگرداندن پشتیبان", frozenset({"administrator"})),
    "manage_users": ("مدیریت کاربران", frozenset({"administrator"})),
    # Every role: the login's own bookkeeping of an account (its failed logins), and a
    # user's new password for their own account (issue 19.12).
    "log_in": ("ورود به برنامه", frozenset(ROLES)),
    "own_password": ("تغییر گذرواژه خود", frozenset(ROLES)),
}

MIN_PASSWORD = 8
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
# scrypt: 2**14 blocks of 8 * 128 bytes = 16 MB of memory per hash, about 50 ms here.
SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES = 2**14, 8, 1, 32
# A hash of a password nobody knows, made with the parameters above (a test keeps them
# equal): a login with an unknown user name checks the password against it, so that it
# costs what a known name with a wrong password costs and the time tells no name (19.7).
DUMMY_HASH = "scrypt$16384$8$1$x4J06JX1zPdV5lHXq7ne3A==$WZYeTKKnVktYOR/DRaS4HbNmTli+wzASJ/fXJZEC5co="


# A small office is one person: an account may hold several roles, and may do what
# any of them may (docs/decisions.md, «Several roles to an account»).
FIRST_ROLES = ("administrator", "secretary")  # what the first account is offered, ticked


def role_keys(value: object) -> tuple[str, ...]:
    """Roles as given (a key, a comma list as stored, or several), as keys in ROLES
    order, each once; unknown keys are kept at the end for the checker to name."""
    if value is None:
        return ()
    parts = value.replace("،", ",").split(",") if isinstance(value, str) else [str(v) for v in value]
    keys = list(dict.fromkeys(p.strip() for p in parts if p and p.strip()))
    return tuple(sorted(keys, key=lambda k: (list(ROLES).index(k) if k in ROLES else len(ROLES), k)))


def stored_roles(roles: tuple[str, ...] | list[str]) -> str:
    """How the store keeps an account's roles: the keys sorted, separated by commas."""
    return ",".join(sorted(roles))


def roles_label(roles: object) -> str:
    return "، ".join(ROLES.get(r, r) for r in role_keys(roles))


@dataclass(frozen=True)
class Actor:
    """Who is acting: the account logged in, with its roles (a comma list is accepted)."""

    user_id: int
    username: str
    full_name: str
    roles: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "roles", role_keys(self.roles))

    @property
    def role_label(self) -> str:
        return roles_label(self.roles)


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
    return actor is None or not ACTIONS[action][1].isdisjoint(actor.roles)


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
    roles: tuple[str, ...]  # in ROLES order


def read_roles(check: Checker, value: object, *, first: bool = False) -> tuple[str, ...]:
    """One role or several (keys or Persian titles); the first account of a database
    must be an administrator, or nobody could ever manage the users."""
    label = "نقش‌ها"
    keys = role_keys(value)
    by_title = {title: key for key, title in ROLES.items()}
    keys = role_keys([by_title.get(k, k) for k in keys])
    unknown = [k for k in keys if k not in ROLES]
    if unknown:
        check.fail("roles", label, f"«{unknown[0]}» نقش شناخته‌ای نیست؛ از این‌ها برگزینید: {'، '.join(ROLES.values())}.")
    elif not keys:
        check.fail("roles", label, "دست‌کم یک نقش برگزینید.")
    elif first and "administrator" not in keys:
        check.fail("roles", label, f"نخستین کاربر باید «{ROLES['administrator']}» هم باشد تا بتواند کاربران دیگر را بسازد.")
    return keys


def clean_account(*, username: object, full_name: object, roles: object, first: bool = False) -> AccountRecord:
    check = Checker()
    name = read_text(check, "username", "نام کاربری", username, required=True, max_len=40).lower()
    if name and not all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name):
        check.fail("username", "نام کاربری", "تنها حرف و رقم لاتین و . _ - (مانند m.ahmadi).")
    record = AccountRecord(
        username=name,
        full_name=read_text(check, "full_name", "نام و نام خانوادگی", full_name, required=True, max_len=120, name=True),
        roles=read_roles(check, roles, first=first),
    )
    check.done()
    return record


def clean_password(password: object, repeat: object | None = None, *, username: object = "", full_name: object = "") -> str:
    """A new password: at least MIN_PASSWORD characters, none of the common or guessable
    ones (domain/passwords.py: common, repeated, a run, a keyboard walk, holding the user
    name or the person's name); typed the same twice when asked."""
    check = Checker()
    text = "" if password is None else str(password)
    if len(text) < MIN_PASSWORD:
        check.fail("password", "گذرواژه", f"دست‌کم {_fa(MIN_PASSWORD)} نویسه باشد.")
    elif text != text.strip():
        check.fail("password", "گذرواژه", "با فاصله آغاز یا پایان نیابد.")
    elif why := weakness(text, username=str(username or ""), full_name=str(full_name or "")):
        check.fail("password", "گذرواژه", f"{why}؛ گذرواژه دیگری برگزینید که حدس زدنش آسان نباشد.")
    if repeat is not None and str(repeat) != text:
        check.fail("repeat", "تکرار گذرواژه", "با گذرواژه یکی نیست.")
    check.done()
    return text


def locked_until(failed: int, last_failure: datetime) -> datetime | None:
    """When a run of failed logins ends the lock-out, or None when not locked."""
    return last_failure + LOCKOUT if failed >= MAX_FAILED_LOGINS else None
