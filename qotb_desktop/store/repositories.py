"""Repositories: the queries the services need, one class per registry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, lazyload

from qotb_desktop.domain.periods import HeldMembership, HeldTerm
from qotb_desktop.domain.rules import Edition
from qotb_desktop.domain.vocab import MEMBER_ROLES
from qotb_desktop.store.models import (
    Activity,
    AgendaItem,
    Amendment,
    Attendance,
    Base,
    Centre,
    CentreCheckRecord,
    CentrePartner,
    CouncilSeat,
    CouncilTerm,
    Decision,
    FacultyMember,
    FollowUp,
    Institution,
    Meeting,
    MemberChange,
    Membership,
    ProgramSection,
    ScientificGroup,
    ScoreRecord,
)

T = TypeVar("T", bound=Base)


class _Repository(Generic[T]):
    model: type[T]

    def __init__(self, session: Session):
        self.session = session

    def get(self, key: object) -> T | None:
        return self.session.get(self.model, key)

    def add(self, row: T) -> T:
        self.session.add(row)
        self.session.flush()
        return row

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(self.model)) or 0


class GroupRepository(_Repository[ScientificGroup]):
    model = ScientificGroup

    def list(self) -> Sequence[ScientificGroup]:
        return self.session.scalars(select(ScientificGroup).order_by(ScientificGroup.position)).all()

    def sync(self, edition: Edition) -> None:
        """Make the table hold the edition's groups and fields (titles may change; keys stay)."""
        rows = [(g.key, g.title, None) for g in edition.groups] + [(f.key, f.title, f.group) for f in edition.fields]
        for position, (key, title, parent) in enumerate(rows):
            row = self.get(key) or self.add(ScientificGroup(key=key, title=title, parent_key=parent, position=position))
            row.title, row.parent_key, row.position = title, parent, position
        self.session.flush()


class InstitutionRepository(_Repository[Institution]):
    model = Institution

    def list(self) -> Sequence[Institution]:
        return self.session.scalars(select(Institution).order_by(Institution.name)).all()

    def by_name(self, name: str) -> Institution | None:
        return self.session.scalar(select(Institution).where(Institution.name == name))

    def counts(self) -> dict[int, tuple[int, int]]:
        """institution id -> (faculty members, hosted centres)."""
        faculty = dict(
            self.session.execute(select(FacultyMember.institution_id, func.count()).group_by(FacultyMember.institution_id)).all()
        )
        centres = dict(
            self.session.execute(select(Centre.host_institution_id, func.count()).group_by(Centre.host_institution_id)).all()
        )
        return {i: (faculty.get(i, 0), centres.get(i, 0)) for i in set(faculty) | set(centres)}


class FacultyRepository(_Repository[FacultyMember]):
    model = FacultyMember

    def list(self) -> Sequence[FacultyMember]:
        return self.session.scalars(select(FacultyMember).order_by(FacultyMember.last_name, FacultyMember.first_name)).all()

    def by_national_code(self, code: str) -> FacultyMember | None:
        return self.session.scalar(select(FacultyMember).where(FacultyMember.national_code == code))


class CentreRepository(_Repository[Centre]):
    model = Centre

    def period_starts(self, centre_ids: Iterable[int]) -> dict[int, date | None]:
        """centre id -> the first day of its period (None before it has one), in one query."""
        query = select(Centre.id, Centre.period_start).where(Centre.id.in_(list(centre_ids)))
        return {cid: start for cid, start in self.session.execute(query)}

    def list(self) -> Sequence[Centre]:
        """Every centre, its memberships loaded only when one is asked for (lazily):
        the lists count them with grouped queries (read_paths.CentreReads)."""
        return self.session.scalars(select(Centre).options(lazyload(Centre.memberships)).order_by(Centre.title)).all()

    def set_partners(self, centre: Centre, institution_ids: Iterable[int]) -> None:
        wanted = set(institution_ids)
        centre.partners[:] = [p for p in centre.partners if p.institution_id in wanted]
        have = {p.institution_id for p in centre.partners}
        centre.partners.extend(CentrePartner(institution_id=i) for i in sorted(wanted - have))
        self.session.flush()


class MembershipRepository(_Repository[Membership]):
    model = Membership

    def of_centre(self, centre_id: int) -> Sequence[Membership]:
        return self.session.scalars(
            select(Membership)
            .where(Membership.centre_id == centre_id)
            .order_by(Membership.left_on.is_not(None), Membership.joined_on)
        ).all()

    def of_faculty(self, faculty_id: int) -> Sequence[Membership]:
        return self.session.scalars(
            select(Membership).where(Membership.faculty_id == faculty_id).order_by(Membership.joined_on)
        ).all()

    def of_faculties(self, faculty_ids: Iterable[int]) -> dict[int, list[Membership]]:
        """Every membership of these people, in one query."""
        ids = list(faculty_ids)
        found: dict[int, list[Membership]] = {i: [] for i in ids}
        for row in self.session.scalars(select(Membership).where(Membership.faculty_id.in_(ids)).order_by(Membership.joined_on)):
            found[row.faculty_id].append(row)
        return found

    @staticmethod
    def held(m: Membership) -> HeldMembership:
        person = f"{m.faculty.first_name} {m.faculty.last_name}"
        return HeldMembership(m.id, m.centre_id, m.centre.title, person, m.role, m.joined_on, m.left_on)

    def history_of_faculty(self, faculty_id: int) -> list[HeldMembership]:
        return [self.held(m) for m in self.of_faculty(faculty_id)]

    def directors_of_centre(self, centre_id: int) -> list[HeldMembership]:
        rows = self.session.scalars(
            select(Membership).where(Membership.centre_id == centre_id, Membership.role == "director")
        ).all()
        return [self.held(m) for m in rows]

    def current_centre_titles(self, today: date) -> dict[int, str]:
        """faculty id -> title of the centre they are a member (or director) of on ``today``."""
        rows = self.session.execute(
            select(Membership.faculty_id, Centre.title)
            .join(Centre, Centre.id == Membership.centre_id)
            .where(
                Membership.joined_on <= today,
                or_(Membership.left_on.is_(None), Membership.left_on >= today),
                Membership.role.in_(tuple(MEMBER_ROLES)),
            )
        ).all()
        return dict(rows)


class CouncilRepository(_Repository[CouncilTerm]):
    model = CouncilTerm

    def seats(self) -> Sequence[CouncilSeat]:
        return self.session.scalars(select(CouncilSeat).order_by(CouncilSeat.position)).all()

    def seat(self, key: str) -> CouncilSeat | None:
        return self.session.get(CouncilSeat, key)

    def sync_seats(self, edition: Edition) -> None:
        for position, s in enumerate(edition.council.seats):
            row = self.seat(s.key)
            if row is None:
                row = CouncilSeat(key=s.key)
                self.session.add(row)
            row.title, row.position, row.ex_officio, row.term_years = s.title, position, s.ex_officio, s.term_years
        self.session.flush()

    def terms(self) -> Sequence[CouncilTerm]:
        return self.session.scalars(
            select(CouncilTerm).join(CouncilSeat).order_by(CouncilSeat.position, CouncilTerm.start.desc())
        ).all()

    def held_terms(self) -> list[HeldTerm]:
        return [HeldTerm(t.id, t.seat_key, t.seat.title, t.holder_name, t.faculty_id, t.start, t.end) for t in self.terms()]

    def ending_between(self, first: date, last: date) -> Sequence[CouncilTerm]:
        return self.session.scalars(
            select(CouncilTerm)
            .where(CouncilTerm.end.is_not(None), CouncilTerm.end >= first, CouncilTerm.end <= last)
            .order_by(CouncilTerm.end)
        ).all()


class ActivityRepository(_Repository[Activity]):
    model = Activity

    def of_faculty(self, faculty_id: int) -> Sequence[Activity]:
        return self.session.scalars(
            select(Activity).where(Activity.faculty_id == faculty_id).order_by(Activity.row, Activity.date, Activity.id)
        ).all()

    def of_faculties(self, faculty_ids: Iterable[int]) -> dict[int, list[Activity]]:
        ids = list(faculty_ids)
        found: dict[int, list[Activity]] = {i: [] for i in ids}
        rows = self.session.scalars(select(Activity).where(Activity.faculty_id.in_(ids)).order_by(Activity.row, Activity.id))
        for row in rows:
            found[row.faculty_id].append(row)
        return found


class ScoreSheetRepository(_Repository[ScoreRecord]):
    model = ScoreRecord

    def add_sheet(self, **values: object) -> int:
        return self.add(ScoreRecord(**values)).id

    def of_faculty(self, faculty_id: int) -> Sequence[ScoreRecord]:
        return self.session.scalars(
            select(ScoreRecord).where(ScoreRecord.faculty_id == faculty_id).order_by(ScoreRecord.computed_at.desc())
        ).all()


class ApplicationRepository:
    """A centre's program sections (Appendix 3) and the article 5 checks run on it."""

    def __init__(self, session: Session):
        self.session = session

    def sections(self, centre_id: int) -> dict[int, str]:
        rows = self.session.scalars(select(ProgramSection).where(ProgramSection.centre_id == centre_id))
        return {r.number: r.text for r in rows}

    def set_sections(self, centre_id: int, texts: dict[int, str]) -> None:
        have = {r.number: r for r in self.session.scalars(select(ProgramSection).where(ProgramSection.centre_id == centre_id))}
        for number, text in texts.items():
            row = have.get(number)
            if row is None:
                self.session.add(ProgramSection(centre_id=centre_id, number=number, text=text))
            else:
                row.text = text
        self.session.flush()

    def add_check(self, **values: object) -> int:
        record = CentreCheckRecord(**values)
        self.session.add(record)
        self.session.flush()
        return record.id

    def checks(self, centre_id: int) -> Sequence[CentreCheckRecord]:
        return self.session.scalars(
            select(CentreCheckRecord)
            .where(CentreCheckRecord.centre_id == centre_id)
            .order_by(CentreCheckRecord.checked_at.desc())
        ).all()


class MeetingRepository(_Repository[Meeting]):
    model = Meeting

    def all_meetings(self, centre_id: int | None = None) -> Sequence[Meeting]:
        """The council's meetings, or a centre's own."""
        where = Meeting.centre_id.is_(None) if centre_id is None else Meeting.centre_id == centre_id
        return self.session.scalars(select(Meeting).where(where).order_by(Meeting.held_on.desc(), Meeting.sequence.desc())).all()

    def next_sequence(self, kind: str, centre_id: int | None, year: int) -> int:
        """The next number in the Jalali year, unique and gap-free (store/desks.py)."""
        current = self.session.scalar(
            select(func.max(Meeting.sequence)).where(
                Meeting.kind == kind,
                Meeting.centre_id.is_(centre_id) if centre_id is None else Meeting.centre_id == centre_id,
                Meeting.year == year,
            )
        )
        return (current or 0) + 1

    def next_letter(self, year: int) -> int:
        """The next of the program's letter numbers in the Jalali year (store/desks.py)."""
        current = self.session.scalar(select(func.max(Decision.letter_sequence)).where(Decision.letter_year == year))
        return (current or 0) + 1

    def letter_used(self, letter_number: str, *, other_than: int) -> bool:
        """A letter number already given to another decision."""
        query = select(Decision.id).where(Decision.letter_number == letter_number, Decision.id != other_than).limit(1)
        return self.session.scalar(query) is not None

    def attendance(self, meeting_id: int) -> Sequence[Attendance]:
        return self.session.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting_id).order_by(Attendance.guest, Attendance.id)
        ).all()

    def items(self, meeting_id: int) -> Sequence[AgendaItem]:
        return self.session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
        ).all()

    def decisions(self, meeting_id: int) -> Sequence[Decision]:
        return self.session.scalars(
            select(Decision)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        ).all()

    def member_changes(self, meeting_id: int) -> dict[int, MemberChange]:
        """The «member change» items' proposals, by agenda item."""
        rows = self.session.scalars(
            select(MemberChange)
            .join(AgendaItem, AgendaItem.id == MemberChange.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting_id)
        ).all()
        return {c.agenda_item_id: c for c in rows}

    def people_of_changes(self, meeting_id: int) -> Sequence[FacultyMember]:
        """The people the meeting's «member change» items are about."""
        return self.session.scalars(
            select(FacultyMember)
            .join(MemberChange, MemberChange.faculty_id == FacultyMember.id)
            .join(AgendaItem, AgendaItem.id == MemberChange.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting_id)
        ).all()

    def decisions_in_state(self, state: str) -> Sequence[Decision]:
        return self.session.scalars(select(Decision).where(Decision.state == state)).all()

    def open_follow_ups(self) -> Sequence[FollowUp]:
        """Follow-up actions not done, the earliest due first."""
        return self.session.scalars(select(FollowUp).where(FollowUp.done_on.is_(None)).order_by(FollowUp.due_on)).all()

    def amendments(self, meeting_id: int) -> Sequence[Amendment]:
        return self.session.scalars(select(Amendment).where(Amendment.meeting_id == meeting_id).order_by(Amendment.made_at)).all()
