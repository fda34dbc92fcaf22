"""The council's seats and the terms of those who hold them."""

from __future__ import annotations

from datetime import date, timedelta

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.dates import today as today_
from qotb_desktop.domain.errors import FieldError, NotFound, ValidationError
from qotb_desktop.domain.fields import DateInput, required_date
from qotb_desktop.domain.periods import check_terms
from qotb_desktop.domain.registry import TermRecord, clean_term
from qotb_desktop.services.versions import check_version
from qotb_desktop.services.views import SeatView, TermView
from qotb_desktop.store.models import CouncilTerm
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _term_view(t: CouncilTerm) -> TermView:
    days_left = (t.end - today_()).days if t.end else None
    return TermView(t.id, t.seat_key, t.seat.title, t.holder_name, t.faculty_id, t.start, t.end, days_left, t.version)


def list_seats(*, uow: UnitOfWork, on: date | None = None) -> list[SeatView]:
    """The seats in order, each with the term in force on ``on`` (default today)."""
    on = on or today_()
    with uow:
        terms = uow.council.terms()
        result = []
        for s in uow.council.seats():
            current = next((t for t in terms if t.seat_key == s.key and t.start <= on and (t.end is None or on <= t.end)), None)
            result.append(SeatView(s.key, s.title, s.ex_officio, s.term_years, _term_view(current) if current else None))
        return result


def list_terms(*, uow: UnitOfWork) -> list[TermView]:
    with uow:
        return [_term_view(t) for t in uow.council.terms()]


def get_term(*, uow: UnitOfWork, term_id: int) -> TermView:
    with uow:
        row = uow.council.get(term_id)
        if row is None:
            raise NotFound("دوره عضویت شورا", term_id)
        return _term_view(row)


def terms_ending_within(*, uow: UnitOfWork, days: int, today: date | None = None) -> list[TermView]:
    """Terms whose last day falls between today and ``days`` days from now."""
    first = today or today_()
    with uow.reading():
        return [_term_view(t) for t in uow.council.ending_between(first, first + timedelta(days=days))]


def _check(uow: UnitOfWork, record: TermRecord, own_id: int | None = None) -> None:
    seat = uow.council.seat(record.seat_key)
    if seat is None:
        raise ValidationError(FieldError("seat_key", "کرسی شورا", "این کرسی در شورا نیست."))
    if record.faculty_id is not None and uow.faculty.get(record.faculty_id) is None:
        raise ValidationError(FieldError("faculty_id", "عضو هیأت علمی", "عضو برگزیده در فهرست نیست."))
    check_terms(record, seat_title=seat.title, others=uow.council.held_terms(), ignore_id=own_id)


def add_term(
    *, uow: UnitOfWork, seat_key: object, holder_name: object, start: DateInput, end: DateInput = None, faculty_id: object = None
) -> int:
    record = clean_term(seat_key=seat_key, holder_name=holder_name, start=start, end=end, faculty_id=faculty_id)
    with uow:
        _check(uow, record)
        row = uow.council.add(CouncilTerm(**record.__dict__))
        uow.commit()
        return row.id


def update_term(
    *,
    uow: UnitOfWork,
    term_id: int,
    seat_key: object,
    holder_name: object,
    start: DateInput,
    end: DateInput = None,
    faculty_id: object = None,
    version: int | None = None,
) -> None:
    """``version``: the one the form was filled from (services/versions.py)."""
    record = clean_term(seat_key=seat_key, holder_name=holder_name, start=start, end=end, faculty_id=faculty_id)
    with uow:
        row = uow.council.get(term_id)
        if row is None:
            raise NotFound("دوره عضویت شورا", term_id)
        check_version(uow, row, version, "این دوره عضویت شورا")
        _check(uow, record, term_id)
        for name, value in record.__dict__.items():
            setattr(row, name, value)
        uow.commit()


def end_term(*, uow: UnitOfWork, term_id: int, on: DateInput) -> None:
    """End a term early (resignation, a new minister): its last day becomes ``on``."""
    last_day = required_date(on, "end", "پایان دوره")
    with uow:
        row = uow.council.get(term_id)
        if row is None:
            raise NotFound("دوره عضویت شورا", term_id)
        if row.end is not None and last_day > row.end:
            raise ValidationError(
                FieldError(
                    "end", "پایان دوره", f"این دوره در {format_jalali(row.end)} پایان می‌یابد؛ پایان زودهنگام نمی‌تواند دیرتر باشد."
                )
            )
        record = clean_term(
            seat_key=row.seat_key, holder_name=row.holder_name, start=row.start, end=last_day, faculty_id=row.faculty_id
        )
        _check(uow, record, term_id)
        row.end = record.end
        uow.commit()
