"""Article 5 over every running centre (the dashboard's centres at risk, 10-2), with the
members' kept scores (issue 21.2).

A member's score over a centre's window is kept (store/score_models.py) with the edition,
the readings and the member's stamp it was computed from. Here a kept score is used when
all three are today's; any other member is scored by the engine over the activities read
for them alone, and the new scores are kept in the same unit of work. The result is the
engine's whatever was kept (tests/integration/test_kept_scores.py compares them)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from qotb_desktop.domain import vocab
from qotb_desktop.domain.centre_check import CentreCheck, CentreInput, ProposedMember, check_centre
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.rules import Readings, load_edition
from qotb_desktop.domain.scoring import Failure, MemberInput, ScoreSheet, kept_sheet, score_member, window
from qotb_desktop.domain.text import sort_key
from qotb_desktop.services.readings import current_readings
from qotb_desktop.services.scoring import item_of
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

CHUNK = 100  # centres whose members' activities are read and scored together (bounds the memory)


@dataclass(frozen=True)
class RunningCheck:
    """Article 5 over a running centre's members in office on a day."""

    centre_id: int
    title: str
    status: str
    result: CentreCheck


def readings_key(readings: Readings) -> str:
    return json.dumps(readings.to_record(), sort_keys=True)


def _fraction(text: str) -> Fraction:
    return Fraction(text)


def kept_row(faculty_id: int, period_start: date, stamp: int, sheet: ScoreSheet, key: str, now: datetime) -> dict:
    """A sheet as a kept score's columns."""
    return {
        "faculty_id": faculty_id,
        "period_start": period_start,
        "stamp": stamp,
        "edition": sheet.edition,
        "readings": key,
        "field_key": sheet.field_key,
        "total": str(sheet.total),
        "eligible": sheet.eligible,
        "failures": json.dumps([[f.code, str(f.required), str(f.actual), f.message] for f in sheet.failures], ensure_ascii=False),
        "computed_at": now,
    }


def sheet_of(row, readings: Readings, years: int) -> ScoreSheet:
    """A kept score as the sheet article 5 reads."""
    failures = tuple(Failure(code, _fraction(req), _fraction(act), text) for code, req, act, text in json.loads(row.failures))
    return kept_sheet(
        edition=row.edition,
        readings=readings,
        field_key=row.field_key,
        window=window(row.period_start, years),
        total=_fraction(row.total),
        failures=failures,
    )


def running_checks(*, uow: UnitOfWork, on: date | None = None) -> list[RunningCheck]:
    """Article 5 over every centre with a decree whose period runs on ``on`` (today), in
    the order of the centres' list: what ``applications.check_centre_members`` finds for each.

    Read in bulk (the centres and everyone in office in two queries, the kept scores and
    the members' stamps in a few); the activities read, a hundred centres at a time, only
    for the members without a kept score that holds, then each centre checked by the same
    domain functions. A member's activities dated outside the centre's window (note 8) are
    left out before they are converted: the engine excludes them without counting them."""
    now = on or today()
    edition = load_edition()
    checks = []
    with uow.reading():  # holds no other desk back; what it finds to keep is kept after
        reads = uow.reads
        readings = current_readings(uow, edition)
        key = readings_key(readings)
        running = sorted(reads.decreed_running(vocab.DECREED_STATUSES, now), key=lambda c: sort_key(c.title))
        held: dict[int, set[int]] = defaultdict(set)  # faculty id -> centres they are a member of on ``now``
        members: dict[int, list] = defaultdict(list)
        for m in reads.members_in_office(now):
            held[m.faculty_id].add(m.centre_id)
            members[m.centre_id].append(m)
        wanted = {(m.faculty_id, c.period_start) for c in running for m in members[c.id]}
        stamps = uow.scores.stamps({fid for fid, _start in wanted})
        years = edition.scoring.window_years
        kept = {
            k: sheet_of(row, readings, years)
            for k, row in uow.scores.kept(wanted).items()
            if row.stamp == stamps.get(k[0], 0) and row.edition == edition.edition and row.readings == key
        }
        fresh: list[dict] = []
        stamped = datetime.now().replace(microsecond=0)
        for at in range(0, len(running), CHUNK):
            chunk = running[at : at + CHUNK]
            windows = {c.id: window(c.period_start, years) for c in chunk}
            scored = {m.faculty_id for c in chunk for m in members[c.id] if (m.faculty_id, c.period_start) not in kept}
            activities: dict[int, list] = defaultdict(list)
            if scored:
                earliest = min(first for first, _last in windows.values())
                for a in reads.activities_of_faculties(scored, earliest):
                    activities[a.faculty_id].append(a)
            for c in chunk:
                data = _centre_input(c, members[c.id], held, activities, windows[c.id])
                sheets = []
                for m, p in zip(members[c.id], data.members, strict=True):
                    k = (m.faculty_id, c.period_start)
                    if k not in kept:  # scored now, and kept
                        kept[k] = score_member(p.member, edition=edition, readings=readings)
                        fresh.append(kept_row(*k, stamps.get(m.faculty_id, 0), kept[k], key, stamped))
                    sheets.append(kept[k])
                result = check_centre(data, edition=edition, readings=readings, sheets=sheets)
                checks.append(RunningCheck(c.id, c.title, c.status, result))
    if fresh:
        with uow:
            uow.scores.keep(fresh)
            uow.commit()
    return checks


def _may_count(a, first: date, last: date) -> bool:
    """An activity row that may count in the window: undated, dated inside it, or a span
    (a journal's board, a centre's core) that reaches into it; the engine decides the rest."""
    if a.date is None:
        return True
    if a.date > last:
        return False
    return a.date >= first or a.end_date is None or a.end_date >= first


def _centre_input(c, members: list, held: dict[int, set[int]], activities: dict[int, list], bounds) -> CentreInput:
    """A running centre's rows (CentreReads) as article 5's input (a member with a kept
    score has no activities read: the engine is not asked for them)."""
    first, last = bounds
    proposed = tuple(
        ProposedMember(
            f"{m.first_name} {m.last_name}",
            m.institution,
            bool(held[m.faculty_id] - {c.id}),
            MemberInput(
                m.field_key,  # the member's own field (note 8); the centre's gives the centre's minimum
                c.period_start,
                m.rank,
                tuple(item_of(a) for a in activities[m.faculty_id] if _may_count(a, first, last)),
            ),
        )
        for m in members
    )
    return CentreInput(c.field_key, c.period_start, c.host, c.equipment_confirmed, c.program_confirmed, proposed)
