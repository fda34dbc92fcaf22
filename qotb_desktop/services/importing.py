"""Importing faculty members from a spreadsheet (XLSX or CSV) that a clerk keeps.

The flow, as the window (or the command line) drives it:

    book = read_spreadsheet(path=path)               # headers, rows; nothing is written
    mapping = book.guessed_mapping                   # field -> column index; the clerk may change it
    preview = preview_faculty_import(uow=uow, spreadsheet=book, mapping=mapping)   # every row checked
    result = import_faculty(uow=uow, spreadsheet=book, mapping=mapping)            # good rows, one transaction
    # result.rejected -> reports.spreadsheets.error_report_xlsx / error_report_csv(book.column_names, ...)

Reading the file is services/sheets.py; the mapping and the checks are here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import vocab
from qotb_desktop.domain.errors import FieldError, ValidationError
from qotb_desktop.domain.fields import EMPTY
from qotb_desktop.domain.national_code import BadNationalCode, clean_national_code
from qotb_desktop.domain.registry import FacultyRecord, clean_faculty
from qotb_desktop.domain.rules import Edition, load_edition
from qotb_desktop.domain.text import normalize_text, search_key, to_latin_digits, to_persian_digits
from qotb_desktop.services.import_columns import _FIELD, _ORDER, FIELDS
from qotb_desktop.services.sheets import Spreadsheet
from qotb_desktop.store.models import FacultyMember
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

# Values clerks write that the entry form's lists do not hold as such.
_RANK_ALIASES = {"استاد تمام": "professor"}
_STATUS_ALIASES = {"فعال": "active", "شاغل": "active"}


# -- checking the rows --------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    """One data row: the record it makes, or why it cannot be imported."""

    line: int
    cells: tuple[str, ...]  # the original values of every column (for the error report)
    record: FacultyRecord | None  # cleaned and ready, when the row has no error
    institution_name: str  # the registered institution the row names, or ""
    errors: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def messages(self) -> tuple[str, ...]:
        """«کد ملی: ...», one a field error, in the order of the fields."""
        return tuple(str(e) for e in self.errors)


@dataclass(frozen=True)
class ImportPreview:
    headers: tuple[str, ...]  # Spreadsheet.column_names
    rows: tuple[ImportRow, ...]

    @property
    def good(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def rejected(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.ok)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    rejected: tuple[ImportRow, ...]  # with their line numbers and Persian messages
    headers: tuple[str, ...]  # Spreadsheet.column_names, for the error report

    @property
    def total(self) -> int:
        return self.imported + len(self.rejected)


def _columns(spreadsheet: Spreadsheet, mapping: Mapping[str, int | None]) -> dict[str, int]:
    """The mapping, checked: every required field has a column, each column serves one field."""
    unknown = set(mapping) - set(_FIELD)
    if unknown:
        raise ValueError(f"not import fields: {sorted(unknown)}")
    columns = {k: v for k, v in mapping.items() if v is not None}
    errors: list[FieldError] = []
    taken: dict[int, str] = {}
    for f in FIELDS:
        index = columns.get(f.key)
        if index is None:
            if f.required:
                errors.append(FieldError(f.key, f.label, "ستونی برای آن برگزیده نشده است."))
        elif not 0 <= index < len(spreadsheet.headers):
            errors.append(FieldError(f.key, f.label, "ستون برگزیده در پرونده نیست."))
        elif index in taken:
            column, other = spreadsheet.column_names[index], _FIELD[taken[index]].label
            errors.append(FieldError(f.key, f.label, f"ستون «{column}» برای «{other}» برگزیده شده است؛ هر ستون برای یک فیلد."))
        else:
            taken[index] = f.key
    if errors:
        raise ValidationError(errors)
    return columns


@dataclass(frozen=True)
class _Registered:
    """What the rows are checked against, read from the database once."""

    institutions: dict[str, tuple[int, str]]  # search key of the name -> (id, name)
    people: dict[str, str]  # national code -> the person's name
    edition: Edition


def _registered(uow: UnitOfWork) -> _Registered:
    return _Registered(
        institutions={search_key(i.name): (i.id, i.name) for i in uow.institutions.list()},
        people={p.national_code: f"{p.first_name} {p.last_name}" for p in uow.faculty.list()},
        edition=load_edition(),
    )


def _number_text(text: str) -> str:
    """«84575948.0» (a number cell saved as text) -> «84575948»."""
    digits = to_latin_digits(text.strip())
    match = re.fullmatch(r"(\d+)\.0+", digits)
    return match.group(1) if match else text


def _phone(text: str) -> str:
    """Ten digits: a number cell dropped the 0 of 0912..., 021...; it is put back."""
    digits = _number_text(text)
    return "0" + digits if re.fullmatch(r"[1-9]\d{9}", digits) else text


def _date(text: str) -> str | date:
    """A Jalali date as typed (checked by clean_faculty), or the day of a date cell:
    Excel's own dates are Gregorian, read as ``2011-09-23`` (services/sheets.py)."""
    digits = to_latin_digits(text.strip())
    if re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", digits):
        try:
            return date.fromisoformat(digits)
        except ValueError:
            return text
    return text


def _aliases(table: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """A choice given by its key in any case or spacing («Associate Professor»), or by a known alias;
    its Persian title is matched by clean_faculty itself."""
    return {search_key(k): k for k in table} | {search_key(k): v for k, v in extra.items()}


_RANKS = _aliases(vocab.RANKS, _RANK_ALIASES)
_STATUSES = _aliases(vocab.FACULTY_STATUSES, _STATUS_ALIASES)


def _field_aliases(edition: Edition) -> dict[str, str]:
    """A field by its key, or by the part of its title after the group («فیزیک» for «علوم پایه: فیزیک»)."""
    short: dict[str, list[str]] = {}
    for f in edition.fields:
        short.setdefault(search_key(f.title.split(":")[-1]), []).append(f.key)
    return {k: keys[0] for k, keys in short.items() if len(keys) == 1} | {search_key(f.key): f.key for f in edition.fields}


def _check_rows(spreadsheet: Spreadsheet, columns: dict[str, int], registered: _Registered) -> list[ImportRow]:
    fields = _field_aliases(registered.edition)
    first_seen: dict[str, int] = {}  # national code -> line of its first row in this file
    out = []
    for row in spreadsheet.rows:
        value = {key: row.cells[i] for key, i in columns.items()}
        errors: list[FieldError] = []
        # An empty required cell is said to be empty, whatever the field.
        empty = {f.key for f in FIELDS if f.required and not normalize_text(value[f.key])}
        institution = registered.institutions.get(search_key(value["institution"]))
        if institution is None and "institution" not in empty:
            named = normalize_text(value["institution"], single_line=True)
            message = f"«{named}» در فهرست مؤسسه‌ها نیست؛ نخست آن را در فهرست مؤسسه‌ها ثبت کنید."
            errors.append(FieldError("institution", _FIELD["institution"].label, message))
        code_text = _number_text(value["national_code"])
        rank, field_key = value["rank"], value["field_key"]
        status = value.get("status", "")
        record = None
        try:
            record = clean_faculty(
                national_code=code_text,
                first_name=value["first_name"],
                last_name=value["last_name"],
                rank=_RANKS.get(search_key(rank), rank),
                institution_id=institution[0] if institution else 1,  # an unknown one is reported above
                field_key=fields.get(search_key(field_key), field_key),
                status=_STATUSES.get(search_key(status), status) if normalize_text(status) else "active",
                hired_on=_date(value.get("hired_on", "")),
                retired_on=_date(value.get("retired_on", "")),
                email=value.get("email", ""),
                phone=_phone(value.get("phone", "")),
                edition=registered.edition,
                restore_leading_zeros=True,
            )
        except ValidationError as exc:
            errors.extend(e for e in exc.errors if e.field not in empty)
        errors.extend(FieldError(key, _FIELD[key].label, EMPTY) for key in empty)
        try:
            code = clean_national_code(code_text, restore_leading_zeros=True)
        except BadNationalCode:
            code = None
        if code is not None:
            label = _FIELD["national_code"].label
            if code in registered.people:
                errors.append(FieldError("national_code", label, f"این کد ملی پیش‌تر برای {registered.people[code]} ثبت شده است."))
            if code in first_seen:
                line = to_persian_digits(first_seen[code])
                errors.append(FieldError("national_code", label, f"در سطر {line} همین پرونده هم آمده است."))
            else:
                first_seen[code] = row.line
        errors.sort(key=lambda e: _ORDER.get(e.field, len(_ORDER)))
        out.append(
            ImportRow(
                line=row.line,
                cells=row.cells,
                record=None if errors else record,
                institution_name=institution[1] if institution else "",
                errors=tuple(errors),
            )
        )
    return out


# -- the use cases -----------------------------------------------------------------------------


def preview_faculty_import(*, uow: UnitOfWork, spreadsheet: Spreadsheet, mapping: Mapping[str, int | None]) -> ImportPreview:
    """Every data row checked, as the import would check it. Writes nothing.

    ``mapping``: field key (see FIELDS) -> column index; a missing required field
    raises ValidationError naming it.
    """
    columns = _columns(spreadsheet, mapping)
    with uow:
        registered = _registered(uow)
    return ImportPreview(spreadsheet.column_names, tuple(_check_rows(spreadsheet, columns, registered)))


def import_faculty(*, uow: UnitOfWork, spreadsheet: Spreadsheet, mapping: Mapping[str, int | None]) -> ImportResult:
    """Check every row again (the database may have changed since the preview) and add
    all the good rows in one transaction: if anything fails, nothing is written."""
    columns = _columns(spreadsheet, mapping)
    with uow:
        rows = _check_rows(spreadsheet, columns, _registered(uow))
        good = [r.record for r in rows if r.record is not None]
        for record in good:
            uow.faculty.add(FacultyMember(**record.__dict__))
        uow.commit()
    return ImportResult(imported=len(good), rejected=tuple(r for r in rows if not r.ok), headers=spreadsheet.column_names)
