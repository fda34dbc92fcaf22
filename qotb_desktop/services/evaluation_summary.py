"""The year across all centres: the yearly evaluation summary (4-2-9), the year view
of the evaluations screen, and the annual reports not yet received."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import jalali_month_end, jalali_year, jalali_year_bounds, today
from qotb_desktop.domain.evaluation import consequence, status_after
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.rules.schemes import load_scheme, scheme_for_year
from qotb_desktop.domain.year_summary import SummaryRow, YearSummary, summarise
from qotb_desktop.store.models import Centre
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _running_in(centre: Centre, first: date, last: date) -> bool:
    """A centre with a decree whose period overlaps the year."""
    if centre.status not in vocab.DECREED_STATUSES | {"dissolved"} or centre.period_start is None:
        return False
    if centre.status == "dissolved" and centre.dissolved_on is not None and centre.dissolved_on < first:
        return False  # dissolved before the year began
    return centre.period_start <= last and (centre.period_end is None or centre.period_end >= first)


def year_summary(*, uow: UnitOfWork, year: int) -> YearSummary:
    """Every centre running in Jalali ``year``: its verdict that year and the year before,
    the consecutive failures, what follows, its members and budget, its share of the year's
    approved allocation and its institution's matching (12-2-1, 12-2-2); totals per group.

    Only closed evaluations count. The summed score and member count are those kept
    when the year's evaluation was closed (article 5 checked then, with the scoring
    engine); for a centre whose year is not closed, the member count is the
    registry's at the year's end and the summed score is left empty: it is taken at
    closing (the centre-check screen computes it live for one centre). Scoring
    every member of every open centre would make the summary of a running year take
    seconds per hundred centres."""
    edition = load_edition()
    groups = {f.key: f.group for f in edition.fields}
    group_titles = {g.key: g.title for g in edition.groups}
    field_titles = {f.key: f.title for f in edition.fields}
    first, last = jalali_year_bounds(year)
    on = min(last, today())
    rows = []
    with uow:
        centres = [c for c in uow.centres.list() if _running_in(c, first, last)]
        ids = [c.id for c in centres]
        reads = uow.reads  # counted by the database, not loaded
        counts, directors = reads.open_counts(on), reads.directors_in_office(on)
        history: dict[int, dict[int, object]] = {}
        for e in uow.evaluations.closed_annual(ids, up_to=year):
            history.setdefault(e.centre_id, {})[e.year] = e
        reports = uow.evaluations.reports_of_year(year)
        finals = {i: e for i, e in uow.evaluations.of_year(year, kind="final").items() if e.closed_at is not None}
        shares = {a.centre_id: a for a in uow.funding.approved_shares(year)}  # 12-2-1 and 12-2-2
        for c in centres:
            mine = history.get(c.id, {})
            verdicts = {y: e.verdict for y, e in mine.items()}
            closed = mine.get(year)
            start = jalali_year(c.period_start)  # the first of the years article 8 weighs
            if closed is not None:
                lost = [m for _code, m in json.loads(closed.article5_lost or "[]")]
                scheme = load_scheme(closed.scheme)
                result = consequence(scheme=scheme, verdicts=verdicts, year=year, lost=lost, first_year=start)
                members, centre_total = closed.member_count or 0, closed.centre_total
            else:
                result = consequence(scheme=scheme_for_year(year), verdicts=verdicts, year=year, first_year=start)
                members, centre_total = counts.get(c.id, (0, 0))[0], None
            # The status that followed the year's closed evaluation; else the centre's own.
            status = status_after(c.status, result) if closed is not None else c.status
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
                    failures=result.failures,
                    status=status,
                    status_label=vocab.label(vocab.CENTRE_STATUSES, status),
                    level=result.level if closed else "none",
                    reasons=result.reasons if closed else (),
                    level_label=result.level_label if closed else "",
                    continuation=result.continuation,
                    report_received=report is not None,
                    budget_received=report.budget_received if report else None,
                    budget_spent=report.budget_spent if report else None,
                    closed=closed is not None,
                    final_verdict=finals[c.id].verdict if c.id in finals else None,
                    allocated=shares[c.id].amount if c.id in shares else None,
                    provided=shares[c.id].provided if c.id in shares else None,
                )
            )
        uow.commit()
    scheme = scheme_for_year(year)
    groups_in_order = [(g.key, g.title) for g in edition.groups]
    return summarise(year, scheme.scheme, scheme.pass_mark, scheme.total_weight, rows, groups_in_order)


def evaluation_years(*, uow: UnitOfWork) -> list[int]:
    """The Jalali years with reports or evaluations, and the last two years, newest first."""
    now = jalali_year(today())
    with uow:
        years = set(uow.evaluations.years())
    return sorted(years | {now - 1, now}, reverse=True)


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
    with uow:
        received = uow.evaluations.reports_of_year(year)
        return [
            MissingReport(c.id, c.title, year, due)
            for c in uow.centres.list()
            if c.status in vocab.DECREED_STATUSES and _running_in(c, first, last) and c.id not in received
        ]
