"""The catalogue of printable forms: for each, where its data comes from (the
services) and how it is drawn (the reports). The GUI and the command line print
through this one list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from qotb_desktop.reports import registers
from qotb_desktop.services import centres, council, faculty


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
        lambda: registers.centre_roster(centre, centres.list_memberships(uow=uow, centre_id=centre_id), today=today),
    )


def council_roster(*, uow, today: date | None = None) -> Document:
    return Document(
        "council-roster",
        "ترکیب شورای قطب‌های علمی",
        "council-roster.pdf",
        lambda: registers.council_roster(council.list_seats(uow=uow, on=today), council.list_terms(uow=uow), today=today),
    )


def available(*, uow, today: date | None = None) -> Iterator[Document]:
    """Every paper the database has the data for (what `qotb print-samples` renders)."""
    if faculty.list_faculty(uow=uow):
        yield faculty_register(uow=uow, today=today)
    for c in centres.list_centres(uow=uow):
        yield centre_roster(uow=uow, centre_id=c.id, today=today)
    if council.list_terms(uow=uow):
        yield council_roster(uow=uow, today=today)
