"""A centre's year (art. 9): the annual report, the evaluation, closing and reopening
it, and what follows (art. 10), applied to the centre's status in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from qotb_desktop.domain import vocab
from qotb_desktop.domain.accounts import authorize
from qotb_desktop.domain.continuation import Continuation, continuation
from qotb_desktop.domain.dates import format_jalali, jalali_year, jalali_year_bounds, today
from qotb_desktop.domain.errors import FieldError, NotFound, ValidationError
from qotb_desktop.domain.evaluation import (
    COUNTS,
    KINDS,
    VERDICTS,
    Consequence,
    article5_lost,
    check_year,
    clean_evaluation,
    clean_report,
    consequence,
    status_after,
    weigh,
)
from qotb_desktop.domain.fields import DateInput
from qotb_desktop.domain.rules import Goal, load_edition
from qotb_desktop.domain.rules.schemes import Scheme, load_scheme, scheme_for_year
from qotb_desktop.domain.scoring import number
from qotb_desktop.domain.text import normalize_text
from qotb_desktop.domain.text import to_persian_number as _fa
from qotb_desktop.services.applications import check_within
from qotb_desktop.services.review_bodies import body_of, refuse_outside_centres_group, take_part
from qotb_desktop.services.versions import check_version, touch
from qotb_desktop.store.models import AgendaItem, AnnualReport, Centre, Evaluation, EvaluationScore, Reopening, ReportArea
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


@dataclass(frozen=True)
class ReportView:
    id: int
    centre_id: int
    year: int
    received_on: date
    areas: dict[str, str]
    counts: dict[str, int]
    budget_received: int
    budget_spent: int
    site_visit_on: date | None
    notes: str
    locked: bool  # the year's evaluation is closed
    version: int = 0  # what the form was filled from (optimistic locking)


@dataclass(frozen=True)
class EvaluationView:
    id: int
    centre_id: int
    centre_title: str
    year: int
    kind: str
    kind_label: str
    scheme: str
    scores: dict[str, Decimal]
    evaluators: str
    remarks: str
    evaluated_on: date
    total: Decimal
    verdict: str
    verdict_label: str
    closed_at: datetime | None
    member_count: int | None
    centre_total: Decimal | None
    article5_lost: tuple[str, ...]
    reopenings: tuple[tuple[datetime, str], ...]  # (when, why)
    version: int = 0  # what the form was filled from (optimistic locking)


@dataclass(frozen=True)
class Closing:
    """What closing a year's evaluation led to."""

    consequence: Consequence
    status: str
    status_label: str
    agenda_meeting: str  # the meeting number the dissolution item was drafted into, or ""
    year: int = 0  # the Jalali year closed (the consequence is that of the latest closed year)


def _centre(uow: UnitOfWork, centre_id: int) -> Centre:
    centre = uow.centres.get(centre_id)
    if centre is None:
        raise NotFound("قطب", centre_id)
    return centre


def _running(centre: Centre) -> None:
    """Reports and evaluations are of a running centre (approved, on probation, or
    advised for dissolution): not of one dissolved by the council, nor of an applicant."""
    if centre.status not in vocab.DECREED_STATUSES:
        label = vocab.label(vocab.CENTRE_STATUSES, centre.status)
        raise ValidationError(FieldError("centre", "قطب", f"قطب «{label}» است؛ گزارش و ارزیابی سالانه ندارد."))


def _within(when: date | None, year: int, field: str, label: str) -> None:
    """A date of a year's report or evaluation: not before the year began, not after today."""
    if when is None:
        return
    first = jalali_year_bounds(year)[0]
    if when < first:
        raise ValidationError(FieldError(field, label, f"پیش از آغاز سال {_fa(year)} ({format_jalali(first)}) است."))
    if when > today():
        raise ValidationError(FieldError(field, label, "پس از امروز است؛ آنچه رخ داده است را ثبت کنید."))


def _year(centre: Centre, year: object) -> int:
    """A year of the centre's period (or, for a centre evaluated late, up to this year)."""
    _running(centre)
    start, end = centre.period_start, centre.period_end
    first = jalali_year(start) if start else 0
    last = jalali_year(end) if end else first
    return check_year(year, period_start=start, first_year=first, last_year=min(last, jalali_year(today())))


def _report_view(row: AnnualReport, locked: bool) -> ReportView:
    return ReportView(
        row.id, row.centre_id, row.year, row.received_on, {a.area_key: a.text for a in row.areas},
        {key: getattr(row, key) for key, _ in COUNTS}, row.budget_received, row.budget_spent, row.site_visit_on,
        row.notes, locked, row.version,
    )  # fmt: skip


def _closed(uow: UnitOfWork, centre_id: int, year: int) -> bool:
    row = uow.evaluations.find(centre_id, year)
    return row is not None and row.closed_at is not None


def get_report(*, uow: UnitOfWork, centre_id: int, year: int) -> ReportView | None:
    with uow:
        row = uow.evaluations.report(centre_id, year)
        return _report_view(row, _closed(uow, centre_id, year)) if row else None


def save_report(
    *, uow: UnitOfWork, centre_id: int, year: object, received_on: DateInput, areas: Mapping[str, object] | None = None,
    site_visit_on: DateInput = None, notes: object = "", version: int | None = None, **numbers: object,
) -> int:  # fmt: skip
    """Record (or correct) a centre's annual report of a Jalali year. Returns its id.
    ``version``: the report's version the form was filled from, 0 when it was empty
    (services/versions.py)."""
    record = clean_report(
        edition=load_edition(), received_on=received_on, areas=areas, site_visit_on=site_visit_on, notes=notes, **numbers
    )
    with uow:
        centre = _centre(uow, centre_id)
        value = _year(centre, year)
        _within(record.received_on, value, "received_on", "تاریخ دریافت گزارش")
        _within(record.site_visit_on, value, "site_visit_on", "تاریخ بازدید")
        if _closed(uow, centre_id, value):
            raise ValidationError(
                FieldError("year", "سال", f"ارزیابی سال {_fa(value)} این قطب بسته شده است؛ گزارش آن تغییر نمی‌کند.")
            )
        stored = uow.evaluations.report(centre_id, value)
        check_version(uow, stored, version, "گزارش سالانه این سال")
        row = stored or uow.evaluations.add_report(AnnualReport(centre_id=centre_id, year=value, received_on=record.received_on))
        row.received_on, row.site_visit_on, row.notes = record.received_on, record.site_visit_on, record.notes
        touch(row, "notes")  # a save changes the record's version even when only its areas changed
        for key, amount in record.counts.items():
            setattr(row, key, amount)
        row.budget_received, row.budget_spent = record.budget_received, record.budget_spent
        have = {a.area_key: a for a in row.areas}
        for key, text in record.areas.items():
            if key in have:
                have.pop(key).text = text
            else:
                row.areas.append(ReportArea(area_key=key, text=text))
        for gone in have.values():
            row.areas.remove(gone)
        uow.commit()
        return row.id


def _evaluation_view(uow: UnitOfWork, row: Evaluation) -> EvaluationView:
    centre = _centre(uow, row.centre_id)
    lost = tuple(m for _code, m in json.loads(row.article5_lost or "[]"))
    return EvaluationView(
        row.id, row.centre_id, centre.title, row.year, row.kind, KINDS[row.kind], row.scheme,
        {s.criterion: s.score for s in row.scores}, row.evaluators, row.remarks, row.evaluated_on, row.total,
        row.verdict, VERDICTS[row.verdict], row.closed_at, row.member_count, row.centre_total, lost,
        tuple((r.reopened_at, r.reason) for r in uow.evaluations.reopenings(row.id)), row.version,
    )  # fmt: skip


def get_evaluation(*, uow: UnitOfWork, centre_id: int, year: int, kind: str = "annual") -> EvaluationView | None:
    with uow:
        row = uow.evaluations.find(centre_id, year, kind)
        return _evaluation_view(uow, row) if row else None


def list_evaluations(*, uow: UnitOfWork, centre_id: int) -> list[EvaluationView]:
    with uow:
        return [_evaluation_view(uow, row) for row in uow.evaluations.of_centre(centre_id)]


def save_evaluation(
    *, uow: UnitOfWork, centre_id: int, year: object, scores: Mapping[str, object], evaluators: object,
    evaluated_on: DateInput, remarks: object = "", kind: str = "annual", version: int | None = None,
    body_id: object = None, member_ids: Sequence[int] = (),
) -> int:  # fmt: skip
    """Record (or correct, while open) the evaluation of a centre's year, or its final
    five-year evaluation (kind ``final``, in the year its period ends). The total and the
    verdict follow from the scores and the scheme in force that year. Returns its id.
    ``version``: the evaluation's version the form was filled from, 0 when it was empty
    (services/versions.py). ``body_id`` and ``member_ids``: the working group of the
    centre's group (note 7) and its members who evaluated, from the registry
    (services/review_bodies.py); then ``evaluators`` is written from them."""
    if kind not in KINDS:
        raise ValidationError(FieldError("kind", "نوع ارزیابی", "سالانه یا پایانی را برگزینید."))
    with uow:
        centre = _centre(uow, centre_id)
        value = _year(centre, year)
        if centre.status not in vocab.DECREED_STATUSES:
            raise ValidationError(
                FieldError("centre", "قطب", f"قطب «{vocab.label(vocab.CENTRE_STATUSES, centre.status)}» ارزیابی نمی‌شود.")
            )
        if kind == "final" and (centre.period_end is None or jalali_year(centre.period_end) != value):
            raise ValidationError(
                FieldError("year", "سال", "ارزیابی پایانی (بند ۴-۲-۱۰) در سال پایان دوره پنج‌ساله قطب ثبت می‌شود.")
            )
        if kind == "annual" and uow.evaluations.report(centre_id, value) is None:
            raise ValidationError(
                FieldError(
                    "year", "سال", f"گزارش سالانه {_fa(value)} این قطب هنوز ثبت نشده است؛ ارزیابی بر پایه آن است (ماده ۹)."
                )
            )
        row = uow.evaluations.find(centre_id, value, kind)
        check_version(uow, row, version, "ارزیابی این سال")
        scheme = load_scheme(row.scheme) if row else scheme_for_year(value)
        body = body_of(uow, body_id)
        if body is not None:
            refuse_outside_centres_group(
                uow, centre, body, label="کارگروه تخصصی", why="کارگروهی از گروه علمی رشته این قطب نیست (تبصره ۷)."
            )
            evaluators = evaluators or body.title
        record = clean_evaluation(scheme=scheme, scores=scores, evaluators=evaluators, remarks=remarks, evaluated_on=evaluated_on)
        _within(record.evaluated_on, value, "evaluated_on", "تاریخ ارزیابی")
        if row is not None and row.closed_at is not None:
            raise ValidationError(
                FieldError("evaluation", "ارزیابی", "ارزیابی بسته شده است؛ نخست آن را با ذکر دلیل بازگشایی کنید.")
            )
        result = weigh(scheme, record.scores)
        if row is None:
            fresh = Evaluation(centre_id=centre_id, year=value, kind=kind, scheme=scheme.scheme, evaluators="")
            fresh.evaluated_on, fresh.total, fresh.verdict = record.evaluated_on, Decimal(0), "not_approved"
            row = uow.evaluations.add(fresh)
        row.evaluators, row.remarks, row.evaluated_on = record.evaluators, record.remarks, record.evaluated_on
        if body_id is not None:
            sitting = take_part(
                uow, subject="evaluation", subject_id=row.id, body_id=body_id, member_ids=member_ids, on=record.evaluated_on
            )
            row.evaluators = sitting.described[:500]
        row.total, row.verdict = Decimal(str(number(result.total))), result.verdict
        touch(row, "remarks")
        have = {s.criterion: s for s in row.scores}
        for key, score in record.scores.items():
            if key in have:
                have[key].score = Decimal(str(number(score)))
            else:
                row.scores.append(EvaluationScore(criterion=key, score=Decimal(str(number(score)))))
        uow.commit()
        return row.id


def first_year(centre: Centre) -> int | None:
    """The Jalali year the centre's period starts: the first of the years article 8 weighs."""
    return jalali_year(centre.period_start) if centre.period_start else None


def _consequence_of(uow: UnitOfWork, centre_id: int, year: int | None = None) -> Consequence | None:
    """The consequence of the centre's latest closed annual evaluation (up to ``year``),
    with article 8's state as of that year."""
    closed = uow.evaluations.closed_annual([centre_id], up_to=year)
    return _consequence_from(closed, first_year(_centre(uow, centre_id))) if closed else None


def centre_consequences(*, uow: UnitOfWork, centre_ids: Iterable[int]) -> dict[int, Consequence | None]:
    """``centre_consequence`` of many centres, their evaluations read in one query."""
    ids = list(centre_ids)
    with uow.reading():
        closed: dict[int, list[Evaluation]] = {i: [] for i in ids}
        for e in uow.evaluations.closed_annual(ids):
            closed[e.centre_id].append(e)
        starts = uow.centres.period_starts(ids)
        return {
            i: _consequence_from(rows, jalali_year(starts[i]) if starts.get(i) else None) if rows else None
            for i, rows in closed.items()
        }


def _consequence_from(closed: Sequence[Evaluation], start: int | None) -> Consequence:
    """The consequence of the latest of ``closed`` (a centre's closed annual evaluations, oldest
    first; ``start``: the year its period starts, first_year)."""
    latest = closed[-1]
    verdicts = {e.year: e.verdict for e in closed}
    lost = [m for _code, m in json.loads(latest.article5_lost or "[]")]
    return consequence(scheme=load_scheme(latest.scheme), verdicts=verdicts, year=latest.year, lost=lost, first_year=start)


def refresh_status(uow: UnitOfWork, centre: Centre) -> Consequence | None:
    """Inside a unit of work: the centre's status from its closed evaluations."""
    latest = _consequence_of(uow, centre.id)
    centre.status = status_after(centre.status, latest)
    return latest


def centre_consequence(*, uow: UnitOfWork, centre_id: int) -> Consequence | None:
    with uow:
        return _consequence_of(uow, centre_id)


def centre_continuation(*, uow: UnitOfWork, centre_id: int) -> Continuation:
    """Article 8 for a centre as of its latest closed year (before any: still to decide)."""
    with uow:
        latest = _consequence_of(uow, centre_id)
        if latest is not None:
            return latest.continuation
        start, now = first_year(_centre(uow, centre_id)), jalali_year(today())
        return continuation(years=scheme_for_year(now).continuation_years, first_year=start, verdicts={}, year=now)


def close_evaluation(*, uow: UnitOfWork, evaluation_id: int, now: datetime | None = None) -> Closing:
    """Close a year's evaluation: article 5 is checked over the members at the year's
    end (or today, for the current year) and kept with it; the centre's status follows
    (art. 10); a recommended dissolution goes on the next council meeting's agenda."""
    authorize(uow.actor, "close_evaluation")
    stamp = (now or datetime.now()).replace(microsecond=0)
    with uow:
        row = uow.evaluations.get(evaluation_id)
        if row is None:
            raise NotFound("ارزیابی", evaluation_id)
        if row.closed_at is not None:
            raise ValidationError(FieldError("evaluation", "ارزیابی", "این ارزیابی پیش‌تر بسته شده است."))
        centre = _centre(uow, row.centre_id)
        _running(centre)
        reopenings = uow.evaluations.reopenings(row.id)
        if reopenings and stamp <= reopenings[-1].reopened_at:  # a closing comes after every reopening
            stamp = reopenings[-1].reopened_at + timedelta(seconds=1)
        on = min(jalali_year_bounds(row.year)[1], stamp.date())
        _c, _start, _data, check, people = check_within(uow, centre.id, None, None, on)
        lost = article5_lost(check, load_edition(check.edition))
        row.edition, row.member_count = check.edition, len(people)
        row.centre_total = Decimal(str(number(check.total)))
        row.article5_lost = json.dumps([[f.code, f.message] for f in lost], ensure_ascii=False)
        row.closed_at = stamp
        uow.session.flush()
        latest = refresh_status(uow, centre) if row.kind == "annual" else _consequence_of(uow, centre.id)
        agenda = ""
        if centre.status != "dissolution_advised":
            withdraw_dissolution(uow, centre.id)
        elif latest is not None:  # once per advice: none since the closing of the year that advised it
            advised_at = uow.evaluations.find(centre.id, latest.year).closed_at
            agenda = _draft_dissolution(uow, centre, latest, on=stamp.date(), since=advised_at.date())
        result = latest or consequence(scheme=load_scheme(row.scheme), verdicts={}, year=row.year, first_year=first_year(centre))
        uow.commit()
        return Closing(result, centre.status, vocab.label(vocab.CENTRE_STATUSES, centre.status), agenda, row.year)


def _draft_dissolution(uow: UnitOfWork, centre: Centre, latest: Consequence, *, on: date, since: date) -> str:
    """Put «dissolution of the centre» on the first council meeting in draft from ``on``,
    unless a meeting held since ``since`` (the advice) has it already."""
    from qotb_desktop.domain.meetings import meeting_number

    meeting = uow.evaluations.next_council_meeting(on)
    if meeting is None or uow.evaluations.dissolution_items(centre.id, since):
        return ""
    position = len(uow.meetings.items(meeting.id)) + 1
    title = dissolution_title(centre, latest)
    uow.session.add(AgendaItem(meeting_id=meeting.id, position=position, title=title, kind="dissolution", centre_id=centre.id))
    return meeting_number(meeting.year, meeting.sequence)


def withdraw_dissolution(uow: UnitOfWork, centre_id: int) -> int:
    """Inside a unit of work: take off the draft council meetings' agendas the dissolution
    items of a centre no longer advised for dissolution (not yet decided), renumbering
    the items after them. Returns how many were taken off."""
    taken = 0
    for item in uow.evaluations.draft_dissolution_items(centre_id):
        meeting_id, position = item.meeting_id, item.position
        uow.session.delete(item)
        uow.session.flush()
        for later in uow.meetings.items(meeting_id):
            if later.position > position:
                later.position -= 1
                uow.session.flush()
        taken += 1
    return taken


def dissolutions_to_put_on(uow: UnitOfWork, meeting_held_on: date) -> list[tuple[Centre, Consequence]]:
    """Inside a unit of work: the centres advised for dissolution with no dissolution
    item at a meeting held since their latest closing (for the next meeting's agenda)."""
    due = []
    for centre in uow.centres.list():
        if centre.status != "dissolution_advised":
            continue
        closed = uow.evaluations.closed_annual([centre.id])
        since = closed[-1].closed_at.date() if closed else meeting_held_on
        if since <= meeting_held_on and not uow.evaluations.dissolution_items(centre.id, since):
            latest = _consequence_of(uow, centre.id)
            if latest is not None:
                due.append((centre, latest))
    return due


def dissolution_title(centre: Centre, latest: Consequence) -> str:
    return f"بررسی انحلال قطب «{centre.title}» (ماده ۱۰): " + " ".join(latest.reasons)


def reopen_evaluation(*, uow: UnitOfWork, evaluation_id: int, reason: object, now: datetime | None = None) -> None:
    """Open a closed evaluation again, the reason kept on record; the status follows."""
    authorize(uow.actor, "close_evaluation")
    why = normalize_text(None if reason is None else str(reason))
    if not why:
        raise ValidationError(FieldError("reason", "دلیل بازگشایی", "دلیل بازگشایی را بنویسید؛ در پرونده می‌ماند."))
    with uow:
        row = uow.evaluations.get(evaluation_id)
        if row is None:
            raise NotFound("ارزیابی", evaluation_id)
        if row.closed_at is None:
            raise ValidationError(FieldError("evaluation", "ارزیابی", "این ارزیابی باز است."))
        _running(_centre(uow, row.centre_id))
        stamp = (now or datetime.now()).replace(microsecond=0)
        uow.evaluations.add_reopening(Reopening(evaluation_id=row.id, closed_at=row.closed_at, reopened_at=stamp, reason=why))
        row.closed_at = None
        uow.session.flush()
        centre = _centre(uow, row.centre_id)
        refresh_status(uow, centre)
        if centre.status != "dissolution_advised":
            withdraw_dissolution(uow, centre.id)
        uow.commit()


def scheme_for(*, uow: UnitOfWork, centre_id: int, year: int, kind: str = "annual") -> Scheme:
    """The criteria a year's evaluation is scored with: those it was recorded with, or
    the scheme in force that year for a new one."""
    with uow:
        row = uow.evaluations.find(centre_id, year, kind)
        return load_scheme(row.scheme) if row else scheme_for_year(year)


def report_areas() -> tuple[Goal, ...]:
    """Article 7's eight areas, the sections of an annual report."""
    return load_edition().areas


@dataclass(frozen=True)
class YearMembers:
    """Who joined and who left the centre (members and director) during a Jalali year,
    from the registry: what the annual report says about its members (art. 9)."""

    joined: tuple[tuple[str, date], ...]  # (name, date)
    left: tuple[tuple[str, date], ...]


def year_members(*, uow: UnitOfWork, centre_id: int, year: int) -> YearMembers:
    first, last = jalali_year_bounds(year)
    with uow:
        rows = [m for m in uow.memberships.of_centre(centre_id) if m.role in vocab.MEMBER_ROLES]

        def name(m) -> str:
            return f"{m.faculty.first_name} {m.faculty.last_name}"

        joined = tuple(sorted(((name(m), m.joined_on) for m in rows if first <= m.joined_on <= last), key=lambda x: x[1]))
        left = tuple(sorted(((name(m), m.left_on) for m in rows if m.left_on and first <= m.left_on <= last), key=lambda x: x[1]))
        return YearMembers(joined, left)
