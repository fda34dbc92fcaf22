"""Accounts: the first administrator, logging in (with lock-out), managing users,
and reading the audit trail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from qotb_desktop.domain.accounts import (
    DUMMY_HASH,
    FIRST_ROLES,
    MAX_FAILED_LOGINS,
    Actor,
    authorize,
    check_password,
    clean_account,
    clean_password,
    hash_password,
    locked_until,
    role_keys,
    roles_label,
    stored_roles,
)
from qotb_desktop.domain.audit_events import EVENTS
from qotb_desktop.domain.dates import BadDate, parse_jalali
from qotb_desktop.domain.errors import DomainError, FieldError, NotFound, ValidationError
from qotb_desktop.domain.text import normalize_text, sort_key
from qotb_desktop.domain.text import to_persian_number as _fa
from qotb_desktop.store import transfer
from qotb_desktop.store.models import User
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


class LoginRefused(DomainError):
    """Wrong name or password, a locked or an inactive account: nothing says which
    of name or password was wrong."""


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    roles: tuple[str, ...]  # in ROLES order
    role_label: str  # the roles in Persian, e.g. «مدیر سامانه، دبیر»
    active: bool
    locked_until: datetime | None


def _view(row: User, now: datetime) -> UserView:
    until = locked_until(row.failed_logins, row.last_failure) if row.last_failure else None
    return UserView(
        row.id, row.username, row.full_name, role_keys(row.roles), roles_label(row.roles), row.active,
        until if until and until > now else None,
    )  # fmt: skip


def has_accounts(*, uow: UnitOfWork) -> bool:
    with uow:
        return uow.accounts.count() > 0


def list_users(*, uow: UnitOfWork, now: datetime | None = None) -> list[UserView]:
    with uow:
        return [_view(u, now or datetime.now()) for u in uow.accounts.list()]


def _new_user(
    uow: UnitOfWork, username: object, full_name: object, roles: object, password: object, repeat: object, *, first: bool = False
) -> int:
    record = clean_account(username=username, full_name=full_name, roles=roles, first=first)
    secret = clean_password(password, repeat, username=record.username, full_name=record.full_name)
    row = User(
        username=record.username,
        full_name=record.full_name,
        roles=stored_roles(record.roles),
        password_hash=hash_password(secret),
    )
    row.active, row.failed_logins, row.created_at = True, 0, datetime.now().replace(microsecond=0)
    return uow.accounts.add(row).id


def create_first_administrator(
    *,
    uow: UnitOfWork,
    username: object,
    full_name: object,
    password: object,
    repeat: object = None,
    roles: object = FIRST_ROLES,
) -> int:
    """The first start: the database has no account yet; the first is an administrator,
    and in a small office the secretary too (domain.accounts.FIRST_ROLES)."""
    with uow:
        if uow.accounts.count():
            raise DomainError("کاربر مدیر پیش‌تر ساخته شده است؛ با آن وارد شوید.")
        user_id = _new_user(uow, username, full_name, roles, password, repeat, first=True)
        uow.commit()
        return user_id


def add_user(
    *, uow: UnitOfWork, username: object, full_name: object, roles: object, password: object, repeat: object = None
) -> int:
    """A new account with one role or several (keys, or a comma list)."""
    authorize(uow.actor, "manage_users")
    with uow:
        user_id = _new_user(uow, username, full_name, roles, password, repeat)
        uow.commit()
        return user_id


def _user(uow: UnitOfWork, user_id: int) -> User:
    row = uow.accounts.get(user_id)
    if row is None:
        raise NotFound("کاربر", user_id)
    return row


def update_user(*, uow: UnitOfWork, user_id: int, full_name: object, roles: object, active: bool = True) -> None:
    """An account's name, roles (one or several) and whether it may log in; one active
    administrator always stays."""
    authorize(uow.actor, "manage_users")
    with uow:
        row = _user(uow, user_id)
        record = clean_account(username=row.username, full_name=full_name, roles=roles)
        others = [u for u in uow.accounts.list() if u.id != user_id and u.active and "administrator" in role_keys(u.roles)]
        if not others and ("administrator" not in record.roles or not active):
            raise ValidationError(FieldError("roles", "نقش‌ها", "دست‌کم یک مدیر سامانه فعال باید بماند."))
        row.full_name, row.roles, row.active = record.full_name, stored_roles(record.roles), bool(active)
        uow.commit()
    if uow.actor.user_id == user_id:  # one's own account: what it may do changes now, not at the next login
        uow.actor = Actor(user_id, row.username, record.full_name, record.roles)


def reset_password(*, uow: UnitOfWork, user_id: int, password: object, repeat: object = None) -> None:
    """An administrator sets a new password (and lifts a lock-out)."""
    authorize(uow.actor, "manage_users")
    with uow:
        row = _user(uow, user_id)
        secret = clean_password(password, repeat, username=row.username, full_name=row.full_name)
        row.password_hash, row.failed_logins, row.last_failure = hash_password(secret), 0, None
        uow.commit()


def change_own_password(*, uow: UnitOfWork, old: object, password: object, repeat: object = None) -> None:
    """A user's new password for their own account, whatever their roles (a viewer's
    too: store/audit.py lets an account's own password through as "own_password")."""
    actor = uow.actor
    if actor is None:
        raise DomainError("نخست وارد شوید.")
    with uow:
        row = _user(uow, actor.user_id)
        secret = clean_password(password, repeat, username=row.username, full_name=row.full_name)
        if not check_password(str(old or ""), row.password_hash):
            raise ValidationError(FieldError("old", "گذرواژه کنونی", "درست نیست."))
        row.password_hash = hash_password(secret)
        uow.commit()


def _refuse(uow: UnitOfWork, row: User | None, name: str, reason: str, now: datetime, message: str) -> LoginRefused:
    """A refused login, recorded in the trail (with whatever the refusal changed) and
    committed; returns the error to raise."""
    detail = {"reason": reason} if row is not None else {"reason": reason, "typed": name[:40]}
    uow.accounts.record_event(
        "login_fail", table="app_user", record_id=row.id if row is not None else "", detail=detail,
        username=row.username if row is not None else "", user_id=row.id if row is not None else None, now=now,
    )  # fmt: skip
    uow.commit()
    return LoginRefused(message)


def login(*, uow: UnitOfWork, username: object, password: object, now: datetime | None = None) -> Actor:
    """Check a name and password. Each failure is counted; after MAX_FAILED_LOGINS in a
    row the account is locked for a while (domain.accounts.LOCKOUT), even to the right
    password. Every try is recorded in the audit trail, both outcomes. An unknown name
    costs what a known one does: the password is checked against a hash of the same
    cost (domain.accounts.DUMMY_HASH), so the time tells no name. Returns who logged
    in; sets nothing (the caller sets ``uow.actor``)."""
    now = (now or datetime.now()).replace(microsecond=0)
    name = normalize_text(None if username is None else str(username), single_line=True).lower()
    typed = "" if password is None else str(password)
    wrong = "نام کاربری یا گذرواژه نادرست است."
    with uow:
        row = uow.accounts.by_username(name)
        if row is not None and row.last_failure is not None:
            until = locked_until(row.failed_logins, row.last_failure)
            if until and until > now:
                minutes = max(1, int((until - now).total_seconds() // 60) + 1)
                locked = f"پس از {_fa(MAX_FAILED_LOGINS)} بار ورود نادرست، این حساب {_fa(minutes)} دقیقه بسته است."
                raise _refuse(uow, row, name, "locked", now, locked)
            if until:  # the lock-out is over: a new run of attempts
                row.failed_logins = 0
        right = check_password(typed, row.password_hash if row is not None else DUMMY_HASH)
        if row is None:
            raise _refuse(uow, None, name, "unknown", now, wrong)
        if not right:
            row.failed_logins += 1
            row.last_failure = now
            if MAX_FAILED_LOGINS - row.failed_logins <= 0:
                raise _refuse(uow, row, name, "locked_now", now, f"{wrong[:-1]}؛ حساب {_fa(15)} دقیقه بسته شد.")
            raise _refuse(uow, row, name, "password", now, wrong)
        if not row.active:
            raise _refuse(uow, row, name, "inactive", now, "این حساب غیرفعال است؛ با مدیر سامانه تماس بگیرید.")
        if row.failed_logins:
            row.failed_logins, row.last_failure = 0, None
        actor = Actor(row.id, row.username, row.full_name, role_keys(row.roles))
        uow.accounts.record_event("login", table="app_user", record_id=row.id, username=row.username, user_id=row.id, now=now)
        uow.commit()
        return actor


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    username: str
    action: str  # insert | update | delete
    action_label: str
    table: str
    record_id: str
    before: dict
    after: dict
    table_label: str = ""  # what the table holds, in Persian (store.transfer.LABELS)


ACTION_LABELS = {"insert": "افزودن", "update": "ویرایش", "delete": "حذف", **EVENTS}
PROGRAM = "سامانه"  # who changed a record the program changed by itself (no account)


@dataclass(frozen=True)
class AuditChoices:
    """What the trail's filters offer: ``(username, shown)`` of those who changed
    something (``""`` for the program itself) and ``(table, Persian label)`` of the
    tables changed, in Persian dictionary order."""

    users: list[tuple[str, str]]
    tables: list[tuple[str, str]]


def _day_bound(value: object, field: str, label: str, *, end: bool) -> datetime | None:
    """A bound of the trail's dates: a datetime as it is; a date (or a Jalali date
    typed in any digits) as the start of that day, or its end when ``end``."""
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, str):
        if not normalize_text(value, single_line=True):
            return None
        try:
            value = parse_jalali(value)
        except BadDate as exc:
            raise ValidationError(FieldError(field, label, str(exc))) from None
    if not isinstance(value, date):
        raise ValidationError(FieldError(field, label, "تاریخ را به شکل سال/ماه/روز بنویسید، مانند ۱۴۰۳/۰۷/۰۱."))
    return datetime.combine(value, time.max if end else time.min)


def audit_trail(
    *,
    uow: UnitOfWork,
    table: str | None = None,
    username: str | None = None,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    limit: int = 5000,
) -> list[AuditView]:
    """The newest changes first (who, when, which record, before and after), filtered
    by the database: one table, one username (``""``: the program's own changes), and
    the days from ``since`` to ``until`` inclusive (dates, or Jalali dates as typed;
    a wrong one raises ValidationError naming «از تاریخ» or «تا تاریخ»)."""
    start = _day_bound(since, "since", "از تاریخ", end=False)
    end = _day_bound(until, "until", "تا تاریخ", end=True)
    if start and end and start > end:
        raise ValidationError(FieldError("until", "تا تاریخ", "پیش از «از تاریخ» است."))
    with uow:
        rows = uow.accounts.audit(table=table, username=username, since=start, until=end, limit=limit)
        return [
            AuditView(
                r.id,
                r.at,
                r.username or PROGRAM,
                r.action,
                ACTION_LABELS.get(r.action, r.action),
                r.table_name,
                r.record_id,
                json.loads(r.before) if r.before else {},
                json.loads(r.after) if r.after else {},
                transfer.label(r.table_name),
            )  # fmt: skip
            for r in rows
        ]


def audited_tables(*, uow: UnitOfWork) -> list[str]:
    with uow:
        return uow.accounts.audited_tables()


def audit_choices(*, uow: UnitOfWork) -> AuditChoices:
    """The users and the tables the trail holds, for its filters."""
    with uow:
        names = uow.accounts.audit_usernames()
        tables = uow.accounts.audited_tables()
        people = {u.username: u.full_name for u in uow.accounts.list()}
    users = [(n, people.get(n, n) if n else PROGRAM) for n in names]  # shown by full name, chosen by account
    users.sort(key=lambda u: (u[0] == "", sort_key(u[1])))  # the accounts by name, the program last
    return AuditChoices(users, sorted(((t, transfer.label(t)) for t in tables), key=lambda t: sort_key(t[1])))
