"""The demo's annual reports and evaluations of the last two Jalali years: one centre
approved both years, one failed the last year (probation), one failed both (dissolution
recommended, drafted into today's council meeting)."""

from __future__ import annotations

import random
from datetime import date, datetime, time

from qotb_desktop.domain.dates import jalali_month_end, jalali_year
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.rules.schemes import scheme_for_year
from qotb_desktop.services import evaluations
from qotb_desktop.services.centres import list_centres
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

# Per running centre (in the demo's order): the score level of each evaluated year,
# the year before last first. 8 passes easily, 4 fails.
PLAN = ([8, 7], [7, 4], [5, 4])

DONE = {
    "7-1": "دو نرم‌افزار تخصصی و یک روش آزمایشگاهی نو ثبت شد.",
    "7-2": "تفاهم‌نامه همکاری با یک دانشگاه خارجی و یک شرکت صنعتی.",
    "7-3": "میزبانی از دو پژوهشگر مدعو از خارج از کشور.",
    "7-6": "موضوع پایان‌نامه‌های تحصیلات تکمیلی با برنامه قطب هم‌سو شد.",
    "7-7": "یک دانش‌پژوه پسادکتری جذب شد.",
    "7-8": "گزارش سیاستی برای وزارتخانه تهیه شد.",
}


def fill_evaluations(uow: UnitOfWork, today: date, rng: random.Random) -> int:
    """Returns how many evaluations were closed."""
    last = jalali_year(today) - 1
    running = [c for c in list_centres(uow=uow) if c.status == "approved"]
    closed = 0
    for centre, levels in zip(running, PLAN, strict=False):
        for year, level in zip((last - 1, last), levels, strict=True):
            if centre.period_start is None or jalali_year(centre.period_start) > year:
                continue
            due = min(today, jalali_month_end(year + 1, 2))  # dates never after today
            evaluations.save_report(
                uow=uow, centre_id=centre.id, year=year, received_on=due,
                areas={k: t for k, t in DONE.items() if level >= 6 or k in ("7-1", "7-6")},
                site_visit_on=due if level < 6 else None,
                papers=rng.randint(4, 30) if level >= 6 else rng.randint(0, 4),
                projects=rng.randint(1, 6), theses=rng.randint(2, 15), postdocs=int(level >= 6),
                agreements=rng.randint(0, 3), budget_received=rng.randint(8, 40) * 500,
                budget_spent=rng.randint(5, 8) * 500 * (2 if level >= 6 else 1),
            )  # fmt: skip
            scheme = scheme_for_year(year)
            scores = {c.key: max(0, min(scheme.scale, level + rng.choice((-1, 0, 0, 1)))) for c in scheme.criteria}
            when = min(today, jalali_month_end(year + 1, 4))
            eid = evaluations.save_evaluation(
                uow=uow, centre_id=centre.id, year=year, scores=scores, evaluated_on=when,
                evaluators="کارگروه تخصصی گروه " + load_edition().field(centre.field_key).title,
                remarks="" if level >= 6 else "پیشرفت برنامه کمتر از زمان‌بندی مصوب است.",
            )  # fmt: skip
            evaluations.close_evaluation(uow=uow, evaluation_id=eid, now=datetime.combine(when, time(9)))
            closed += 1
    return closed
