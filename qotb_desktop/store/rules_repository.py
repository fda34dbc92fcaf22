"""The readings of the bylaw the office has chosen (table rules_reading)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from qotb_desktop.store.models import RulesReading


class RulesReadingRepository:
    def __init__(self, session: Session):
        self.session = session

    def chosen(self) -> dict[str, RulesReading]:
        return {row.key: row for row in self.session.scalars(select(RulesReading))}

    def get(self, key: str) -> RulesReading | None:
        return self.session.get(RulesReading, key)

    def add(self, row: RulesReading) -> RulesReading:
        self.session.add(row)
        self.session.flush()
        return row
