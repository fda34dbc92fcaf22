"""Plain data the services return: what a screen, a report or the CLI shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Choice:
    key: str
    title: str


@dataclass(frozen=True)
class InstitutionView:
    id: int
    name: str
    kind: str
    kind_label: str
    city: str
    faculty_count: int
    centre_count: int
    version: int = 0  # what the edit form was filled from (optimistic locking)


@dataclass(frozen=True)
class FacultyView:
    id: int
    national_code: str
    first_name: str
    last_name: str
    rank: str
    rank_label: str
    institution_id: int
    institution_name: str
    field_key: str
    field_title: str
    status: str
    status_label: str
    email: str
    phone: str
    centre_title: str  # the centre they are a member of now, or ""
    version: int = 0  # what the edit form was filled from (optimistic locking)
    hired_on: date | None = None  # employment: optional (note 8 counts employed and retired alike)
    retired_on: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class MembershipView:
    id: int
    centre_id: int
    centre_title: str
    faculty_id: int
    faculty_name: str
    national_code: str
    rank_label: str
    institution_name: str
    role: str
    role_label: str
    joined_on: date
    left_on: date | None
    version: int = 0  # what the edit form was filled from (optimistic locking)

    @property
    def is_open(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class CentreView:
    id: int
    title: str
    field_key: str
    field_title: str
    host_institution_id: int
    host_name: str
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]
    period_start: date | None
    period_end: date | None
    status: str
    status_label: str
    decree_number: str
    decree_date: date | None
    director_name: str
    member_count: int
    collaborator_count: int
    version: int = 0  # what the edit form was filled from (optimistic locking)


@dataclass(frozen=True)
class TermView:
    id: int
    seat_key: str
    seat_title: str
    holder_name: str
    faculty_id: int | None
    start: date
    end: date | None
    days_left: int | None  # days from today to the last day; None when open-ended
    version: int = 0  # what the edit form was filled from (optimistic locking)


@dataclass(frozen=True)
class SeatView:
    key: str
    title: str
    ex_officio: bool
    term_years: int | None
    holder: TermView | None  # the term in force today, if any


@dataclass(frozen=True)
class FieldView:
    """A field of Appendix 2 under its group of 1-4, with the field's thresholds."""

    key: str
    title: str
    group_title: str
    min_row2: int
    min_rows_2_8_9: int
    max_row4: int
    min_member_total: int
    min_centre_total: int
    clause: str
    edition: str
