"""The queries of accounts and of the audit trail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qotb_desktop.store.models import AuditEntry, User


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
