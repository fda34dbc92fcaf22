"""The catalogue of printable forms: for each, where its data comes from (the
services) and how it is drawn (the reports). The GUI and the command line print
through this one list. A paper's data is read when it is rendered, not when it is
listed, so a paper printed after a change shows the change.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qotb_desktop.domain import dates
from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services import (
    accounts,
    applications,
    call_views,
    centres,
    council,
    faculty,
    funding,
    meetings,
    review_bodies,
    scoring,
)
from qotb_desktop.services.evaluation_summary import evaluation_years, year_summary


class _Later:
    """A module of the printing layer, imported when a paper is first drawn: reportlab
    and the forms cost about 0.35 s, which the window's start does not need to pay."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attribute: str):
        return getattr(importlib.import_module(self._name), attribute)


allocations_form = _Later("qotb_desktop.reports.allocations")
call_papers_form = _Later("qotb_desktop.reports.call_papers")
evaluation_summary_form = _Later("qotb_desktop.reports.evaluation_summary")
minutes_form = _Later("qotb_desktop.reports.minutes")
registers = _Later("qotb_desktop.reports.registers")
scoring_forms = _Later("qotb_desktop.reports.scoring_forms")
summary_export = _Later("qotb_desktop.reports.summary_export")


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
    per: str  # "" (one paper), or what there is one paper per: "centre", "faculty", "meeting", "year"


FORMS = [
    Form("faculty-register", "فهرست اعضای هیأت علمی", ""),
    Form("centre-roster", "فهرست اعضای قطب علمی", "centre"),
    Form("council-roster", "ترکیب شورای قطب‌های علمی", ""),
    Form("score-sheet", "برگه امتیاز عضو هیأت علمی", "faculty"),
    Form("centre-eligibility", "خلاصه بررسی شرایط تشکیل قطب", "centre"),
    Form("centre-application", "درخواست تشکیل قطب علمی", "centre"),
    Form("minutes", "صورت‌جلسه شورا", "meeting"),
    Form("evaluation-summary", "خلاصه ارزیابی سالانه قطب‌ها", "year"),
    Form("allocation-table", "جدول تخصیص نیمه نخست اعتبار قطب‌ها", "year"),
    Form("allocation-letters", "نامه‌های تخصیص اعتبار به مؤسسه‌ها", "year"),
    Form("call-notice", "فراخوان ستاپ قطب‌های علمی", "call"),
    Form("proposal-review", "برگه بررسی پیشنهاد", "proposal"),
    Form("call-agreement", "توافق‌نامه پروژه ستاپ", "proposal"),
    Form("payment-order", "دستور پرداخت مرحله", "payment"),
]


def faculty_register(*, uow, today: date | None = None) -> Document:
    return Document(
        "faculty-register",
        "فهرست اعضای هیأت علمی",
        "faculty-register.pdf",
        lambda: registers.faculty_register(faculty.list_faculty(uow=uow), today=today),
    )


def _centre_title(uow, centre_id: int, title: str | None) -> str:
    """The title given (from a list already read), else the centre's, read now."""
    return title if title is not None else centres.get_centre(uow=uow, centre_id=centre_id).title


def centre_roster(*, uow, centre_id: int, today: date | None = None, title: str | None = None) -> Document:
    return Document(
        "centre-roster",
        f"فهرست اعضای {_centre_title(uow, centre_id, title)}",
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


def score_sheet(*, uow, faculty_id: int, period_start, today: date | None = None, name: str | None = None) -> Document:
    name = name if name is not None else faculty.get_faculty(uow=uow, faculty_id=faculty_id).full_name

    def render() -> bytes:
        result = scoring.score_faculty(uow=uow, faculty_id=faculty_id, period_start=period_start)
        return scoring_forms.member_score_sheet(result.person, result.sheet, result.items, today=today)

    return Document("score-sheet", f"برگه امتیاز {name}", f"score-sheet-{faculty_id}.pdf", render)


def centre_eligibility(
    *, uow, centre_id: int, period_start=None, today: date | None = None, title: str | None = None
) -> Document:
    title = _centre_title(uow, centre_id, title)

    def render() -> bytes:
        view = applications.check_centre_members(uow=uow, centre_id=centre_id, period_start=period_start)
        return scoring_forms.centre_eligibility_summary(view.centre, view.result, today=today)

    return Document("centre-eligibility", f"خلاصه بررسی ماده ۵: {title}", f"centre-eligibility-{centre_id}.pdf", render)


def centre_application(
    *, uow, centre_id: int, period_start=None, today: date | None = None, title: str | None = None
) -> Document:
    title = _centre_title(uow, centre_id, title)

    def render() -> bytes:
        # once submitted, the application shows the check it was submitted with
        view = applications.submitted_check(uow=uow, centre_id=centre_id) or applications.check_centre_members(
            uow=uow, centre_id=centre_id, period_start=period_start
        )
        program = applications.get_program(uow=uow, centre_id=centre_id)
        return scoring_forms.centre_application(
            view.centre,
            program.sections,
            view.members,
            view.result,
            today=today,
            commitments=program.institution_commitments,
        )

    return Document("centre-application", f"درخواست تشکیل قطب: {title}", f"centre-application-{centre_id}.pdf", render)


def minutes(*, uow, meeting_id: int, today: date | None = None, number: str | None = None, state: str | None = None) -> Document:
    """``number``, ``state``: the meeting's, when the caller has them (from the list), else
    read. A draft's title says so, as the paper does."""
    if number is None:
        view = meetings.get_meeting(uow=uow, meeting_id=meeting_id)
        number, state = view.number, view.state
    return Document(
        "minutes",
        f"{'پیش‌نویس ' if state == 'draft' else ''}صورت‌جلسه {to_persian_digits(number)}",
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


def evaluation_summary(*, uow, year: int, today: date | None = None) -> Document:
    """The yearly evaluation summary (4-2-9) of Jalali ``year``, every running centre."""
    return Document(
        "evaluation-summary",
        f"خلاصه ارزیابی سالانه قطب‌ها، سال {to_persian_digits(year)}",
        f"evaluation-summary-{year}.pdf",
        lambda: evaluation_summary_form.evaluation_summary(year_summary(uow=uow, year=year), today=today),
    )


def summary_years(*, uow, today: date | None = None, listed: list | None = None) -> list[int]:
    """The years whose evaluation summary is listed, newest first: every year before this
    one that has annual reports or evaluations on record, and last year (a year is
    evaluated after it ends; this year's summary is exported from the evaluations
    screen or ``qotb export evaluations``). None while no centre has a period.
    ``listed``: the centres' list, when the caller has read it."""
    if not any(c.period_start for c in (listed if listed is not None else centres.list_centres(uow=uow))):
        return []
    now = jalali_year(today or dates.today())
    return [y for y in evaluation_years(uow=uow) if y < now]


EXPORT_FORMATS = ("pdf", "xlsx", "csv")


def export_format(fmt: object) -> str:
    """«PDF», «.xlsx», «csv» -> the format's key; DomainError for anything else."""
    kind = str(fmt or "").strip().lower().lstrip(".")
    if kind not in EXPORT_FORMATS:
        raise DomainError(f"قالب «{fmt}» شناخته نیست؛ یکی از pdf، xlsx یا csv را بنویسید.")
    return kind


def export_evaluations(*, uow, year: int, fmt: str, path: Path) -> Path:
    """Write the yearly evaluation summary of Jalali ``year`` to ``path`` as pdf, xlsx or csv
    (``fmt``, any case). The file is made in memory first, so a failure leaves no half
    file; an existing file is replaced (the caller asks the clerk first). The command line
    calls it with the temporary name of its whole write (cli/files.py)."""
    kind = export_format(fmt)
    target = Path(path).expanduser()
    if target.is_dir():
        raise DomainError(f"{target} یک پوشه است؛ نام پرونده را هم بنویسید.")
    summary = year_summary(uow=uow, year=int(year))
    if kind == "pdf":
        data = evaluation_summary_form.evaluation_summary(summary)
    elif kind == "xlsx":
        data = summary_export.summary_xlsx(summary)
    else:
        data = summary_export.summary_csv(summary)
    target.write_bytes(data)
    return target


def _allocation_sheet(uow, year: int):
    """The year's worksheet and the full name of the secretary who approved it (the
    account's name when no account of that name is on record)."""
    sheet = funding.allocation_sheet(uow=uow, year=year)
    if sheet is None:
        raise DomainError(f"جدول تخصیص اعتبار سال {to_persian_digits(year)} هنوز محاسبه نشده است.")
    approver = ""
    if sheet.approved_by:
        approver = next((u.full_name for u in accounts.list_users(uow=uow) if u.username == sheet.approved_by), "")
    return sheet, approver


def allocation_table(*, uow, year: int, today: date | None = None) -> Document:
    """The allocation table of the programs' half of Jalali ``year`` (12-2-1), draft or approved."""

    def render() -> bytes:
        sheet, approver = _allocation_sheet(uow, int(year))
        return allocations_form.allocation_table(sheet, today=today, approver=approver)

    return Document(
        "allocation-table",
        f"جدول تخصیص اعتبار قطب‌ها، سال {to_persian_digits(year)}",
        f"allocation-table-{year}.pdf",
        render,
    )


def allocation_letters(*, uow, year: int, today: date | None = None, institution_id: int | None = None) -> Document:
    """The allocation letters of Jalali ``year`` (12-2-1, 12-2-2), a page per institution
    (or one institution's): rendering a draft's raises a DomainError."""

    def render() -> bytes:
        sheet, approver = _allocation_sheet(uow, int(year))
        return allocations_form.allocation_letters(sheet, today=today, institution_id=institution_id, approver=approver)

    suffix = f"-{institution_id}" if institution_id is not None else ""
    return Document(
        "allocation-letters",
        f"نامه‌های تخصیص اعتبار قطب‌ها، سال {to_persian_digits(year)}",
        f"allocation-letters-{year}{suffix}.pdf",
        render,
    )


def export_allocations(*, uow, year: int, fmt: str, path: Path, today: date | None = None) -> Path:
    """Write the allocation table of Jalali ``year`` to ``path`` as pdf, xlsx or csv, as
    ``export_evaluations`` does (made in memory first; the caller's whole write)."""
    kind = export_format(fmt)
    target = Path(path).expanduser()
    if target.is_dir():
        raise DomainError(f"{target} یک پوشه است؛ نام پرونده را هم بنویسید.")
    sheet, approver = _allocation_sheet(uow, int(year))
    if kind == "pdf":
        data = allocations_form.allocation_table(sheet, today=today, approver=approver)
    elif kind == "xlsx":
        data = allocations_form.allocation_xlsx(sheet)
    else:
        data = allocations_form.allocation_csv(sheet)
    target.write_bytes(data)
    return target


def _call(uow, call_id: int):
    return call_views.get_call(uow=uow, call_id=call_id)


def _proposal(call, proposal_id: int):
    found = next((p for p in call.proposals if p.id == proposal_id), None)
    if found is None:
        raise DomainError("این پیشنهاد در این فراخوان پیدا نشد.")
    return found


def call_notice(*, uow, call_id: int, today: date | None = None, year: int | None = None) -> Document:
    """The call of 12-3 as announced (12-3-1..12-3-4). ``year``: the call's, when the
    caller has it (from the list), else read."""
    year = year if year is not None else _call(uow, call_id).year

    def render() -> bytes:
        call = _call(uow, call_id)
        return call_papers_form.call_notice(call, criteria=funding.scheme_of(call.year).selection_criteria, today=today)

    return Document("call-notice", f"فراخوان ستاپ قطب‌های علمی، سال {to_persian_digits(year)}", f"call-{call_id}.pdf", render)


def _project_title(uow, call_id: int, proposal_id: int, title: str | None) -> str:
    return title if title is not None else _proposal(_call(uow, call_id), proposal_id).title


def proposal_review(*, uow, call_id: int, proposal_id: int, today: date | None = None, title: str | None = None) -> Document:
    """The working group's review sheet of a proposal (12-3-5, 12-4), naming the members
    who took part; rendering it before the review raises a DomainError."""
    title = _project_title(uow, call_id, proposal_id, title)

    def render() -> bytes:
        call = _call(uow, call_id)
        proposal = _proposal(call, proposal_id)
        sitting = review_bodies.sitting_of(uow=uow, subject="proposal", subject_id=proposal_id)
        return call_papers_form.review_sheet(
            call,
            proposal,
            criteria=funding.scheme_of(call.year).selection_criteria,
            body=sitting.body if sitting else "",
            members=sitting.members if sitting else (),
            today=today,
        )

    return Document("proposal-review", f"برگه بررسی پیشنهاد: {title}", f"proposal-review-{proposal_id}.pdf", render)


def call_agreement(*, uow, call_id: int, proposal_id: int, today: date | None = None, title: str | None = None) -> Document:
    """The agreement of a selected project (12-3-6); before it is signed, a DomainError."""
    title = _project_title(uow, call_id, proposal_id, title)

    def render() -> bytes:
        call = _call(uow, call_id)
        return call_papers_form.agreement(call, _proposal(call, proposal_id), today=today)

    return Document("call-agreement", f"توافق‌نامه پروژه: {title}", f"agreement-{proposal_id}.pdf", render)


def payment_order(*, uow, call_id: int, payment_id: int, today: date | None = None, title: str | None = None) -> Document:
    """The order of one payment of a project's stage (12-3-7)."""

    def find(call):
        for p in call.proposals:
            for s in p.stages:
                for m in s.payments:
                    if m.id == payment_id:
                        return p, s, m
        raise DomainError("این پرداخت در این فراخوان پیدا نشد.")

    if title is None:
        p, s, _m = find(_call(uow, call_id))
        title = f"مرحله {to_persian_digits(s.position)} {p.title}"

    def render() -> bytes:
        call = _call(uow, call_id)
        return call_papers_form.payment_order(call, *find(call), today=today)

    return Document("payment-order", f"دستور پرداخت {title}", f"payment-order-{payment_id}.pdf", render)


def call_documents(call, *, uow, today: date | None = None) -> Iterator[Document]:
    """The papers a call's data allows: the call, each reviewed proposal's sheet, each
    agreement, each payment's order (``call``: a CallView already read)."""
    yield call_notice(uow=uow, call_id=call.id, today=today, year=call.year)
    for p in call.proposals:
        if p.reviewed_on is not None:
            yield proposal_review(uow=uow, call_id=call.id, proposal_id=p.id, today=today, title=p.title)
        if p.agreement_on is not None:
            yield call_agreement(uow=uow, call_id=call.id, proposal_id=p.id, today=today, title=p.title)
        for s in p.stages:
            for m in s.payments:
                title = f"مرحله {to_persian_digits(s.position)} {p.title}"
                yield payment_order(uow=uow, call_id=call.id, payment_id=m.id, today=today, title=title)


def available(*, uow, today: date | None = None) -> Iterator[Document]:
    """Every paper the database has the data for (what `qotb print-samples` renders).

    The titles come from the lists, each read once (the faculty, the centres, the
    meetings, which centres have a program written), not from each record again: a
    large office has four thousand papers."""
    people = faculty.list_faculty(uow=uow)
    listed = centres.list_centres(uow=uow)
    if people:
        yield faculty_register(uow=uow, today=today)
    for c in listed:
        yield centre_roster(uow=uow, centre_id=c.id, today=today, title=c.title)
    if council.list_terms(uow=uow):
        yield council_roster(uow=uow, today=today)
    scored = next((f for f in people if f.centre_title), None)
    if scored is not None:
        start = next((c.period_start for c in listed if c.title == scored.centre_title and c.period_start), today or date.today())
        yield score_sheet(uow=uow, faculty_id=scored.id, period_start=start, today=today, name=scored.full_name)
    for m in meetings.list_meetings(uow=uow):
        yield minutes(uow=uow, meeting_id=m.id, today=today, number=m.number, state=m.state)
    written = applications.programs_written(uow=uow)
    for c in listed:
        if c.member_count and c.period_start:
            yield centre_eligibility(uow=uow, centre_id=c.id, today=today, title=c.title)
        if c.member_count and c.id in written:
            period_start = c.period_start or today or date.today()
            yield centre_application(uow=uow, centre_id=c.id, period_start=period_start, today=today, title=c.title)
    for year in summary_years(uow=uow, today=today, listed=listed):
        yield evaluation_summary(uow=uow, year=year, today=today)
    for year in funding.funding_years(uow=uow):
        sheet = funding.allocation_sheet(uow=uow, year=year)
        if sheet is not None:
            yield allocation_table(uow=uow, year=year, today=today)
            if sheet.approved_at is not None:
                yield allocation_letters(uow=uow, year=year, today=today)
    for call in call_views.list_calls(uow=uow):
        yield from call_documents(call, uow=uow, today=today)
