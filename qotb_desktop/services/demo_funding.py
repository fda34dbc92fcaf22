"""The demo's money (article 12) and who reviews (notes 6, 7), for the two years before
this one: the year before last's line and worksheet approved, both institutions' matching
provided and the year closed; last year's line, a supplement and an organisation's money,
its worksheet approved, one institution short of its matching (a line on the dashboard),
and a call run from its topics to a project in three stages: the first paid, the second's
report awaiting the working group, the third's report due soon. This year is left empty
for the clerk to enter.

The scientific group of basic sciences and its physics working group are in the
registry, their members drawn from the demo's faculty."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from qotb_desktop.domain.dates import format_jalali, jalali_year, jalali_year_bounds
from qotb_desktop.services import calls, funding, review_bodies
from qotb_desktop.services.call_views import get_call
from qotb_desktop.services.centres import list_centres
from qotb_desktop.services.faculty import list_faculty
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def _typed(day: date) -> str:
    return format_jalali(day, persian_digits=False)


def _into(year: int, days: int, today: date) -> date:
    """``days`` days into the Jalali ``year``, never after ``today``."""
    return min(today, jalali_year_bounds(year)[0] + timedelta(days=days))


def fill_funding(uow: UnitOfWork, today: date) -> dict[str, int]:
    this = jalali_year(today)
    before_last, last = this - 2, this - 1
    bodies = _bodies(uow, today)
    entries = [
        (before_last, "line", "۷۰٬۰۰۰", 20, f"قانون بودجه سال {before_last}", ""),
        (last, "line", "۸۰٬۰۰۰", 20, f"قانون بودجه سال {last}", ""),
        (last, "supplement", "۵٬۰۰۰", 190, "متمم ابلاغی معاونت پژوهش و فناوری", ""),
        (last, "organisation", "۲٬۰۰۰", 120, "تفاهم‌نامه ۴۵۱", "وزارت نیرو"),
    ]
    for year, kind, amount, days, reference, source in entries:
        funding.add_budget_entry(
            uow=uow,
            year=year,
            kind=kind,
            amount=amount,
            recorded_on=_typed(_into(year, days, today)),
            reference=reference,
            source=source,
        )
    for year, parts in ((before_last, (10, 10)), (last, (10, 6))):
        at = datetime.combine(_into(year, 45, today), time(10, 0))
        sheet = funding.compute_allocation(uow=uow, year=year, now=at)
        funding.approve_allocation(uow=uow, year=year, now=at)
        for share, tenths in zip(sheet.shares, parts, strict=False):
            funding.record_matching(
                uow=uow,
                allocation_id=share.id,
                provided=share.amount * tenths // 10,
                provided_on=_typed(_into(year, 100, today)),
                note="نامه معاونت پژوهشی مؤسسه",
            )
    _call(uow, last, today, bodies)
    funding.close_year(uow=uow, year=before_last, now=datetime.combine(jalali_year_bounds(before_last)[1], time(12, 0)))
    return {"funding_years": 2, "calls": 1}


def _bodies(uow: UnitOfWork, today: date) -> tuple[int, list[int]]:
    """The group of basic sciences and its physics working group, three members each."""
    decree = _into(jalali_year(today) - 2, 10, today)
    people = [f.id for f in list_faculty(uow=uow)][:6]
    group = review_bodies.add_body(
        uow=uow, kind="group", group_key="basic_sciences", decree_number="۱۴۰۳/۲۲۱۵", decree_date=_typed(decree)
    )
    working = review_bodies.add_body(
        uow=uow, kind="working_group", group_key="basic_sciences", title="کارگروه تخصصی فیزیک",
        decree_number="۱۴۰۳/۲۲۱۶", decree_date=_typed(decree),
    )  # fmt: skip
    members = []
    for body, chosen in ((group, people[:3]), (working, people[3:6])):
        for i, faculty_id in enumerate(chosen):
            member = review_bodies.add_body_member(
                uow=uow, body_id=body, faculty_id=faculty_id, role="chair" if i == 0 else "member",
                decree_number="۱۴۰۳/۲۲۱۷", decree_date=_typed(decree), start_on=_typed(decree),
            )  # fmt: skip
            if body == working:
                members.append(member)
    return working, members


def _call(uow: UnitOfWork, year: int, today: date, bodies: tuple[int, list[int]]) -> None:
    working, members = bodies
    running = [c.id for c in list_centres(uow=uow) if c.status in ("approved", "probation")]
    lead, partner = running[0], running[1]
    call = calls.create_call(
        uow=uow,
        year=year,
        title=f"فراخوان ستاپ قطب‌های علمی {year}",
        budget="۱۵٬۰۰۰",
        announced_on=_typed(_into(year, 60, today)),
        deadline=_typed(_into(year, 120, today)),
        topics=[
            ("فناوری‌های نوین آب و سازگاری با کم‌آبی", f"مصوبه شورا {year}/۳"),
            ("مواد پیشرفته برای انرژی", f"مصوبه شورا {year}/۳"),
        ],
    )
    proposal = calls.add_proposal(
        uow=uow,
        call_id=call,
        centre_id=lead,
        title="حسگرهای نانوساختار برای پایش کیفیت آب",
        cost="۹٬۰۰۰",
        received_on=_typed(_into(year, 110, today)),
        partners=[partner],
    )
    marks = {f"12-4-{i}": (True, "") for i in range(1, 7)}
    marks["12-4-4"] = (True, "نامه درخواست وزارت نیرو پیوست است.")
    reviewed = _into(year, 150, today)
    calls.review_proposal(
        uow=uow, proposal_id=proposal, reviewed_on=_typed(reviewed), body_id=working, member_ids=members,
        marks=marks, decision="selected", note="با هماهنگی دو قطب اجرا شود.",
    )  # fmt: skip
    signed = reviewed + timedelta(days=20)
    due = (
        signed + timedelta(days=90),
        signed + timedelta(days=200),
        max(today + timedelta(days=15), signed + timedelta(days=300)),
    )
    plan = (
        ("مطالعات پایه و طراحی", "گزارش مرور و طرح حسگر", "۲٬۰۰۰"),
        ("ساخت نمونه آزمایشگاهی", "نمونه حسگر و گزارش آزمون", "۴٬۰۰۰"),
        ("آزمون میدانی", "گزارش آزمون در دو تصفیه‌خانه", "۳٬۰۰۰"),
    )
    stages = [
        {"title": title, "due_on": _typed(day), "deliverables": what, "amount": amount}
        for (title, what, amount), day in zip(plan, due, strict=True)
    ]
    calls.sign_agreement(
        uow=uow, proposal_id=proposal, number=f"ت/{year}/۱۲", signed_on=_typed(signed), amount="۹٬۰۰۰", stages=stages
    )
    first, second, _third = (s.id for s in _stages(uow, call))
    calls.receive_stage_report(uow=uow, stage_id=first, received_on=_typed(signed + timedelta(days=85)))
    approved = signed + timedelta(days=100)
    calls.approve_stage_report(uow=uow, stage_id=first, approved_on=_typed(approved), body_id=working, member_ids=members[:2])
    calls.pay_stage(
        uow=uow, stage_id=first, amount="۲٬۰۰۰", paid_on=_typed(approved + timedelta(days=10)), order_number=f"پ/{year}/۷"
    )
    calls.receive_stage_report(uow=uow, stage_id=second, received_on=_typed(min(today, signed + timedelta(days=195))))


def _stages(uow: UnitOfWork, call_id: int):
    return get_call(uow=uow, call_id=call_id).proposals[0].stages
