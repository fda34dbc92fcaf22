"""A centre's application: its program (Appendix 3's twelve sections), the article 5
check over its proposed members, and the move from applicant to under review."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from qotb_desktop.domain import vocab
from qotb_desktop.domain.centre_check import CentreCheck, CentreInput, ProposedMember, check_centre
from qotb_desktop.domain.dates import format_jalali, term_end, today
from qotb_desktop.domain.errors import FieldError, NotFound, ValidationError
from qotb_desktop.domain.fields import DateInput, required_date
from qotb_desktop.domain.periods import overlaps
from qotb_desktop.domain.rules import Readings, load_edition
from qotb_desktop.domain.scoring import MemberInput, number
from qotb_desktop.domain.scoring_io import centre_json
from qotb_desktop.domain.text import normalize_text
from qotb_desktop.services.centres import get_centre, members_on
from qotb_desktop.services.readings import current_readings
from qotb_desktop.services.running_checks import running_checks
from qotb_desktop.services.scoring import item_of, member_json
from qotb_desktop.services.views import CentreView
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


@dataclass(frozen=True)
class ProgramView:
    centre_id: int
    sections: tuple[tuple[int, str, str], ...]  # (number, title, text)
    equipment_confirmed: bool
    program_confirmed: bool
    institution_commitments: str = ""  # note 12: what the institution commits to the centre ("": not recorded)


@dataclass(frozen=True)
class CheckedMember:
    faculty_id: int
    name: str
    institution: str
    rank_label: str
    role_label: str
    total: object
    eligible: bool


@dataclass(frozen=True)
class CentreCheckView:
    centre: CentreView
    period_start: date
    result: CentreCheck
    members: tuple[CheckedMember, ...]


def get_program(*, uow: UnitOfWork, centre_id: int) -> ProgramView:
    titles = load_edition().program_sections
    with uow:
        centre = uow.centres.get(centre_id)
        if centre is None:
            raise NotFound("قطب", centre_id)
        texts = uow.applications.sections(centre_id)
        sections = tuple((n, title, texts.get(n, "")) for n, title in enumerate(titles, 1))
        return ProgramView(
            centre_id, sections, centre.equipment_confirmed, centre.program_confirmed, centre.institution_commitments or ""
        )


def programs_written(*, uow: UnitOfWork) -> set[int]:
    """The centres with some of their program (Appendix 3) written."""
    with uow:
        return uow.reads.with_program_text()


def save_program(
    *,
    uow: UnitOfWork,
    centre_id: int,
    sections: Mapping[int, str],
    equipment_confirmed: bool,
    program_confirmed: bool,
    institution_commitments: str | None = None,
) -> None:
    """Keep the program's sections as typed (one transaction); empty sections may wait.
    ``institution_commitments``: what the institution commits to the centre (note 12:
    space, staff, hardware, software, laboratories), as typed; empty is allowed (the
    application prints «ثبت نشده»); None leaves what is recorded."""
    count = len(load_edition().program_sections)
    unknown = [n for n in sections if not 1 <= n <= count]
    if unknown:
        raise ValidationError(FieldError("sections", "بخش‌های برنامه", f"بخش {unknown[0]} در پیوست ۳ نیست."))
    with uow:
        centre = uow.centres.get(centre_id)
        if centre is None:
            raise NotFound("قطب", centre_id)
        uow.applications.set_sections(centre_id, {n: normalize_text(t) for n, t in sections.items()})
        centre.equipment_confirmed, centre.program_confirmed = equipment_confirmed, program_confirmed
        if institution_commitments is not None:
            centre.institution_commitments = normalize_text(institution_commitments)
        uow.commit()


def _members_input(uow: UnitOfWork, centre, start: date, on: date):
    """The centre's members and director on ``on``, with their stored activities."""
    current = members_on(centre, on)
    activities = uow.activities.of_faculties(m.faculty_id for m in current)
    held = uow.memberships.of_faculties(m.faculty_id for m in current)
    proposed, people = [], []
    for m in current:
        f = m.faculty
        elsewhere = any(
            o.centre_id != centre.id and o.role in vocab.MEMBER_ROLES and overlaps(o.joined_on, o.left_on, on, on)
            for o in held[f.id]
        )
        items = tuple(item_of(a) for a in activities[f.id])
        name = f"{f.first_name} {f.last_name}"
        proposed.append(ProposedMember(name, f.institution.name, elsewhere, MemberInput(f.field_key, start, f.rank, items)))
        people.append(m)
    return proposed, people


def check_within(uow: UnitOfWork, centre_id: int, period_start: DateInput, readings: Readings | None, on: date | None = None):
    """Article 5 over the members in office ``on``: today for a running centre; for an
    applicant, the proposed start when it is still ahead (members join with the period)."""
    edition = load_edition()
    centre = uow.centres.get(centre_id)
    if centre is None:
        raise NotFound("قطب", centre_id)
    start = centre.period_start if period_start in (None, "") else required_date(period_start, "period_start", "آغاز دوره")
    if start is None:
        raise ValidationError(FieldError("period_start", "آغاز دوره", "قطب هنوز دوره ندارد؛ آغاز دوره پیشنهادی را بنویسید."))
    now = on or today()
    when = max(start, now) if centre.status == "applicant" else now
    proposed, people = _members_input(uow, centre, start, when)
    host = centre.host.name
    data = CentreInput(centre.field_key, start, host, centre.equipment_confirmed, centre.program_confirmed, tuple(proposed))
    readings = readings or current_readings(uow, edition)
    return centre, start, data, check_centre(data, edition=edition, readings=readings), people


def check_centre_members(
    *,
    uow: UnitOfWork,
    centre_id: int,
    period_start: DateInput = None,
    readings: Readings | None = None,
    on: date | None = None,
) -> CentreCheckView:
    """Article 5 over the centre's members and their stored activities (writes nothing)."""
    with uow:
        _centre, start, _data, result, people = check_within(uow, centre_id, period_start, readings, on)
        members = tuple(
            CheckedMember(
                m.faculty_id,
                r.name,
                r.institution,
                vocab.label(vocab.RANKS, m.faculty.rank),
                vocab.label(vocab.MEMBERSHIP_ROLES, m.role),
                r.sheet.total,
                r.sheet.eligible,
            )
            for m, r in zip(people, result.members, strict=True)
        )
    return CentreCheckView(get_centre(uow=uow, centre_id=centre_id), start, result, members)


def submit_application(*, uow: UnitOfWork, centre_id: int, period_start: DateInput = None, on: date | None = None) -> int:
    """Run article 5's check, keep it with the edition used, and move the centre from
    applicant to under review (one transaction). Returns the stored check's id.

    A proposed period may not start before the day of submission."""
    with uow:
        centre, start, data, result, _people = check_within(uow, centre_id, period_start, None, on)
        if centre.period_start is None and start < (on or today()):
            raise ValidationError(
                FieldError(
                    "period_start",
                    "آغاز دوره",
                    f"آغاز دوره پیشنهادی ({format_jalali(start)}) گذشته است؛ تاریخی از امروز به بعد بنویسید.",
                )
            )
        if centre.status != "applicant":
            raise ValidationError(
                FieldError(
                    "status",
                    "وضعیت قطب",
                    f"درخواست قطب «{vocab.label(vocab.CENTRE_STATUSES, centre.status)}» پیش‌تر فرستاده شده است.",
                )
            )
        empty = [n for n, t in uow.applications.sections(centre_id).items() if not t.strip()]
        missing = len(load_edition().program_sections) - len(uow.applications.sections(centre_id)) + len(empty)
        if missing:
            raise ValidationError(
                FieldError("sections", "برنامه قطب", "همه دوازده بخش برنامه (پیوست ۳) باید نوشته شود؛ بخشی خالی مانده است.")
            )
        if centre.period_start is None:  # the proposed period becomes the centre's
            centre.period_start = start
            centre.period_end = term_end(start, load_edition().centre.period_years)
        inputs = {
            "group": data.field_key,
            "period_start": format_jalali(start, persian_digits=False),
            "host_institution": data.host_institution,
            "equipment_confirmed": data.equipment_confirmed,
            "program_confirmed": data.program_confirmed,
            "members": [
                {"name": p.name, "institution": p.institution, "in_other_active_centre": p.in_other_active_centre}
                | {k: v for k, v in member_json(p.member).items() if k != "period_start"}
                for p in data.members
            ],
        }
        check_id = uow.applications.add_check(
            centre_id=centre_id,
            edition=result.edition,
            readings=json.dumps(result.readings.to_record()),
            total=Decimal(str(number(result.total))),
            eligible=result.eligible,
            checked_at=datetime.now().replace(microsecond=0),
            inputs=json.dumps(inputs, ensure_ascii=False),
            result=json.dumps(centre_json(result), ensure_ascii=False),
        )
        centre.status = "under_review"
        uow.commit()
        return check_id


@dataclass(frozen=True)
class AtRisk:
    """A running centre that no longer meets article 5 (art. 10-2: grounds for dissolution)."""

    centre_id: int
    title: str
    status_label: str
    unmet: tuple[str, ...]  # the failure codes
    member_count: int


def centres_at_risk(*, uow: UnitOfWork, on: date | None = None) -> list[AtRisk]:
    """Approved and probation centres whose members today fail article 5 (10-2)."""
    return [
        AtRisk(
            r.centre_id,
            r.title,
            vocab.label(vocab.CENTRE_STATUSES, r.status),
            tuple(dict.fromkeys(f.code for f in r.result.failures)),
            len(r.result.members),
        )
        for r in running_checks(uow=uow, on=on)
        if not r.result.eligible
    ]


def submitted_check(*, uow: UnitOfWork, centre_id: int) -> CentreCheckView | None:
    """The article 5 check as it was stored when the application was submitted, run
    again from its stored inputs (the same edition): what the application showed then,
    whatever changed since. None when the centre has not submitted."""
    from qotb_desktop.domain.scoring_io import parse_centre

    with uow:
        records = uow.applications.checks(centre_id)
        if not records:
            return None
        record = records[0]
        inputs = json.loads(record.inputs)
        edition = load_edition(record.edition)
        readings = Readings.from_record(json.loads(record.readings))
        data = parse_centre(inputs, edition, revision=readings.revision)
        result = check_centre(data, edition=edition, readings=readings)
    members = tuple(
        CheckedMember(0, r.name, r.institution, vocab.label(vocab.RANKS, p["rank"]), "", r.sheet.total, r.sheet.eligible)
        for r, p in zip(result.members, inputs["members"], strict=True)
    )
    return CentreCheckView(get_centre(uow=uow, centre_id=centre_id), data.period_start, result, members)
