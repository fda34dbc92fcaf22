"""Reference data: the scientific groups and council seats come from the rules edition."""

from __future__ import annotations

from qotb_desktop.domain import vocab
from qotb_desktop.domain.rules import DEFAULT_EDITION, load_edition
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.views import Choice, FieldView
from qotb_desktop.store.emptiness import records_held as held
from qotb_desktop.store.transfer import AUDIT_TABLE, label, tables
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
ORDER = {t.name: i for i, t in enumerate(tables())}


def records_held(*, uow: UnitOfWork) -> dict[str, int]:
    """What the database holds of the office's, by table (empty: nothing). The reference
    data, the accounts and the trail of writing them are not records (store/emptiness.py);
    the audit trail of any record is."""
    with uow:
        return held(uow.session.connection())


def is_empty(*, uow: UnitOfWork) -> bool:
    return not records_held(uow=uow)


def describe_holdings(held_rows: dict[str, int], *, most: int = 4) -> str:
    """«مؤسسه‌ها: ۳، جلسه‌ها: ۴، ...»: what a database holds, for a message; the records
    first, in the order of the tables, the audit trail last."""
    names = sorted(held_rows, key=lambda name: (name == AUDIT_TABLE, ORDER.get(name, len(ORDER))))
    shown = [f"{label(name)}: {to_persian_digits(held_rows[name])}" for name in names[:most]]
    if len(names) > most:
        shown.append("…")
    return "، ".join(shown)
