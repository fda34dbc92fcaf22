"""Kept scores (issue 21.2): a member's score over a period, as the engine computed it, so
that article 5 over every running centre reads instead of recomputing.

A kept score is derived data, never typed: it names the edition and readings it was
computed under, and the member's *stamp* it was computed from. The stamp
(``score_stamp``) is moved on by the database itself (triggers, migration 0017) at every
change of what a member's score is made of: an activity added, changed or removed, the
member's rank or field changed. A kept score whose stamp, edition or readings differ from
today's is not used (and is computed again and replaced). A write that raced a change
keeps the stamp it read, so it can never pass for the changed member's score."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qotb_desktop.store.models import Base


class ScoreStamp(Base):
    """How many times what a member's score is made of has changed (written by triggers only)."""

    __tablename__ = "score_stamp"
    faculty_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # no key: outlives a member
    stamp: Mapped[int] = mapped_column(Integer)


class MemberScore(Base):
    """A member's score sheet over the five years before ``period_start`` (note 8), kept in
    summary: the total, the verdict and its failures (JSON), the member's field."""

    __tablename__ = "member_score"
    faculty_id: Mapped[int] = mapped_column(ForeignKey("faculty_member.id", ondelete="CASCADE"), primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    stamp: Mapped[int] = mapped_column(Integer)
    edition: Mapped[str] = mapped_column(String(40))
    readings: Mapped[str] = mapped_column(Text)  # the readings' record, as JSON with sorted keys
    field_key: Mapped[str] = mapped_column(String(40))
    total: Mapped[str] = mapped_column(String(60))  # an exact fraction, «n/d»
    eligible: Mapped[bool] = mapped_column(Boolean)
    failures: Mapped[str] = mapped_column(Text)  # [[code, required «n/d», actual «n/d», message], ...]
    computed_at: Mapped[datetime] = mapped_column(DateTime)
