"""The readings of the bylaw the office takes where its text is open (the rules screen).

Every result records the readings it was computed under; changing a reading here
changes what is computed from now on, never a stored result, finalised minutes or a
closed evaluation."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from qotb_desktop.domain.accounts import authorize
from qotb_desktop.domain.errors import Conflict, FieldError, ValidationError
from qotb_desktop.domain.rules import Edition, Readings, ReadingSpec, load_edition
from qotb_desktop.store.models import RulesReading
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


@dataclass(frozen=True)
class ReadingView:
    spec: ReadingSpec  # the bylaw's sentence, the choices, the rules data's default
    value: str  # the office's choice (the default when none was made)
    changed_at: datetime | None
    changed_by: str
    version: int | None  # None: never chosen


def current_readings(uow: UnitOfWork, edition: Edition | None = None) -> Readings:
    """The readings in force, inside an open unit of work: the office's choices over the
    rules data's defaults, at the current scoring revision."""
    edition = edition or load_edition()
    chosen = {key: row.value for key, row in uow.readings.chosen().items() if key in Readings.CHOICES}
    return replace(edition.readings, **chosen)


def get_readings(*, uow: UnitOfWork) -> Readings:
    with uow:
        return current_readings(uow)


def list_readings(*, uow: UnitOfWork) -> list[ReadingView]:
    edition = load_edition()
    with uow:
        chosen = uow.readings.chosen()
        views = []
        for spec in edition.reading_specs:
            row = chosen.get(spec.key)
            views.append(
                ReadingView(
                    spec,
                    row.value if row else spec.default,
                    row.changed_at if row else None,
                    row.changed_by if row else "",
                    row.version if row else None,
                )
            )
        return views


def set_reading(*, uow: UnitOfWork, key: str, value: str, version: int | None = None) -> None:
    """Choose a reading (administrators only). ``version``: the one shown, or None when the
    screen showed the default (never chosen); another desk's choice in between is a Conflict."""
    edition = load_edition()
    try:
        spec = edition.reading(key)
    except KeyError:
        raise ValidationError(FieldError(key, "خوانش", f"خوانش «{key}» در داده‌های آیین‌نامه نیست.")) from None
    if value not in {c.key for c in spec.choices}:
        raise ValidationError(FieldError(key, spec.title, f"«{value}» از گزینه‌های این خوانش نیست."))
    authorize(uow.actor, "edit_rules")
    with uow:
        row = uow.readings.get(key)
        now = datetime.now().replace(microsecond=0)
        by = uow.actor.username if uow.actor else ""
        if row is None:
            if version is not None:
                raise Conflict(spec.title)
            uow.readings.add(RulesReading(key=key, value=value, changed_at=now, changed_by=by))
        else:
            if version is None or row.version != version:  # chosen on another desk since the screen showed it
                raise Conflict(spec.title)
            if row.value == value:
                return
            row.value, row.changed_at, row.changed_by = value, now, by
        uow.commit()
