"""The queries of accounts and of the audit trail, the trail's events and its chain."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qotb_desktop.domain.audit_chain import CHAINED, Seal
from qotb_desktop.store import audit
from qotb_desktop.store.models import AuditEntry, AuditSeal, User

_CHAIN_COLUMNS = [AuditEntry.__table__.c[name] for name in ("id", *CHAINED, "prev_hash", "row_hash")]


class AccountRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def list(self) -> Sequence[User]:
        return self.session.scalars(select(User).order_by(User.username)).all()

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(User)) or 0

    def add(self, row: User) -> User:
        self.session.add(row)
        self.session.flush()
        return row

    def audit(
        self,
        *,
        table: str | None = None,
        username: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 5000,
    ) -> Sequence[AuditEntry]:
        """The newest changes first, filtered (``username=""``: the program's own changes;
        ``since`` and ``until`` inclusive)."""
        query = select(AuditEntry)
        if table:
            query = query.where(AuditEntry.table_name == table)
        if username is not None:
            query = query.where(AuditEntry.username == username)
        if since:
            query = query.where(AuditEntry.at >= since)
        if until:
            query = query.where(AuditEntry.at <= until)
        return self.session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)).all()

    def last_change(self, table: str, record_id: int | str) -> AuditEntry | None:
        """The newest audit row of one record."""
        query = select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_id == str(record_id))
        return self.session.scalars(query.order_by(AuditEntry.id.desc()).limit(1)).first()

    def audited_tables(self) -> list[str]:
        return sorted(self.session.scalars(select(AuditEntry.table_name).distinct()).all())

    def audit_usernames(self) -> list[str]:
        """Who changed something (``""``: the program itself), by name."""
        return sorted(self.session.scalars(select(AuditEntry.username).distinct()).all())

    def record_event(
        self,
        kind: str,
        *,
        table: str = "",
        record_id: object = "",
        detail: dict | None = None,
        username: str | None = None,
        user_id: int | None = None,
        now: datetime | None = None,
    ) -> None:
        """An event that changes no record (a login, an export, a restore), in the trail,
        after the changes made so far in this transaction (flushed first, so the trail
        keeps the order things happened)."""
        self.session.flush()
        audit.append_event(
            self.session, kind, table=table, record_id=record_id, detail=detail, username=username, user_id=user_id, now=now
        )

    def chain_rows(self, batch: int = 2000) -> Iterator[dict[str, object]]:
        """Every row of the trail as the chain hashes it, in id order (read in batches)."""
        result = self.session.execute(
            select(*_CHAIN_COLUMNS).order_by(AuditEntry.id).execution_options(yield_per=batch)
        ).mappings()
        for row in result:
            yield dict(row)

    def seal(self) -> Seal | None:
        table = AuditSeal.__table__
        row = self.session.execute(select(table).where(table.c.id == 1)).first()
        if row is None:
            return None
        return Seal(row.legacy_rows, row.legacy_hash, row.head_id, row.head_hash, row.length)
