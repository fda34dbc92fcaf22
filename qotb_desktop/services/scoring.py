"""Scoring at the desk: a member's activities, their score sheet, what-if, saved sheets."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from qotb_desktop.domain.activities import CHOICES, LABELS
from qotb_desktop.domain.activities import clean_activity as _clean
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import NotFound
from qotb_desktop.domain.fields import DateInput, required_date
from qotb_desktop.domain.rules import Edition, Readings, load_edition
from qotb_desktop.domain.scoring import Item, MemberInput, ScoreSheet, number, score_member
from qotb_desktop.domain.scoring_io import reproduces, sheet_json
from qotb_desktop.domain.text import to_persian_number
from qotb_desktop.services.faculty import get_faculty
from qotb_desktop.services.readings import current_readings, get_readings
from qotb_desktop.services.versions import check_version
from qotb_desktop.services.views import FacultyView
from qotb_desktop.store.models import Activity
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

_ITEM_FIELDS = (
    "date", "description", "points", "corresponding_author", "keynote", "citations", "amount_toman", "scope", "award",
    "journal_years", "conferences", "academy", "role", "years", "as_director", "evidence",
)  # fmt: skip


@dataclass(frozen=True)
class ActivityView:
    id: int
    faculty_id: int
    row: int
    row_title: str
    item: Item
    summary: str  # the row-specific fields, in Persian
    version: int = 0  # what the edit form was filled from (optimistic locking)

    @property
    def date(self):
        return self.item.date

    @property
    def description(self) -> str:
        return self.item.description


@dataclass(frozen=True)
class ScoreResult:
    person: FacultyView
    period_start: Any
    items: tuple[Item, ...]
    sheet: ScoreSheet
    what_if: bool


@lru_cache(maxsize=4096)
def _fraction(value: Decimal | None) -> Fraction | None:
    """Cached: an office's activities share a few hundred values (points, years)."""
    return None if value is None else Fraction(value)


def _decimal(value: Fraction | None) -> Decimal | None:
    return None if value is None else Decimal(str(number(value)))


def item_of(row: Activity) -> Item:
    return Item(
        row=row.row, date=row.date, points=_fraction(row.points), corresponding_author=row.corresponding_author,
        keynote=row.keynote, citations=row.citations, amount_toman=row.amount_toman, scope=row.scope, award=row.award,
        journal_years=_fraction(row.journal_years), conferences=row.conferences, academy=row.academy, role=row.role,
        years=_fraction(row.years), as_director=row.as_director, description=row.description,
        end=row.end_date, evidence=row.evidence or "",
    )  # fmt: skip


def store_item(row: Activity, item: Item) -> None:
    """Write ``item`` into the activity ``row`` (a fraction as the exact decimal it is)."""
    row.row = item.row
    for name in _ITEM_FIELDS:
        value = getattr(item, name)
        setattr(row, name, _decimal(value) if isinstance(value, Fraction) else value)
    row.end_date = item.end


def summary(item: Item) -> str:
    """The fields an item carries beyond its date, as a clerk reads them."""
    parts = []
    if item.end is not None:
        parts.append(f"{LABELS['end']}: {format_jalali(item.end)}")
    for name in _ITEM_FIELDS[2:]:
        value = getattr(item, name)
        if value in (None, False, ""):
            continue
        if value is True:
            parts.append(LABELS[name])
        elif name in CHOICES:
            parts.append(f"{LABELS[name]}: {CHOICES[name].get(value, value)}")
        else:
            shown = number(value) if isinstance(value, Fraction) else value
            shown = f"{shown:,}".replace(",", "٬") if isinstance(shown, int) else shown
            parts.append(f"{LABELS[name]}: {to_persian_number(shown)}")
    return "، ".join(parts)


def _view(row: Activity, edition: Edition) -> ActivityView:
    item = item_of(row)
    return ActivityView(row.id, row.faculty_id, row.row, edition.scoring.row(row.row).title, item, summary(item), row.version)


def list_activities(*, uow: UnitOfWork, faculty_id: int) -> list[ActivityView]:
    edition = load_edition()
    with uow:
        rows = uow.activities.of_faculty(faculty_id)
        return [_view(r, edition) for r in rows]


def clean_activity(*, row: int, values: dict[str, Any]) -> Item:
    """Check an activity as typed (no database), for the form's inline validation."""
    return _clean(row, values, load_edition())


def add_activity(*, uow: UnitOfWork, faculty_id: int, row: int, values: dict[str, Any]) -> int:
    item = clean_activity(row=row, values=values)
    with uow:
        if uow.faculty.get(faculty_id) is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        record = Activity(faculty_id=faculty_id)
        store_item(record, item)
        uow.activities.add(record)
        uow.commit()
        return record.id


def add_activities(*, uow: UnitOfWork, faculty_id: int, activities: Sequence[tuple[int, dict[str, Any]]]) -> int:
    """Several activities of one member in one transaction (all or none); returns how many."""
    items = [clean_activity(row=row, values=values) for row, values in activities]
    with uow:
        if uow.faculty.get(faculty_id) is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        for item in items:
            record = Activity(faculty_id=faculty_id)
            store_item(record, item)
            uow.session.add(record)
        uow.commit()
        return len(items)


def update_activity(*, uow: UnitOfWork, activity_id: int, row: int, values: dict[str, Any], version: int | None = None) -> None:
    """``version``: the one the form was filled from (services/versions.py)."""
    item = clean_activity(row=row, values=values)
    with uow:
        record = uow.activities.get(activity_id)
        if record is None:
            raise NotFound("فعالیت", activity_id)
        check_version(uow, record, version, "این فعالیت")
        store_item(record, item)
        uow.commit()


def delete_activity(*, uow: UnitOfWork, activity_id: int) -> None:
    with uow:
        record = uow.activities.get(activity_id)
        if record is None:
            raise NotFound("فعالیت", activity_id)
        uow.session.delete(record)
        uow.commit()


def score_faculty(
    *,
    uow: UnitOfWork,
    faculty_id: int,
    period_start: DateInput,
    items: Sequence[Item] | None = None,
    readings: Readings | None = None,
) -> ScoreResult:
    """The score sheet over the stored activities, or over ``items`` (what-if: nothing is read
    from or written to the activities)."""
    start = required_date(period_start, "period_start", "آغاز دوره")
    person = get_faculty(uow=uow, faculty_id=faculty_id)
    what_if = items is not None
    if items is None:
        items = tuple(a.item for a in list_activities(uow=uow, faculty_id=faculty_id))
    edition = load_edition()
    if readings is None:
        readings = get_readings(uow=uow)
    sheet = score_member(MemberInput(person.field_key, start, person.rank, tuple(items)), edition=edition, readings=readings)
    return ScoreResult(person, start, tuple(items), sheet, what_if=what_if)


def save_score_sheet(*, uow: UnitOfWork, faculty_id: int, period_start: DateInput, readings: Readings | None = None) -> int:
    """Compute the sheet from the stored activities and keep it, with its inputs, edition and
    readings, in one transaction."""
    start = required_date(period_start, "period_start", "آغاز دوره")
    edition = load_edition()
    with uow:
        person = uow.faculty.get(faculty_id)
        if person is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        items = tuple(item_of(a) for a in uow.activities.of_faculty(faculty_id))
        member = MemberInput(person.field_key, start, person.rank, items)
        sheet = score_member(member, edition=edition, readings=readings or current_readings(uow, edition))
        result = sheet_json(sheet)
        record = uow.score_sheets.add_sheet(
            faculty_id=faculty_id,
            period_start=start,
            field_key=person.field_key,
            edition=sheet.edition,
            readings=json.dumps(result["readings"]),
            total=_decimal(sheet.total),
            eligible=sheet.eligible,
            computed_at=datetime.now().replace(microsecond=0),
            inputs=json.dumps(member_json(member), ensure_ascii=False),
            result=json.dumps(result, ensure_ascii=False),
        )
        uow.commit()
        return record


def member_json(member: MemberInput) -> dict[str, Any]:
    """A member's input in the scripting contract's form (so a saved sheet can be replayed
    with `qotb score`)."""
    items = []
    for item in member.items:
        raw: dict[str, Any] = {"row": item.row}
        if item.date:
            raw["date"] = format_jalali(item.date, persian_digits=False)
        if item.end:
            raw["end"] = format_jalali(item.end, persian_digits=False)
        for name in _ITEM_FIELDS[1:]:
            value = getattr(item, name)
            if value in (None, "") or (value is False and name in ("corresponding_author", "keynote", "as_director")):
                continue
            raw[name] = number(value) if isinstance(value, Fraction) else value
        items.append(raw)
    return {
        "group": member.field_key,
        "period_start": format_jalali(member.period_start, persian_digits=False),
        "rank": member.rank,
        "items": items,
    }


@dataclass(frozen=True)
class SavedSheet:
    id: int
    computed_at: datetime
    period_start: Any
    edition: str
    total: Decimal
    eligible: bool


def saved_sheets(*, uow: UnitOfWork, faculty_id: int) -> list[SavedSheet]:
    with uow:
        return [
            SavedSheet(r.id, r.computed_at, r.period_start, r.edition, r.total, r.eligible)
            for r in uow.score_sheets.of_faculty(faculty_id)
        ]


def reproduce_sheet(*, uow: UnitOfWork, sheet_id: int) -> tuple[ScoreSheet, bool]:
    """A saved sheet computed again from its stored inputs with its own edition and
    readings; True when the result is the one stored."""
    from qotb_desktop.domain.scoring_io import parse_member

    with uow:
        record = uow.score_sheets.get(sheet_id)
        if record is None:
            raise NotFound("برگه امتیاز", sheet_id)
        inputs, stored = json.loads(record.inputs), json.loads(record.result)
        readings = Readings.from_record(json.loads(record.readings))
        edition = load_edition(record.edition)
    sheet = score_member(parse_member(inputs, edition, revision=readings.revision), edition=edition, readings=readings)
    return sheet, reproduces(stored, sheet_json(sheet))
