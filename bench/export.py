"""Exporting a year's evaluation summary of 500 centres to PDF, XLSX and CSV (issue 7;
issue 9 will want each under 3 s).

Fills a temporary database with 500 running centres of 10 members each (members with
their activities), each with an annual report and a closed evaluation for last year
and the year before, in one transaction straight through the session (this is a
fixture: the services would take minutes, closing runs article 5 over every centre).
Then times what the clerk waits for: the year's summary query, and the export in each
format (query included, file written), for last year (closed evaluations: stored
values) and for this year (nothing closed: the summed score is taken at closing, so it is empty).
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import measure  # noqa: E402
from sqlalchemy import insert, update  # noqa: E402

from qotb_desktop import documents  # noqa: E402
from qotb_desktop.domain.activities import clean_activity  # noqa: E402
from qotb_desktop.domain.dates import add_jalali_years, jalali_month_end, jalali_year, parse_jalali, today  # noqa: E402
from qotb_desktop.domain.evaluation import weigh  # noqa: E402
from qotb_desktop.domain.rules import load_edition  # noqa: E402
from qotb_desktop.domain.rules.schemes import scheme_for_year  # noqa: E402
from qotb_desktop.services.demo import FIRST_NAMES, LAST_NAMES, _activities, national_code  # noqa: E402
from qotb_desktop.services.evaluation_summary import year_summary  # noqa: E402
from qotb_desktop.services.evaluations import refresh_status  # noqa: E402
from qotb_desktop.services.institutions import add_institution  # noqa: E402
from qotb_desktop.services.scoring import _store  # noqa: E402
from qotb_desktop.store.models import (  # noqa: E402
    Activity,
    AnnualReport,
    Centre,
    Evaluation,
    EvaluationScore,
    FacultyMember,
    Membership,
)
from qotb_desktop.wiring import open_store  # noqa: E402

CENTRES, MEMBERS = 500, 10
BAR = 3.0  # seconds, issue 9


def fill(store, last: int, rng: random.Random) -> None:
    edition = load_edition()
    fields = [f.key for f in edition.fields]
    hosts = [add_institution(uow=store.uow, name=f"دانشگاه آزمون {i + 1}") for i in range(12)]
    start = parse_jalali(f"{last - 2}/07/01")
    codes: set[str] = set()
    activity_cache: dict[tuple[str, bool], list[dict]] = {}
    with store.uow as uow:  # one transaction, straight through the session: this is a fixture
        centres = []
        for n in range(CENTRES):
            field = fields[n % len(fields)]
            centres.append(
                Centre(
                    title=f"قطب علمی {edition.field(field).title.split(':')[-1].strip()} شماره {n + 1}",
                    field_key=field,
                    host_institution_id=hosts[n % len(hosts)],
                    period_start=start,
                    period_end=add_jalali_years(start, 5) - timedelta(days=1),
                    status="approved",
                    decree_number=f"{last - 2}/ق/{1000 + n}",
                    decree_date=start - timedelta(days=20),
                )
            )
        uow.session.add_all(centres)
        uow.session.flush()
        people, memberships, activities = [], [], []
        for c in centres:
            for m in range(MEMBERS):
                code = national_code(rng)
                while code in codes:
                    code = national_code(rng)
                codes.add(code)
                people.append(
                    FacultyMember(
                        national_code=code, first_name=rng.choice(FIRST_NAMES), last_name=rng.choice(LAST_NAMES),
                        rank="professor" if m < 3 else "associate_professor", institution_id=c.host_institution_id,
                        field_key=c.field_key,
                    )
                )  # fmt: skip
        uow.session.add_all(people)
        uow.session.flush()
        for i, person in enumerate(people):
            c = centres[i // MEMBERS]
            role = "director" if i % MEMBERS == 0 else "member"
            memberships.append({"centre_id": c.id, "faculty_id": person.id, "role": role, "joined_on": start})
            strong = rng.random() < 0.85
            key = (c.field_key, strong)
            if key not in activity_cache:  # one cleaned set per field and strength: cleaning is not what is measured
                rows, names = [], [c.key for c in Activity.__table__.columns if c.key not in ("id", "faculty_id")]
                for row, values in _activities(rng, c.field_key, start, strong):
                    record = Activity(faculty_id=0)
                    _store(record, clean_activity(row, values, edition))
                    rows.append({k: getattr(record, k) for k in names})
                activity_cache[key] = rows
            activities += [{**a, "faculty_id": person.id} for a in activity_cache[key]]
        uow.session.execute(insert(Membership), memberships)
        uow.session.execute(insert(Activity), activities)
        evaluations = []
        for c in centres:
            level = rng.choice([9, 8, 8, 8, 7, 7, 7, 6, 6, 5])
            for year in (last - 1, last):
                due = jalali_month_end(year + 1, 2)
                uow.session.add(
                    AnnualReport(
                        centre_id=c.id, year=year, received_on=due, papers=rng.randint(0, 30), projects=rng.randint(0, 6),
                        theses=rng.randint(0, 15), postdocs=rng.randint(0, 2), agreements=rng.randint(0, 3),
                        budget_received=rng.randint(8, 40) * 500, budget_spent=rng.randint(5, 16) * 500,
                    )
                )  # fmt: skip
                scheme = scheme_for_year(year)
                scores = {k.key: Fraction(min(scheme.scale, max(0, level + rng.choice((-1, 0, 0, 1))))) for k in scheme.criteria}
                result = weigh(scheme, scores)
                lost = [["host_not_majority", "اکثر اعضا از مؤسسه متقاضی نیستند."]] if rng.random() < 0.02 else []
                e = Evaluation(
                    centre_id=c.id, year=year, kind="annual", scheme=scheme.scheme, evaluators="کارگروه تخصصی",
                    evaluated_on=jalali_month_end(year + 1, 4), total=Decimal(str(float(result.total))), verdict=result.verdict,
                    edition=edition.edition, member_count=MEMBERS, centre_total=Decimal(rng.randint(9000, 25000)) / 10,
                    article5_lost=json.dumps(lost, ensure_ascii=False),
                )  # fmt: skip
                e.scores = [EvaluationScore(criterion=k, score=Decimal(int(v))) for k, v in scores.items()]
                evaluations.append(e)
        uow.session.add_all(evaluations)
        uow.session.flush()
        closed_at = datetime.combine(min(today(), jalali_month_end(last + 1, 4)), datetime.min.time())
        uow.session.execute(update(Evaluation).values(closed_at=closed_at))  # scores are in: close them all
        for c in centres:
            refresh_status(uow, c)
        uow.commit()


def main() -> None:
    rng = random.Random(1404)
    last = jalali_year(today()) - 1
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.sqlite"))
        began = time.perf_counter()
        fill(store, last, rng)
        print(f"filled {CENTRES} centres of {MEMBERS} members (with activities, reports, two closed years) "
              f"in {time.perf_counter() - began:.1f} s")  # fmt: skip
        out = Path(tmp)
        for year, note in ((last, "closed evaluations"), (last + 1, "nothing closed: summed score empty until closing")):
            summary = year_summary(uow=store.uow, year=year)
            print(f"\n{year} ({note}): {len(summary.rows)} centres, {len(summary.groups)} groups, "
                  f"{summary.total.dissolution} dissolutions recommended")  # fmt: skip
            repeat = 3 if year == last else 1
            measure(f"{year} year_summary (the query)", lambda y=year: year_summary(uow=store.uow, year=y), repeat=repeat)
            for fmt in ("pdf", "xlsx", "csv"):
                target = out / f"summary-{year}.{fmt}"

                def export(y=year, f=fmt, t=target) -> None:
                    documents.export_evaluations(uow=store.uow, year=y, fmt=f, path=t)

                measure(f"{year} export {fmt} (query + render + write)", export, repeat=repeat, bar=BAR)
                size = target.stat().st_size
                pages = len(re.findall(rb"/Type /Page\b", target.read_bytes())) if fmt == "pdf" else None
                print(f"    -> {size / 1024:.0f} KB" + (f", {pages} pages" if pages else ""))
        store.close()


if __name__ == "__main__":
    main()
