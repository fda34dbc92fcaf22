"""The calls of article 12-3 («ستاپ قطب‌های علمی»), as the secretariat runs them: a call
of a year with the council's topics and its budget from the calls' half; the centres'
proposals; the working group's review by the seven criteria of 12-4; the agreement with
its stages (12-3-6); each stage's report received and approved, then paid (12-3-7).

One transaction a verb; the limits are said here in Persian naming the field, and kept
by the database as well (migration 0013)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qotb_desktop.domain import calls, funding
from qotb_desktop.domain.errors import Checker, Conflict, DomainError, FieldError, ValidationError
from qotb_desktop.domain.fields import read_date
from qotb_desktop.domain.funding_views import CallsHalfView
from qotb_desktop.domain.money import Unit, format_amount
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.funding import line_of, open_year, scheme_of
from qotb_desktop.services.review_bodies import take_part
from qotb_desktop.services.versions import touch
from qotb_desktop.store.funding_models import (
    CallTopic,
    CriterionMark,
    FundingCall,
    ProjectStage,
    Proposal,
    ProposalPartner,
    StagePayment,
)
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _over(field: str, label: str, what: str, rials: int, unit: Unit) -> ValidationError:
    return ValidationError(FieldError(field, label, f"{what} {format_amount(rials, unit=unit)} {unit.title} بیشتر می‌شود."))


def calls_half(*, uow: UnitOfWork, year: object) -> int:
    """The calls' half of ``year``: the line less the programs' share, and the organisations' money (note 13)."""
    y = funding.clean_year(year)
    with uow:
        return _calls_half(uow, y)


def calls_half_use(*, uow: UnitOfWork, year: object) -> CallsHalfView:
    """The calls' half of ``year``, the calls' budgets and note 16's supports taken from it."""
    y = funding.clean_year(year)
    with uow:
        return CallsHalfView(y, _calls_half(uow, y), uow.funding.call_budgets(y), uow.funding.supports_total(y))


def left_of_calls_half(uow: UnitOfWork, year: int) -> int:
    """What the calls' half of ``year`` has left after the calls' budgets and note 16's
    supports (inside the caller's transaction)."""
    return _calls_half(uow, year) - uow.funding.call_budgets(year) - uow.funding.supports_total(year)


def _calls_half(uow: UnitOfWork, year: int) -> int:
    line, organisations = line_of(uow.funding.entries(year))
    return funding.split_line(line, scheme_of(year).programs_percent)[1] + organisations


def create_call(
    *,
    uow: UnitOfWork,
    year: object,
    title: object,
    budget: object,
    deadline: object,
    topics: Sequence,
    announced_on: object = None,
    note: object = "",
) -> int:
    """A call of ``year`` (12-3-1..3): its budget within what the calls' half has left."""
    y = funding.clean_year(year)
    unit = scheme_of(y).display_unit
    record = calls.clean_call(
        title=title, budget=budget, deadline=deadline, announced_on=announced_on, topics=topics, note=note, unit=unit
    )
    with uow:
        open_year(uow, y)
        left = left_of_calls_half(uow, y)
        if record.budget > left:
            raise _over(
                "budget", f"اعتبار فراخوان ({unit.title})", "اعتبار فراخوان‌های سال از نیمه فراخوان‌ها", record.budget - left, unit
            )
        row = FundingCall(
            year=y,
            title=record.title,
            budget=record.budget,
            announced_on=record.announced_on,
            deadline=record.deadline,
            note=record.note,
            topics=[CallTopic(position=i, title=t, council_decision=d) for i, (t, d) in enumerate(record.topics, start=1)],
        )
        uow.funding.add(row)
        uow.commit()
        return row.id


def add_proposal(
    *,
    uow: UnitOfWork,
    call_id: int,
    centre_id: int,
    title: object,
    cost: object,
    received_on: object,
    topic_id: int | None = None,
    partners: Sequence[int] = (),
) -> int:
    """A centre's proposal (12-3-4) to a call, before its deadline, by a running centre."""
    with uow:
        call = uow.funding.call(call_id)
        if call is None:
            raise DomainError("این فراخوان پیدا نشد.")
        open_year(uow, call.year)
        unit = scheme_of(call.year).display_unit
        record = calls.clean_proposal(
            title=title, cost=cost, received_on=received_on, centre_id=centre_id, partners=partners, unit=unit
        )
        if record.received_on > call.deadline:
            raise ValidationError(FieldError("received_on", "تاریخ دریافت", "پس از مهلت فراخوان است."))
        entitled = set(scheme_of(call.year).entitled_statuses)
        for cid, label in [(centre_id, "قطب پیشنهاددهنده"), *((p, "قطب‌های همکار") for p in record.partners)]:
            centre = uow.centres.get(cid)
            if centre is None or centre.status not in entitled:
                field = "centre_id" if cid == centre_id else "partners"
                raise ValidationError(FieldError(field, label, "باید قطبی مصوب یا مشروط باشد."))
        if topic_id is not None and topic_id not in {t.id for t in call.topics}:
            raise ValidationError(FieldError("topic_id", "موضوع", "از موضوع‌های این فراخوان نیست."))
        row = Proposal(
            call_id=call.id,
            topic_id=topic_id,
            centre_id=centre_id,
            title=record.title,
            cost=record.cost,
            received_on=record.received_on,
            state="received",
            reviewed_by="",
            review_note="",
            agreement_number="",
            partners=[ProposalPartner(centre_id=p) for p in record.partners],
        )
        uow.funding.add(row)
        uow.commit()
        return row.id


def _proposal(uow: UnitOfWork, proposal_id: int, version: int | None = None) -> Proposal:
    """The proposal, its year open; ``version``: the one the clerk's form was filled from
    (a change made since at another desk is refused as a Conflict, nothing written)."""
    row = uow.funding.proposal(proposal_id)
    if row is None:
        raise DomainError("این پیشنهاد پیدا نشد.")
    if version is not None and row.version != version:
        raise Conflict(f"پیشنهاد «{row.title}»")
    call = uow.funding.call(row.call_id)
    assert call is not None
    open_year(uow, call.year)
    return row


def review_proposal(
    *,
    uow: UnitOfWork,
    proposal_id: int,
    reviewed_on: object,
    body_id: object,
    member_ids: Sequence[int],
    marks: Mapping[str, tuple[object, object]],
    decision: object,
    note: object = "",
    version: int | None = None,
) -> None:
    """The working group's review (12-3-5): the seven criteria (each with its score where
    the scheme gives one), and selected or not; the working group and its members who took
    part, from the registry (notes 6, 7)."""
    with uow:
        row = _proposal(uow, proposal_id, version)
        call = uow.funding.call(row.call_id)
        if row.agreement_on is not None:
            raise DomainError("توافق‌نامه این پروژه بسته شده است و بررسی آن تغییر نمی‌کند.")
        record = calls.clean_review(
            reviewed_on=reviewed_on,
            marks=marks,
            decision=decision,
            note=note,
            scheme=scheme_of(call.year),
            joint=bool(row.partners),
        )
        if record.reviewed_on < row.received_on:
            raise ValidationError(FieldError("reviewed_on", "تاریخ بررسی", "پیش از دریافت پیشنهاد است."))
        sitting = take_part(
            uow, subject="proposal", subject_id=row.id, body_id=body_id, member_ids=member_ids, on=record.reviewed_on
        )
        row.reviewed_on, row.reviewed_by, row.review_note, row.state = (
            record.reviewed_on,
            sitting.described[:250],
            record.note,
            record.decision,
        )
        row.marks = [CriterionMark(key=m.key, met=m.met, note=m.note, score=m.score) for m in record.marks]
        touch(row, "review_note")  # a review saved again moves the version on, marks alone changed or not
        uow.commit()


def sign_agreement(
    *,
    uow: UnitOfWork,
    proposal_id: int,
    number: object,
    signed_on: object,
    amount: object,
    stages: Sequence[Mapping[str, object]],
    version: int | None = None,
) -> None:
    """The agreement of a selected project (12-3-6): its stages add up to its amount, and
    the call's agreements never pass the call's budget."""
    with uow:
        row = _proposal(uow, proposal_id, version)
        call = uow.funding.call(row.call_id)
        unit = scheme_of(call.year).display_unit
        if row.state != "selected":
            raise DomainError("توافق‌نامه فقط برای پروژه‌ای بسته می‌شود که کارگروه آن را برگزیده است.")
        if row.agreement_on is not None:
            raise DomainError("توافق‌نامه این پروژه پیش‌تر بسته شده است.")
        record = calls.clean_agreement(number=number, signed_on=signed_on, amount=amount, stages=stages, unit=unit)
        if row.reviewed_on and record.signed_on < row.reviewed_on:
            raise ValidationError(FieldError("signed_on", "تاریخ توافق‌نامه", "پیش از بررسی کارگروه است."))
        left = call.budget - uow.funding.agreed(call.id)
        if record.amount > left:
            raise _over(
                "amount", f"مبلغ توافق‌نامه ({unit.title})", "مبلغ توافق‌نامه‌های فراخوان از اعتبار آن", record.amount - left, unit
            )
        row.agreement_number, row.agreement_on, row.agreement_amount = record.number, record.signed_on, record.amount
        row.stages = [
            ProjectStage(position=i, title=s.title, due_on=s.due_on, deliverables=s.deliverables, amount=s.amount, approved_by="")
            for i, s in enumerate(record.stages, start=1)
        ]
        uow.commit()


def _stage(uow: UnitOfWork, stage_id: int, version: int | None) -> tuple[ProjectStage, FundingCall]:
    """The stage and its call, the year open; ``version`` as for a proposal. Every action
    on a stage (its report received or approved, a payment) moves its version on, so a
    second desk paying from the same reading is refused, not paid twice."""
    stage = uow.funding.stage(stage_id)
    if stage is None:
        raise DomainError("این مرحله پیدا نشد.")
    if version is not None and stage.version != version:
        raise Conflict(f"مرحله {to_persian_digits(stage.position)} «{stage.title}»")
    call = uow.funding.call(stage.proposal.call_id)
    assert call is not None
    open_year(uow, call.year)
    return stage, call


def receive_stage_report(*, uow: UnitOfWork, stage_id: int, received_on: object, version: int | None = None) -> None:
    with uow:
        stage, _call = _stage(uow, stage_id, version)
        check = Checker()
        day = read_date(check, "report_received_on", "تاریخ دریافت گزارش", received_on, required=True)
        check.done()
        if day and stage.proposal.agreement_on and day < stage.proposal.agreement_on:
            raise ValidationError(FieldError("report_received_on", "تاریخ دریافت گزارش", "پیش از توافق‌نامه است."))
        stage.report_received_on = day
        uow.commit()


def approve_stage_report(
    *,
    uow: UnitOfWork,
    stage_id: int,
    approved_on: object,
    body_id: object,
    member_ids: Sequence[int],
    version: int | None = None,
) -> None:
    """The working group approves a stage's report (12-3-7): then it may be paid."""
    with uow:
        stage, _call = _stage(uow, stage_id, version)
        if stage.report_received_on is None:
            raise DomainError("گزارش این مرحله هنوز دریافت نشده است.")
        check = Checker()
        day = read_date(check, "report_approved_on", "تاریخ تأیید گزارش", approved_on, required=True)
        if day and day < stage.report_received_on:
            check.fail("report_approved_on", "تاریخ تأیید گزارش", "پیش از دریافت گزارش است.")
        check.done()
        sitting = take_part(uow, subject="stage_report", subject_id=stage.id, body_id=body_id, member_ids=member_ids, on=day)
        stage.report_approved_on, stage.approved_by = day, sitting.described[:250]
        uow.commit()


def pay_stage(
    *,
    uow: UnitOfWork,
    stage_id: int,
    amount: object,
    paid_on: object,
    order_number: object = "",
    version: int | None = None,
) -> int:
    """A payment of a stage (12-3-7): only after its report is approved, and never past
    the stage's amount, the call's budget or the year's calls' half."""
    with uow:
        stage, call = _stage(uow, stage_id, version)
        unit = scheme_of(call.year).display_unit
        record = calls.clean_payment(amount=amount, paid_on=paid_on, order_number=order_number, unit=unit)
        if stage.report_approved_on is None:
            raise DomainError(
                f"گزارش مرحله {to_persian_digits(stage.position)} هنوز تأیید نشده است؛ "
                "پرداخت پس از تأیید کارگروه است (بند ۱۲-۳-۷)."
            )
        if record.paid_on < stage.report_approved_on:
            raise ValidationError(FieldError("paid_on", "تاریخ پرداخت", "پیش از تأیید گزارش مرحله است."))
        label = f"مبلغ پرداخت ({unit.title})"
        paid_stage = sum(p.amount for p in stage.payments)
        if paid_stage + record.amount > stage.amount:
            raise _over("amount", label, "پرداخت‌های مرحله از مبلغ آن", paid_stage + record.amount - stage.amount, unit)
        paid_call = uow.funding.paid(call_id=call.id)
        if paid_call + record.amount > call.budget:
            raise _over("amount", label, "پرداخت‌های فراخوان از اعتبار آن", paid_call + record.amount - call.budget, unit)
        paid_year, half = uow.funding.paid(year=call.year), _calls_half(uow, call.year)
        if paid_year + record.amount > half:
            raise _over("amount", label, "پرداخت‌های سال از نیمه فراخوان‌ها", paid_year + record.amount - half, unit)
        payment = StagePayment(amount=record.amount, paid_on=record.paid_on, order_number=record.order_number)
        stage.payments.append(payment)
        touch(stage, "amount")  # the stage's version moves on with its payments (see _stage)
        uow.commit()
        return payment.id
