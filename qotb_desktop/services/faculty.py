"""Faculty members (اعضای هیأت علمی)."""

from __future__ import annotations

from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.errors import FieldError, NotFound, ValidationError
from qotb_desktop.domain.registry import FacultyRecord, clean_faculty
from qotb_desktop.domain.text import normalize_text, sort_key
from qotb_desktop.services.versions import check_version
from qotb_desktop.services.views import FacultyView
from qotb_desktop.store.models import FacultyMember
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _view(row: FacultyMember, fields: dict[str, str], centres: dict[int, str]) -> FacultyView:
    return FacultyView(
        id=row.id,
        national_code=row.national_code,
        first_name=row.first_name,
        last_name=row.last_name,
        rank=row.rank,
        rank_label=vocab.label(vocab.RANKS, row.rank),
        institution_id=row.institution_id,
        institution_name=row.institution.name,
        field_key=row.field_key,
        field_title=fields.get(row.field_key, row.field_key),
        status=row.status,
        status_label=vocab.label(vocab.FACULTY_STATUSES, row.status),
        email=row.email,
        phone=row.phone,
        centre_title=centres.get(row.id, ""),
        version=row.version,
        hired_on=row.hired_on,
        retired_on=row.retired_on,
    )


def list_faculty(*, uow: UnitOfWork) -> list[FacultyView]:
    with uow.reading():
        fields = {g.key: g.title for g in uow.groups.list()}
        centres = uow.memberships.current_centre_titles(today())
        rows = sorted(uow.faculty.list(), key=lambda r: (sort_key(r.last_name), sort_key(r.first_name)))
        return [_view(r, fields, centres) for r in rows]


def get_faculty(*, uow: UnitOfWork, faculty_id: int) -> FacultyView:
    with uow:
        row = uow.faculty.get(faculty_id)
        if row is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        fields = {g.key: g.title for g in uow.groups.list()}
        return _view(row, fields, uow.memberships.current_centre_titles(today()))


def _check_refs(uow: UnitOfWork, record: FacultyRecord, own_id: int | None = None) -> None:
    errors = []
    if uow.institutions.get(record.institution_id) is None:
        errors.append(FieldError("institution_id", "مؤسسه", "مؤسسه برگزیده در فهرست نیست."))
    other = uow.faculty.by_national_code(record.national_code)
    if other is not None and other.id != own_id:
        errors.append(
            FieldError("national_code", "کد ملی", f"این کد ملی پیش‌تر برای {other.first_name} {other.last_name} ثبت شده است.")
        )
    if errors:
        raise ValidationError(errors)


def add_faculty(*, uow: UnitOfWork, **values: object) -> int:
    """Values: national_code, first_name, last_name, rank, institution_id, field_key,
    status, email, phone, hired_on, retired_on (see domain.registry.clean_faculty)."""
    record = clean_faculty(**values)
    with uow:
        _check_refs(uow, record)
        row = uow.faculty.add(FacultyMember(**record.__dict__))
        uow.commit()
        return row.id


def update_faculty(*, uow: UnitOfWork, faculty_id: int, version: int | None = None, **values: object) -> None:
    """``version``: the one the form was filled from (services/versions.py)."""
    record = clean_faculty(**values)
    with uow:
        row = uow.faculty.get(faculty_id)
        if row is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        check_version(uow, row, version, "این عضو هیأت علمی")
        _check_refs(uow, record, faculty_id)
        for name, value in record.__dict__.items():
            setattr(row, name, value)
        uow.commit()


def set_faculty_status(*, uow: UnitOfWork, faculty_id: int, status: str) -> None:
    """Retire a member (or bring one back). A retired member may stay in a centre (note 8)."""
    key = normalize_text(status)
    if key not in vocab.FACULTY_STATUSES:
        raise ValidationError(FieldError("status", "وضعیت", f"«{key}» در فهرست نیست."))
    with uow:
        row = uow.faculty.get(faculty_id)
        if row is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        row.status = key
        uow.commit()
