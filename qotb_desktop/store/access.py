"""May this user read and write a database file and its folder? The messages say whose
the file is when it is another user's (not «read-only»: issue 19, item 11), and a command
that only reads is let in read-only where one that writes is refused."""

from __future__ import annotations

import os
from pathlib import Path

from qotb_desktop.store.db import StorageError
from qotb_desktop.store.disk import disk_is_full

_READING_WORKS = " فرمان‌هایی که فقط می‌خوانند (backup، export، print-samples) روی آن کار می‌کنند."


def _other_owner(path: Path, doing: str) -> str | None:
    """«NAME از آنِ کاربر دیگری (x) است و کاربر کنونی (y) اجازه نوشتن در آن را ندارد» when
    ``path`` belongs to another user (POSIX); None when it is this user's own."""
    if not hasattr(os, "geteuid"):
        return None
    try:
        owner = path.stat().st_uid
    except OSError:
        return None
    if owner == os.geteuid():
        return None
    return f"از آنِ کاربر دیگری ({_user_name(owner)}) است و کاربر کنونی ({_user_name(os.geteuid())}) اجازه {doing} آن را ندارد"


def _user_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"شناسه {uid}"


def check_access(path: Path, *, reading: bool) -> str:
    """Raise StorageError (naming the file and whose it is) unless this user may use the
    database at ``path`` as asked. Returns why it must be opened read-only (in Persian),
    or "" when it may be written: a command that only ``reading`` may go on where the
    file or its folder cannot be written, or the disk is full."""
    folder = path.parent
    exists = path.exists()
    if exists and not os.access(path, os.R_OK):
        why = _other_owner(path, "خواندن") or "خوانده نمی‌شود: اجازه خواندن آن نیست"
        raise StorageError(
            f"پرونده پایگاه داده {path} {why}. چیزی تغییر نکرد. اجازه دسترسی آن را درست کنید، "
            "یا برنامه را با کاربری باز کنید که اجازه دارد."
        )
    folder_writable = os.access(folder, os.W_OK)
    file_writable = not exists or os.access(path, os.W_OK)
    if reading and exists:
        if not (folder_writable and file_writable):
            return "اجازه نوشتن در آن یا در پوشه‌اش نیست"
        if disk_is_full(folder):
            return f"دیسک پوشه {folder} پر است"
        return ""
    if not folder_writable:
        other = _other_owner(folder, "نوشتن در")
        raise StorageError(
            (f"پوشه {folder} {other}؛" if other else f"اجازه نوشتن در پوشه {folder} نیست و")
            + f" پایگاه داده {path.name} در آن باز نمی‌شود "
            "(برنامه کنار پرونده، پرونده‌های کاری و پشتیبان می‌نویسد). اجازه پوشه را درست کنید یا پایگاه داده را "
            f"به پوشه دیگری ببرید. چیزی تغییر نکرد.{_READING_WORKS if exists else ''}"
        )
    if not file_writable:
        other = _other_owner(path, "نوشتن در")
        raise StorageError(
            f"پرونده پایگاه داده {path} {other or 'فقط‌خواندنی است'} و برنامه نمی‌تواند در آن بنویسد. اجازه نوشتن آن را "
            "درست کنید (یا از آن پشتیبان بگیرید و پشتیبان را به جای دیگری بازگردانید). پرونده دست نخورد."
            f"{_READING_WORKS}"
        )
    return ""
