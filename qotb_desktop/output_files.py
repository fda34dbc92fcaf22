"""Every file the program writes for the clerk goes through here.

Reports, exports, the import's error report, backups, the samples, the window's saved
PDFs and CSVs: each is

- refused when it would land on a database: the open database itself, its side files
  (``-wal``, ``-shm``, ``-journal``, ``.lock``; those of any SQLite file, too), or
  anything in its folder of automatic copies (``backups/``). A database registers
  itself when it is opened (``protect``, done by wiring.open_store);
- refused when the file exists, unless replacing it was asked (``--force`` on the
  command line; the window's file dialog asks the clerk first);
- written whole or not at all: under a temporary name in the same folder
  (``.qotb-PID-XXXX.part``), flushed to the disk, then renamed into place. A failure
  (a full disk, Ctrl-C) removes the temporary file and leaves the requested name as it
  was: absent, or the old file untouched. Temporary files left by a process that was
  killed are removed the next time the program writes into that folder.

The messages are Persian and name the file. Standard library only: the store (for its
backups), the command line and the window all use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from qotb_desktop.domain.errors import DomainError

SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")  # SQLite's own (and the program's lock) beside a database
BACKUP_FOLDER = "backups"
SQLITE_HEADER = b"SQLite format 3\x00"
STALE_AFTER_S = 60  # a temporary file of a dead process, untouched this long, is a leftover
_PART = re.compile(r"\.qotb-(\d+)-[0-9a-f]+\.part")

# The open databases (resolved paths) and their folders of automatic copies, counted
# (a database opened twice in one process is protected until both are closed).
_databases: Counter[Path] = Counter()
_backup_folders: Counter[Path] = Counter()


class OutputRefused(DomainError):
    """The file was not written (see the message); nothing under its name changed.
    ``paths``: every path the message names (the file first), for a window to show them
    left to right inside the Persian sentence."""

    def __init__(self, path: Path | str, message: str, *others: Path | str):
        self.path = Path(path)
        self.paths = [self.path, *(Path(p) for p in others)]
        super().__init__(message)


def protect(database: Path | None, backups: Path | None = None) -> None:
    """``database`` (a SQLite file; None for a server database) and ``backups`` (its
    folder of automatic copies) may not be written over while it is open."""
    if database is not None:
        _databases[_resolved(database)] += 1
    if backups is not None:
        _backup_folders[_resolved(backups)] += 1


def release(database: Path | None, backups: Path | None = None) -> None:
    for counter, path in ((_databases, database), (_backup_folders, backups)):
        if path is not None:
            key = _resolved(path)
            counter[key] -= 1
            if counter[key] <= 0:
                del counter[key]


def _resolved(path: Path | str) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(Path(path).expanduser()))


def _same(a: Path, b: Path) -> bool:
    if os.path.normcase(str(a)) == os.path.normcase(str(b)):
        return True
    try:
        return os.path.samefile(a, b)  # another name of the same file (a hard link, a case-insensitive disk)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    here, there = os.path.normcase(str(path)), os.path.normcase(str(folder))
    return here == there or here.startswith(there.rstrip(os.sep) + os.sep)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_target(
    path: Path | str,
    *,
    overwrite: bool = False,
    databases: Iterable[Path | None] = (),
    backups: Iterable[Path | None] = (),
) -> Path:
    """The path a file will be written to (symbolic links followed), or OutputRefused
    saying why not. ``databases`` and ``backups`` add to the open ones (``protect``)."""
    text = str(path)
    shown = Path(text).expanduser()
    if not text.strip():
        raise OutputRefused(shown, "نام پرونده خروجی نوشته نشده است.")
    try:
        target = shown.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links
        raise OutputRefused(
            shown, f"مسیر {shown} پیوند نمادینی است که به خودش برمی‌گردد (یک حلقه)؛ نام دیگری بنویسید. چیزی نوشته نشد."
        ) from None
    if target.is_dir() or text.endswith(("/", os.sep)):
        raise OutputRefused(shown, f"مسیر {shown} یک پوشه است؛ نام پرونده را هم بنویسید.")
    every_database = {*_databases, *(_resolved(d) for d in databases if d is not None)}
    folders = {*_backup_folders, *(_resolved(b) for b in backups if b is not None)}
    folders |= {d.parent / BACKUP_FOLDER for d in every_database}
    for database in every_database:
        if _same(target, database):
            raise OutputRefused(shown, f"پرونده خروجی {shown} خود پایگاه داده است؛ روی آن نوشته نمی‌شود. نام دیگری بنویسید.")
        for side in SIDE_FILES:
            if _same(target, Path(str(database) + side)):
                raise OutputRefused(shown, _side_file(shown, database), database)
    for folder in folders:
        if _inside(target, folder):
            raise OutputRefused(
                shown,
                f"پرونده {shown} در پوشه پشتیبان‌های خودکار پایگاه داده است، {folder}؛ برنامه آن پوشه را خودش می‌چرخاند "
                "و پرونده‌ای که در آن گذاشته شود ممکن است پاک شود یا پشتیبانی را بپوشاند. جای دیگری را برگزینید.",
                folder,
            )
    for side in SIDE_FILES:  # the side file of any SQLite database, open here or not
        if target.name.endswith(side) and len(target.name) > len(side):
            base = target.with_name(target.name[: -len(side)])
            if _is_sqlite(base):
                raise OutputRefused(shown, _side_file(shown, base), base)
    if target.exists() and not overwrite:
        raise OutputRefused(shown, f"پرونده {shown} هست؛ نام دیگری بنویسید یا جایگزینی آن را بخواهید (--force). چیزی نوشته نشد.")
    return target


def _side_file(shown: Path, database: Path) -> str:
    return (
        f"پرونده {shown} پرونده کناری پایگاه داده {database} است که SQLite یا قفل برنامه آن را نگه می‌دارد؛ نوشتن روی آن "
        "داده‌های ثبت‌شده را از میان می‌برد یا قفل را می‌شکند. نام دیگری بنویسید. چیزی نوشته نشد."
    )


# -- writing whole -------------------------------------------------------------------------


def why_not_written(exc: OSError, target: Path, *, replaced: bool = False) -> str:
    """The Persian sentence for a disk's refusal, naming ``target``."""
    kept = "پرونده پیشین دست نخورد." if replaced else "چیزی زیر این نام نوشته نشد."
    number = exc.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"دیسک پر است و پرونده {target} ساخته نشد؛ {kept} جایی در دیسک باز کنید و دوباره بکوشید."
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"اجازه نوشتن در پوشه {target.parent} نیست و پرونده {target} ساخته نشد؛ {kept}"
    if number in (errno.ENOENT, errno.ENOTDIR):
        return f"پوشه {target.parent} نیست و پرونده {target} ساخته نشد؛ پوشه‌ای را برگزینید که هست."
    if number == errno.ENAMETOOLONG:
        return f"نام پرونده {target} بلندتر از آن است که سامانه بپذیرد؛ نام کوتاه‌تری بنویسید."
    detail = exc.strerror or str(exc)
    return f"پرونده {target} ساخته نشد ({detail})؛ {kept}"


@contextlib.contextmanager
def whole(
    path: Path | str,
    *,
    overwrite: bool = False,
    databases: Iterable[Path | None] = (),
    backups: Iterable[Path | None] = (),
) -> Iterator[Path]:
    """Write a file whole or not at all: the block writes to the temporary path it is
    given (beside the target); when the block ends without an error the file is flushed
    to the disk and takes the target's name, and the folder is flushed. Any error (and
    Ctrl-C) removes the temporary file; the disk's refusals come out as OutputRefused
    naming the target. Where the file goes: ``check_target``."""
    target = check_target(path, overwrite=overwrite, databases=databases, backups=backups)
    existed = target.exists()
    remove_leftovers(target.parent)
    tmp = target.with_name(f".qotb-{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            os.close(fd)
            if existed:
                with contextlib.suppress(OSError):
                    os.chmod(tmp, target.stat().st_mode & 0o7777)  # a replaced file keeps its permissions
            yield tmp
            fsync(tmp)
            put_in_place(tmp, target, overwrite=overwrite)
        except OSError as exc:
            raise OutputRefused(target, why_not_written(exc, target, replaced=existed), target.parent) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    fsync_folder(target.parent)


def write_bytes(
    path: Path | str,
    data: bytes,
    *,
    overwrite: bool = False,
    databases: Iterable[Path | None] = (),
    backups: Iterable[Path | None] = (),
) -> Path:
    """``data`` written whole to ``path`` (see ``whole``); returns where it went."""
    databases, backups = list(databases), list(backups)
    target = check_target(path, overwrite=overwrite, databases=databases, backups=backups)
    with whole(target, overwrite=overwrite, databases=databases, backups=backups) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
    return target


def put_in_place(tmp: Path, target: Path, *, overwrite: bool) -> None:
    """``tmp`` takes ``target``'s name: replacing it only when ``overwrite``; otherwise a
    file that appeared meanwhile is refused, not replaced."""
    if overwrite:
        os.replace(tmp, target)
        return
    if os.name == "nt":
        try:
            os.rename(tmp, target)  # Windows refuses to rename onto an existing file
        except FileExistsError:
            raise OutputRefused(target, f"پرونده {target} همین اکنون ساخته شد؛ جایگزین نشد. دوباره بکوشید.") from None
        return
    try:
        os.link(tmp, target)  # fails if the name is taken: no race with another writer
    except FileExistsError:
        raise OutputRefused(target, f"پرونده {target} همین اکنون ساخته شد؛ جایگزین نشد. دوباره بکوشید.") from None
    except OSError:  # a file system without hard links (FAT, some shares)
        if target.exists():
            raise OutputRefused(target, f"پرونده {target} همین اکنون ساخته شد؛ جایگزین نشد. دوباره بکوشید.") from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)  # Windows flushes only what it may write
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """A rename is durable once its folder is flushed (POSIX; Windows cannot open a folder)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fsync(folder)


# -- what killed processes left ---------------------------------------------------------------


def process_alive(pid: int) -> bool:
    """Is process ``pid`` running on this machine? (True when it cannot be told.)"""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover (the Windows build)
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.windll.kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, as another user's
    return True


def is_stale(path: Path, pid: int, *, now: float | None = None) -> bool:
    """A temporary file of process ``pid`` that nobody writes any more: its process is
    gone and it has not changed for STALE_AFTER_S (a process of another machine on a
    shared folder is not seen here, but its file keeps changing while it writes)."""
    try:
        age = (now or time.time()) - path.stat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER_S and not process_alive(pid)


def remove_leftovers(folder: Path, patterns: Iterable[re.Pattern[str]] = (_PART,)) -> list[Path]:
    """Remove the temporary files of killed processes in ``folder``: names matching one
    of ``patterns`` whose first group is the writer's process number (with SQLite's
    -journal/-wal/-shm of the same name). Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        base = name
        for extra in ("-journal", "-wal", "-shm"):
            if name.endswith(extra):
                base = name[: -len(extra)]
        for pattern in patterns:
            match = pattern.fullmatch(base)
            if match and is_stale(entry, int(match.group(1))):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
                break
    return removed
