"""A realistic demo: three institutions, about forty faculty members, four centres
with their members, collaborators and directors, and the nine council seats.

Dates are placed around the day the demo is made, so that the dashboard always has
something to show (two natural members' terms end within 60 days).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from qotb_desktop.domain.dates import add_jalali_years, format_jalali, parse_jalali
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.national_code import check_digit
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.services import applications, centres, council, faculty, institutions, meetings, scoring
from qotb_desktop.services.demo_evaluations import fill_evaluations
from qotb_desktop.services.demo_funding import fill_funding
from qotb_desktop.services.reference import describe_holdings, records_held
from qotb_desktop.store.one_transaction import one_transaction
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

INSTITUTIONS = [
    ("دانشگاه تهران", "university", "تهران"),
    ("دانشگاه صنعتی اصفهان", "university", "اصفهان"),
    ("پژوهشگاه دانش‌های بنیادی", "research_institute", "تهران"),
]

FIRST_NAMES = [
    "علی",
    "مریم",
    "محمدرضا",
    "زهرا",
    "حسین",
    "فاطمه",
    "مهدی",
    "سارا",
    "امیرحسین",
    "نرگس",
    "رضا",
    "لیلا",
    "سعید",
    "الهام",
    "مجید",
    "شیرین",
    "حمید",
    "پریسا",
    "کاظم",
    "نسرین",
]
LAST_NAMES = [
    "احمدی",
    "کریمی",
    "حسینی",
    "موسوی",
    "رضایی",
    "جعفری",
    "صادقی",
    "نوری",
    "طباطبایی",
    "میرزایی",
    "قاسمی",
    "شریفی",
    "عباسی",
    "رحیمی",
    "اکبری",
    "یزدانی",
    "فرهادی",
    "نجفی",
    "سلطانی",
    "کاظمی",
    "بهرامی",
    "توکلی",
    "جلالی",
    "خسروی",
    "دهقان",
    "رستمی",
    "زمانی",
    "شفیعی",
    "عطایی",
    "فتحی",
    "قربانی",
    "مرادی",
    "نادری",
    "هاشمی",
    "وکیلی",
    "امینی",
    "باقری",
    "پارسا",
    "ثابتی",
    "حیدری",
]
RANKS = ["professor", "professor", "associate_professor", "associate_professor", "assistant_professor", "instructor"]

# (title, field, host index, partner indexes, status, period start, decree number,
#  [(institution index, how many members)], collaborators)
CENTRES = [
    (
        "قطب علمی مهندسی سازه‌های مقاوم در برابر زلزله",
        "engineering",
        1,
        [0],
        "approved",
        "1401/07/01",
        "۱۴۰۱/ق/۲۳۱۵",
        [(1, 6), (0, 3)],
        2,
    ),
    ("قطب علمی فیزیک ماده چگال و نانوساختارها", "physics", 2, [0], "approved", "1402/07/01", "۱۴۰۲/ق/۴۱۰۲", [(2, 5), (0, 3)], 1),
    ("قطب علمی مطالعات زبان و ادبیات فارسی", "humanities", 0, [], "approved", "1400/07/01", "۱۴۰۰/ق/۱۸۸۷", [(0, 7)], 1),
    ("قطب علمی شیمی سبز و کاتالیست‌ها", "chemistry", 0, [1], "applicant", None, None, [(0, 5), (1, 2)], 0),
]

COUNCIL = {
    "chair": "دکتر محمدعلی ذاکری",
    "vice_chair": "دکتر حمیدرضا نیک‌نام",
    "education_deputy": "دکتر فرشته امیری",
    "secretary": "دکتر بهروز صالحی",
    "natural_1": "دکتر عبدالله شجاعی",
    "natural_2": "دکتر منیژه کرمانی",
    "natural_3": "دکتر یوسف آذرمهر",
    "natural_4": "دکتر شهلا بیرجندی",
    "natural_5": "دکتر ناصر گیلانی",
}


def national_code(rng: random.Random) -> str:
    first = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return first + check_digit(first)


class NotEmpty(DomainError):
    """The database holds records (or their history): the demo is not mixed into it."""

    def __init__(self, held: dict[str, int]):
        self.held = held
        super().__init__(
            f"پایگاه داده خالی نیست ({describe_holdings(held)}). نمونه فقط در پایگاه داده‌ای ساخته می‌شود که "
            "هیچ داده‌ای ندارد، تا با داده‌های واقعی درنیامیزد. چیزی نوشته نشد."
        )


def fill_demo(
    *, uow: UnitOfWork, today: date | None = None, seed: int = 1403, before_commit: Callable[[], object] | None = None
) -> dict[str, int]:
    """Fill an empty database with the demo, whole or not at all. Refuses (NotEmpty) a
    database that holds any record of the office or its history (services/reference.py:
    ``records_held``); nothing is ever removed.

    The demo is made through the services, as a clerk would make it, but all of it in one
    transaction (store/one_transaction.py), committed at the end: a failure, Ctrl-C or a
    killed process leaves the database as it was, with no clean-up to run. The emptiness
    is checked inside that same transaction, which holds the database's write lock.
    ``before_commit``: called when the demo is made, just before it is committed.
    """
    with one_transaction(uow, before_commit=before_commit) as joined:
        held = records_held(uow=joined)
        if held:
            raise NotEmpty(held)
        return _fill(joined, today or date.today(), seed)


def _fill(uow: UnitOfWork, today: date, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    inst_ids = [institutions.add_institution(uow=uow, name=n, kind=k, city=c) for n, k, c in INSTITUTIONS]
    people = iter(rng.sample([(first, last) for first in FIRST_NAMES for last in LAST_NAMES], 60))
    used_codes: set[str] = set()

    def new_member(inst: int, field: str, period: date | None = None, strong: bool = False) -> int:
        first, last = next(people)
        code = national_code(rng)
        while code in used_codes:
            code = national_code(rng)
        used_codes.add(code)
        rank = rng.choice(RANKS)  # the generator's calls in the order they always were: the demo stays the same
        status = "retired" if rng.random() < 0.08 else "active"
        phone = f"021{rng.randint(10_000_000, 99_999_999)}"
        hired = 1370 + int(code[:4]) % 28  # a Jalali year of hiring, from the code (not from the generator)
        fid = faculty.add_faculty(
            uow=uow,
            national_code=code,
            first_name=first,
            last_name=last,
            rank=rank,
            institution_id=inst_ids[inst],
            field_key=field,
            status=status,
            email=f"member{len(used_codes):02d}@example.ac.ir",
            phone=phone,
            hired_on=f"{hired}/07/01",
            retired_on="1403/06/31" if status == "retired" else None,
        )
        scoring.add_activities(uow=uow, faculty_id=fid, activities=_activities(rng, field, period or today, strong))
        return fid

    count = 0
    for title, field, host, partners, status, start, decree, member_plan, collaborators in CENTRES:
        start_date = parse_jalali(start) if start else None
        centre_id = centres.add_centre(
            uow=uow,
            title=title,
            field_key=field,
            host_institution_id=inst_ids[host],
            partner_institution_ids=[inst_ids[p] for p in partners],
            period_start=start_date,
            status=status,
            decree_number=decree or "",
            decree_date=start_date - timedelta(days=20) if start_date else None,
        )
        # The program of Appendix 3: written in full for the approved centres, half
        # written for the applicant (the clerk finishes it and submits).
        sections = load_edition().program_sections
        written = len(sections) if start_date else len(sections) // 2
        applications.save_program(
            uow=uow,
            centre_id=centre_id,
            sections={n: f"{title_}: متن نمونه این بخش از برنامه «{title}»." for n, title_ in enumerate(sections[:written], 1)},
            equipment_confirmed=start_date is not None,
            program_confirmed=start_date is not None,
        )
        joined = start_date or today - timedelta(days=30)
        first = True
        for inst, how_many in member_plan:
            for _ in range(how_many):
                role = "director" if first else "member"
                first = False
                member_id = new_member(inst, field, start_date, strong=rng.random() < (0.9 if start_date else 0.75))
                centres.add_membership(uow=uow, centre_id=centre_id, faculty_id=member_id, role=role, joined_on=joined)
                if role == "director" and start_date:  # the director's score sheet, kept when the centre was approved
                    scoring.save_score_sheet(uow=uow, faculty_id=member_id, period_start=start_date)
                count += 1
        for _ in range(collaborators):
            centres.add_membership(
                uow=uow,
                centre_id=centre_id,
                faculty_id=new_member(rng.randrange(3), field),
                role="collaborator",
                joined_on=joined,
            )
            count += 1
    for field in ("mathematics", "biology", "art", "agriculture", "veterinary", "geology", "engineering"):
        new_member(rng.randrange(3), field)
        count += 1

    rules = load_edition()
    natural_ends = iter([25, 50, 400, 700, 1100])  # days from today: the first two show on the dashboard
    for i, (key, holder) in enumerate(COUNCIL.items()):
        seat = rules.seat(key)
        if seat.term_years:
            start = add_jalali_years(today + timedelta(days=next(natural_ends) + 1), -seat.term_years)
        else:
            start = today - timedelta(days=300 + 40 * i)
        council.add_term(uow=uow, seat_key=key, holder_name=holder, start=start)
    _meetings(uow, today)
    fill_evaluations(uow, today, rng)
    fill_funding(uow, today)
    return {"institutions": len(inst_ids), "faculty": count, "centres": len(CENTRES), "seats": len(COUNCIL)}


MEETINGS = [
    # (days before today, members present, items: (title, kind, yes, no, abstain) or a title alone, finalise, endorse)
    (70, 7, [("گزارش ارزیابی سالانه قطب‌ها", "annual_evaluation", 6, 0, 1),
             ("درخواست افزایش اعتبار ستاپ", "other", 3, 3, 1)], True, True),
    (40, 5, [("بررسی درخواست تشکیل قطب شیمی سبز", "application")], True, False),  # lacked quorum: no decision
    (12, 6, [("تأیید صورت‌جلسه پیشین", "minutes_approval", 6, 0, 0),
             ("تمدید دوره قطب مطالعات زبان و ادبیات فارسی", "other", 4, 1, 1)], True, False),
    (0, 8, [("بررسی درخواست تشکیل قطب شیمی سبز", "application"), "سایر موارد"], False, False),  # today's draft
]  # fmt: skip


def _meetings(uow: UnitOfWork, today: date) -> None:
    """Meetings in every state: finalised with endorsed decisions, one that lacked quorum,
    one with decisions awaiting endorsement, and today's draft."""
    for days, present, items, final, endorse in MEETINGS:
        held = today - timedelta(days=days)
        mid = meetings.create_meeting(
            uow=uow, held_on=held, starts_at="10:00", ends_at="" if not final else "12:00", place="تالار شورا، وزارت علوم",
            secretary=COUNCIL["secretary"],
        )  # fmt: skip
        view = meetings.get_meeting(uow=uow, meeting_id=mid)
        for i, a in enumerate(view.attendees):
            status = "present" if i < present else ("excused" if i % 2 else "absent")
            meetings.set_attendance(uow=uow, attendance_id=a.id, status=status)
        for entry in items:
            title, kind, *votes = entry if isinstance(entry, tuple) else (entry, "other")
            # an item about a centre is linked to it, so the centre's history shows it
            about = next(
                (c.id for c in centres.list_centres(uow=uow) if c.title.split("قطب علمی ")[-1].split()[0] in title), None
            )
            item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title=title, kind=kind, centre_id=about)
            if votes:
                yes, no, abstain = votes
                decision = meetings.record_decision(
                    uow=uow, agenda_item_id=item, text=f"شورا درباره «{title}» تصمیم گرفت.", yes=yes, no=no, abstain=abstain
                )
                if endorse and yes > no:
                    meetings.endorse_decision(uow=uow, decision_id=decision, on=held + timedelta(days=5))
                    meetings.communicate_decision(uow=uow, decision_id=decision, on=held + timedelta(days=7))
        if final:
            # one action done in time, one left overdue: the dashboard shows it
            action = meetings.add_follow_up(uow=uow, meeting_id=mid, action="ارسال نتیجه جلسه به مؤسسه‌ها",
                                            responsible="دبیرخانه", due_on=held + timedelta(days=10))  # fmt: skip
            meetings.finalise_meeting(uow=uow, meeting_id=mid)
            if endorse:
                meetings.mark_follow_up_done(uow=uow, follow_up_id=action, on=held + timedelta(days=8))


def _activities(rng: random.Random, field: str, period_start: date, strong: bool) -> list[tuple[int, dict]]:
    """Activities over the five years before ``period_start``: a strong member meets
    the field's thresholds (with a margin), the others fall short somewhere."""
    rules = load_edition()
    t = rules.field(field).thresholds
    first = add_jalali_years(period_start, -rules.scoring.window_years) + timedelta(days=20)
    span = (period_start - timedelta(days=20) - first).days

    def when() -> str:
        return format_jalali(first + timedelta(days=rng.randrange(span)), persian_digits=False)

    need = -(-t.min_row2 // 7) + (2 if strong else -3)
    papers = [
        (2, {"date": when(), "points": str(rng.choice([6, 7, 7, 7])), "corresponding_author": strong or rng.random() < 0.6,
             "description": f"مقاله پژوهشی {i + 1}"})
        for i in range(max(need, 3))
    ]  # fmt: skip
    # The generator's calls in the order they always were (the demo stays the same people,
    # dates and verdicts); each judged score typed as the clerk would, at its maximum.
    items = papers + [
        (3, {"date": when(), "points": "2", "description": "مقاله ترویجی"}),
        (4, {"date": when(), "keynote": rng.random() < 0.3, "points": "2", "description": "مقاله همایش"}),
        (7, {"citations": str(rng.randint(60, 400) if strong else rng.randint(0, 90))}),
        (8, {"date": when(), "amount_toman": str(rng.randint(8, 30) * 10_000_000), "description": "طرح سفارشی صنعت"}),
        (18, {"date": when(), "points": "2", "description": "پایان‌نامه کارشناسی ارشد"}),
        (18, {"date": when(), "points": "2", "description": "پایان‌نامه کارشناسی ارشد"}),
        (19, {"date": when(), "points": "5", "description": "رساله دکتری"}),
    ]
    if strong:
        items += [
            (9, {"date": when(), "points": "20", "description": "طرح کلان ملی", "evidence": "معاون پژوهش و فناوری وزارت"}),
            (9, {"date": when(), "points": "20", "description": "طرح کلان ملی", "evidence": "سازمان برنامه و بودجه"}),
            (11, {"date": when(), "scope": "domestic", "points": "10", "description": "کتاب"}),
            (19, {"date": when(), "points": "5", "description": "رساله دکتری"}),
        ]
        journal_years = rng.randint(2, 10)  # on editorial boards, journal-years inside the window
        for years in (min(journal_years, 5), journal_years - 5):
            if years > 0:
                since = add_jalali_years(period_start, -years)
                items.append((21, {"date": format_jalali(since, persian_digits=False), "description": "هیأت تحریریه مجله"}))
        core = add_jalali_years(period_start, -rng.randint(1, 4))  # years in a centre's core, to the period's start
        items.append((26, {"date": format_jalali(core, persian_digits=False), "description": "هسته قطب علمی"}))
    return items
