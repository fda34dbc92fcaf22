"""The catalogue of printable forms: for each, where its data comes from (the
services) and how it is drawn (the reports). The GUI and the command line print
through this one list. A paper's data is read when it is rendered, not when it is
listed, so a paper printed after a change shows the change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from qotb_desktop.reports import minutes as minutes_form
from qotb_desktop.reports import registers, scoring_forms
from qotb_desktop.services import applications, centres, council, faculty, meetings, scoring


@dataclass(frozen=True)
class Document:
    """One printable paper: a form, and the record it is about (if any)."""

    form: str  # key of the form
    title: str  # what the clerk sees in lists
    filename: str  # for saving
    render: Callable[[], bytes]


@dataclass(frozen=True)
class Form:
    key: str
    title: str
    per: str  # "" (one paper), or "centre" (one paper per centre)


FORMS = [
    Form("faculty-register", "فهرست اعضای هیأت علمی", ""),
    Form("centre-roster", "فهرست اعضای قطب علمی", "centre"),
    Form("council-roster", "ترکیب شورای قطب‌های علمی", ""),
    Form("score-sheet", "برگه امتیاز عضو هیأت علمی", "faculty"),
    Form("centre-eligibility", "خلاصه بررسی شرایط تشکیل قطب", "centre"),
    Form("centre-application", "درخواست تشکیل قطب علمی", "centre"),
    Form("minutes", "صورت‌جلسه شورا", "meeting"),
]


def faculty_register(*, uow, today: date | None = None) -> Document:
    return Document(
        "faculty-register",
        "فهرست اعضای هیأت علمی",
        "faculty-register.pdf",
        lambda: registers.faculty_register(faculty.list_faculty(uow=uow), today=today),
    )


def centre_roster(*, uow, centre_id: int, today: date | None = None) -> Document:
    centre = centres.get_centre(uow=uow, centre_id=centre_id)
    return Document(
        "centre-roster",
        f"فهرست اعضای {centre.title}",
        f"centre-roster-{centre_id}.pdf",
        lambda: registers.centre_roster(
            centres.get_centre(uow=uow, centre_id=centre_id), centres.list_memberships(uow=uow, centre_id=centre_id), today=today
        ),
    )


def council_roster(*, uow, today: date | None = None) -> Document:
    return Document(
        "council-roster",
        "ترکیب شورای قطب‌های علمی",
        "council-roster.pdf",
        lambda: registers.council_roster(council.list_seats(uow=uow, on=today), council.list_terms(uow=uow), today=today),
    )


def score_sheet(*, uow, faculty_id: int, period_start, today: date | None = None) -> Document:
    person = faculty.get_faculty(uow=uow, faculty_id=faculty_id)

    def render() -> bytes:
        result = scoring.score_faculty(uow=uow, faculty_id=faculty_id, period_start=period_start)
        return scoring_forms.member_score_sheet(result.person, result.sheet, result.items, today=today)

    return Document("score-sheet", f"برگه امتیاز {person.full_name}", f"score-sheet-{faculty_id}.pdf", render)


def centre_eligibility(*, uow, centre_id: int, period_start=None, today: date | None = None) -> Document:
    centre = centres.get_centre(uow=uow, centre_id=centre_id)

    def render() -> bytes:
        view = applications.check_centre_members(uow=uow, centre_id=centre_id, period_start=period_start)
        return scoring_forms.centre_eligibility_summary(view.centre, view.result, today=today)

    return Document("centre-eligibility", f"خلاصه بررسی ماده ۵: {centre.title}", f"centre-eligibility-{centre_id}.pdf", render)


def centre_application(*, uow, centre_id: int, period_start=None, today: date | None = None) -> Document:
    centre = centres.get_centre(uow=uow, centre_id=centre_id)

    def render() -> bytes:
        # once submitted, the application shows the check it was submitted with
        view = applications.submitted_check(uow=uow, centre_id=centre_id) or applications.check_centre_members(
            uow=uow, centre_id=centre_id, period_start=period_start
        )
        program = applications.get_program(uow=uow, centre_id=centre_id)
        return scoring_forms.centre_application(view.centre, program.sections, view.members, view.result, today=today)

    return Document("centre-application", f"درخواست تشکیل قطب: {centre.title}", f"centre-application-{centre_id}.pdf", render)


def minutes(*, uow, meeting_id: int, today: date | None = None) -> Document:
    number = meetings.get_meeting(uow=uow, meeting_id=meeting_id).number
    return Document(
        "minutes",
        f"صورت‌جلسه {number}",
        f"minutes-{number.replace('/', '-')}.pdf",
        lambda: minutes_form.minutes(meetings.get_meeting(uow=uow, meeting_id=meeting_id), today=today),
    )


def notification(*, uow, meeting_id: int, decision_id: int, recipient: str, subject: str, today: date | None = None) -> Document:
    """The letter that communicates an endorsed decision (ابلاغ)."""

    def render() -> bytes:
        view = meetings.get_meeting(uow=uow, meeting_id=meeting_id)
        decision = next(i.decision for i in view.items if i.decision and i.decision.id == decision_id)
        return minutes_form.notification(view, decision, recipient=recipient, subject=subject, today=today)

    return Document("notification", f"ابلاغ مصوبه: {subject}", f"notification-{decision_id}.pdf", render)


def available(*, uow, today: date | None = None) -> Iterator[Document]:
    """Every paper the database has the data for (what `qotb print-samples` renders)."""
    if faculty.list_faculty(uow=uow):
        yield faculty_register(uow=uow, today=today)
    for c in centres.list_centres(uow=uow):
        yield centre_roster(uow=uow, centre_id=c.id, today=today)
    if council.list_terms(uow=uow):
        yield council_roster(uow=uow, today=today)
    scored = next((f for f in faculty.list_faculty(uow=uow) if f.centre_title), None)
    if scored is not None:
        start = next(
            (c.period_start for c in centres.list_centres(uow=uow) if c.title == scored.centre_title and c.period_start),
            today or date.today(),
        )
        yield score_sheet(uow=uow, faculty_id=scored.id, period_start=start, today=today)
    for m in meetings.list_meetings(uow=uow):
        yield minutes(uow=uow, meeting_id=m.id, today=today)
    for c in centres.list_centres(uow=uow):
        if c.member_count and c.period_start:
            yield centre_eligibility(uow=uow, centre_id=c.id, today=today)
        if c.member_count and any(text for _n, _t, text in applications.get_program(uow=uow, centre_id=c.id).sections):
            yield centre_application(uow=uow, centre_id=c.id, period_start=c.period_start or today or date.today(), today=today)
