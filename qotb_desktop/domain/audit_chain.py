"""The audit trail's chain (issue 19.8): each row of ``audit_log`` holds a hash of its own
content and of the row before it, so that a row changed, removed or slipped in outside
the program is found.

What is hashed (``row_hash``), precisely: the JSON array

    ["qotb-audit-1", at, user_id, username, action, table_name, record_id, before, after, prev_hash]

where ``at`` is the row's time as ``YYYY-MM-DD HH:MM:SS.ffffff`` (six digits of
microseconds), ``user_id`` a number or ``null``, and the other members the stored texts
as they are; written as Python's ``json.dumps(..., ensure_ascii=True, separators=(",", ":"))``
gives it (no spaces; every character outside ASCII, and every control character, as a
``\\uXXXX`` escape of its UTF-16 code units, lower-case hex; ``"`` and ``\\`` escaped), and
the SHA-256 of those ASCII bytes in lower-case hex (64 characters). ``prev_hash`` is the
``row_hash`` of the row before it in the chain.

The chain's order is the rows' ids, ascending: the program writes the rows of one
transaction in the order they happened, and its transactions one at a time (SQLite's
write lock; on PostgreSQL the office-wide lock of store/desks.py, taken when each
transaction begins, before it draws any id).

Rows written before the chain existed (an older version of the program) have no hash.
The migration that brought the chain in (0010) sealed them as one block: the same hash
carried through them from ``GENESIS`` (``legacy_hash``, with their count), kept in the
trail's seal (table ``audit_seal``, one row); the first chained row's ``prev_hash`` is
that seal. The seal also holds the end of the chain (the last row's id and hash and the
count of chained rows), updated with every row written: a row removed from the end is
found too.

This is evidence, not a lock: whoever can write to the database file (sqlite3, a
server's superuser) could compute the hashes again. What it catches is a change made
without doing so, and, when that too is done, a difference from a copy of the seal kept
elsewhere (a backup, a printed head).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from qotb_desktop.domain.text import to_persian_digits as _fa

TAG = "qotb-audit-1"
GENESIS = "0" * 64
CHAINED = ("at", "user_id", "username", "action", "table_name", "record_id", "before", "after")
MOST_BREAKS = 1000  # problems kept in a report (the count goes on)


def _when(value: object) -> object:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return value


def canonical(content: dict[str, object], prev_hash: str) -> bytes:
    """The bytes hashed for one row (see the module's text)."""
    payload = [TAG, *(_when(content.get(name)) for name in CHAINED), prev_hash]
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def row_hash(content: dict[str, object], prev_hash: str) -> str:
    return hashlib.sha256(canonical(content, prev_hash)).hexdigest()


def seal_of(rows: Iterable[dict[str, object]], start: str = GENESIS) -> tuple[int, str]:
    """The count of ``rows`` (in id order) and the hash carried through them from ``start``."""
    count, carried = 0, start
    for row in rows:
        carried = row_hash(row, carried)
        count += 1
    return count, carried


@dataclass(frozen=True)
class Seal:
    """The trail's seal (table audit_seal): the rows before the chain, and its end."""

    legacy_rows: int
    legacy_hash: str
    head_id: int | None
    head_hash: str
    length: int  # chained rows written


@dataclass(frozen=True)
class Break:
    """One place where the trail is not as the program wrote it."""

    row_id: int | None  # the row named (None: the trail as a whole)
    kind: str  # unsealed | changed | link | legacy | seal
    message: str  # in Persian, naming the row

    def __str__(self) -> str:
        return self.message


@dataclass
class ChainReport:
    rows: int = 0  # every row of the trail
    legacy_rows: int = 0  # rows from before the chain (no hash of their own)
    chained: int = 0  # rows with a hash
    chained_from: int | None = None  # the id of the first chained row
    head_id: int | None = None
    head_hash: str = GENESIS
    problems: int = 0
    breaks: list[Break] = field(default_factory=list)

    @property
    def whole(self) -> bool:
        return self.problems == 0

    @property
    def first(self) -> Break | None:
        return self.breaks[0] if self.breaks else None

    def broken_rows(self) -> set[int]:
        return {b.row_id for b in self.breaks if b.row_id is not None}

    def _add(self, row_id: int | None, kind: str, message: str) -> None:
        self.problems += 1
        if len(self.breaks) < MOST_BREAKS:
            self.breaks.append(Break(row_id, kind, message))

    def chained_text(self) -> str:
        """From which row the trail is chained, and what comes before it."""
        if not self.rows:
            return "دفتر تغییرات هنوز ردیفی ندارد."
        if self.chained_from is None:
            text = (
                f"{_fa(self.legacy_rows)} ردیف را نگارش‌های پیشین برنامه نوشته‌اند و در به‌روزرسانی یکجا مهر شدند؛ "
                "ردیف‌های تازه از این پس به هم زنجیر می‌شوند."
            )
        else:
            text = f"{_fa(self.chained)} ردیف از ردیف {_fa(self.chained_from)} به این سو به هم زنجیر شده‌اند"
            text += (
                f"؛ {_fa(self.legacy_rows)} ردیف پیش از آن را نگارش‌های پیشین برنامه نوشته‌اند و در به‌روزرسانی یکجا مهر شدند."
                if self.legacy_rows
                else "."
            )
        return text

    def summary(self) -> str:
        """One paragraph in Persian: whole or not, the first broken row, from where it is chained."""
        if self.whole:
            return "دفتر تغییرات دست‌نخورده است: " + self.chained_text()
        first = self.first
        more = f" (و {_fa(self.problems - 1)} نابسامانی دیگر)" if self.problems > 1 else ""
        return f"دفتر تغییرات دست‌کاری شده است{more}. نخستین: {first}. {self.chained_text()}"

    @property
    def head_short(self) -> str:
        """The chain's end, short enough to write down: its first 16 hex digits."""
        return self.head_hash[:16]


def _row(n: object) -> str:
    return f"ردیف {_fa(n)}"


def verify(rows: Iterable[dict[str, object]], seal: Seal | None) -> ChainReport:
    """Check the trail (rows in id order, each with ``id``, the CHAINED fields,
    ``prev_hash`` and ``row_hash``) against itself and its seal; every problem is
    listed, the first first."""
    report = ChainReport()
    legacy_count, legacy_hash = 0, GENESIS
    legacy_first: int | None = None
    in_legacy = True
    expected = GENESIS  # the hash the next chained row must point back to
    last_sealed: tuple[int, str] | None = None

    def close_legacy() -> str:
        """The legacy block ends: compared with the seal; returns the hash it ends with."""
        report.legacy_rows = legacy_count
        if seal is None:
            return legacy_hash
        if (legacy_count, legacy_hash) != (seal.legacy_rows, seal.legacy_hash):
            where = f"ردیف‌های {_fa(legacy_first)} تا {_fa(last_legacy)}" if legacy_count else "پیش از نخستین ردیف زنجیر"
            how = (
                f"{_fa(seal.legacy_rows)} ردیف مهر شده بود و اکنون {_fa(legacy_count)} ردیف هست"
                if legacy_count != seal.legacy_rows
                else "یکی از آن‌ها یا بیشتر تغییر کرده است"
            )
            message = f"ردیف‌های نگارش‌های پیشین ({where}) با مهری که در به‌روزرسانی خوردند نمی‌خوانند: {how}"
            report._add(legacy_first, "legacy", message)
        return seal.legacy_hash

    last_legacy = None
    for row in rows:
        report.rows += 1
        row_id = row["id"]
        stored, prev = row.get("row_hash"), row.get("prev_hash")
        if in_legacy:
            if stored is None and prev is None:
                legacy_count += 1
                legacy_hash = row_hash(row, legacy_hash)
                legacy_first = row_id if legacy_first is None else legacy_first
                last_legacy = row_id
                continue
            in_legacy = False
            expected = close_legacy()
        if stored is None:
            report._add(row_id, "unsealed", f"{_row(row_id)} مهر ندارد: بیرون از برنامه به دفتر افزوده شده است")
            continue
        report.chained += 1
        if report.chained_from is None:
            report.chained_from = row_id
        if row_hash(row, str(prev)) != stored:
            report._add(row_id, "changed", f"{_row(row_id)} پس از نوشته شدن تغییر کرده است (مهرش با محتوایش نمی‌خواند)")
        elif prev != expected:
            report._add(
                row_id,
                "link",
                f"پیوند {_row(row_id)} با ردیف پیش از آن گسسته است: ردیفی پیش از آن پاک، جابه‌جا یا جایگزین شده است",
            )
        expected = stored
        last_sealed = (row_id, stored)
    if in_legacy:
        expected = close_legacy()
    if last_sealed is not None:
        report.head_id, report.head_hash = last_sealed
    else:
        report.head_hash = expected
    if seal is None:
        if report.chained:
            report._add(None, "seal", "مهر پایان دفتر (جدول audit_seal) پیدا نشد: ردیف‌هایی از پایان دفتر ممکن است پاک شده باشند")
    elif (seal.length, seal.head_hash if last_sealed else None) != (report.chained, report.head_hash if last_sealed else None):
        named = _row(seal.head_id) if seal.head_id is not None else "آغاز زنجیر"
        report._add(
            seal.head_id,
            "seal",
            f"پایان دفتر با مهر آن نمی‌خواند: مهر {_fa(seal.length)} ردیف زنجیرشده تا {named} را می‌شمارد و "
            f"دفتر {_fa(report.chained)} ردیف زنجیرشده دارد؛ ردیف‌هایی از پایان دفتر پاک یا افزوده شده‌اند",
        )
    return report
