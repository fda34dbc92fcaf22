"""The change log as the screen shows it: each change's rows «field | before | after»
in Persian, the ids of other records as their names (read here, once per record),
times Jalali. The labelling itself is domain.audit_labels (pure)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from qotb_desktop.domain import audit_events, audit_labels
from qotb_desktop.domain.audit_labels import FieldChange
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.accounts import AuditView, audit_trail
from qotb_desktop.store import models
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

# The tables whose records another record's column points to (audit_labels.REFERENCES),
# and the tables whose own records are named in the list.
MODELS = {
    "institution": models.Institution,
    "faculty_member": models.FacultyMember,
    "centre": models.Centre,
    "meeting": models.Meeting,
    "agenda_item": models.AgendaItem,
    "decision": models.Decision,
    "evaluation": models.Evaluation,
    "annual_report": models.AnnualReport,
    "scientific_group": models.ScientificGroup,
    "council_seat": models.CouncilSeat,
    "membership": models.Membership,
    "council_term": models.CouncilTerm,
    "activity": models.Activity,
    "attendance": models.Attendance,
    "follow_up": models.FollowUp,
    "amendment": models.Amendment,
    "app_user": models.User,
}


@dataclass(frozen=True)
class AuditRow(AuditView):
    """One change as stored (the CSV export keeps these machine names), and as the
    screen shows it."""

    when: str = ""  # ۱۴۰۳/۰۷/۰۱ ساعت ۱۰:۳۰
    record: str = ""  # the record's name (or its kind and number when it has none)
    changes: tuple[FieldChange, ...] = ()  # field | before | after, in Persian
    summary: str = ""  # one line, in words: «مرتبه علمی: از استادیار به دانشیار»
    who: str = ""  # who made it: the account's full name (the program's own changes: «سامانه»)


class _Names:
    """Records' names, each read once: (table, id or key) -> name, or None if gone."""

    def __init__(self, uow: UnitOfWork):
        self._uow = uow
        self._known: dict[tuple[str, str], str | None] = {}

    def __call__(self, table: str, key: object) -> str | None:
        wanted = (table, str(key))
        if wanted not in self._known:
            self._known[wanted] = None  # no loop through records that point at each other
            self._known[wanted] = self._read(table, key)
        return self._known[wanted]

    def _read(self, table: str, key: object) -> str | None:
        model = MODELS.get(table)
        if model is None:
            return None
        if model.__table__.primary_key.columns.values()[0].type.python_type is int:
            try:
                key = int(str(key))
            except ValueError:
                return None
        row = self._uow.session.get(model, key)
        if row is None:
            return None
        return audit_labels.record_name(table, lambda column: getattr(row, column, None), self)


def label_entries(uow: UnitOfWork, entries: list[AuditView]) -> list[AuditRow]:
    """Label changes already read (inside an open unit of work)."""
    names = _Names(uow)
    people = {u.username: u.full_name for u in uow.accounts.list()}
    rows = []
    for e in entries:
        if audit_events.is_event(e.action):  # a login, an export, a restore: its details
            changes = tuple(FieldChange(k, label, audit_labels.EMPTY, v) for k, label, v in audit_events.detail_rows(e.after))
        else:
            changes = tuple(audit_labels.describe(e.table, e.action, e.before, e.after, names))
        values = {**e.before, **e.after}
        own = names(e.table, e.record_id) if e.record_id and "/" not in e.record_id else None
        if not audit_events.is_event(e.action):
            own = own or audit_labels.record_name(e.table, values.get, names)  # a record deleted since: from the trail
        record = own or (f"{e.table_label} {to_persian_digits(e.record_id)}" if e.record_id else e.table_label or e.action_label)
        stored = {f.name: getattr(e, f.name) for f in fields(AuditView)}
        rows.append(
            AuditRow(
                **stored,
                when=audit_labels.when_label(e.at),
                record=record,
                who=f"ناشناس ({e.after['typed']})"
                if e.action == "login_fail" and e.after.get("typed")
                else people.get(e.username, e.username),
                changes=changes,
                summary=audit_labels.summary(list(changes)),
            )
        )
    return rows


def labelled_trail(
    *,
    uow: UnitOfWork,
    table: str | None = None,
    username: str | None = None,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    limit: int = 5000,
) -> list[AuditRow]:
    """accounts.audit_trail (same filters, same errors), each change labelled in Persian."""
    entries = audit_trail(uow=uow, table=table, username=username, since=since, until=until, limit=limit)
    with uow:
        return label_entries(uow, entries)
