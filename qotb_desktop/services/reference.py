"""Reference data: the scientific groups and council seats come from the rules edition."""

from __future__ import annotations

from qotb_desktop.domain import vocab
from qotb_desktop.domain.rules import DEFAULT_EDITION, load_edition
from qotb_desktop.services.views import Choice, FieldView
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def sync_reference_data(*, uow: UnitOfWork, edition: str = DEFAULT_EDITION) -> None:
    """Make the groups and seats tables match the rules edition (run on every start)."""
    rules = load_edition(edition)
    with uow:
        uow.groups.sync(rules)
        uow.council.sync_seats(rules)
        uow.commit()


def fields(*, edition: str = DEFAULT_EDITION) -> list[Choice]:
    """The Appendix 2 fields a member or a centre is filed under."""
    return [Choice(f.key, f.title) for f in load_edition(edition).fields]


def list_fields(*, edition: str = DEFAULT_EDITION) -> list[FieldView]:
    """The scientific groups and fields with their Appendix 2 thresholds, from the rules data."""
    rules = load_edition(edition)
    groups = {g.key: g.title for g in rules.groups}
    return [
        FieldView(
            f.key, f.title, groups[f.group], f.thresholds.min_row2, f.thresholds.min_rows_2_8_9, f.thresholds.max_row4,
            f.thresholds.min_member_total, f.thresholds.min_centre_total, f.clause, rules.edition,
        )
        for f in rules.fields
    ]  # fmt: skip


def field_titles(*, uow: UnitOfWork) -> dict[str, str]:
    with uow:
        return {g.key: g.title for g in uow.groups.list()}


def choices(table: dict[str, str]) -> list[Choice]:
    return [Choice(k, v) for k, v in table.items()]


RANKS = choices(vocab.RANKS)
INSTITUTION_KINDS = choices(vocab.INSTITUTION_KINDS)
FACULTY_STATUSES = choices(vocab.FACULTY_STATUSES)
CENTRE_STATUSES = choices(vocab.CENTRE_STATUSES)
MEMBERSHIP_ROLES = choices(vocab.MEMBERSHIP_ROLES)


def is_empty(*, uow: UnitOfWork) -> bool:
    with uow:
        return uow.institutions.count() == 0 and uow.faculty.count() == 0 and uow.council.count() == 0


def clear_registries(*, uow: UnitOfWork) -> None:
    """Remove every record of the registries (the reference data stays). Used only
    to undo a demo that failed part-way in a database that was empty."""
    with uow:
        uow.clear_registries()
        uow.commit()
