"""Ten years of a large office, generated into a new database for bench/large.py.

The database is made by the program (``open_store``: its schema, migrations, triggers and
reference data); the institutions and the council's terms go through the services, the
bulk (faculty members and their activities, centres, memberships, meetings, reports and
evaluations) through the session in one transaction with executemany, as a fixture, but
every value is one the program's rules allow: cleaned by the domain's validators
(faculty members, activities), outcomes of votes decided by the domain's quorum rule,
verdicts weighed by the evaluation scheme in force that year, each centre's status the
one its closed evaluations lead to, the minutes' fingerprints computed by the meetings
service before the lock closes them. The triggers (note 9, the minutes' and the closed
years' locks) check every row as it goes in.

A centre's period is five years (1-6) and the program has no renewal: a centre that goes
on after its period is approved again as a new record. So the 500 centres running today
are each the renewal of one whose first period ran five years before: 1,000 centre
records, 500 running in any year, and ten closed annual evaluations per line of centres
(5,000), plus the final evaluation (4-2-10) of each first period (500).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from sqlalchemy import bindparam, select

from qotb_desktop.domain import meetings as rules
from qotb_desktop.domain.activities import clean_activity
from qotb_desktop.domain.dates import (
    add_jalali_years,
    format_jalali,
    jalali_month_end,
    jalali_year,
    jalali_year_bounds,
    term_end,
    today,
)
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.evaluation import consequence, status_after, weigh
from qotb_desktop.domain.registry import clean_faculty
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.rules.schemes import scheme_for_year
from qotb_desktop.services import council, institutions
from qotb_desktop.services.demo import FIRST_NAMES, LAST_NAMES, RANKS, _activities, national_code
from qotb_desktop.services.meetings import _content
from qotb_desktop.services.scoring import _store
from qotb_desktop.store import models as m
from qotb_desktop.wiring import open_store

FACULTY, LINES, MEMBERS, MEETINGS, YEARS = 10_000, 500, 10, 2_000, 10
CITIES = ["تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "کرمان", "یزد", "رشت", "همدان", "اهواز", "کرمانشاه", "ارومیه"]
KINDS = [("دانشگاه", "university"), ("دانشگاه صنعتی", "university"), ("پژوهشگاه", "research_institute")]
AREAS = {
    "7-1": "دو نرم‌افزار تخصصی و یک روش آزمایشگاهی نو ثبت شد.",
    "7-2": "تفاهم‌نامه همکاری با یک دانشگاه خارجی و یک شرکت صنعتی.",
    "7-3": "میزبانی از دو پژوهشگر مدعو از خارج از کشور.",
    "7-4": "دو کارگاه آموزشی برای دانشجویان تحصیلات تکمیلی.",
    "7-5": "یک طرح میان‌رشته‌ای با گروه‌های دیگر دانشگاه آغاز شد.",
    "7-6": "موضوع پایان‌نامه‌های تحصیلات تکمیلی با برنامه قطب هم‌سو شد.",
    "7-7": "یک دانش‌پژوه پسادکتری جذب شد.",
    "7-8": "گزارش سیاستی برای وزارتخانه تهیه شد.",
}
OTHER_ITEMS = [
    "گزارش دبیرخانه درباره پیشرفت برنامه قطب‌ها",
    "بررسی درخواست افزایش اعتبار ستاپ",
    "پیشنهاد اصلاح شیوه‌نامه ارزیابی سالانه",
    "تمدید مهلت ارسال گزارش سالانه",
    "بررسی همکاری قطب‌ها با صنعت",
    "سایر موارد",
]


@dataclass
class Office:
    path: Path
    today: date
    last: int  # the last Jalali year evaluated (closed)
    counts: dict[str, int]  # rows written, per table
    seconds: float


class _Builder:
    def __init__(self, store, rng: random.Random):
        self.store, self.rng, self.edition = store, rng, load_edition()
        self.today = today()
        self.current = jalali_year(self.today)
        self.last = self.current - 1
        self.first = self.last - YEARS + 1
        self.counts: dict[str, int] = {}

    def insert(self, session, model, rows: list[dict]) -> None:
        if rows:
            session.execute(model.__table__.insert(), rows)
        self.counts[model.__tablename__] = self.counts.get(model.__tablename__, 0) + len(rows)

    @staticmethod
    def update_by_id(session, model, rows: list[dict]) -> None:
        """Each row's values set on the record of its ``id``, in one executemany through the
        table (the ORM's bulk update of a versioned model would ask for each row's version)."""
        if not rows:
            return
        table, keys = model.__table__, [k for k in rows[0] if k != "id"]
        statement = table.update().where(table.c.id == bindparam("row_id")).values({k: bindparam(f"v_{k}") for k in keys})
        session.execute(statement, [{"row_id": r["id"], **{f"v_{k}": r[k] for k in keys}} for r in rows])

    # -- registries through the services ------------------------------------------------------

    def institutions(self) -> list[int]:
        names = [(f"{prefix} {city}", kind, city) for city in CITIES for prefix, kind in KINDS]
        return [institutions.add_institution(uow=self.store.uow, name=n, kind=k, city=c) for n, k, c in names]

    def council(self) -> None:
        """Every seat held from before the first year to today: natural members for four-year
        terms (note 1), ex officio holders changing about every four years."""
        people = iter(self.rng.sample([(f, la) for f in FIRST_NAMES for la in LAST_NAMES], 120))
        begin = jalali_year_bounds(self.first)[0]
        for i, seat in enumerate(self.edition.council.seats):
            start = begin - timedelta(days=90 + 170 * i)
            while True:
                first, last = next(people)
                end = term_end(start, 4)
                holder = f"دکتر {first} {last}"
                if end >= self.today:
                    council.add_term(uow=self.store.uow, seat_key=seat.key, holder_name=holder, start=start)
                    break
                council.add_term(uow=self.store.uow, seat_key=seat.key, holder_name=holder, start=start, end=end)
                start = end + timedelta(days=1)
        self.terms = [(t.seat_key, t.holder_name, t.start, t.end) for t in council.list_terms(uow=self.store.uow)]

    # -- people, centres, memberships, activities ------------------------------------------------

    def plan_centres(self, hosts: list[int]) -> None:
        """Per line: the first period (centre A), ended, and its renewal (centre B), running."""
        fields = [f.key for f in self.edition.fields]
        titles = {f.key: f.title.split(":")[-1].strip() for f in self.edition.fields}
        base = add_jalali_years(self.today, -2 * 5) + timedelta(days=1)
        span = max(1, min(120, (jalali_year_bounds(jalali_year(base))[1] - base).days))
        self.lines = []
        for k in range(LINES):
            a_start = base + timedelta(days=k % span)
            a_end = term_end(a_start, 5)
            b_start = a_end + timedelta(days=1)
            b_end = term_end(b_start, 5)
            host = hosts[k % len(hosts)]
            partner = hosts[(k * 7 + 3) % len(hosts)]
            partner = partner if partner != host else hosts[(k + 1) % len(hosts)]
            field = fields[k % len(fields)]
            self.lines.append(
                {"field": field, "title": f"قطب علمی {titles[field]} شماره {k + 1}", "host": host, "partner": partner,
                 "a": k + 1, "b": LINES + k + 1, "a_start": a_start, "a_end": a_end, "b_start": b_start, "b_end": b_end}
            )  # fmt: skip

    def faculty(self, session, hosts: list[int]) -> None:
        rng, codes, rows = self.rng, set(), []
        suffixes = ["", "", "", "\u200cزاده", " نژاد", "\u200cپور"]
        for i in range(FACULTY):
            code = national_code(rng)
            while code in codes:
                code = national_code(rng)
            codes.add(code)
            if i < LINES * MEMBERS:  # the members of line i // MEMBERS
                line, seat = self.lines[i // MEMBERS], i % MEMBERS
                inst, field = line["host"] if seat < 7 else line["partner"], line["field"]
                rank, status = ("professor" if seat == 0 else rng.choice(RANKS[:4])), "active"
            else:
                inst, field = rng.choice(hosts), self.lines[rng.randrange(LINES)]["field"]
                rank, status = rng.choice(RANKS), "retired" if rng.random() < 0.08 else "active"
            record = clean_faculty(
                national_code=code, first_name=rng.choice(FIRST_NAMES), last_name=rng.choice(LAST_NAMES) + rng.choice(suffixes),
                rank=rank, institution_id=inst, field_key=field, status=status, email=f"member{i + 1:05d}@example.ac.ir",
                phone=f"0{rng.randint(11, 87)}{rng.randint(10_000_000, 99_999_999)}", edition=self.edition,
            )  # fmt: skip
            rows.append({"id": i + 1, **record.__dict__})
        self.people = rows
        self.insert(session, m.FacultyMember, rows)

    def memberships(self, session) -> None:
        """A's members from its start to its end; B's the same people (one in three lines
        changes its last member) from the day after, still members; collaborators of B."""
        rng, rows = self.rng, []
        pool = iter(range(LINES * MEMBERS + 1, FACULTY + 1))
        self.windows: dict[int, list[date]] = {}  # the periods whose five years before hold their activities
        for k, line in enumerate(self.lines):
            people = [k * MEMBERS + s + 1 for s in range(MEMBERS)]
            renewed = people[:-1] + [next(pool)] if rng.random() < 1 / 3 else people
            for which, group in (("a", people), ("b", renewed)):
                for seat, person in enumerate(group):
                    rows.append(
                        {"centre_id": line[which], "faculty_id": person, "role": "director" if seat == 0 else "member",
                         "joined_on": line[f"{which}_start"], "left_on": line["a_end"] if which == "a" else None}
                    )  # fmt: skip
                    self.windows.setdefault(person, []).append(line[f"{which}_start"])
            for _ in range(rng.choice((0, 1, 1, 2))):
                rows.append({"centre_id": line["b"], "faculty_id": next(pool), "role": "collaborator",
                             "joined_on": line["b_start"], "left_on": None})  # fmt: skip
        self.insert(session, m.Membership, rows)

    def activities(self, session) -> None:
        """Each person's activities over the five years before each period they were
        scored for (a first-period member has two windows). Cleaned once per field,
        strength and variant, and moved in time to the window: cleaning is not measured."""
        rng, cleaned, rows = self.rng, {}, []
        names = [c.key for c in m.Activity.__table__.columns if c.key not in ("id", "faculty_id", "version")]
        reference = self.today
        for p in self.people:
            strong = 0.99 if p["id"] in self.windows else 0.5  # a centre's members meet article 5, nearly all
            for start in self.windows.get(p["id"], [self.today]):
                key = (p["field_key"], rng.random() < strong, rng.randrange(6))
                if key not in cleaned:
                    cleaned[key] = [self._cleaned(row, values, names) for row, values in self._typed(*key[:2], reference)]
                shift = start - reference
                for a in cleaned[key]:
                    rows.append({**a, "faculty_id": p["id"], "date": a["date"] + shift if a["date"] else None})
        self.insert(session, m.Activity, rows)

    def _typed(self, field: str, strong: bool, reference: date) -> list[tuple[int, dict]]:
        """The demo's activities (services/demo.py); a strong member also has the eight papers
        as corresponding author that article 5 asks of every member (and two more)."""
        rng, typed = self.rng, _activities(self.rng, field, reference, strong)
        papers = sum(1 for row, values in typed if row == 2 and values.get("corresponding_author"))
        for n in range(max(8 - papers, 2) if strong else 0):
            when = format_jalali(reference - timedelta(days=rng.randrange(40, 1700)), persian_digits=False)
            typed.append((2, {"date": when, "points": "7", "corresponding_author": True, "description": f"مقاله {n + 1}"}))
        return typed

    def _cleaned(self, row: int, values: dict, names: list[str]) -> dict:
        record = m.Activity(faculty_id=0)
        _store(record, clean_activity(row, values, self.edition))
        return {k: getattr(record, k) for k in names}

    def centres(self, session, statuses: dict[int, str]) -> None:
        centres, partners, sections = [], [], []
        for k, line in enumerate(self.lines):
            title = line["title"]
            for which in ("a", "b"):
                cid, start = line[which], line[f"{which}_start"]
                decree = self.decrees.get(cid, (start - timedelta(days=20), f"{jalali_year(start)}/ق/{1000 + k}"))
                centres.append(
                    {"id": cid, "title": title, "field_key": line["field"], "host_institution_id": line["host"],
                     "period_start": start, "period_end": line[f"{which}_end"], "status": statuses[cid], "dissolved_on": None,
                     "decree_number": decree[1], "decree_date": decree[0], "equipment_confirmed": True,
                     "program_confirmed": True}
                )  # fmt: skip
                partners.append({"centre_id": cid, "institution_id": line["partner"]})
                sections += [
                    {"centre_id": cid, "number": n, "text": f"{t}: متن این بخش از برنامه «{title}»."}
                    for n, t in enumerate(self.edition.program_sections, 1)
                ]
        self.insert(session, m.Centre, centres)
        self.insert(session, m.CentrePartner, partners)
        self.insert(session, m.ProgramSection, sections)

    # -- the years: reports and evaluations ------------------------------------------------------

    def plan_evaluations(self) -> dict[int, str]:
        """Each line's ten years: which centre is evaluated, the scores and verdict, and the
        status each centre is left in (the domain's consequence of its closed years)."""
        rng = self.rng
        self.evaluations, statuses = [], {}
        for line in self.lines:
            level = rng.choice([9, 9, 8, 8, 8, 8, 7, 7, 7, 6])
            failed, losses = {line["a"]: {}, line["b"]: {}}, {}
            doomed = rng.random() < 0.01  # fails its last two years: dissolution advised
            for year in range(self.first, self.last + 1):
                cid = line["b"] if jalali_year(line["b_start"]) <= year else line["a"]
                which = "b" if cid == line["b"] else "a"
                if not jalali_year(line[f"{which}_start"]) <= year <= jalali_year(line[f"{which}_end"]):
                    continue
                scheme = scheme_for_year(year)
                want = level + rng.choice((-2, -1, 0, 0, 0, 1))
                if doomed and which == "b" and year >= self.last - 1:
                    want = 3
                scores = {c.key: Fraction(min(scheme.scale, max(0, want + rng.choice((-1, 0, 0, 1))))) for c in scheme.criteria}
                result = weigh(scheme, scores)
                if result.verdict != "approved" and failed[cid].get(year - 1) == "not_approved" and not doomed:
                    scores = {c: Fraction(scheme.scale - 1) for c in scores}  # no line fails twice running by chance
                    result = weigh(scheme, scores)
                failed[cid][year] = result.verdict
                lost = (
                    [["host_not_majority", "اکثر اعضا از مؤسسه متقاضی نیستند."]]
                    if which == "b" and year == self.last and rng.random() < 0.02
                    else []
                )
                losses[cid] = lost  # the latest year's is what the status follows
                self.evaluations.append((line, cid, year, "annual", scheme, scores, result, lost))
            final_year = jalali_year(line["a_end"])
            scheme = scheme_for_year(final_year)
            scores = {c.key: Fraction(min(scheme.scale, level)) for c in scheme.criteria}
            self.evaluations.append((line, line["a"], final_year, "final", scheme, scores, weigh(scheme, scores), []))
            for cid, verdicts in failed.items():
                latest = max(verdicts)
                lost = [message for _code, message in losses[cid]]
                result = consequence(scheme=scheme_for_year(latest), verdicts=verdicts, year=latest, lost=lost)
                statuses[cid] = status_after("approved", result)
        return statuses

    def years(self, session) -> None:
        rng = self.rng
        reports, areas, evaluations, scores, closing = [], [], [], [], []
        for n, (line, cid, year, kind, scheme, marks, result, lost) in enumerate(self.evaluations, 1):
            if kind == "annual":
                received = min(
                    self.today, jalali_month_end(year + 1, scheme.report_due_month) - timedelta(days=rng.randrange(20))
                )
                report_id = len(reports) + 1
                reports.append(
                    {"id": report_id, "centre_id": cid, "year": year, "received_on": received, "papers": rng.randint(0, 30),
                     "projects": rng.randint(0, 6), "theses": rng.randint(0, 15), "postdocs": rng.randint(0, 2),
                     "agreements": rng.randint(0, 3), "budget_received": rng.randint(8, 40) * 500,
                     "budget_spent": rng.randint(5, 16) * 500, "site_visit_on": received if rng.random() < 0.2 else None,
                     "notes": ""}
                )  # fmt: skip
                areas += [
                    {"report_id": report_id, "area_key": key, "text": text} for key, text in AREAS.items() if rng.random() < 0.6
                ]
                evaluated = min(self.today, jalali_month_end(year + 1, 4))
                members = MEMBERS
            else:  # the final evaluation, in the year the first period ends, before it ends
                evaluated = max(jalali_year_bounds(year)[0], line["a_end"] - timedelta(days=10))
                members = MEMBERS
            evaluations.append(
                {"id": n, "centre_id": cid, "year": year, "kind": kind, "scheme": scheme.scheme,
                 "evaluators": "کارگروه تخصصی گروه " + self.edition.field(line["field"]).title, "remarks": "",
                 "evaluated_on": evaluated, "total": Decimal(str(float(result.total))), "verdict": result.verdict,
                 "edition": self.edition.edition, "member_count": members,
                 "centre_total": Decimal(rng.randint(9000, 25000)) / 10, "article5_lost": json.dumps(lost, ensure_ascii=False),
                 "closed_at": None}
            )  # fmt: skip
            scores += [{"evaluation_id": n, "criterion": k, "score": Decimal(int(v))} for k, v in marks.items()]
            closed = min(datetime.combine(evaluated + timedelta(days=3), clock(10)), datetime.now().replace(microsecond=0))
            closing.append({"id": n, "closed_at": closed})
        self.insert(session, m.AnnualReport, reports)
        self.insert(session, m.ReportArea, areas)
        self.insert(session, m.Evaluation, evaluations)
        self.insert(session, m.EvaluationScore, scores)
        self.update_by_id(session, m.Evaluation, closing)  # the scores are in: close them (the lock closes with it)

    # -- the council's meetings --------------------------------------------------------------------

    def plan_meetings(self) -> None:
        """The meetings' dates (MEETINGS over the ten years), who came, and on which the
        renewals (B) were approved: the decree is the chair's endorsement (art. 8)."""
        rng, per_year = self.rng, MEETINGS // YEARS
        self.meetings = []
        for year in range(self.first, self.last + 1):
            first, last = jalali_year_bounds(year)
            days = sorted(rng.sample(range(5, (last - first).days + 1), per_year))
            for seq, day in enumerate(days, 1):
                held = first + timedelta(days=day)
                present = rng.choice([9, 9, 9, 9, 8, 8, 8, 7, 7, 6, 5])
                self.meetings.append({"id": len(self.meetings) + 1, "year": year, "sequence": seq, "held_on": held,
                                      "present": present, "applications": []})  # fmt: skip
        self.decrees: dict[int, tuple[date, str]] = {}
        for k, line in enumerate(self.lines):
            before = line["b_start"] - timedelta(days=15)
            meeting = max((x for x in self.meetings if x["held_on"] <= before and x["present"] >= 6), key=lambda x: x["held_on"])
            meeting["applications"].append(line)
            self.decrees[line["b"]] = (meeting["held_on"] + timedelta(days=3), f"{jalali_year(before)}/ق/{2000 + k}")

    def council_meetings(self, session) -> None:
        rng, rule, readings = self.rng, self.edition.council.quorum, self.edition.readings
        meetings, attendance, items, decisions, follow_ups = [], [], [], [], []
        evaluation_items = {
            y: next((x["id"] for x in self.meetings if x["held_on"] > jalali_month_end(y + 1, 4)), None)
            for y in range(self.first, self.last)
        }
        for i, x in enumerate(self.meetings):
            held = x["held_on"]
            office = [(seat, name) for seat, name, start, end in self.terms if start <= held and (end is None or held <= end)]
            secretary = next((name for seat, name in office if seat == "secretary"), "")
            meetings.append(
                {"id": x["id"], "kind": "council", "centre_id": None, "year": x["year"], "sequence": x["sequence"],
                 "held_on": held, "starts_at": "10:00", "ends_at": "12:00", "place": "تالار شورا، وزارت علوم",
                 "chaired_by": "chair", "delegation": "", "secretary": secretary, "state": "draft", "finalised_at": None,
                 "fingerprint": "", "approved_at_meeting_id": None}
            )  # fmt: skip
            people = []
            for n, (seat, name) in enumerate(rng.sample(office, len(office))):
                status = "present" if n < x["present"] else rng.choice(("excused", "absent"))
                attendance.append({"meeting_id": x["id"], "seat_key": seat, "name": name, "status": status, "arrived_at": "",
                                   "from_item": 1, "until_item": None, "guest": False})  # fmt: skip
                people.append(rules.Attendee(name, status, seat, None, 1, None, False))
            agenda = []  # (title, kind, centre_id, about_meeting_id)
            if i:
                before = self.meetings[i - 1]
                number = rules.meeting_number(before["year"], before["sequence"])
                agenda.append((f"تأیید صورت‌جلسه جلسه {number}", "minutes_approval", None, before["id"]))
            agenda += [
                (f"بررسی درخواست دوره دوم «{line['title']}»", "application", line["b"], None) for line in x["applications"]
            ]
            agenda += [(f"گزارش ارزیابی سالانه قطب‌ها، سال {y}", "annual_evaluation", None, None)
                       for y, mid in evaluation_items.items() if mid == x["id"]]  # fmt: skip
            for _ in range(rng.randint(1, 3)):
                line = self.lines[rng.randrange(LINES)]
                centre = line["b"] if held >= line["b_start"] else line["a"] if held >= line["a_start"] else None
                agenda.append((rng.choice(OTHER_ITEMS), "other", centre if rng.random() < 0.5 else None, None))
            recent = i >= len(self.meetings) - 6  # the last meetings' decisions still await endorsement
            for position, (title, kind, centre_id, about) in enumerate(agenda, 1):
                item_id = len(items) + 1
                items.append({"id": item_id, "meeting_id": x["id"], "position": position, "title": title, "kind": kind,
                              "centre_id": centre_id, "about_meeting_id": about})  # fmt: skip
                present = rules.present_at(people, position)
                no = 0 if kind in ("application", "minutes_approval") else rng.choice((0, 0, 0, 1, 1, 2, present))
                abstain = 0 if no == present else rng.choice((0, 0, 1))
                votes = rules.Votes(present - no - abstain, no, abstain)
                try:
                    outcome = rules.decide(
                        votes, attendees=people, item=position, seats=len(people), rule=rule, readings=readings
                    )
                except DomainError:  # no quorum: the item stays without a decision
                    continue
                state, endorsed, communicated = outcome, None, None
                if outcome == "approved" and not recent:
                    endorsed, communicated = held + timedelta(days=3), held + timedelta(days=5)
                    state = "communicated"
                text = f"شورا «{title}» را بررسی کرد و " + ("آن را تصویب کرد." if outcome == "approved" else "آن را نپذیرفت.")
                decisions.append(
                    {"id": len(decisions) + 1, "agenda_item_id": item_id, "text": text + " " + "شرح بحث و نظر اعضا. " * 3,
                     "yes": votes.yes, "no": votes.no, "abstain": votes.abstain, "present": present, "outcome": outcome,
                     "state": state, "endorsed_on": endorsed, "endorsed_by": "chair" if endorsed else "",
                     "communicated_on": communicated, "letter_number": f"{x['year']}/ق/{item_id}" if communicated else ""}
                )  # fmt: skip
                if outcome == "approved" and kind == "other" and rng.random() < 0.4:
                    due = held + timedelta(days=rng.randint(10, 60))
                    done = due - timedelta(days=rng.randint(0, 9)) if due < self.today - timedelta(days=30) else None
                    follow_ups.append({"meeting_id": x["id"], "decision_id": decisions[-1]["id"], "action": "پیگیری اجرای مصوبه",
                                       "responsible": "دبیرخانه", "due_on": due, "done_on": done})  # fmt: skip
        self.insert(session, m.Meeting, meetings)
        self.insert(session, m.Attendance, attendance)
        self.insert(session, m.AgendaItem, items)
        self.insert(session, m.Decision, decisions)
        self.insert(session, m.FollowUp, follow_ups)

    def finalise(self, uow) -> None:
        """Each meeting's fingerprint by the meetings service, then the lock; each approved at the next."""
        session = uow.session
        rows = list(session.scalars(select(m.Meeting).order_by(m.Meeting.id)))
        final = []
        for x in rows:
            stamp = datetime.combine(x.held_on + timedelta(days=1), clock(9))
            fingerprint = rules.fingerprint(_content(uow, x))  # read before the lock closes, as finalise_meeting does
            final.append({"id": x.id, "state": "finalised", "fingerprint": fingerprint, "finalised_at": stamp})
        session.expunge_all()
        self.update_by_id(session, m.Meeting, final)
        approved = [
            {"id": a.id, "state": "approved", "approved_at_meeting_id": b.id} for a, b in zip(rows, rows[1:], strict=False)
        ]
        self.update_by_id(session, m.Meeting, approved)


def generate(path: Path, seed: int = 1405) -> Office:
    """Make the database at ``path`` (which must not exist yet)."""
    began = time.perf_counter()
    store = open_store(str(path))
    try:
        b = _Builder(store, random.Random(seed))
        hosts = b.institutions()
        b.council()
        b.plan_centres(hosts)
        b.plan_meetings()
        statuses = b.plan_evaluations()
        with store.uow as uow:  # one transaction, straight through the session: this is a fixture
            session = uow.session
            b.faculty(session, hosts)
            b.centres(session, statuses)
            b.memberships(session)
            b.activities(session)
            b.years(session)
            b.council_meetings(session)
            b.finalise(uow)
            uow.commit()
    finally:
        store.close()
    counts = {"institution": len(hosts), "council_term": len(b.terms)} | b.counts
    return Office(path, b.today, b.last, counts, time.perf_counter() - began)
