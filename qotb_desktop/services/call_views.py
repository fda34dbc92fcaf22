"""What the calls' screens, papers and the dashboard read (12-3): each call with its
proposals, their reviews, agreements, stages and payments; the stages to act on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.funding_views import CallView, Mark, PaymentView, ProposalView, StageView
from qotb_desktop.domain.money import Unit
from qotb_desktop.services.funding import scheme_of
from qotb_desktop.store.funding_models import FundingCall
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _call_view(uow: UnitOfWork, row: FundingCall) -> CallView:
    topics = {t.id: t.title for t in row.topics}
    proposals = []
    for p in uow.funding.proposals(row.id):
        partners = tuple(uow.centres.get(x.centre_id).title for x in p.partners)
        stages = tuple(
            StageView(
                s.id, s.version, s.position, s.title, s.due_on, s.deliverables, s.amount, s.report_received_on,
                s.report_approved_on, s.approved_by,
                tuple(PaymentView(m.id, m.amount, m.paid_on, m.order_number) for m in s.payments),
            )
            for s in p.stages
        )  # fmt: skip
        proposals.append(
            ProposalView(
                id=p.id,
                version=p.version,
                centre_id=p.centre_id,
                centre=p.centre.title,
                partners=partners,
                topic=topics.get(p.topic_id, "") if p.topic_id else "",
                title=p.title,
                cost=p.cost,
                received_on=p.received_on,
                state=p.state,
                reviewed_on=p.reviewed_on,
                reviewed_by=p.reviewed_by,
                review_note=p.review_note,
                marks=tuple(Mark(m.key, m.met, m.note, m.score) for m in p.marks),
                agreement_number=p.agreement_number,
                agreement_on=p.agreement_on,
                agreement_amount=p.agreement_amount,
                stages=stages,
            )
        )
    return CallView(
        id=row.id,
        version=row.version,
        year=row.year,
        title=row.title,
        budget=row.budget,
        announced_on=row.announced_on,
        deadline=row.deadline,
        note=row.note,
        topics=tuple((t.id, t.title, t.council_decision) for t in row.topics),
        proposals=tuple(proposals),
        unit=scheme_of(row.year).display_unit,
    )


def list_calls(*, uow: UnitOfWork, year: int | None = None) -> list[CallView]:
    """The calls (of ``year``), newest year first, each with its proposals, their reviews,
    agreements, stages and payments."""
    with uow.reading():
        return [_call_view(uow, c) for c in uow.funding.calls(year)]


def get_call(*, uow: UnitOfWork, call_id: int) -> CallView:
    with uow.reading():
        row = uow.funding.call(call_id)
        if row is None:
            raise DomainError("این فراخوان پیدا نشد.")
        return _call_view(uow, row)


def get_proposal(*, uow: UnitOfWork, proposal_id: int) -> ProposalView:
    """A proposal as stored now (a form refused for a change made elsewhere reads it again)."""
    with uow:
        row = uow.funding.proposal(proposal_id)
        if row is None:
            raise DomainError("این پیشنهاد پیدا نشد.")
        view = _call_view(uow, uow.funding.call(row.call_id))
    return next(p for p in view.proposals if p.id == proposal_id)


def get_stage(*, uow: UnitOfWork, stage_id: int) -> StageView:
    """A project's stage as stored now, with its payments."""
    with uow:
        row = uow.funding.stage(stage_id)
        if row is None:
            raise DomainError("این مرحله پیدا نشد.")
        proposal_id = row.proposal_id
    return next(s for s in get_proposal(uow=uow, proposal_id=proposal_id).stages if s.id == stage_id)


@dataclass(frozen=True)
class StageDue:
    call: str
    project: str
    centre: str
    stage_id: int
    position: int
    due_on: date
    amount: int
    paid: int
    state: str  # "report_due" | "report_overdue" | "awaiting_approval" | "awaiting_payment"
    unit: Unit


def stages_to_act_on(*, uow: UnitOfWork, today: date, within_days: int = 30) -> list[StageDue]:
    """The dashboard's lines: stage reports due within ``within_days`` or overdue, reports
    awaiting the working group's approval, and approved stages not yet fully paid."""
    out: list[StageDue] = []
    with uow.reading():
        for stage in uow.funding.open_stages():
            paid = sum(p.amount for p in stage.payments)
            if paid >= stage.amount:
                continue
            if stage.report_approved_on is not None:
                state = "awaiting_payment"
            elif stage.report_received_on is not None:
                state = "awaiting_approval"
            elif stage.due_on < today:
                state = "report_overdue"
            elif stage.due_on <= today + timedelta(days=within_days):
                state = "report_due"
            else:
                continue
            proposal = stage.proposal
            call = uow.funding.call(proposal.call_id)
            out.append(
                StageDue(
                    call=call.title,
                    project=proposal.title,
                    centre=proposal.centre.title,
                    stage_id=stage.id,
                    position=stage.position,
                    due_on=stage.due_on,
                    amount=stage.amount,
                    paid=paid,
                    state=state,
                    unit=scheme_of(call.year).display_unit,
                )
            )
    return out


STAGE_STATES = {
    "report_due": "گزارش مرحله به‌زودی موعد دارد",
    "report_overdue": "گزارش مرحله از موعد گذشته است",
    "awaiting_approval": "گزارش دریافت شده؛ در انتظار تأیید کارگروه",
    "awaiting_payment": "گزارش تأیید شده؛ در انتظار پرداخت",
}
