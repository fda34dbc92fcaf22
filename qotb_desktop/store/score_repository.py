"""The kept scores' queries (store/score_models.py): the members' stamps, the kept rows,
and keeping new ones (an upsert on both back ends: two desks may keep the same score)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from qotb_desktop.store.score_models import MemberScore, ScoreStamp

CHUNK = 500  # keys in one query (SQLite's bound parameters)


class ScoreRepository:
    def __init__(self, session: Session):
        self.session = session

    def stamps(self, faculty_ids: Collection[int]) -> dict[int, int]:
        """faculty id -> stamp (a member never changed has none: 0)."""
        ids = list(faculty_ids)
        out: dict[int, int] = {}
        for at in range(0, len(ids), CHUNK):
            query = select(ScoreStamp.faculty_id, ScoreStamp.stamp).where(ScoreStamp.faculty_id.in_(ids[at : at + CHUNK]))
            out.update((fid, n) for fid, n in self.session.execute(query))
        return out

    def kept(self, keys: Collection[tuple[int, Any]]) -> dict[tuple[int, Any], Row]:
        """(faculty id, period start) -> the kept row, for those of ``keys`` kept."""
        wanted = list(keys)
        out: dict[tuple[int, Any], Row] = {}
        for at in range(0, len(wanted), CHUNK):
            part = wanted[at : at + CHUNK]
            keys = tuple_(MemberScore.faculty_id, MemberScore.period_start)
            query = select(*MemberScore.__table__.columns).where(keys.in_(part))
            for row in self.session.execute(query):  # plain rows: read, never changed through the session
                out[(row.faculty_id, row.period_start)] = row
        return out

    def keep(self, rows: Sequence[dict[str, Any]]) -> None:
        """Keep ``rows`` (MemberScore's columns), each replacing the one kept for its member
        and period."""
        if not rows:
            return
        insert = postgresql.insert if self.session.get_bind().dialect.name == "postgresql" else sqlite.insert
        for at in range(0, len(rows), CHUNK // 10):
            statement = insert(MemberScore).values(list(rows[at : at + CHUNK // 10]))
            changed = {c: statement.excluded[c] for c in rows[0] if c not in ("faculty_id", "period_start")}
            self.session.execute(statement.on_conflict_do_update(index_elements=["faculty_id", "period_start"], set_=changed))
