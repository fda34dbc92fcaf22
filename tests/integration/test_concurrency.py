"""Several desks on one database (issue 10): a save over another desk's save is
refused, never silent; meeting and letter numbers stay unique and gap-free when
desks create them at the same moment. Each desk is its own store (its own engine and
connections), as two programs on two machines would be. Runs on SQLite and, with
QOTB_TEST_BACKEND=postgresql, on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from qotb_desktop.domain.accounts import Actor
from qotb_desktop.domain.errors import Conflict, DomainError
from qotb_desktop.services import centres, evaluations, faculty, meetings
from qotb_desktop.store.models import Decision, FacultyMember, Meeting
from qotb_desktop.wiring import open_store
from tests import backends
from tests.conftest import TODAY

DESKS = 6


@pytest.fixture
def desks(demo_store, db_target):
    """``DESKS`` more programs open on the demo database."""
    opened = [open_store(db_target) for _ in range(DESKS)]
    yield opened
    for store in opened:
        store.close()


def race(work: list[Callable[[], object]]) -> list[object]:
    """Run each function in its own thread, released together; results or exceptions."""
    start = threading.Barrier(len(work))
    results: list[object] = [None] * len(work)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = work[i]()
        except Exception as exc:  # noqa: BLE001 - the test looks at what each desk got
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def person(uow):
    return faculty.list_faculty(uow=uow)[0]


def edit(view, **changes) -> dict:
    fields = ("national_code", "first_name", "last_name", "rank", "institution_id", "field_key", "status", "email", "phone")
    return {name: changes.get(name, getattr(view, name)) for name in fields}


def test_a_form_saved_after_another_desks_save_is_refused_and_says_who(demo_store, desks):
    from qotb_desktop.services import accounts

    first, second = desks[0].uow, desks[1].uow
    uid = accounts.create_first_administrator(uow=first, username="zahra", full_name="زهرا کریمی", password="Khazaneh-1405")
    first.actor = Actor(uid, "zahra", "زهرا کریمی", "administrator")
    seen = person(first)  # both clerks open the same record
    assert person(second).version == seen.version

    faculty.update_faculty(uow=first, faculty_id=seen.id, version=seen.version, **edit(seen, email="new@ut.ac.ir"))
    with pytest.raises(Conflict) as refused:
        faculty.update_faculty(uow=second, faculty_id=seen.id, version=seen.version, **edit(seen, phone="02188776655"))
    assert "به دست زهرا کریمی" in str(refused.value) and "ذخیره شما انجام نشد" in str(refused.value)  # who, by name

    now = faculty.get_faculty(uow=second, faculty_id=seen.id)
    assert now.email == "new@ut.ac.ir" and now.phone == seen.phone  # the first save stands, the second wrote nothing
    assert now.version == seen.version + 1
    # loaded again, the second clerk's save goes through
    faculty.update_faculty(uow=second, faculty_id=seen.id, version=now.version, **edit(now, phone="02188776655"))
    final = faculty.get_faculty(uow=first, faculty_id=seen.id)
    assert (final.email, final.phone, final.version) == ("new@ut.ac.ir", "02188776655", seen.version + 2)


def test_two_desks_saving_the_same_record_at_once_one_wins_one_is_refused(demo_store, desks):
    seen = person(demo_store.uow)
    names = [f"نام{i}" for i in range(len(desks))]
    results = race(
        [
            lambda d=desk, n=name: faculty.update_faculty(
                uow=d.uow, faculty_id=seen.id, version=seen.version, **edit(seen, first_name=n)
            )
            for desk, name in zip(desks, names, strict=True)
        ]
    )
    refused = [r for r in results if isinstance(r, Conflict)]
    saved = [names[i] for i, r in enumerate(results) if r is None]
    assert len(saved) == 1 and len(refused) == len(desks) - 1, results
    now = faculty.get_faculty(uow=demo_store.uow, faculty_id=seen.id)
    assert now.first_name == saved[0] and now.version == seen.version + 1


@pytest.mark.skipif(backends.backend() != "postgresql", reason="SQLite lets one writer in at a time (BEGIN IMMEDIATE)")
def test_the_database_refuses_a_write_between_anothers_read_and_write(demo_store, desks):
    """The program's transactions run one at a time (store/desks.py); a path that
    skips that (plain sessions here, another tool on the server) is still guarded by the
    version column: both read the record at the same version, the first writes and
    commits, the second's write matches no row at that version: refused."""
    seen = person(demo_store.uow)
    one, two = sessionmaker(desks[0].db.engine)(), sessionmaker(desks[1].db.engine)()
    try:
        a, b = one.get(FacultyMember, seen.id), two.get(FacultyMember, seen.id)
        a.email, b.email = "a@x.ir", "b@x.ir"
        one.commit()
        with pytest.raises(StaleDataError):
            two.commit()
    finally:
        one.close()
        two.close()
    assert faculty.get_faculty(uow=demo_store.uow, faculty_id=seen.id).email == "a@x.ir"


def test_meeting_numbers_made_at_once_are_unique_and_gap_free(demo_store, desks):
    before = meetings.list_meetings(uow=demo_store.uow)
    year = 1405
    last = max((int(m.number.split("/")[1]) for m in before if m.number.startswith(f"{year}/")), default=0)
    results = race([lambda d=desk: meetings.create_meeting(uow=d.uow, held_on=TODAY) for desk in desks])
    assert not [r for r in results if isinstance(r, Exception)], results
    with demo_store.uow as uow:
        numbers = uow.session.scalars(select(Meeting.sequence).where(Meeting.id.in_(results))).all()
    assert sorted(numbers) == list(range(last + 1, last + 1 + len(desks)))


def endorsed_decisions(uow, count: int) -> list[int]:
    mid = meetings.create_meeting(uow=uow, held_on=TODAY)
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    for a in view.attendees:
        meetings.set_attendance(uow=uow, attendance_id=a.id, status="present")
    present = len(view.attendees)
    decisions = []
    for i in range(count):
        item = meetings.add_agenda_item(uow=uow, meeting_id=mid, title=f"بند {i + 1}")
        decisions.append(meetings.record_decision(uow=uow, agenda_item_id=item, text="تصویب شد.", yes=present, no=0))
    meetings.finalise_meeting(uow=uow, meeting_id=mid)
    for d in decisions:
        meetings.endorse_decision(uow=uow, decision_id=d, on=TODAY)
    return decisions


def test_letter_numbers_given_at_once_are_unique_and_gap_free(demo_store, desks):
    decisions = endorsed_decisions(demo_store.uow, len(desks))
    with demo_store.uow as uow:
        last = uow.session.scalar(select(func.max(Decision.letter_sequence)).where(Decision.letter_year == 1405)) or 0
    work = [
        lambda d=desk, i=decision: meetings.communicate_decision(uow=d.uow, decision_id=i, on=TODAY)
        for desk, decision in zip(desks, decisions, strict=True)
    ]
    results = race(work)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(results) == sorted(f"1405/ق/{n}" for n in range(last + 1, last + 1 + len(desks)))


def test_a_typed_letter_number_is_kept_and_may_not_be_given_twice(demo_store):
    uow = demo_store.uow
    one, two, three = endorsed_decisions(uow, 3)
    assert meetings.communicate_decision(uow=uow, decision_id=one, letter_number="۱۲۳۴/د", on=TODAY) == "1234/د"
    with pytest.raises(Exception, match="پیش‌تر به مصوبه دیگری") as refused:
        meetings.communicate_decision(uow=uow, decision_id=two, letter_number="1234/د", on=TODAY)
    assert refused.value.fields == ["letter_number"]
    # a number typed in the program's own pattern is stepped over by the series
    with uow:
        last = uow.session.scalar(select(func.max(Decision.letter_sequence)).where(Decision.letter_year == 1405)) or 0
    typed = f"1405/ق/{last + 1}"
    assert meetings.communicate_decision(uow=uow, decision_id=two, letter_number=typed, on=TODAY) == typed
    assert meetings.communicate_decision(uow=uow, decision_id=three, on=TODAY) == f"1405/ق/{last + 2}"


def test_the_audit_trail_is_kept_by_the_database(demo_store):
    engine = demo_store.db.engine
    for statement in ("update audit_log set username = 'x'", "delete from audit_log"):
        with pytest.raises(Exception, match="audit_kept"), engine.begin() as conn:
            conn.execute(text(statement))
    with engine.connect() as conn:
        assert conn.scalar(text("select count(*) from audit_log")) > 0


@pytest.mark.postgresql
def test_desks_starting_a_new_server_database_at_once_all_open_it(pg_database):
    """The first start creates the schema and the reference data; desks started at
    the same moment (separate programs) wait for it and find it done."""
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "qotb_desktop", "--db", pg_database, "init"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = [(p.wait(timeout=120), p.stderr.read()) for p in starts]
    assert all(code == 0 for code, _ in outcomes), outcomes
    check = open_store(pg_database)
    try:
        with check.db.engine.connect() as conn:
            assert conn.scalar(text("select count(*) from alembic_version")) == 1
            assert conn.scalar(text("select count(*) from council_seat")) == 9
    finally:
        check.close()


def test_a_report_and_an_evaluation_saved_over_anothers_save_are_refused(demo_store, desks):
    first, second = desks[0].uow, desks[1].uow
    centre = next(c for c in centres.list_centres(uow=first) if c.status == "approved")
    year = 1402  # in its period, not yet reported in the demo
    assert evaluations.get_report(uow=first, centre_id=centre.id, year=year) is None

    # both clerks open the empty form; the first saves a report, the second's «new» report is refused
    evaluations.save_report(
        uow=first, centre_id=centre.id, year=year, received_on="1403/02/10", version=0, areas={"7-1": "از میز نخست"}
    )
    with pytest.raises(Conflict):
        evaluations.save_report(
            uow=second, centre_id=centre.id, year=year, received_on="1403/02/11", version=0, areas={"7-1": "از میز دوم"}
        )
    seen = evaluations.get_report(uow=second, centre_id=centre.id, year=year)
    assert seen.areas["7-1"] == "از میز نخست"

    # a change of the areas alone moves the version: the other desk's older form is refused
    evaluations.save_report(
        uow=first, centre_id=centre.id, year=year, received_on="1403/02/10", version=seen.version, areas={"7-1": "تازه‌تر"}
    )
    with pytest.raises(Conflict):
        evaluations.save_report(
            uow=second, centre_id=centre.id, year=year, received_on="1403/02/10", version=seen.version, areas={"7-1": "کهنه"}
        )
    assert evaluations.get_report(uow=first, centre_id=centre.id, year=year).areas["7-1"] == "تازه‌تر"

    scheme = evaluations.scheme_for(uow=first, centre_id=centre.id, year=year)
    marks = {c.key: 3 for c in scheme.criteria}
    args = {"centre_id": centre.id, "year": year, "evaluators": "کارگروه", "evaluated_on": "1403/03/01"}
    evaluations.save_evaluation(uow=first, scores=marks, version=0, **args)
    with pytest.raises(Conflict):
        evaluations.save_evaluation(uow=second, scores={k: 1 for k in marks}, version=0, **args)
    assert evaluations.get_evaluation(uow=second, centre_id=centre.id, year=year).scores == {
        k: evaluations.get_evaluation(uow=first, centre_id=centre.id, year=year).scores[k] for k in marks
    }


def test_an_item_added_while_the_minutes_are_finalised_waits_and_is_refused(demo_store, desks, monkeypatch):
    """Desk A finalises (and pauses after reading what it fingerprints); desk B adds an
    agenda item meanwhile. B's transaction waits for A's, then finds the minutes final."""
    from qotb_desktop.services.meetings import rules

    uow = demo_store.uow
    mid = meetings.create_meeting(uow=uow, held_on=TODAY)
    meetings.add_agenda_item(uow=uow, meeting_id=mid, title="بند یک")
    read, real = threading.Event(), rules.fingerprint

    def slow(content):
        read.set()
        time.sleep(1.0)  # desk B tries now
        return real(content)

    monkeypatch.setattr(rules, "fingerprint", slow)

    def add():
        read.wait(10)
        return meetings.add_agenda_item(uow=desks[1].uow, meeting_id=mid, title="بند افزوده")

    finalised, added = race([lambda: meetings.finalise_meeting(uow=desks[0].uow, meeting_id=mid), add])
    monkeypatch.setattr(rules, "fingerprint", real)
    assert isinstance(finalised, str) and isinstance(added, DomainError), (finalised, added)
    view = meetings.get_meeting(uow=uow, meeting_id=mid)
    assert view.state == "finalised" and [i.title for i in view.items] == ["بند یک"]
    with uow:
        assert uow.meetings.get(mid).fingerprint == real(meetings._content(uow, uow.meetings.get(mid)))


def test_overlapping_terms_of_one_seat_added_at_once_one_is_refused(demo_store, desks, monkeypatch):
    from qotb_desktop.services import council

    seat = council.list_seats(uow=demo_store.uow)[0].key
    checked, real = threading.Event(), council.check_terms

    def slow(*args, **kwargs):
        real(*args, **kwargs)
        checked.set()
        time.sleep(1.0)  # the other desk checks now, if it can

    monkeypatch.setattr(council, "check_terms", slow)
    work = [
        lambda: council.add_term(uow=desks[0].uow, seat_key=seat, holder_name="حسن رضایی", start="1380/01/01", end="1381/12/29"),
        lambda: (
            checked.wait(10)
            and council.add_term(uow=desks[1].uow, seat_key=seat, holder_name="علی محمدی", start="1380/06/01", end="1382/05/31")
        ),
    ]
    first, second = race(work)
    assert isinstance(first, int) and isinstance(second, DomainError), (first, second)


@pytest.mark.skipif(backends.backend() != "postgresql", reason="SQLite's twin is its busy timeout (store/db.py)")
def test_a_desk_held_back_too_long_is_told_the_database_is_busy_and_writes_nothing(demo_store, desks, monkeypatch):
    from qotb_desktop.services import institutions
    from qotb_desktop.store import desks as one_at_a_time

    monkeypatch.setattr(one_at_a_time, "DESK_WAIT", "1s")
    before = len(institutions.list_institutions(uow=demo_store.uow))
    held_back = pytest.raises(one_at_a_time.Busy, match="در دست میز دیگری")
    with one_at_a_time.all_desks_held(desks[0].db.engine), held_back:  # a restore, say
        institutions.add_institution(uow=desks[1].uow, name="دانشگاه منتظر")
    assert len(institutions.list_institutions(uow=demo_store.uow)) == before
    institutions.add_institution(uow=desks[1].uow, name="دانشگاه منتظر")  # free again


def test_a_desks_long_read_holds_no_other_desk_back_and_sees_one_snapshot(demo_store, desks):
    """Issue 21.7: a reading unit of work (the dashboard's, the lists') takes no lock: another
    desk saves while it reads, at once; the reader keeps the database as it was when it began."""
    from qotb_desktop.services import institutions

    reader, writer = desks[0], desks[1]
    with reader.uow.reading() as uow:
        before = uow.session.execute(text("SELECT count(*) FROM institution")).scalar()
        start = time.perf_counter()
        institutions.add_institution(uow=writer.uow, name="دانشگاه در میانه خواندن")  # another desk, meanwhile
        took = time.perf_counter() - start
        again = uow.session.execute(text("SELECT count(*) FROM institution")).scalar()
    assert took < 2 and again == before  # not held back; the reader's snapshot unchanged
    assert len(institutions.list_institutions(uow=reader.uow)) == before + 1


def test_a_reading_unit_of_work_writes_nothing(demo_store):
    from qotb_desktop.store.models import Institution

    uow = demo_store.uow
    with pytest.raises(RuntimeError, match="reading unit of work writes"), uow.reading():
        uow.session.add(Institution(name="نوشته در خواندن", city="تهران"))
        uow.session.flush()
    with pytest.raises(RuntimeError, match="reading unit of work writes"), uow.reading():
        uow.session.execute(text("UPDATE institution SET city = 'شیراز'"))
    with uow:  # an ordinary unit of work after them writes as ever
        assert uow.session.execute(text("SELECT count(*) FROM institution WHERE name = 'نوشته در خواندن'")).scalar() == 0
