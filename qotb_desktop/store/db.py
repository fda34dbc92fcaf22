"""Opening a database: the engine, SQLite's pragmas, and the file's own operations.

The file-level helpers here are the ground the backups stand on (see «Backups and
damaged files» in docs/decisions.md): ``check_file`` (is this a SQLite file that
passes SQLite's own check?), ``copy_sqlite`` (a consistent copy by SQLite's backup
API, verified before it takes its name), ``FileLock`` (one program at a time on a
database), and the translation of the disk's refusals (full, read-only, damaged)
into ``StorageError``, a Persian message for the clerk.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import re
import socket
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.output_files import fsync, fsync_folder, remove_leftovers
from qotb_desktop.store.disk import disk_is_full, disk_trouble

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


class StorageError(DomainError):
    """The disk or the file refused (full, read-only, unreadable, damaged); nothing was written."""


class DamagedFile(StorageError):
    """A file that is not a SQLite database, or fails SQLite's integrity check."""

    def __init__(self, path: Path, problem: str, message: str | None = None):
        self.path = Path(path)
        self.problem = problem
        super().__init__(message or f"پرونده {self.path} آسیب دیده است یا پایگاه داده نیست: {problem}")


class InUse(DomainError):
    """Another copy of the program holds the database."""

    def __init__(self, path: Path, holder: dict[str, str]):
        self.path = Path(path)
        self.holder = holder
        who = []
        if holder.get("host"):
            who.append(f"رایانه {holder['host']}")
        if holder.get("user"):
            who.append(f"کاربر {holder['user']}")
        if holder.get("pid"):
            who.append(f"شماره فرایند {to_persian_digits(holder['pid'])}")
        if holder.get("since"):
            who.append(f"از {to_persian_digits(holder['since'])}")
        if holder.get("what"):
            who.append(f"برای «{holder['what']}»")
        by = f" ({'، '.join(who)})" if who else ""
        super().__init__(
            f"پایگاه داده {self.path} هم‌اکنون در نسخه دیگری از برنامه باز است{by}. "
            "دو پنجره روی یک پایگاه داده کار یکدیگر را نمی‌بینند؛ نخست آن را ببندید و دوباره بکوشید. پایگاه داده دست نخورد."
        )


def url_for(target: str | Path) -> str:
    """A file path -> a SQLite URL; a URL (``postgresql://...``) is kept, with the
    psycopg driver (the one the program carries) when it names none: SQLAlchemy 2.0
    would otherwise look for psycopg2.

    A path is taken literally, whatever characters it holds («p%20q.sqlite»,
    «a?mode=ro.sqlite»): the URL is built by SQLAlchemy (``URL.create``), which escapes
    them, never by pasting the path into a string. A loop of symbolic links is refused
    (StorageError)."""
    text = str(target).strip()
    if "://" in text:
        for bare in ("postgresql://", "postgres://"):
            if text.startswith(bare):
                return "postgresql+psycopg://" + text[len(bare) :]
        return text
    return URL.create("sqlite", database=str(resolve_file(text))).render_as_string(hide_password=False)


def resolve_file(text: str | Path) -> Path:
    """The absolute path of a database file as given (``~`` expanded, links followed)."""
    given = Path(text).expanduser()
    try:
        return given.resolve()
    except (OSError, RuntimeError):  # Python raises RuntimeError (3.11) or OSError ELOOP (3.13) for a loop
        raise StorageError(
            f"مسیر پایگاه داده {given} پیوند نمادینی است که (مستقیم یا از راه پیوندهای دیگر) به خودش برمی‌گردد؛ "
            "پرونده‌ای پشت آن نیست. مسیر درست پرونده پایگاه داده را بدهید. چیزی تغییر نکرد."
        ) from None


def without_password(text: str) -> str:
    """An address as it may be shown: whatever stands between ``USER:`` and the last
    ``@`` is hidden (a password typed with an unencoded ``@`` or ``/`` included)."""
    return re.sub(r"(://[^:/@]*:).*@", r"\1***@", str(text))


def sqlite_path(url: str | URL) -> Path | None:
    parsed = url if isinstance(url, URL) else make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str | URL, *, read_only: bool = False) -> Engine:
    """The engine of a database. ``read_only`` (a SQLite file this user may not write, or
    in a folder this user may not write): every connection opened with SQLite's
    ``mode=ro`` (``connect_read_only``), transactions begun deferred (no write lock)."""
    path = sqlite_path(url)
    if read_only and path is not None:
        engine = create_engine(url, creator=lambda: connect_read_only(path, check_same_thread=False))
    else:
        engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_reading if read_only else _sqlite_begin)
        event.listen(engine, "handle_error", _storage_errors)
    return engine


def _sqlite_begin(conn) -> None:
    """Each transaction takes SQLite's write lock when it starts, so the checks a
    service makes and the writes that follow see the same database: another
    desk's write waits (busy timeout) instead of slipping in between. A reading unit
    of work (store/desks.py, READING) begins deferred: it writes nothing and holds no one back."""
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("qotb_reading") else "BEGIN IMMEDIATE")


def _sqlite_begin_reading(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def use_wal(engine: Engine) -> None:
    """Switch a SQLite file to write-ahead logging (kept in the file). Done once the
    schema is known to be ours and current, so that a file we refuse is not changed."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()


# -- the disk's refusals, in Persian ------------------------------------------------

_NOTHING_LOST = "آنچه پیش‌تر ثبت شده بود سالم است."


def storage_message(exc: BaseException, where: Path | str | None = None) -> str | None:
    """What the clerk is told when SQLite (or the disk under it) refuses, or None when
    the error is not about the file or the disk."""
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        name = f" {exc.filename}" if exc.filename else (f" {where}" if where else "")
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return f"دیسک پر است و نوشتن{name} انجام نشد. {_NOTHING_LOST} جایی در دیسک باز کنید و دوباره بکوشید."
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"اجازه نوشتن{name} نیست و کاری انجام نشد. اجازه دسترسی پرونده و پوشه آن را بررسی کنید."
        return f"خواندن یا نوشتن{name} انجام نشد ({exc.strerror or exc})."
    if not isinstance(exc, sqlite3.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    db = f" {where}" if where else ""

    def is_(number: int, *needles: str) -> bool:
        return code == number or any(n in text for n in needles)

    if is_(sqlite3.SQLITE_FULL, "disk is full"):
        return f"دیسک پر است و این تغییر در پایگاه داده{db} ذخیره نشد. {_NOTHING_LOST} جایی در دیسک باز کنید و دوباره بکوشید."
    if is_(sqlite3.SQLITE_READONLY, "readonly database"):
        return f"پایگاه داده{db} فقط‌خواندنی است و این تغییر ذخیره نشد. اجازه نوشتن پرونده و پوشه آن را بررسی کنید."
    if is_(sqlite3.SQLITE_CORRUPT, "malformed") or is_(sqlite3.SQLITE_NOTADB, "not a database"):
        return (
            f"پایگاه داده{db} آسیب دیده است و این کار انجام نشد. برنامه را ببندید و دوباره باز کنید تا "
            "بازگردانی تازه‌ترین پشتیبان سالم پیشنهاد شود."
        )
    if is_(sqlite3.SQLITE_IOERR, "disk i/o error") or is_(sqlite3.SQLITE_CANTOPEN, "unable to open"):
        if where is not None and disk_is_full(Path(where).parent):
            return f"دیسک پر است و این کار در پایگاه داده{db} ذخیره نشد. {_NOTHING_LOST} جایی در دیسک باز کنید و دوباره بکوشید."
        return f"خواندن یا نوشتن دیسک انجام نشد و این کار در پایگاه داده{db} ذخیره نشد. {_NOTHING_LOST}"
    if is_(sqlite3.SQLITE_BUSY, "database is locked"):
        return f"برنامه دیگری در حال نوشتن در پایگاه داده{db} است؛ چند لحظه بعد دوباره بکوشید. چیزی ذخیره نشد."
    return None


def _storage_errors(ctx: ExceptionContext) -> None:
    """SQLAlchemy's hook for every DBAPI error: the disk's refusals become StorageError
    (a DomainError the window and the command line show as they are); the rest stay."""
    original = ctx.original_exception
    where = sqlite_path(str(ctx.engine.url)) if ctx.engine is not None else None
    message = storage_message(original, where) if isinstance(original, sqlite3.Error) else None
    if message:
        raise StorageError(message) from original


# -- checking and copying files -------------------------------------------------------


def sqlite_uri(path: Path, *, immutable: bool = False) -> str:
    """A read-only SQLite URI for ``path`` (any character in the name is safe)."""
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(path: Path, **kwargs: object) -> sqlite3.Connection:
    """A connection that only reads ``path``, whatever may be written beside it.

    SQLite's ``mode=ro``; when even that is refused because nothing may be created
    beside the file (a read-only or full folder, where a database in WAL mode needs its
    ``-shm``) and no write-ahead log is waiting beside it, the file is read as immutable:
    all its committed records are in the file itself then."""
    conn = sqlite3.connect(sqlite_uri(path), uri=True, **kwargs)  # type: ignore[arg-type]
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_FULL):
            raise
        for waiting in ("-wal", "-journal"):  # committed records in a log, or a transaction to roll back
            side = Path(str(path) + waiting)
            if side.exists() and side.stat().st_size > 0:
                raise
    return sqlite3.connect(sqlite_uri(path, immutable=True), uri=True, **kwargs)  # type: ignore[arg-type]


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def check_file(path: Path, *, full: bool = False, immutable: bool = False) -> str | None:
    """None when ``path`` is a SQLite database that passes SQLite's check, else what is
    wrong, in Persian. Only reads: ``PRAGMA quick_check`` (``full``: ``integrity_check``,
    which also checks every index against its table) on a read-only connection.
    ``immutable`` for a file nobody writes (a backup): no lock, no -wal/-shm beside it.

    What is not the file's fault (a full disk, no permission, the disk failing to read)
    raises StorageError instead (``disk_trouble``): a healthy file is never called
    damaged, and no older backup is proposed in its place."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(disk_trouble(exc, path) or f"پرونده {path} خوانده نشد ({exc.strerror}).") from None
    if size == 0:
        return "پرونده خالی است"
    if header != SQLITE_HEADER:
        return "پرونده پایگاه داده SQLite نیست (آغاز آن سرآیند SQLite را ندارد)"
    pragma = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
    try:
        rows = _run(path, pragma, immutable=immutable)
    except sqlite3.Error as exc:
        if immutable or (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != sqlite3.SQLITE_READONLY:
            return _trouble_or_damage(exc, path)
        # A transaction cut short (a crash, a kill) left a hot rollback journal, which a
        # read-only connection may not roll back. SQLite's own recovery, as any opening
        # would do it, then the check: this is no change of the records.
        try:
            with contextlib.closing(sqlite3.connect(path)) as conn:
                rows = conn.execute(pragma).fetchmany(5)
        except sqlite3.Error as again:
            return _trouble_or_damage(again, path)
    if rows == [("ok",)]:
        return None
    return "بررسی SQLite خطا یافت: " + "؛ ".join(str(r[0]) for r in rows)


def _run(path: Path, pragma: str, *, immutable: bool) -> list:
    conn = sqlite3.connect(sqlite_uri(path, immutable=True), uri=True) if immutable else connect_read_only(path)
    with contextlib.closing(conn):
        return conn.execute(pragma).fetchmany(5)


def _trouble_or_damage(exc: sqlite3.Error, path: Path) -> str:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        trouble = disk_trouble(exc, path)
        if trouble:
            raise StorageError(trouble) from None
    return _damage(exc)


def _damage(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text:
        return "پرونده پایگاه داده SQLite نیست یا آغاز آن آسیب دیده است"
    if "malformed" in text:
        return "ساختار درونی پرونده آسیب دیده است (database disk image is malformed)"
    return f"پرونده خوانده نشد ({text})"


def revision_of(path: Path) -> str | None:
    """The schema revision (Alembic's) of a SQLite file, read without writing to it;
    None when the file has no revision table (not ours)."""
    conn = sqlite3.connect(sqlite_uri(path, immutable=True), uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def copy_sqlite(source: Path, target: Path, *, verify: bool = True, immutable_source: bool = False) -> None:
    """A consistent copy of a live SQLite file (WAL included), by SQLite's backup API.

    The copy is written under a temporary name, checked with ``PRAGMA integrity_check``
    (``verify``), flushed to the disk, and only then given its name: a copy that
    exists under its name is whole. A copy that fails the check raises DamagedFile
    (the source's own damage, copied page for page); a full disk, StorageError. The
    source is only read (``immutable_source``: a file nobody writes, such as a backup,
    read without a lock and without a -wal/-shm made beside it)."""
    source, target = Path(source), Path(target)
    try:
        with whole_file(target) as tmp:
            try:
                if immutable_source:
                    src = sqlite3.connect(sqlite_uri(source, immutable=True), uri=True)
                else:
                    src = connect_read_only(source)
                try:
                    dst = sqlite3.connect(tmp)
                    try:
                        src.backup(dst)
                        dst.execute("PRAGMA journal_mode=DELETE")
                    finally:
                        dst.close()
                finally:
                    src.close()
            except sqlite3.Error as exc:
                raise StorageError(_copy_failed(exc, target)) from None
            if verify:
                problem = check_file(tmp, full=True, immutable=True)
                if problem:
                    message = f"نسخه‌ای که از {source} ساخته شد بررسی را نگذراند ({problem}) و نگه داشته نشد."
                    raise DamagedFile(source, problem, message)
    except OSError as exc:
        raise StorageError(_copy_failed(exc, target)) from None


@contextlib.contextmanager
def whole_file(target: Path) -> Iterator[Path]:
    """A SQLite file made whole or not at all: the block writes and checks the file at
    the path it is given (a temporary name beside ``target``); when the block ends
    without an error the file is flushed to the disk and takes ``target``'s name (an
    existing one is replaced only then), and the folder is flushed. The temporary file
    and its -journal/-wal/-shm are removed whatever happens. The folder is made when
    missing (StorageError when it cannot be); the disk's other refusals come out as
    OSError, for the caller to name. What an earlier try at the same name left when its
    process was killed is removed first (output_files.remove_leftovers)."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"پوشه {target.parent} ساخته نشد: {storage_message(exc, target.parent)}") from None
    remove_leftovers(target.parent, [re.compile(re.escape(target.name) + r"\.(\d+)\.part")])  # an earlier try, killed
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
    _remove_sqlite(tmp)
    try:
        yield tmp
        fsync(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    finally:
        _remove_sqlite(tmp)


def _remove_sqlite(path: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + extra).unlink(missing_ok=True)


def _copy_failed(exc: BaseException, target: Path) -> str:
    """Why a copy was not made; what it was copied from is untouched either way."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    number = getattr(exc, "errno", None)
    if code == sqlite3.SQLITE_FULL or number in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in str(exc):
        why = f"دیسک پر است. جایی در دیسک {target.parent} باز کنید و دوباره بکوشید"
    elif code == sqlite3.SQLITE_READONLY or number in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = f"اجازه نوشتن در پوشه {target.parent} نیست"
    elif code == sqlite3.SQLITE_CORRUPT or code == sqlite3.SQLITE_NOTADB:
        why = _damage(exc)
    else:
        why = str(exc)
    return f"نسخه {target} ساخته نشد: {why}. پایگاه داده دست نخورد."


def schema_sql(path: Path) -> str:
    """The schema of a SQLite file as SQL text, in a stable order (for db/schema.sql)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, name"
        ).fetchall()
    finally:
        conn.close()
    return "".join(f"-- {kind} {name}\n{sql.strip()};\n\n" for kind, name, sql in rows)


# -- one program at a time on a database --------------------------------------------

_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: one byte far past the text, which stays readable


class FileLock:
    """An operating-system lock on ``DATABASE.lock`` beside the database.

    The system releases it when the process ends, however it ends (closed, killed, a
    power cut), so a lock file left by a dead program never stands in the way; the
    file's text (host, user, process, since when, what) is only there to name the
    holder in the message the second program gives."""

    def __init__(self, database: Path, what: str):
        self.database = Path(database)
        self.path = Path(str(database) + ".lock")
        self.what = what
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StorageError(f"پرونده قفل {self.path} ساخته نشد: {storage_message(exc, self.path)}") from None
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise InUse(self.database, holder)
        info = {
            "pid": str(os.getpid()),
            "host": socket.gethostname(),
            "user": _user(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
            "what": self.what,
        }
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        self._fd = fd

    def release(self) -> None:
        """Unlock and leave the file (removing it would race with a program about to lock it)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no user name is no reason to refuse)
        return ""


def _read_holder(fd: int) -> dict[str, str]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8") or "{}")
        return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


if os.name == "nt":  # pragma: no cover (the Windows build; not run by this suite)
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
