"""Centres of excellence and their members, collaborators and director."""

from __future__ import annotations

from datetime import date

from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import format_jalali, today
from qotb_desktop.domain.errors import FieldError, NotFound, ValidationError
from qotb_desktop.domain.fields import DateInput, required_date
from qotb_desktop.domain.periods import check_membership
from qotb_desktop.domain.registry import CentreRecord, MembershipRecord, clean_centre, clean_membership
from qotb_desktop.domain.text import sort_key
from qotb_desktop.services.versions import check_version
from qotb_desktop.services.views import CentreView, MembershipView
from qotb_desktop.store.models import Centre, Membership
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

COMPUTED_MESSAGE = (
    "«مشروط» و «پیشنهاد انحلال» از ارزیابی‌های سالانه بسته‌شده می‌آیند (ماده ۱۰) و تایپ نمی‌شوند؛ ارزیابی را ثبت یا بازگشایی کنید."
)


def _centre_view(row: Centre, fields: dict[str, str], counts: tuple[int, int], director: str) -> CentreView:
    """``counts``: members (with the director) and collaborators in office today;
    ``director``: the name of the director in office today, or ""."""
    partners = sorted(row.partners, key=lambda p: p.institution.name)
    return CentreView(
        id=row.id,
        title=row.title,
        field_key=row.field_key,
        field_title=fields.get(row.field_key, row.field_key),
        host_institution_id=row.host_institution_id,
        host_name=row.host.name,
        partner_ids=tuple(p.institution_id for p in partners),
        partner_names=tuple(p.institution.name for p in partners),
        period_start=row.period_start,
        period_end=row.period_end,
        status=row.status,
        status_label=vocab.label(vocab.CENTRE_STATUSES, row.status),
        decree_number=row.decree_number,
        decree_date=row.decree_date,
        director_name=director if row.status != "dissolved" else "",  # a dissolved centre has nobody, even on its last day
        member_count=counts[0] if row.status != "dissolved" else 0,
        collaborator_count=counts[1] if row.status != "dissolved" else 0,
        version=row.version,
    )


def _one_centre_view(row: Centre, fields: dict[str, str]) -> CentreView:
    """A centre's view from its own memberships (one centre, loaded with them)."""
    now = today()
    open_ = [m for m in row.memberships if m.joined_on <= now and (m.left_on is None or m.left_on >= now)]
    director = next((m for m in open_ if m.role == "director"), None)
    counts = (sum(1 for m in open_ if m.role in vocab.MEMBER_ROLES), sum(1 for m in open_ if m.role == "collaborator"))
    return _centre_view(row, fields, counts, f"{director.faculty.first_name} {director.faculty.last_name}" if director else "")


def _membership_view(m: Membership) -> MembershipView:
    f = m.faculty
    return MembershipView(
        id=m.id,
        centre_id=m.centre_id,
        centre_title=m.centre.title,
        faculty_id=f.id,
        faculty_name=f"{f.first_name} {f.last_name}",
        national_code=f.national_code,
        rank_label=vocab.label(vocab.RANKS, f.rank),
        institution_name=f.institution.name,
        role=m.role,
        role_label=vocab.label(vocab.MEMBERSHIP_ROLES, m.role),
        joined_on=m.joined_on,
        left_on=m.left_on,
        version=m.version,
    )


def list_centres(*, uow: UnitOfWork) -> list[CentreView]:
    """Every centre, with its members, collaborators and director today counted by the
    database (grouped queries), not loaded: a large office has ten thousand memberships."""
    now = today()
    with uow.reading():
        fields = {g.key: g.title for g in uow.groups.list()}
        reads = uow.reads
        counts, directors = reads.open_counts(now), reads.directors_in_office(now)
        return [
            _centre_view(r, fields, counts.get(r.id, (0, 0)), directors.get(r.id, ""))
            for r in sorted(uow.centres.list(), key=lambda r: sort_key(r.title))
        ]


def get_centre(*, uow: UnitOfWork, centre_id: int) -> CentreView:
    with uow:
        row = _centre(uow, centre_id)
        return _one_centre_view(row, {g.key: g.title for g in uow.groups.list()})


def _centre(uow: UnitOfWork, centre_id: int) -> Centre:
    row = uow.centres.get(centre_id)
    if row is None:
        raise NotFound("قطب", centre_id)
    return row


def _check_institutions(uow: UnitOfWork, record: CentreRecord) -> None:
    if uow.institutions.get(record.host_institution_id) is None:
        raise ValidationError(FieldError("host_institution_id", "مؤسسه متقاضی (میزبان)", "مؤسسه برگزیده در فهرست نیست."))
    for pid in record.partner_institution_ids:
        if uow.institutions.get(pid) is None:
            raise ValidationError(FieldError("partner_institution_ids", "مؤسسه همکار", "مؤسسه برگزیده در فهرست نیست."))


def _fill(row: Centre, record: CentreRecord) -> None:
    row.title, row.field_key, row.host_institution_id = record.title, record.field_key, record.host_institution_id
    row.period_start, row.period_end, row.status = record.period_start, record.period_end, record.status
    row.decree_number, row.decree_date = record.decree_number, record.decree_date


def add_centre(*, uow: UnitOfWork, **values: object) -> int:
    """Values: title, field_key, host_institution_id, partner_institution_ids,
    period_start, period_end, status, decree_number, decree_date."""
    record = clean_centre(**values)
    if record.status == "dissolved":
        raise ValidationError(FieldError("status", "وضعیت قطب", "قطب تازه را نمی‌توان منحل ثبت کرد."))
    if record.status in vocab.COMPUTED_STATUSES:
        raise ValidationError(FieldError("status", "وضعیت قطب", COMPUTED_MESSAGE))
    with uow:
        _check_institutions(uow, record)
        row = Centre()
        _fill(row, record)
        uow.centres.add(row)
        uow.centres.set_partners(row, record.partner_institution_ids)
        uow.commit()
        return row.id


def update_centre(*, uow: UnitOfWork, centre_id: int, version: int | None = None, **values: object) -> None:
    """``version``: the one the form was filled from (services/versions.py)."""
    record = clean_centre(**values)
    if record.status == "dissolved":
        raise ValidationError(
            FieldError("status", "وضعیت قطب", "برای انحلال، فرمان «انحلال قطب» را به کار ببرید تا عضویت‌ها هم بسته شوند.")
        )
    with uow:
        row = _centre(uow, centre_id)
        check_version(uow, row, version, "این قطب")
        if row.status == "dissolved":
            raise ValidationError(FieldError("status", "وضعیت قطب", "قطب منحل شده را نمی‌توان ویرایش کرد."))
        if record.status != row.status and vocab.COMPUTED_STATUSES & {record.status, row.status}:
            raise ValidationError(FieldError("status", "وضعیت قطب", COMPUTED_MESSAGE))
        if record.status == "under_review" and row.status != "under_review":
            raise ValidationError(
                FieldError("status", "وضعیت قطب", "قطب با فرستادن درخواست (بررسی ماده ۵) «در دست بررسی» می‌شود، نه با ویرایش.")
            )
        _check_institutions(uow, record)
        _fill(row, record)
        uow.centres.set_partners(row, record.partner_institution_ids)
        uow.commit()


def dissolve_centre(*, uow: UnitOfWork, centre_id: int, on: DateInput) -> None:
    """Art. 10: the centre is dissolved and every open membership ends that day."""
    when = required_date(on, "on", "تاریخ انحلال")
    if when > today():
        raise ValidationError(
            FieldError("on", "تاریخ انحلال", "انحلال را پس از تصویب آن ثبت کنید؛ تاریخ آن نمی‌تواند پس از امروز باشد.")
        )
    with uow:
        dissolve(_centre(uow, centre_id), when)
        uow.commit()


def dissolve(centre: Centre, when: date) -> None:
    """Inside a unit of work: the centre dissolved on ``when``, every running membership
    ending that day (also used when the council's endorsed decision dissolves it)."""
    for m in centre.memberships:
        if m.left_on is None or m.left_on > when:
            m.left_on = max(when, m.joined_on)
    centre.status, centre.dissolved_on = "dissolved", when


def members_on(centre: Centre, on: date) -> list[Membership]:
    """The centre's members and director in office on ``on`` (collaborators are not members, note 11)."""
    return [
        m
        for m in centre.memberships
        if m.role in vocab.MEMBER_ROLES and m.joined_on <= on and (m.left_on is None or m.left_on >= on)
    ]


def list_memberships(*, uow: UnitOfWork, centre_id: int) -> list[MembershipView]:
    with uow:
        _centre(uow, centre_id)
        return [_membership_view(m) for m in uow.memberships.of_centre(centre_id)]


def get_membership(*, uow: UnitOfWork, membership_id: int) -> MembershipView:
    with uow:
        row = uow.memberships.get(membership_id)
        if row is None:
            raise NotFound("عضویت", membership_id)
        return _membership_view(row)


def memberships_of_faculty(*, uow: UnitOfWork, faculty_id: int) -> list[MembershipView]:
    with uow:
        return [_membership_view(m) for m in uow.memberships.of_faculty(faculty_id)]


def add_membership(
    *,
    uow: UnitOfWork,
    centre_id: object,
    faculty_id: object,
    role: object = "member",
    joined_on: DateInput,
    left_on: DateInput = None,
) -> int:
    """Add a member, the director or a collaborator. Note 9 (one centre per
    member) and art. 11 (one director) are checked over the whole period, here
    and again by the database."""
    record = clean_membership(centre_id=centre_id, faculty_id=faculty_id, role=role, joined_on=joined_on, left_on=left_on)
    with uow:
        row = join_within(uow, record)
        uow.commit()
        return row.id


def update_membership(
    *,
    uow: UnitOfWork,
    membership_id: int,
    role: object,
    joined_on: DateInput,
    left_on: DateInput = None,
    version: int | None = None,
) -> None:
    """Correct a membership's role or dates (a date typed wrong, a member made director)."""
    with uow:
        row = uow.memberships.get(membership_id)
        if row is None:
            raise NotFound("عضویت", membership_id)
        check_version(uow, row, version, "این عضویت")
        record = clean_membership(
            centre_id=row.centre_id, faculty_id=row.faculty_id, role=role, joined_on=joined_on, left_on=left_on
        )
        _check_membership(uow, record, membership_id)
        row.role, row.joined_on, row.left_on = record.role, record.joined_on, record.left_on
        uow.commit()


def join_within(uow: UnitOfWork, record: MembershipRecord, *, institution_approval: str = "") -> Membership:
    """Inside a unit of work: the membership added, with note 9 and art. 11 checked (also
    used when the council's endorsed decision adds a member: services/member_changes.py,
    which checks note 8 first and passes the institution's approval, note 10).

    The registry's own entry (add_membership) records memberships as decided elsewhere,
    past ones included: note 8 is not checked there (docs/decisions.md)."""
    _check_membership(uow, record)
    return uow.memberships.add(Membership(**record.__dict__, institution_approval=institution_approval))


def check_join(uow: UnitOfWork, record: MembershipRecord) -> None:
    """Inside a unit of work: note 9 and art. 11 for a membership about to be added."""
    _check_membership(uow, record)


def leave_within(uow: UnitOfWork, centre_id: int, faculty_id: int, when: date) -> None:
    """Inside a unit of work: the person's running membership of the centre ends on ``when``."""
    running = [
        m for m in uow.memberships.of_faculty(faculty_id) if m.centre_id == centre_id and (m.left_on is None or m.left_on > when)
    ]
    if not running:
        raise ValidationError(FieldError("faculty_id", "عضو هیأت علمی", "این شخص در این قطب عضویتی ندارد که پایان یابد."))
    for m in running:
        if when < m.joined_on:
            raise ValidationError(
                FieldError("left_on", "تاریخ پایان عضویت", f"پیش از تاریخ پیوستن ({format_jalali(m.joined_on)}) است.")
            )
        m.left_on = when


def _check_membership(uow: UnitOfWork, record: MembershipRecord, own_id: int | None = None) -> None:
    centre = _centre(uow, record.centre_id)
    if centre.status == "dissolved":
        raise ValidationError(FieldError("centre_id", "قطب", "قطب منحل شده عضو تازه نمی‌پذیرد."))
    person = uow.faculty.get(record.faculty_id)
    if person is None:
        raise ValidationError(FieldError("faculty_id", "عضو هیأت علمی", "عضو برگزیده در فهرست نیست."))
    check_membership(
        record,
        person=f"{person.first_name} {person.last_name}",
        centre_title=centre.title,
        person_history=uow.memberships.history_of_faculty(person.id),
        centre_directors=uow.memberships.directors_of_centre(centre.id),
        ignore_id=own_id,
    )


def end_membership(*, uow: UnitOfWork, membership_id: int, left_on: DateInput) -> None:
    when = required_date(left_on, "left_on", "تاریخ پایان عضویت")
    with uow:
        m = uow.memberships.get(membership_id)
        if m is None:
            raise NotFound("عضویت", membership_id)
        if m.left_on is not None:
            raise ValidationError(
                FieldError("left_on", "تاریخ پایان عضویت", f"این عضویت در {format_jalali(m.left_on)} پایان یافته است.")
            )
        if when < m.joined_on:
            raise ValidationError(
                FieldError("left_on", "تاریخ پایان عضویت", f"پیش از تاریخ پیوستن ({format_jalali(m.joined_on)}) است.")
            )
        m.left_on = when
        uow.commit()
