"""Importing a member's publications as activities (issue 23).

The flow, as the window (or the command line) drives it:

    readings = [read_publications(path=p) for p in paths]                 # nothing written
    preview = preview_publications(uow=uow, faculty_id=id, readings=readings, period_start="1403/07/01")
    # per proposal: the row, date, flags, why; duplicates shown; the clerk accepts, edits, rejects
    result = import_publications(uow=uow, preview=preview, accepted=[Accepted(key, row, points=...)])
    # one transaction: every accepted proposal checked as the activity form checks it
    # (services.scoring.clean_activity), duplicates looked for again, all written or none

``dry_run=True`` does all of it and writes nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import DomainError, FieldError, NotFound, ValidationError
from qotb_desktop.domain.fields import DateInput, required_date
from qotb_desktop.domain.national_code import BadNationalCode, clean_national_code
from qotb_desktop.domain.publications import (
    CITATIONS_ROW,
    IMPORT_MARK,
    MemberName,
    Proposal,
    Unreadable,
    activity_keys,
    propose,
    record_keys,
)
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.scoring import Item, window
from qotb_desktop.domain.scoring_io import allowed_fields
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.publications.common import Reading
from qotb_desktop.services.scoring import clean_activity, store_item
from qotb_desktop.store.models import Activity
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


@dataclass(frozen=True)
class PublicationPreview:
    """Every record of the files, proposed; nothing written."""

    faculty_id: int
    member_name: str
    national_code: str
    window: tuple[date, date] | None
    proposals: tuple[Proposal, ...]
    unreadable: tuple[Unreadable, ...]
    sources: tuple[str, ...]

    def proposal(self, key: str) -> Proposal:
        for p in self.proposals:
            if p.key == key:
                return p
        raise KeyError(key)

    @property
    def new(self) -> tuple[Proposal, ...]:
        return tuple(p for p in self.proposals if not p.duplicate)

    @property
    def duplicates(self) -> tuple[Proposal, ...]:
        return tuple(p for p in self.proposals if p.duplicate)


@dataclass(frozen=True)
class Accepted:
    """The clerk's word on one proposal: the row, the points on a judged row, the flags.
    ``date``: Jalali text, the proposal's date when empty."""

    key: str
    row: int
    points: str = ""
    corresponding_author: bool = False
    keynote: bool = False
    scope: str | None = None
    date: str = ""


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    skipped: tuple[tuple[str, str], ...]  # (key, why: a duplicate found at writing time)
    dry_run: bool


def accepted_as_proposed(proposal: Proposal, points: str = "") -> Accepted:
    """What the clerk accepts when they change nothing but give the points."""
    return Accepted(
        key=proposal.key, row=proposal.row or 0, points=points, corresponding_author=proposal.corresponding_author,
        keynote=proposal.keynote, scope=proposal.scope,
    )  # fmt: skip


def _existing(uow: UnitOfWork, faculty_id: int) -> tuple[list[frozenset[str]], list[str]]:
    keys, citations = [], []
    for a in uow.activities.of_faculty(faculty_id):
        if a.row == CITATIONS_ROW:
            citations.append(a.description or "")
        else:
            keys.append(activity_keys(a.description or "", a.evidence or "", a.date))
    return keys, citations


def member_by_code(*, uow: UnitOfWork, national_code: str) -> int:
    """The faculty member's id by their national code (any digits), or a Persian refusal."""
    try:
        code = clean_national_code(national_code)
    except BadNationalCode as exc:
        raise ValidationError(FieldError("member", "کد ملی عضو", str(exc))) from None
    with uow:
        person = uow.faculty.by_national_code(code)
        if person is None:
            raise DomainError(f"عضو هیأت علمی با کد ملی {to_persian_digits(code)} ثبت نشده است.")
        return person.id


def period_of_member(*, uow: UnitOfWork, faculty_id: int) -> date | None:
    """The period start of the centre the member is in now (note 8's window ends the day
    before it), as the scoring screen takes it; None when they are in none."""
    from qotb_desktop.services import centres

    for m in centres.memberships_of_faculty(uow=uow, faculty_id=faculty_id):
        if m.left_on is None:
            start = centres.get_centre(uow=uow, centre_id=m.centre_id).period_start
            if start is not None:
                return start
    return None


def preview_publications(
    *,
    uow: UnitOfWork,
    faculty_id: int,
    readings: Sequence[Reading],
    period_start: DateInput | None = None,
    latin_names: Sequence[str] = (),
) -> PublicationPreview:
    """Every record of ``readings`` proposed for the member, against the activities they
    already have. ``period_start``: the centre's period (note 8's window), or None."""
    span = None
    if period_start not in (None, ""):
        start = required_date(period_start, "period_start", "آغاز دوره")
        span = window(start, load_edition().scoring.window_years)
    with uow:
        person = uow.faculty.get(faculty_id)
        if person is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        name = MemberName(person.first_name, person.last_name, tuple(n for n in latin_names if n.strip()))
        keys, citations = _existing(uow, faculty_id)
        full, code = f"{person.first_name} {person.last_name}", person.national_code
    records = [r for reading in readings for r in reading.records]
    proposals = propose(records, member=name, window=span, existing=keys, existing_citation_marks=citations)
    return PublicationPreview(
        faculty_id=faculty_id, member_name=full, national_code=code, window=span, proposals=tuple(proposals),
        unreadable=tuple(u for reading in readings for u in reading.unreadable),
        sources=tuple(reading.source for reading in readings),
    )  # fmt: skip


def _label(proposal: Proposal) -> str:
    if proposal.record is None:
        return "ارجاع‌ها (ردیف ۷)"
    return f"{proposal.record.source}، رکورد {to_persian_digits(proposal.record.number)}"


def _values(proposal: Proposal, accepted: Accepted) -> dict[str, Any]:
    """The activity form's values for this proposal, as the clerk confirmed it."""
    edition = load_edition()
    allowed = allowed_fields(edition.scoring.row(accepted.row), edition) if 1 <= accepted.row <= 26 else set()
    values: dict[str, Any] = {"description": proposal.description}
    when = accepted.date or format_jalali(proposal.date, persian_digits=False)
    if when and "date" in allowed:
        values["date"] = when
    if "points" in allowed:
        values["points"] = accepted.points
    if "corresponding_author" in allowed:
        values["corresponding_author"] = accepted.corresponding_author
    if "keynote" in allowed:
        values["keynote"] = accepted.keynote
    if "scope" in allowed and accepted.scope:
        values["scope"] = accepted.scope
    if "citations" in allowed and proposal.citations is not None:
        values["citations"] = str(proposal.citations)
    return values


def check_accepted(preview: PublicationPreview, accepted: Sequence[Accepted]) -> list[tuple[Proposal, Item]]:
    """Each accepted proposal as the activity form checks it, or one ValidationError naming
    every record and field that is wrong (nothing is written)."""
    errors: list[FieldError] = []
    out = []
    seen: set[str] = set()
    for choice in accepted:
        try:
            proposal = preview.proposal(choice.key)
        except KeyError:
            errors.append(FieldError("key", "رکورد", f"«{choice.key}» در پیش‌نمایش نیست."))
            continue
        if choice.key in seen:
            continue
        seen.add(choice.key)
        label = _label(proposal)
        if choice.row not in proposal.rows:
            rows = "، ".join(to_persian_digits(r) for r in proposal.rows)
            message = f"ردیف «{to_persian_digits(choice.row)}» برای آن نیست؛ یکی از {rows}."
            errors.append(FieldError("row", f"{label}: ردیف", message))
            continue
        try:
            out.append((proposal, clean_activity(row=choice.row, values=_values(proposal, choice))))
        except ValidationError as exc:
            errors.extend(FieldError(e.field, f"{label}: {e.label}", e.message) for e in exc.errors)
    if errors:
        raise ValidationError(errors)
    return out


def _activity(faculty_id: int, item: Item) -> Activity:
    """The stored form of an item (as services/scoring.py stores the form's)."""
    record = Activity(faculty_id=faculty_id)
    store_item(record, item)
    return record


def import_publications(
    *, uow: UnitOfWork, preview: PublicationPreview, accepted: Sequence[Accepted], dry_run: bool = False
) -> ImportOutcome:
    """The accepted proposals as activities of the preview's member, in one transaction.
    Duplicates are looked for again against what the member has now (another desk may have
    entered the same paper since the preview): those are skipped and said, never added twice."""
    checked = check_accepted(preview, accepted)
    with uow:
        if uow.faculty.get(preview.faculty_id) is None:
            raise NotFound("عضو هیأت علمی", preview.faculty_id)
        keys, citations = _existing(uow, preview.faculty_id)
        held = set().union(*keys) if keys else set()
        skipped, added = [], 0
        for proposal, item in checked:
            if proposal.record is None:
                mark = proposal.description.rsplit(f"{IMPORT_MARK}: ", 1)[-1]
                if any(mark in text for text in citations):
                    skipped.append((proposal.key, "همین ارجاع‌ها پیش‌تر در ردیف ۷ عضو ثبت شده‌اند."))
                    continue
                citations.append(proposal.description)
            else:
                own = record_keys(proposal.record)
                if own & held:
                    skipped.append((proposal.key, f"{_label(proposal)} پیش‌تر در فعالیت‌های عضو ثبت شده است."))
                    continue
                held |= own
            uow.session.add(_activity(preview.faculty_id, item))
            added += 1
        if not dry_run:
            uow.commit()
    return ImportOutcome(added=added, skipped=tuple(skipped), dry_run=dry_run)


def unreadable_csv(unreadable: Sequence[Unreadable]) -> bytes:
    """The records that could not be read, as a CSV report (UTF-8 with a BOM, for Excel):
    the file, the record, why, and the record's text as far as it was read."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["پرونده", "رکورد", "خطا", "متن"])
    for u in unreadable:
        writer.writerow([u.source, u.number, u.message, u.text])
    return out.getvalue().encode("utf-8-sig")
