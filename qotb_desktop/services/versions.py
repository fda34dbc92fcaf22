"""Optimistic locking in the services (issue 10): an edit form is filled from a record
at one version; saving it names that version. If the record has been saved since (by
another desk, or another window), the save is refused with ``Conflict``, which says
who saved it and when (from the audit trail), and nothing is written. The database
guards the same thing between the read and the write (store/models.py, Versioned)."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm.attributes import flag_modified

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import Conflict
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def check_version(uow: UnitOfWork, row: object | None, version: int | None, what: str) -> None:
    """``version``: the one the clerk's form was filled from (None: no check, e.g. a
    command that does not come from a form; 0: the form was empty, no record stood).
    ``row``: the stored record, None when there is none."""
    if version is None:
        return
    if row is None:
        if version:
            raise Conflict(what)  # removed since
        return
    if row.version == version:
        return
    table = inspect(row).mapper.local_table.name
    last = uow.accounts.last_change(table, row.id)
    if last is None:
        raise Conflict(what)
    at = f"{format_jalali(last.at.date())} ساعت {to_persian_digits(last.at.strftime('%H:%M'))}"
    account = uow.accounts.get(last.user_id) if last.user_id else None
    by = account.full_name if account is not None else (last.username or "برنامه")
    raise Conflict(what, by=by, at=at)


def touch(row: object, attribute: str) -> None:
    """Count a save as a change of the record itself, so that its version moves even
    when only its children changed (a report's areas, an evaluation's scores)."""
    flag_modified(row, attribute)
