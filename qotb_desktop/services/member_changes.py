"""Note 10: someone joins a centre (or leaves it) through the council.

«قطب علمی می‌تواند در صورت نیاز پس از شروع فعالیت خود افراد دیگری را با احراز شرایط
مندرج در تبصره ۸ همین ماده و با تأیید مؤسسه به عنوان عضو قطب علمی ... معرفی کند»

The proposal (an agenda item of kind «member change») records who, in which role, from
when, and the institution's approval. The clerk sees the person's note 8 verdict before
putting it on the agenda: a warning only, the council may still take the proposal up
(activities may be entered before the decision is endorsed). The endorsement is the gate:
the member is added only if note 9 and art. 11 hold and the person meets note 8 at that
moment, scored over the centre's period (the 5 years ending the day before its period
starts) with the person's own field and the office's readings; else the endorsement is
refused with the reasons and nothing is written. A collaborator is not a member (note 11):
neither note 8 nor the approval is asked of one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import meetings as rules
from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import format_jalali, today
from qotb_desktop.domain.errors import Checker, DomainError, FieldError, NotFound, ValidationError
from qotb_desktop.domain.fields import DateInput, read_text, required_date
from qotb_desktop.domain.registry import clean_membership
from qotb_desktop.domain.rules import Edition, Readings, load_edition
from qotb_desktop.domain.scoring import MemberInput, ScoreSheet, number, score_member
from qotb_desktop.domain.text import normalize_text, to_persian_number
from qotb_desktop.services.centres import check_join, join_within, leave_within
from qotb_desktop.services.readings import current_readings
from qotb_desktop.services.scoring import item_of
from qotb_desktop.store.models import AgendaItem, Centre, FacultyMember, MemberChange
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

APPROVAL = "تأیید مؤسسه (تبصره ۱۰)"
APPROVAL_MISSING = "خالی مانده است؛ شماره و تاریخ نامه‌ای را که مؤسسه با آن عضویت را تأیید کرده بنویسید."


@dataclass(frozen=True)
class JoinVerdict:
    """A person's note 8 verdict for joining a centre: scored over the centre's period
    with the person's own field (issue 17.6), under the office's readings."""

    faculty_id: int
    name: str
    centre_title: str
    field_title: str
    period_start: date
    window: tuple[date, date]
    total: int | float
    eligible: bool
    failures: tuple[str, ...]
    readings: Readings

    @property
    def basis(self) -> str:
        return (
            f"امتیاز کل {to_persian_number(self.total)} در پنج سال پیش از آغاز دوره قطب "
            f"({format_jalali(self.window[0])} تا {format_jalali(self.window[1])})، با جدول رشته خود او، «{self.field_title}»"
        )

    @property
    def shortfalls(self) -> str:
        return "کمبودها: " + " ".join(self.failures) if self.failures else ""

    @property
    def sentence(self) -> str:
        if self.eligible:
            return f"{self.name} شرایط تبصره ۸ را دارد: {self.basis}."
        return f"{self.name} شرایط تبصره ۸ را ندارد: {self.basis}. {self.shortfalls}"


def _scored(uow: UnitOfWork, centre: Centre, person: FacultyMember, *, on: date, edition: Edition) -> JoinVerdict:
    """Inside a unit of work: the person's stored activities scored for joining ``centre``.
    A centre without a period start (an applicant) is scored as if its period started ``on``."""
    readings = current_readings(uow, edition)
    start = centre.period_start or on
    items = tuple(item_of(a) for a in uow.activities.of_faculty(person.id))
    member = MemberInput(person.field_key, start, person.rank, items)
    sheet: ScoreSheet = score_member(member, edition=edition.at_revision(readings.revision), readings=readings)
    titles = {f.key: f.title for f in edition.fields}
    return JoinVerdict(
        person.id, f"{person.first_name} {person.last_name}", centre.title, titles.get(person.field_key, person.field_key),
        start, sheet.window, number(sheet.total), sheet.eligible, tuple(f.message for f in sheet.failures), readings,
    )  # fmt: skip


def join_verdict(*, uow: UnitOfWork, centre_id: int, faculty_id: int, on: DateInput = None) -> JoinVerdict:
    """The note 8 verdict of ``faculty_id`` joining ``centre_id`` (shown before a proposal
    is put on the agenda)."""
    when = required_date(on, "on", "تاریخ") if on not in (None, "") else today()
    edition = load_edition()
    with uow:
        person, centre = uow.faculty.get(faculty_id), uow.centres.get(centre_id)
        if person is None:
            raise NotFound("عضو هیأت علمی", faculty_id)
        if centre is None:
            raise NotFound("قطب", centre_id)
        return _scored(uow, centre, person, on=when, edition=edition)


def require_note8(uow: UnitOfWork, centre: Centre, person: FacultyMember, *, on: date) -> JoinVerdict:
    """Inside a unit of work: refuse (DomainError, the reasons listed) a member who does not
    meet note 8 for ``centre``."""
    verdict = _scored(uow, centre, person, on=on, edition=load_edition())
    if not verdict.eligible:
        raise DomainError(
            f"پیوستن {verdict.name} به قطب «{centre.title}» تنفیذ نمی‌شود: عضو تازه باید شرایط تبصره ۸ را داشته باشد "
            f"(تبصره ۱۰) و او ندارد. {verdict.basis}. {verdict.shortfalls}"
        )
    return verdict


def propose_member_change(
    *, uow: UnitOfWork, meeting_id: int, centre_id: int, faculty_id: int, action: str, effective_on: DateInput,
    role: str = "member", institution_approval: str = "",
) -> int:  # fmt: skip
    """A «member change» agenda item: someone joins the centre (note 10) or leaves it.
    A member or director who joins needs the institution's approval (its letter, as typed).
    The change applies when the council's decision on it is endorsed (apply_member_change)."""
    check = Checker()
    when = required_date(effective_on, "effective_on", "تاریخ تغییر")
    approval = read_text(check, "institution_approval", APPROVAL, institution_approval, required=False, max_len=200)
    check.done()
    if action not in ("join", "leave"):
        raise ValidationError(FieldError("action", "تغییر", "پیوستن یا جدا شدن را برگزینید."))
    if role not in vocab.MEMBERSHIP_ROLES:
        raise ValidationError(FieldError("role", "نقش در قطب", f"«{role}» در فهرست نیست."))
    approval = normalize_text(approval) if action == "join" else ""
    if action == "join" and role in vocab.MEMBER_ROLES and not approval:
        raise ValidationError(FieldError("institution_approval", APPROVAL, APPROVAL_MISSING))
    with uow:
        meeting = uow.meetings.get(meeting_id)
        if meeting is None:
            raise NotFound("جلسه", meeting_id)
        rules.check_editable(meeting.state)
        person, centre = uow.faculty.get(faculty_id), uow.centres.get(centre_id)
        if person is None or centre is None:
            raise NotFound("عضو هیأت علمی یا قطب", faculty_id)
        name = f"{person.first_name} {person.last_name}"
        title = f"پیوستن {name} به قطب «{centre.title}»" if action == "join" else f"جدا شدن {name} از قطب «{centre.title}»"
        item = AgendaItem(
            meeting_id=meeting_id, position=len(uow.meetings.items(meeting_id)) + 1, title=title, kind="member_change",
            centre_id=centre_id,
        )  # fmt: skip
        uow.session.add(item)
        uow.session.flush()
        uow.session.add(
            MemberChange(
                agenda_item_id=item.id, faculty_id=faculty_id, action=action, role=role, effective_on=when,
                institution_approval=approval,
            )
        )  # fmt: skip
        uow.commit()
        return item.id


def apply_member_change(uow: UnitOfWork, item: AgendaItem, centre: Centre, *, institution_approval: str = "") -> None:
    """Inside the endorsement's unit of work: the change the endorsed decision makes.

    A join: note 9 and art. 11 (as for every membership), then for a member or director
    the institution's approval (the proposal's, or ``institution_approval`` for a proposal
    recorded before 0.6.0 without one) and note 8 at this moment. Any refusal raises, and
    the endorsement is written with nothing else."""
    change = uow.session.get(MemberChange, item.id)
    if change is None:
        return
    if change.action != "join":
        leave_within(uow, centre.id, change.faculty_id, change.effective_on)
        return
    record = clean_membership(centre_id=centre.id, faculty_id=change.faculty_id, role=change.role, joined_on=change.effective_on)
    check_join(uow, record)  # note 9 and art. 11 first: the plainest reasons
    approval = change.institution_approval or normalize_text(institution_approval or "")
    if change.role in vocab.MEMBER_ROLES:
        if not approval:
            raise ValidationError(FieldError("institution_approval", APPROVAL, APPROVAL_MISSING))
        require_note8(uow, centre, uow.faculty.get(change.faculty_id), on=change.effective_on)
    join_within(uow, record, institution_approval=approval[:200])


@dataclass(frozen=True)
class ChangeView:
    """What a «member change» item proposes, as the meeting screen shows it."""

    faculty_id: int
    name: str
    action: str
    role: str
    effective_on: date
    institution_approval: str
