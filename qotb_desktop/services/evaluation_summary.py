"""The year across all centres: the yearly evaluation summary (4-2-9), the year view
of the evaluations screen, and the annual reports not yet received."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import jalali_month_end, jalali_year, jalali_year_bounds, today
from qotb_desktop.domain.evaluation import Consequence, consequence
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.rules.schemes import load_scheme, scheme_for_year
from qotb_desktop.domain.year_summary import SummaryRow, YearSummary, summarise
from qotb_desktop.store.models import Centre, Evaluation
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _running_in(centre: Centre, first: date, last: date) -> bool:
    """A centre with a decree whose period overlaps the year."""
    if centre.status not in vocab.DECREED_STATUSES | {"dissolved"} or centre.period_start is None:
        return False
    if centre.status == "dissolved" and centre.dissolved_on is not None and centre.dissolved_on < first:
        return False  # dissolved before the year began
    return centre.period_start <= last and (centre.period_end is None or centre.period_end >= first)


def _in_force(mine: dict[int, Evaluation], verdicts: dict[int, str], start: int) -> Consequence | None:
    """The consequence of the latest of the centre's closed annual evaluations (up to the
    summary's year): what stands at the year's end; None before any is closed."""
    if not mine:
        return None
    latest = mine[max(mine)]
    lost = [m for _code, m in json.loads(latest.article5_lost or "[]")]
    scheme = load_scheme(latest.scheme)
    return consequence(scheme=scheme, verdicts=verdicts, year=latest.year, lost=lost, first_year=start)


def status_as_of(centre: Centre, in_force: Consequence | None, year_end: date) -> str:
    """The centre's status as of a year's end, derived from what is recorded (the store
    keeps today's status only, and the audit trail dates a change by when it was typed,
    not by when it took effect): «منحل» from the council's dissolution on or before the
    year's end; else the status that follows the closed annual evaluations up to that
    year (article 10: «مصوب» before any is closed, «مشروط», «پیشنهاد انحلال»). A later
    year's evaluation, or a dissolution after the year, does not change it."""
    if centre.status == "dissolved" and (centre.dissolved_on is None or centre.dissolved_on <= year_end):
        return "dissolved"
    return in_force.status if in_force is not None else "approved"


def year_summary(*, uow: UnitOfWork, year: int) -> YearSummary:
    """Every centre running in Jalali ``year``: its verdict that year and the year before,
    the consecutive failures, what follows, its members and budget, its share of the year's
    approved allocation and its institution's matching (12-2-1, 12-2-2); totals per group.

    Only closed evaluations count. Each row is as of the year's end (status_as_of): the
    status, the consequence (article 10), the consecutive failures and their reasons are
    those of the latest closed annual evaluation up to the year (this year's when closed,
    else the one still in force, named by ``consequence_year``), so that a row «پیشنهاد
    انحلال» is counted in the totals and a past year never shows today's status.

    The summed score and member count are those kept when the year's evaluation was
    closed (article 5 checked then, with the scoring engine); for a centre whose year is
    not closed, the member count is the registry's at the year's end and the summed
    score is left empty: it is taken at closing (the centre-check screen computes it live
    for one centre). Scoring every member of every open centre would make the summary of
    a running year take seconds per hundred centres."""
    edition = load_edition()
    groups = {f.key: f.group for f in edition.fields}
    group_titles = {g.key: g.title for g in edition.groups}
    field_titles = {f.key: f.title for f in edition.fields}
    first, last = jalali_year_bounds(year)
    on = min(last, today())
    rows = []
    with uow.reading():
        centres = [c for c in uow.centres.list() if _running_in(c, first, last)]
        ids = [c.id for c in centres]
        reads = uow.reads  # counted by the database, not loaded
        counts, directors = reads.open_counts(on), reads.directors_in_office(on)
        history: dict[int, dict[int, Evaluation]] = {}
        for e in uow.evaluations.closed_annual(ids, up_to=year):
            history.setdefault(e.centre_id, {})[e.year] = e
        reports = uow.evaluations.reports_of_year(year)
        finals = {i: e for i, e in uow.evaluations.of_year(year, kind="final").items() if e.closed_at is not None}
        shares = {a.centre_id: a for a in uow.funding.approved_shares(year)}  # 12-2-1 and 12-2-2
        for c in centres:
            mine = history.get(c.id, {})  # the closed annual evaluations up to this year
            verdicts = {y: e.verdict for y, e in mine.items()}
            closed = mine.get(year)
            start = jalali_year(c.period_start)  # the first of the years article 8 weighs
            in_force = _in_force(mine, verdicts, start)
            if closed is not None:
                held = in_force.continuation
                members, centre_total = closed.member_count or 0, closed.centre_total
            else:  # article 8 as of this year, with its closed evaluation still awaited
                held = consequence(scheme=scheme_for_year(year), verdicts=verdicts, year=year, first_year=start).continuation
                members, centre_total = counts.get(c.id, (0, 0))[0], None
            status = status_as_of(c, in_force, last)
            report = reports.get(c.id)
            group = groups.get(c.field_key, "")
            rows.append(
                SummaryRow(
                    centre_id=c.id,
                    title=c.title,
                    host=c.host.name,
                    group_key=group,
                    group_title=group_titles.get(group, group),
                    field_title=field_titles.get(c.field_key, c.field_key),
                    director=directors.get(c.id, ""),
                    member_count=members,
                    centre_total=centre_total,
                    total=closed.total if closed else None,  # a draft's total is not a result
                    verdict=closed.verdict if closed else None,
                    previous_verdict=verdicts.get(year - 1),
                    failures=in_force.failures if in_force else 0,
                    status=status,
                    status_label=vocab.label(vocab.CENTRE_STATUSES, status),
                    level=in_force.level if in_force else "none",
                    reasons=in_force.reasons if in_force else (),
                    level_label=in_force.level_label if in_force else "",
                    continuation=held,
                    report_received=report is not None,
                    budget_received=report.budget_received if report else None,
                    budget_spent=report.budget_spent if report else None,
                    closed=closed is not None,
                    final_verdict=finals[c.id].verdict if c.id in finals else None,
                    allocated=shares[c.id].amount if c.id in shares else None,
                    provided=shares[c.id].provided if c.id in shares else None,
                    consequence_year=in_force.year if in_force else None,
                )
            )
        uow.commit()
    scheme = scheme_for_year(year)
    groups_in_order = [(g.key, g.title) for g in edition.groups]
    return summarise(year, scheme.scheme, scheme.pass_mark, scheme.total_weight, rows, groups_in_order)


def evaluation_years(*, uow: UnitOfWork) -> list[int]:
    """The Jalali years with reports or evaluations, this year, and last year when a centre
    ran in it (a year no centre ran in has no summary: it is refused), newest first."""
    now = jalali_year(today())
    first, last = jalali_year_bounds(now - 1)
    with uow:
        years = set(uow.evaluations.years()) | {now}
        if any(_running_in(c, first, last) for c in uow.centres.list()):
            years.add(now - 1)
    return sorted(years, reverse=True)


@dataclass(frozen=True)
class MissingReport:
    centre_id: int
    title: str
    year: int
    due_on: date


def reports_missing(*, uow: UnitOfWork, on: date | None = None) -> list[MissingReport]:
    """Running centres whose annual report of last year is past its due date (the
    scheme's month of the following year) and not yet received."""
    now = on or today()
    year = jalali_year(now) - 1
    due = jalali_month_end(year + 1, scheme_for_year(year).report_due_month)
    if now <= due:
        return []
    first, last = jalali_year_bounds(year)
    with uow.reading():
        received = uow.evaluations.reports_of_year(year)
        return [
            MissingReport(c.id, c.title, year, due)
            for c in uow.centres.list()
            if c.status in vocab.DECREED_STATUSES and _running_in(c, first, last) and c.id not in received
        ]


@dataclass(frozen=True)
class FlaggedCentre:
    """A centre whose status follows from its annual evaluations (art. 10), with why."""

    centre_id: int
    title: str
    status_label: str
    level: str  # probation | dissolution (domain.evaluation.LEVELS)
    year: int  # of the closed evaluation the status follows from
    failures: int
    reasons: tuple[str, ...]


def flagged_centres(*, uow: UnitOfWork, on: date | None = None) -> list[FlaggedCentre]:
    """The dashboard's centres on probation or advised for dissolution, each with the
    consequence its status follows: that of its latest closed annual evaluation (read for
    all of them in one query); ``year`` names that evaluation's year (last year's when none)."""
    from qotb_desktop.services.centres import list_centres
    from qotb_desktop.services.evaluations import centre_consequences

    last = jalali_year(on or today()) - 1
    flagged = [c for c in list_centres(uow=uow) if c.status in vocab.COMPUTED_STATUSES]
    if not flagged:
        return []
    latest = centre_consequences(uow=uow, centre_ids=[c.id for c in flagged])
    rows = []
    for c in flagged:
        found = latest[c.id]
        if found is None:
            rows.append(FlaggedCentre(c.id, c.title, c.status_label, "", last, 0, ()))
        else:
            rows.append(FlaggedCentre(c.id, c.title, c.status_label, found.level, found.year, found.failures, found.reasons))
    return rows
