"""The registry of who reviews (notes 6 and 7): the scientific groups and working groups,
their members appointed by decree for a term; and who took part in a review, recorded
with the review itself (``take_part``, called inside the review's own transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import review_bodies as rb
from qotb_desktop.domain.errors import Checker, Conflict, DomainError, FieldError, ValidationError
from qotb_desktop.domain.fields import DateInput, read_date, read_text
from qotb_desktop.store.funding_models import ReviewBody, ReviewBodyMember, ReviewSitting, ReviewSittingMember
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


@dataclass(frozen=True)
class BodyMemberView:
    id: int
    version: int
    faculty_id: int
    name: str
    role: str
    decree_number: str
    decree_date: date | None
    start_on: date
    end_on: date | None


@dataclass(frozen=True)
class BodyView:
    id: int
    version: int
    kind: str
    group_key: str
    group_title: str
    title: str
    decree_number: str
    decree_date: date | None
    members: tuple[BodyMemberView, ...]

    def serving(self, on: date) -> tuple[BodyMemberView, ...]:
        return tuple(m for m in self.members if rb.serving(m.start_on, m.end_on, on))


@dataclass(frozen=True)
class SittingView:
    body_id: int
    body: str
    held_on: date
    members: tuple[str, ...]  # full names, as they took part
    note: str

    @property
    def described(self) -> str:
        """«کارگروه فیزیک: دکتر الف، دکتر ب»: the body and who took part, for the papers."""
        return f"{self.body}: {'، '.join(self.members)}" if self.members else self.body


def _name(m: ReviewBodyMember) -> str:
    return f"{m.faculty.first_name} {m.faculty.last_name}"


def _body_view(row: ReviewBody, groups: dict[str, str]) -> BodyView:
    members = tuple(
        BodyMemberView(m.id, m.version, m.faculty_id, _name(m), m.role, m.decree_number, m.decree_date, m.start_on, m.end_on)
        for m in row.members
    )
    return BodyView(row.id, row.version, row.kind, row.group_key, groups.get(row.group_key, row.group_key), row.title,
                    row.decree_number, row.decree_date, members)  # fmt: skip


def _groups(uow: UnitOfWork) -> dict[str, str]:
    """The five groups (note 6): the scientific groups without a parent."""
    return {g.key: g.title for g in uow.groups.list() if g.parent_key is None}


def list_bodies(*, uow: UnitOfWork) -> list[BodyView]:
    with uow:
        groups = _groups(uow)
        return [_body_view(b, groups) for b in uow.funding.bodies()]


def add_body(
    *, uow: UnitOfWork, kind: object, group_key: object, title: object = "", decree_number: object, decree_date: DateInput
) -> int:
    with uow:
        record = rb.clean_body(
            kind=kind, group_key=group_key, title=title, decree_number=decree_number, decree_date=decree_date, groups=_groups(uow)
        )
        if record.kind == "group" and any(b.kind == "group" and b.group_key == record.group_key for b in uow.funding.bodies()):
            raise ValidationError(
                FieldError("group_key", "گروه علمی", "این گروه علمی پیش‌تر ثبت شده است؛ حکم تازه را برای اعضای آن ثبت کنید.")
            )
        row = ReviewBody(
            kind=record.kind,
            group_key=record.group_key,
            title=record.title,
            decree_number=record.decree_number,
            decree_date=record.decree_date,
        )
        uow.funding.add(row)
        uow.commit()
        return row.id


def add_body_member(
    *,
    uow: UnitOfWork,
    body_id: int,
    faculty_id: int,
    role: object = "member",
    decree_number: object,
    decree_date: DateInput,
    start_on: DateInput,
    end_on: DateInput = None,
) -> int:
    """A faculty member appointed to the body by decree, for a term (not overlapping a
    term of theirs already in the same body)."""
    record = rb.clean_member(role=role, decree_number=decree_number, decree_date=decree_date, start_on=start_on, end_on=end_on)
    with uow:
        body = uow.funding.body(body_id)
        if body is None:
            raise DomainError("این گروه یا کارگروه پیدا نشد.")
        if uow.faculty.get(faculty_id) is None:
            raise ValidationError(FieldError("faculty_id", "عضو هیأت علمی", "در فهرست اعضای هیأت علمی پیدا نشد."))
        for m in body.members:
            overlaps = m.start_on <= (record.end_on or date.max) and record.start_on <= (m.end_on or date.max)
            if m.faculty_id == faculty_id and overlaps:
                raise ValidationError(FieldError("start_on", "آغاز دوره", "این شخص در این دوره عضو همین گروه است."))
        row = ReviewBodyMember(
            faculty_id=faculty_id,
            role=record.role,
            decree_number=record.decree_number,
            decree_date=record.decree_date,
            start_on=record.start_on,
            end_on=record.end_on,
        )
        body.members.append(row)
        uow.commit()
        return row.id


def end_body_member(*, uow: UnitOfWork, member_id: int, end_on: DateInput, version: int | None = None) -> None:
    with uow:
        row = uow.funding.body_member(member_id)
        if row is None:
            raise DomainError("این عضو گروه پیدا نشد.")
        if version is not None and row.version != version:
            raise Conflict(f"عضویت {_name(row)}")
        check = Checker()
        day = read_date(check, "end_on", "پایان دوره", end_on, required=True)
        if day and day < row.start_on:
            check.fail("end_on", "پایان دوره", "پیش از آغاز دوره است.")
        check.done()
        row.end_on = day
        uow.commit()


def body_of(uow: UnitOfWork, body_id: object):
    """The registry's body ``body_id`` (an id, or as a form gives it); None when none is chosen or found."""
    return uow.funding.body(int(body_id)) if str(body_id or "").isdigit() else None


def refuse_outside_centres_group(uow: UnitOfWork, centre, body, *, label: str, why: str) -> None:
    """A ValidationError on ``body_id`` when ``body`` is not of the scientific group of the
    centre's field (notes 6 and 7: each group and its working groups see their own centres)."""
    field = uow.groups.get(centre.field_key)
    if body is not None and field is not None and field.parent_key and body.group_key != field.parent_key:
        raise ValidationError(FieldError("body_id", label, why))


def take_part(
    uow: UnitOfWork, *, subject: str, subject_id: int, body_id: object, member_ids: Sequence[int], on: date, note: str = ""
) -> SittingView:
    """Record (or record again) who took part in the review ``subject``/``subject_id``,
    inside the caller's transaction: the body of the kind the review needs, its members
    serving on the day ``on``. Raises a ValidationError naming the field otherwise."""
    body = body_of(uow, body_id)
    if body is None:
        raise ValidationError(FieldError("body_id", "گروه یا کارگروه", "برگزیده نشده است؛ یکی را برگزینید."))
    check = Checker()
    chosen = list(dict.fromkeys(int(m) for m in member_ids))
    rb.check_sitting(
        check,
        subject=subject,
        body_kind=body.kind,
        present=[(m.id, m.start_on, m.end_on) for m in body.members],
        chosen=chosen,
        on=on,
    )
    check.done()
    sitting = uow.funding.sitting(subject, subject_id)
    if sitting is None:
        sitting = ReviewSitting(subject=subject, subject_id=subject_id, body_id=body.id, held_on=on, note=note)
        uow.funding.add(sitting)
    sitting.body_id, sitting.held_on, sitting.note = body.id, on, note
    sitting.present = [ReviewSittingMember(member_id=m) for m in chosen]
    by_id = {m.id: m for m in body.members}
    return SittingView(body.id, body.title, on, tuple(_name(by_id[m]) for m in chosen), note)


def _sitting_view(row: ReviewSitting) -> SittingView:
    return SittingView(row.body_id, row.body.title, row.held_on, tuple(_name(p.member) for p in row.present), row.note)


def sitting_of(*, uow: UnitOfWork, subject: str, subject_id: int) -> SittingView | None:
    """Who took part in a review, if it was recorded with the registry."""
    with uow:
        row = uow.funding.sitting(subject, subject_id)
        return _sitting_view(row) if row else None


def record_application_review(
    *, uow: UnitOfWork, centre_id: int, body_id: object, member_ids: Sequence[int], held_on: DateInput, note: object = ""
) -> SittingView:
    """The scientific group's first review of a centre's application (4-2-1, note 6): the
    group of the centre's field, and its members who took part."""
    check = Checker()
    day = read_date(check, "held_on", "تاریخ بررسی", held_on, required=True)
    text = read_text(check, "note", "نتیجه بررسی", note, required=False, max_len=4000)
    check.done()
    with uow:
        centre = uow.centres.get(centre_id)
        if centre is None:
            raise DomainError("این قطب پیدا نشد.")
        refuse_outside_centres_group(
            uow, centre, body_of(uow, body_id), label="گروه علمی",
            why="گروه علمی رشته این قطب نیست (تبصره ۶: هر گروه قطب‌های گروه خود را بررسی می‌کند).",
        )  # fmt: skip
        view = take_part(
            uow,
            subject="application",
            subject_id=centre.id,
            body_id=body_id,
            member_ids=member_ids,
            on=day or date.min,
            note=text,
        )
        uow.commit()
        return view
