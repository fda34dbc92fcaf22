"""The kept scores' queries (store/score_models.py): the members' stamps, the kept rows,
and keeping new ones (an upsert on both back ends: two desks may keep the same score)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from qotb_desktop.store.score_models import MemberScore, ScoreStamp

CHUNK = 500  # keys in one query (SQLite's bound parameters)


class ScoreRepository:
    def __init__(self, session: Session):
        self.session = session

    def stamps(self, faculty_ids: Collection[int]) -> dict[int, int]:
        """faculty id -> stamp, for ``faculty_ids`` (a member never changed has none: 0).
        Many members are read in one pass over the table (cheaper than binding their ids)."""
        ids = set(faculty_ids)
        query = select(ScoreStamp.faculty_id, ScoreStamp.stamp)
        if len(ids) <= CHUNK:
            query = query.where(ScoreStamp.faculty_id.in_(ids))
        return {fid: n for fid, n in self.session.execute(query) if fid in ids}

    def kept(self, keys: Collection[tuple[int, Any]]) -> dict[tuple[int, Any], Row]:
        """(faculty id, period start) -> the kept row (plain: read, never changed through
        the session), for those of ``keys`` kept; many are read in one pass over the table."""
        wanted = set(keys)
        query = select(*MemberScore.__table__.columns)
        if len(wanted) <= CHUNK:
            query = query.where(MemberScore.faculty_id.in_({fid for fid, _start in wanted}))
        rows = ((r.faculty_id, r.period_start, r) for r in self.session.execute(query))
        return {(fid, start): r for fid, start, r in rows if (fid, start) in wanted}

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
