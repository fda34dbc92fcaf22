"""Copying a whole database into another, verified: a desk's SQLite file to the
PostgreSQL server (``qotb migrate-data``), a server's backup (the server copied into
a SQLite file, the same kind of file as a desk's backup) and its restore (a backup
file copied back over the server's records). See docs/postgresql.md.

``copy_database(source, target)`` copies every row of every table of the program's
schema (the models' metadata, parents before children: ``metadata.sorted_tables``)
from one engine to another:

- both must be at the schema revision of this version of the program (the newest
  migration): a database opened by the program (``Database.open`` and ``upgrade``) is;
  a copy between two revisions is refused, never guessed. ``alembic_version`` is not
  copied: each side has its own, compared before anything is written;
- the target must hold no records (the reference data the program writes at every
  start, the groups and the council seats, and the trail of writing them, do not
  count), unless ``replace``: then its rows are deleted first (a restore);
- the source is read in one snapshot (SQLite: its write lock, so nothing changes
  under the copy; PostgreSQL: a REPEATABLE READ, READ ONLY transaction) and the target
  written in ONE transaction: committed whole, or not at all;
- the rows go in batches (Core INSERT of plain rows, executemany) with every column
  the metadata knows, so a column added by a later migration is copied too; a table
  that refers to itself (a meeting whose minutes were approved at a later meeting, a
  field under its group) gets its rows in an order where each row's parent comes first;
- the triggers that lock finalised minutes and closed evaluations are set aside during
  the load and put back in the same transaction (``store/triggers.py``);
- on PostgreSQL each table's id sequence is set past the copied ids;
- before the commit, every table is read back from the target: its count and a
  checksum of its rows (independent of order) must equal the source's, else nothing is
  committed. The report lists both per table.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, String, Table, delete, func, insert, inspect, select, text, update
from sqlalchemy.exc import DBAPIError

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.store import migrate
from qotb_desktop.store.db import (
    StorageError,
    check_file,
    copy_sqlite,
    make_engine,
    sqlite_path,
    storage_message,
    url_for,
    whole_file,
)
from qotb_desktop.store.models import Base
from qotb_desktop.store.triggers import triggers_set_aside

BATCH = 1000  # rows a statement

# Written by the program at every start from the rules edition (services/reference.py):
# a database that holds only these holds no records.
REFERENCE_TABLES = frozenset({"scientific_group", "council_seat"})
AUDIT_TABLE = "audit_log"
SEAL_TABLE = "audit_seal"  # the trail's seal (store/audit.py): state of the trail, not a record
IDENTITY_TABLE = "database_identity"  # which database this is (store/identity.py): copied, not a record

# What a table holds, for the messages and the report; a table added later without a
# name here is shown by its own name.
LABELS = {
    "audit_seal": "مهر دفتر تغییرات",
    "database_identity": "شناسه پایگاه داده",
    "funding_year": "سال‌های اعتبار",
    "budget_entry": "ردیف‌ها و وجوه اعتبار",
    "allocation_sheet": "جدول‌های تخصیص",
    "allocation": "سهم‌های تخصیص قطب‌ها",
    "funding_call": "فراخوان‌ها",
    "call_topic": "موضوع‌های فراخوان",
    "proposal": "پیشنهادهای پروژه",
    "proposal_partner": "قطب‌های همکار پیشنهادها",
    "criterion_mark": "شاخص‌های بررسی پیشنهادها",
    "project_stage": "مرحله‌های پروژه‌ها",
    "stage_payment": "پرداخت‌های مرحله‌ها",
    "review_body": "گروه‌ها و کارگروه‌ها",
    "review_body_member": "اعضای گروه‌ها و کارگروه‌ها",
    "review_sitting": "بررسی‌ها و حاضران",
    "review_sitting_member": "حاضران بررسی‌ها",
    "contract_support": "حمایت از قراردادهای مشترک",
    "contract_support_centre": "قطب‌های قراردادهای مشترک",
    "score_stamp": "نشان دگرگونی امتیاز اعضا",
    "member_score": "امتیازهای نگه‌داشته اعضا",
    "scientific_group": "گروه‌ها و رشته‌های علمی",
    "council_seat": "کرسی‌های شورا",
    "institution": "مؤسسه‌ها",
    "faculty_member": "اعضای هیأت علمی",
    "centre": "قطب‌ها",
    "centre_partner": "مؤسسه‌های همکار قطب‌ها",
    "membership": "عضویت‌ها در قطب‌ها",
    "council_term": "دوره‌های عضویت در شورا",
    "activity": "فعالیت‌های اعضا",
    "score_sheet": "برگه‌های امتیاز",
    "program_section": "بخش‌های برنامه قطب‌ها",
    "centre_check": "بررسی‌های ماده ۵",
    "meeting": "جلسه‌ها",
    "attendance": "حاضران جلسه‌ها",
    "agenda_item": "دستور جلسه‌ها",
    "decision": "مصوبه‌ها",
    "follow_up": "پیگیری‌ها",
    "amendment": "اصلاحیه‌های صورت‌جلسه",
    "minutes_copy": "تصویرهای صورت‌جلسه",
    "member_change": "تغییرهای اعضای قطب",
    "annual_report": "گزارش‌های سالانه",
    "annual_report_area": "بخش‌های گزارش‌های سالانه",
    "evaluation": "ارزیابی‌ها",
    "evaluation_score": "امتیازهای ارزیابی",
    "evaluation_reopening": "بازگشایی‌های ارزیابی",
    "app_user": "حساب‌های کاربری",
    "audit_log": "رویدادهای دفتر تغییرات",
}

fa = to_persian_digits


def label(table: str) -> str:
    return LABELS.get(table, table)


class TransferRefused(DomainError):
    """The copy was not made (or not committed); the target is as it was."""


@dataclass(frozen=True)
class TableReport:
    table: str
    source_rows: int
    target_rows: int
    source_digest: str
    target_digest: str

    @property
    def label(self) -> str:
        return label(self.table)

    @property
    def equal(self) -> bool:
        return self.source_rows == self.target_rows and self.source_digest == self.target_digest


@dataclass(frozen=True)
class TransferReport:
    revision: str
    tables: tuple[TableReport, ...]

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)

    @property
    def equal(self) -> bool:
        return all(t.equal for t in self.tables)

    def counts(self) -> dict[str, int]:
        return {t.table: t.target_rows for t in self.tables}


def tables() -> list[Table]:
    """The program's tables, every parent before its children."""
    return list(Base.metadata.sorted_tables)


# -- the copy ---------------------------------------------------------------------------


def copy_database(source: Engine, target: Engine, *, replace: bool = False, batch: int = BATCH) -> TransferReport:
    """Copy every record of ``source`` into ``target`` (see the module's text); the
    target's transaction is committed only when every table's count and checksum
    agree. Raises TransferRefused (nothing written) when the revisions differ or the
    target holds records and ``replace`` is not asked; StorageError when a side
    refuses (the server down, the disk full)."""
    where_from, where_to = describe(source), describe(target)
    try:
        with _snapshot(source) as src, target.begin() as dst:
            revision = _same_revision(src, dst, where_from, where_to)
            every = tables()
            with triggers_set_aside(dst, [t.name for t in every]):
                if not replace:
                    _require_empty(dst, where_to)
                versions = _versions_in_use(dst, every) if replace else {}
                for table in reversed(every):
                    dst.execute(delete(table))
                digests = {t.name: _copy_table(src, dst, t, batch) for t in every}
                _reset_sequences(dst, every)
            report = TransferReport(revision, tuple(_verify(dst, t, *digests[t.name]) for t in every))
            wrong = [t for t in report.tables if not t.equal]
            if wrong:
                names = "، ".join(f"{t.label} (مبدأ {fa(t.source_rows)}، مقصد {fa(t.target_rows)})" for t in wrong)
                raise TransferRefused(
                    f"رونوشت در {where_to} با مبدأ یکی نبود و نگه داشته نشد: {names}. پایگاه داده مقصد دست نخورد."
                )
            if versions:
                with triggers_set_aside(dst, list(versions)):
                    _versions_past(dst, every, versions)
    except DBAPIError as exc:
        raise StorageError(
            f"رونوشت پایگاه داده از {where_from} به {where_to} انجام نشد و مقصد دست نخورد ({_reason(exc)})."
        ) from None
    return report


def describe(engine: Engine) -> str:
    path = sqlite_path(str(engine.url))
    return str(path) if path else engine.url.render_as_string(hide_password=True)


def _reason(exc: DBAPIError) -> str:
    original = exc.orig if exc.orig is not None else exc
    return storage_message(original) or str(original).strip().splitlines()[0]


@contextlib.contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One consistent view of the source for the whole copy; nothing is written to it."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin():  # SQLite: BEGIN IMMEDIATE (db.make_engine), other writers wait
            yield conn


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _same_revision(src: Connection, dst: Connection, where_from: str, where_to: str) -> str:
    head = migrate.head_revision()
    theirs, ours = current_revision(src), current_revision(dst)
    if theirs is None:
        raise TransferRefused(f"{where_from} پایگاه داده این برنامه نیست (نگارش ساختار آن معلوم نیست). چیزی نوشته نشد.")
    for where, revision in ((where_from, theirs), (where_to, ours)):
        if revision != head:
            raise TransferRefused(
                f"ساختار پایگاه داده {where} (نگارش {revision or 'ناپیدا'}) با این نگارش برنامه ({head}) یکی نیست؛ "
                "رونوشت فقط میان دو پایگاه داده هم‌نگارش ساخته می‌شود. نخست آن را با همین برنامه باز کنید تا "
                "به‌روز شود. چیزی نوشته نشد."
            )
    return head


def holdings(conn: Connection) -> dict[str, int]:
    """The records a database holds, by table (the reference data, and the trail of
    writing it, are not records)."""
    found: dict[str, int] = {}
    for table in tables():
        if table.name in REFERENCE_TABLES or table.name in (SEAL_TABLE, IDENTITY_TABLE):
            continue
        query = select(func.count()).select_from(table)
        if table.name == AUDIT_TABLE and "table_name" in table.c:
            query = query.where(table.c.table_name.not_in(sorted(REFERENCE_TABLES)))
        n = conn.execute(query).scalar_one()
        if n:
            found[table.name] = n
    return found


def _require_empty(dst: Connection, where: str) -> None:
    held = holdings(dst)
    if held:
        what = "، ".join(f"{label(name)}: {fa(n)}" for name, n in held.items())
        raise TransferRefused(
            f"پایگاه داده مقصد {where} خالی نیست: {what}. داده‌ها فقط به پایگاه داده‌ای خالی برده می‌شوند "
            "تا چیزی روی چیزی ننشیند؛ پایگاه داده تازه‌ای بسازید و نشانی آن را بدهید. چیزی نوشته نشد."
        )


def _copy_table(src: Connection, dst: Connection, table: Table, batch: int) -> tuple[int, str]:
    """Copy one table; returns its row count and checksum as read from the source."""
    columns = list(table.columns)
    keys = [c.key for c in columns]
    checks = _checks(dst, table)
    query = select(*columns).order_by(*table.primary_key.columns)
    count, digest = 0, 0
    parts: Iterable[Sequence[Sequence[Any]]]
    if _self_references(table):  # read whole (small tables), put in order
        rows = _parents_first(table, list(src.execute(query).all()))
        parts = (rows[i : i + batch] for i in range(0, len(rows), batch))
    else:
        # per statement: Connection.execution_options() would change the connection itself
        result = src.execute(query.execution_options(stream_results=True, yield_per=batch))
        parts = result.partitions(batch)
    statement = insert(table)
    for part in parts:
        values = []
        for row in part:
            for check in checks:
                check(row)
            values.append(dict(zip(keys, row, strict=True)))
            digest = (digest + _row_hash(row)) % _MOD
            count += 1
        if values:
            dst.execute(statement, values)
    return count, _hex(digest)


def _self_references(table: Table) -> list[tuple[int, list[int]]]:
    """For each foreign key of ``table`` to itself: (its columns' positions, the
    referred columns' positions)."""
    positions = {c.key: i for i, c in enumerate(table.columns)}
    found = []
    for constraint in table.foreign_key_constraints:
        if constraint.referred_table is table:
            mine = [positions[c.key] for c in constraint.columns]
            theirs = [positions[e.column.key] for e in constraint.elements]
            found.append((mine, theirs))
    return found


def _parents_first(table: Table, rows: list[Any]) -> list[Any]:
    """The rows in an order where each row comes after the rows it refers to (in the
    same table), otherwise in primary-key order."""
    links = _self_references(table)
    referred = [theirs for _mine, theirs in links]
    pending = list(rows)
    placed: set[tuple[int, tuple[Any, ...]]] = set()
    ordered: list[Any] = []
    while pending:
        waiting = []
        for row in pending:
            needs = [(n, tuple(row[i] for i in mine)) for n, (mine, _theirs) in enumerate(links)]
            if all(None in key or (n, key) in placed for n, key in needs):
                ordered.append(row)
                for n, theirs in enumerate(referred):
                    placed.add((n, tuple(row[i] for i in theirs)))
            else:
                waiting.append(row)
        if len(waiting) == len(pending):  # a row refers to one that is missing, or a cycle
            ordered.extend(waiting)  # the database's own foreign key says what is wrong
            break
        pending = waiting
    return ordered


def _checks(dst: Connection, table: Table) -> list[Any]:
    """What PostgreSQL would refuse that SQLite keeps: a text longer than its column, a
    NUL character. Checked before writing, so the message names the record."""
    if dst.dialect.name != "postgresql":
        return []
    checks = []
    pk = [i for i, c in enumerate(table.columns) if c.primary_key]
    for i, column in enumerate(table.columns):
        if not isinstance(column.type, String):  # Text and the other strings too
            continue
        length = column.type.length

        def check(row, i=i, column=column, length=length) -> None:
            value = row[i]
            if not isinstance(value, str):
                return
            which = "/".join(str(row[k]) for k in pk)
            if length is not None and len(value) > length:
                raise TransferRefused(
                    f"در {label(table.name)} (جدول {table.name}، رکورد {which}) ستون {column.name} "
                    f"{fa(len(value))} نویسه دارد و بیش از اندازه آن ({fa(length)}) است؛ PostgreSQL آن را نمی‌پذیرد. "
                    "آن را در برنامه کوتاه کنید و دوباره بکوشید. چیزی نوشته نشد."
                )
            if "\x00" in value:
                raise TransferRefused(
                    f"در {label(table.name)} (جدول {table.name}، رکورد {which}) ستون {column.name} نویسه تهی (NUL) "
                    "دارد که PostgreSQL نمی‌پذیرد. آن را در برنامه درست کنید و دوباره بکوشید. چیزی نوشته نشد."
                )

        checks.append(check)
    return checks


def _versions_in_use(dst: Connection, every: list[Table]) -> dict[str, int]:
    """The largest version of each versioned table, before a replacement."""
    return {t.name: dst.scalar(select(func.coalesce(func.max(t.c.version), 0))) or 0 for t in every if "version" in t.c}


def _versions_past(dst: Connection, every: list[Table], versions: dict[str, int]) -> None:
    """After a replacement (a restore), every record's version is moved past any the
    table held before: a form left open on another desk across the restore carries one
    of those, so its save is refused (services/versions.py) instead of writing over the
    restored record, or over a new one that took a freed id."""
    for table in every:
        if versions.get(table.name):
            dst.execute(update(table).values(version=table.c.version + versions[table.name]))


def _reset_sequences(dst: Connection, every: list[Table]) -> None:
    """The next id of each table comes after the copied ones, and never before an id
    the sequence has already given (a restore brings older, fewer rows back: an id a
    record had after the backup is not given again, so nothing open on another desk
    can point at a different record): PostgreSQL's sequences, and SQLite's own counter
    when a table keeps one (AUTOINCREMENT)."""
    if dst.dialect.name == "postgresql":
        for table in every:
            column = table.autoincrement_column
            if column is None:
                continue
            sequence = dst.scalar(
                text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": f'"{table.name}"', "column": column.name}
            )
            if sequence is None:
                continue
            given = dst.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
            after_given = given.last_value + 1 if given.is_called else given.last_value
            dst.execute(
                text(
                    "SELECT setval(:sequence, GREATEST(:after_given, "
                    f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1), false)'
                ),
                {"sequence": sequence, "after_given": after_given},
            )
        return
    if dst.dialect.name == "sqlite" and "sqlite_sequence" in inspect(dst).get_table_names():
        for table in every:
            column = table.autoincrement_column
            if column is None:
                continue
            dst.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table.name})
            dst.execute(
                text(f'INSERT INTO sqlite_sequence (name, seq) SELECT :t, MAX("{column.name}") FROM "{table.name}"'),
                {"t": table.name},
            )


# -- the check ----------------------------------------------------------------------------

_MOD = 1 << 256


def _plain(value: Any) -> Any:
    """A value as both back ends return it through the same column type."""
    if isinstance(value, Decimal):
        return ("D", format(value.normalize(), "f"))
    if isinstance(value, bool):
        return ("B", int(value))
    if isinstance(value, datetime | date | time):
        return (type(value).__name__, value.isoformat())
    if isinstance(value, bytes | bytearray | memoryview):
        return ("X", hashlib.sha256(bytes(value)).hexdigest())
    return value


def _row_hash(row: Sequence[Any]) -> int:
    text_ = repr(tuple(_plain(v) for v in row))
    return int.from_bytes(hashlib.sha256(text_.encode("utf-8", "surrogatepass")).digest(), "big")


def _hex(digest: int) -> str:
    return f"{digest:064x}"


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """A table's row count and a checksum of its rows that does not depend on their order."""
    count, digest = 0, 0
    result = conn.execute(select(*table.columns).execution_options(stream_results=True, yield_per=BATCH))
    for part in result.partitions(BATCH):
        for row in part:
            digest = (digest + _row_hash(row)) % _MOD
            count += 1
    return count, _hex(digest)


def _verify(dst: Connection, table: Table, source_rows: int, source_digest: str) -> TableReport:
    target_rows, target_digest = table_digest(dst, table)
    return TableReport(table.name, source_rows, target_rows, source_digest, target_digest)


def compare(a: Engine, b: Engine) -> TransferReport:
    """Two databases' counts and checksums side by side (nothing written)."""
    with _snapshot(a) as one, _snapshot(b) as two:
        revision = current_revision(one) or ""
        found = []
        for table in tables():
            n, d = table_digest(one, table)
            m, e = table_digest(two, table)
            found.append(TableReport(table.name, n, m, d, e))
    return TransferReport(revision, tuple(found))


# -- files ----------------------------------------------------------------------------------


def to_sqlite_file(source: Engine, target: Path) -> TransferReport:
    """The whole of ``source`` in a new SQLite file at ``target``: the schema made by the
    migrations (as a desk's database is, triggers included), every row copied, the copy
    checked (counts, checksums, then SQLite's ``integrity_check``) under a temporary
    name, flushed to the disk, and only then given its name. A file under ``target``'s
    name is therefore whole (an existing one is replaced only then)."""
    target = Path(target)
    try:
        with whole_file(target) as tmp:
            engine = make_engine(url_for(tmp))
            try:
                migrate.upgrade(engine)  # a new file: no copy made first
                report = copy_database(source, engine)
            finally:
                engine.dispose()
            problem = check_file(tmp, full=True, immutable=True)
            if problem:
                raise StorageError(f"نسخه {target} بررسی SQLite را نگذراند ({problem}) و نگه داشته نشد.")
    except OSError as exc:
        raise StorageError(f"نسخه {target} ساخته نشد: {storage_message(exc, target)} پایگاه داده دست نخورد.") from None
    return report


def from_sqlite_file(source: Path, target: Engine, *, replace: bool = True) -> TransferReport:
    """Copy a backup file (a SQLite database of this program, checked by the caller)
    into ``target``. The file is only read: a verified working copy is made in a
    temporary folder and migrated to this version's schema when it is older (as a
    restore of a desk's backup is), then copied. ``replace``: the target's records are
    replaced (a restore); otherwise it must hold none."""
    with tempfile.TemporaryDirectory(prefix="qotb-restore-", ignore_cleanup_errors=True) as folder:
        work = Path(folder) / "restore.sqlite"
        copy_sqlite(Path(source), work, immutable_source=True)
        engine = make_engine(url_for(work))
        try:
            migrate.upgrade(engine)
            return copy_database(engine, target, replace=replace)
        finally:
            engine.dispose()
