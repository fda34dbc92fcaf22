"""Is it the disk, or the file? A full disk, a refused permission or a disk that fails to
read is no damage to a database: the clerk is told so, and no older backup is proposed
in place of a healthy file (issue 19, item 10). Standard library only."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

FULL_BELOW = 1 << 20  # bytes left on a disk that count as none: SQLite needs a few pages and its -shm


def disk_is_full(folder: Path) -> bool:
    """Is the disk of ``folder`` (the nearest one that exists) full, for this user?"""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def disk_trouble(exc: BaseException, path: Path) -> str | None:
    """When SQLite (or the disk under it) refused to read ``path`` for a reason that is
    not damage to the file (a full disk, no permission, the disk failing to read or
    write), what the clerk is told: it is no reason to replace the file. None when the
    error is, or may be, damage."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    folder = Path(path).parent
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
        full = True
    elif code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or "disk i/o error" in text or "unable to open" in text:
        full = disk_is_full(folder)
    elif code in (sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_BUSY):
        full = False
    elif isinstance(exc, OSError):
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    else:
        return None
    if full:
        return (
            f"دیسک پوشه {folder} پر است و پایگاه داده {path} باز نشد: SQLite برای خواندن آن هم به اندکی جا نیاز دارد. "
            "این نشانه آسیب پرونده نیست و پرونده دست نخورد؛ جایی در دیسک باز کنید و دوباره بکوشید."
        )
    if code == sqlite3.SQLITE_BUSY:
        return f"برنامه دیگری پایگاه داده {path} را در دست دارد؛ چند لحظه بعد دوباره بکوشید. پرونده دست نخورد."
    return (
        f"پایگاه داده {path} خوانده نشد ({exc}). این نشانه آسیب پرونده نیست و پرونده دست نخورد: اجازه دسترسی پرونده "
        "و پوشه آن و سلامت دیسک را بررسی کنید و دوباره بکوشید."
    )
