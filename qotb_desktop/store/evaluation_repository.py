"""The queries of annual reports and evaluations (art. 9)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from qotb_desktop.store.models import AgendaItem, AnnualReport, Decision, Evaluation, Meeting, Reopening


class EvaluationRepository:
    def __init__(self, session: Session):
        self.session = session

    def report(self, centre_id: int, year: int) -> AnnualReport | None:
        return self.session.scalar(select(AnnualReport).where(AnnualReport.centre_id == centre_id, AnnualReport.year == year))

    def reports_of_year(self, year: int) -> dict[int, AnnualReport]:
        rows = self.session.scalars(select(AnnualReport).where(AnnualReport.year == year))
        return {r.centre_id: r for r in rows}

    def add_report(self, row: AnnualReport) -> AnnualReport:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, evaluation_id: int) -> Evaluation | None:
        return self.session.get(Evaluation, evaluation_id)

    def find(self, centre_id: int, year: int, kind: str = "annual") -> Evaluation | None:
        return self.session.scalar(
            select(Evaluation).where(Evaluation.centre_id == centre_id, Evaluation.year == year, Evaluation.kind == kind)
        )

    def add(self, row: Evaluation) -> Evaluation:
        self.session.add(row)
        self.session.flush()
        return row

    def of_centre(self, centre_id: int) -> Sequence[Evaluation]:
        return self.session.scalars(
            select(Evaluation).where(Evaluation.centre_id == centre_id).order_by(Evaluation.year, Evaluation.kind)
        ).all()

    def closed_annual(self, centre_ids: Iterable[int] | None = None, up_to: int | None = None) -> Sequence[Evaluation]:
        """Closed annual evaluations (of these centres, up to this year), oldest first."""
        query = select(Evaluation).where(Evaluation.kind == "annual", Evaluation.closed_at.is_not(None))
        if centre_ids is not None:
            query = query.where(Evaluation.centre_id.in_(list(centre_ids)))
        if up_to is not None:
            query = query.where(Evaluation.year <= up_to)
        # the verdict history: the scores (35,000 rows over ten years) are not needed here
        query = query.options(lazyload(Evaluation.scores))
        return self.session.scalars(query.order_by(Evaluation.centre_id, Evaluation.year)).all()

    def of_year(self, year: int, kind: str = "annual") -> dict[int, Evaluation]:
        rows = self.session.scalars(select(Evaluation).where(Evaluation.year == year, Evaluation.kind == kind))
        return {e.centre_id: e for e in rows}

    def years(self) -> list[int]:
        found = self.session.scalars(select(Evaluation.year).distinct()).all()
        found += self.session.scalars(select(AnnualReport.year).distinct()).all()
        return sorted(set(found))

    def reopenings(self, evaluation_id: int) -> Sequence[Reopening]:
        return self.session.scalars(
            select(Reopening).where(Reopening.evaluation_id == evaluation_id).order_by(Reopening.reopened_at)
        ).all()

    def add_reopening(self, row: Reopening) -> None:
        self.session.add(row)
        self.session.flush()

    def next_council_meeting(self, on: date) -> Meeting | None:
        """The first council meeting still in draft on or after ``on``."""
        return self.session.scalar(
            select(Meeting)
            .where(Meeting.kind == "council", Meeting.state == "draft", Meeting.held_on >= on)
            .order_by(Meeting.held_on, Meeting.sequence)
        )

    def draft_dissolution_items(self, centre_id: int) -> Sequence[AgendaItem]:
        """The centre's dissolution items on council meetings still in draft, not yet decided."""
        return self.session.scalars(
            select(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .outerjoin(Decision, Decision.agenda_item_id == AgendaItem.id)
            .where(
                AgendaItem.centre_id == centre_id,
                AgendaItem.kind == "dissolution",
                Meeting.state == "draft",
                Decision.id.is_(None),
            )
            .order_by(AgendaItem.meeting_id, AgendaItem.position.desc())
        ).all()

    def dissolution_items(self, centre_id: int, since: date) -> Sequence[AgendaItem]:
        """Agenda items proposing the centre's dissolution at meetings held on or after ``since``."""
        return self.session.scalars(
            select(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.centre_id == centre_id, AgendaItem.kind == "dissolution", Meeting.held_on >= since)
        ).all()
