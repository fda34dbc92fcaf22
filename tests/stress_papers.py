"""Papers of stress data, for the tests and for a person to look at (issue 20): the
demo's records with the longest values the services accept: a 60-character letter
number, long titles and names, long decisions with mixed Persian/Latin codes and
brackets, many rows. Built from the demo's views (frozen dataclasses), replaced.

    for name, pdf in stress_papers(uow, today): ...
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

from qotb_desktop.reports import minutes as minutes_form
from qotb_desktop.reports import registers
from qotb_desktop.services import centres, council, faculty, meetings

NUMBER_60 = "د/۱۴۰۵/۱۲۳۴۵/ABC-123/ق/1403-B(2)/ستاپ/قطب-علمی-۹۹۹۹-۱۲۳۴۵۶۷"
LONG_TITLE = "قطب علمی مهندسی سازه‌های مقاوم در برابر زلزله و مخاطرات طبیعی و فناوری‌های نوین پایش سلامت سازه‌ها"
LONG_NAME = "دکتر سیدمحمدحسین میرمحمدصادقی‌طباطبایی‌نژاد اصفهانی"
MIXED = "مطابق استاندارد (ISO-9001:2015, نسخه ۲) و نمایه‌های (Scopus و ISI)، با کد ABC-123/ق/1403-B(2) تصویب شد"
LONG_DECISION = " ".join([MIXED] + ["شورا پس از بحث و بررسی گزارش‌های رسیده و شنیدن نظر اعضای حاضر"] * 6)


def stress_papers(uow, today: date) -> Iterator[tuple[str, bytes]]:
    """(file name, PDF) of each stress paper."""
    listed = meetings.list_meetings(uow=uow)
    finalised = next(meetings.get_meeting(uow=uow, meeting_id=m.id) for m in listed if m.state == "finalised")
    items = tuple(
        dataclasses.replace(
            i,
            title=f"{i.title} ({LONG_TITLE})",
            decision=dataclasses.replace(i.decision, text=LONG_DECISION, letter_number=NUMBER_60) if i.decision else None,
        )
        for i in finalised.items
    )
    people = tuple(dataclasses.replace(a, name=f"{a.name} {LONG_NAME}") for a in finalised.attendees)
    meeting = dataclasses.replace(finalised, items=items * 3, attendees=people, place=LONG_TITLE)
    yield "stress-minutes.pdf", minutes_form.minutes(meeting, today=today)
    decision = next(i.decision for i in items if i.decision)
    yield (
        "stress-notification.pdf",
        minutes_form.notification(meeting, decision, recipient=f"ریاست محترم {LONG_TITLE}", subject=MIXED, today=today),
    )
    centre = centres.list_centres(uow=uow)[0]
    members = centres.list_memberships(uow=uow, centre_id=centre.id)
    long_centre = dataclasses.replace(centre, title=LONG_TITLE, decree_number=NUMBER_60, director_name=LONG_NAME)
    long_members = [dataclasses.replace(m, faculty_name=f"{m.faculty_name} {LONG_NAME}") for m in members] * 4
    yield "stress-centre-roster.pdf", registers.centre_roster(long_centre, long_members, today=today, number=NUMBER_60)
    yield (
        "stress-council-roster.pdf",
        registers.council_roster(
            council.list_seats(uow=uow, on=today), council.list_terms(uow=uow) * 3, today=today, number=NUMBER_60
        ),
    )
    rows = [dataclasses.replace(r, institution_name=LONG_TITLE) for r in faculty.list_faculty(uow=uow)]
    yield "stress-faculty-register.pdf", registers.faculty_register(rows, today=today, number=NUMBER_60)
