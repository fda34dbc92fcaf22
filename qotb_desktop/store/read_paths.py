"""Bulk read paths: plain rows (Core selects, no ORM objects) for the screens that look
at every centre at once, the dashboard's article 5 check above all. A few queries for
all centres instead of a few per centre; the services apply the same domain rules to
these rows as to the repositories' objects.

Each row's attributes are named as the model's columns, so ``services.scoring.item_of``
takes an activity row as it takes an ``Activity``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date

from sqlalchemy import Row, func, or_, select
from sqlalchemy.orm import Session

from qotb_desktop.domain.vocab import MEMBER_ROLES
from qotb_desktop.store.models import Activity, Centre, FacultyMember, Institution, Membership, ProgramSection

ACTIVITY_COLUMNS = (
    "faculty_id", "row", "date", "description", "points", "corresponding_author", "keynote", "citations",
    "amount_toman", "scope", "award", "journal_years", "conferences", "academy", "role", "years", "as_director",
    "end_date", "evidence",
)  # fmt: skip


def _in_office(on: date, roles: Collection[str]):
    """Memberships held on ``on`` in one of ``roles`` (both ends inclusive)."""
    return (
        Membership.role.in_(tuple(roles)),
        Membership.joined_on <= on,
        or_(Membership.left_on.is_(None), Membership.left_on >= on),
    )


class CentreReads:
    """The centres, their members in office and those members' activities, as rows."""

    def __init__(self, session: Session):
        self.session = session

    def decreed_running(self, statuses: Collection[str], on: date) -> list[Row]:
        """Centres in one of ``statuses`` with a period that has begun and not ended on
        ``on`` (a centre without an end is running): id, title, status, field_key,
        period_start, host (the host's name), equipment_confirmed, program_confirmed."""
        return list(
            self.session.execute(
                select(
                    Centre.id,
                    Centre.title,
                    Centre.status,
                    Centre.field_key,
                    Centre.period_start,
                    Institution.name.label("host"),
                    Centre.equipment_confirmed,
                    Centre.program_confirmed,
                )
                .join(Institution, Institution.id == Centre.host_institution_id)
                .where(
                    Centre.status.in_(tuple(statuses)),
                    Centre.period_start.is_not(None),
                    or_(Centre.period_end.is_(None), Centre.period_end >= on),
                )
                .order_by(Centre.title, Centre.id)
            )
        )

    def members_in_office(self, on: date) -> list[Row]:
        """Every member and director in office on ``on``, in every centre: membership id,
        centre_id, faculty_id, role, first_name, last_name, rank, field_key, institution
        (name); in the order the memberships were made."""
        return list(
            self.session.execute(
                select(
                    Membership.id,
                    Membership.centre_id,
                    Membership.faculty_id,
                    Membership.role,
                    FacultyMember.first_name,
                    FacultyMember.last_name,
                    FacultyMember.rank,
                    FacultyMember.field_key,
                    Institution.name.label("institution"),
                )
                .join(FacultyMember, FacultyMember.id == Membership.faculty_id)
                .join(Institution, Institution.id == FacultyMember.institution_id)
                .where(*_in_office(on, MEMBER_ROLES))
                .order_by(Membership.id)
            )
        )

    def activities_of_members(self, centre_ids: Collection[int], on: date, dated_from: date | None = None) -> Iterator[Row]:
        """The activities of everyone in office on ``on`` in one of ``centre_ids``, in the
        order of ``ActivityRepository.of_faculties`` (row, id); with ``dated_from``, an
        activity over before it is left out (undated ones are kept, and spans, such as a
        journal's board, still running then or with no end)."""
        people = select(Membership.faculty_id).where(Membership.centre_id.in_(tuple(centre_ids)), *_in_office(on, MEMBER_ROLES))
        query = select(*(getattr(Activity, c) for c in ACTIVITY_COLUMNS)).where(Activity.faculty_id.in_(people))
        if dated_from is not None:
            running = or_(Activity.end_date.is_(None), Activity.end_date >= dated_from)
            query = query.where(or_(Activity.date.is_(None), Activity.date >= dated_from, running))
        return iter(self.session.execute(query.order_by(Activity.row, Activity.id)))

    def activities_of_faculties(self, faculty_ids: Collection[int], dated_from: date | None = None) -> Iterator[Row]:
        """The activities of ``faculty_ids``, as ``activities_of_members`` reads them."""
        ids, out = list(faculty_ids), []
        for at in range(0, len(ids), 500):
            query = select(*(getattr(Activity, c) for c in ACTIVITY_COLUMNS)).where(Activity.faculty_id.in_(ids[at : at + 500]))
            if dated_from is not None:
                running = or_(Activity.end_date.is_(None), Activity.end_date >= dated_from)
                query = query.where(or_(Activity.date.is_(None), Activity.date >= dated_from, running))
            out.append(self.session.execute(query.order_by(Activity.row, Activity.id)))
        return (row for result in out for row in result)

    def open_counts(self, on: date) -> dict[int, tuple[int, int]]:
        """centre id -> (members and director, collaborators) in office on ``on``."""
        rows = self.session.execute(
            select(Membership.centre_id, Membership.role, func.count())
            .where(Membership.joined_on <= on, or_(Membership.left_on.is_(None), Membership.left_on >= on))
            .group_by(Membership.centre_id, Membership.role)
        )
        counts: dict[int, list[int]] = {}
        for centre_id, role, n in rows:
            pair = counts.setdefault(centre_id, [0, 0])
            if role in MEMBER_ROLES:
                pair[0] += n
            elif role == "collaborator":
                pair[1] += n
        return {k: (a, b) for k, (a, b) in counts.items()}

    def directors_in_office(self, on: date) -> dict[int, str]:
        """centre id -> the name of its director in office on ``on`` (the first made, should
        there be two)."""
        rows = self.session.execute(
            select(Membership.centre_id, FacultyMember.first_name, FacultyMember.last_name)
            .join(FacultyMember, FacultyMember.id == Membership.faculty_id)
            .where(*_in_office(on, ("director",)))
            .order_by(Membership.id.desc())
        )
        return {centre_id: f"{first} {last}" for centre_id, first, last in rows}

    def with_program_text(self) -> set[int]:
        """The ids of the centres with a section of their program that is not empty."""
        rows = self.session.scalars(
            select(ProgramSection.centre_id).where(ProgramSection.text.is_not(None), ProgramSection.text != "").distinct()
        )
        return set(rows)
