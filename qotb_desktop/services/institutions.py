"""Institutions: universities and research centres."""

from __future__ import annotations

from qotb_desktop.domain import vocab
from qotb_desktop.domain.errors import FieldError, NotFound, ValidationError
from qotb_desktop.domain.registry import clean_institution
from qotb_desktop.domain.text import search_key, sort_key
from qotb_desktop.services.versions import check_version
from qotb_desktop.services.views import InstitutionView
from qotb_desktop.store.models import Institution
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _view(row: Institution, counts: dict[int, tuple[int, int]]) -> InstitutionView:
    faculty, centres = counts.get(row.id, (0, 0))
    return InstitutionView(
        row.id, row.name, row.kind, vocab.label(vocab.INSTITUTION_KINDS, row.kind), row.city, faculty, centres, row.version
    )


def list_institutions(*, uow: UnitOfWork) -> list[InstitutionView]:
    with uow:
        counts = uow.institutions.counts()
        return [_view(r, counts) for r in sorted(uow.institutions.list(), key=lambda r: sort_key(r.name))]


def get_institution(*, uow: UnitOfWork, institution_id: int) -> InstitutionView:
    with uow:
        row = uow.institutions.get(institution_id)
        if row is None:
            raise NotFound("مؤسسه", institution_id)
        return _view(row, uow.institutions.counts())


def _unique_name(uow: UnitOfWork, name: str, own_id: int | None = None) -> None:
    """Two names that differ only in how they were typed (half-space, ي/ك) are one institution."""
    key = search_key(name)
    for other in uow.institutions.list():
        if other.id != own_id and search_key(other.name) == key:
            raise ValidationError(FieldError("name", "نام مؤسسه", f"مؤسسه «{other.name}» پیش‌تر ثبت شده است."))


def add_institution(*, uow: UnitOfWork, name: object, kind: object = "university", city: object = "") -> int:
    record = clean_institution(name=name, kind=kind, city=city)
    with uow:
        _unique_name(uow, record.name)
        row = uow.institutions.add(Institution(name=record.name, kind=record.kind, city=record.city))
        uow.commit()
        return row.id


def update_institution(
    *, uow: UnitOfWork, institution_id: int, name: object, kind: object, city: object = "", version: int | None = None
) -> None:
    """``version``: the one the form was filled from (services/versions.py)."""
    record = clean_institution(name=name, kind=kind, city=city)
    with uow:
        row = uow.institutions.get(institution_id)
        if row is None:
            raise NotFound("مؤسسه", institution_id)
        check_version(uow, row, version, "این مؤسسه")
        _unique_name(uow, record.name, institution_id)
        row.name, row.kind, row.city = record.name, record.kind, record.city
        uow.commit()
