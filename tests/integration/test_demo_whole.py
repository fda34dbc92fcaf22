"""The demo (issue 19, item 2): only into a database that holds nothing of an office, made
whole or not at all, with nothing to clean up: SIGKILL or Ctrl-C at any moment leaves the
database as it was (or the whole demo, once committed), and the demo can be made again.

The kills are random but repeatable: ``QOTB_FAULT_SEED`` / ``QOTB_DEMO_ROUNDS``.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from qotb_desktop.cli import main
from qotb_desktop.services import demo, institutions, meetings
from qotb_desktop.services.reference import is_empty, records_held
from qotb_desktop.wiring import open_store
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("QOTB_FAULT_SEED", "20261207"))
ROUNDS = int(os.environ.get("QOTB_DEMO_ROUNDS", "8"))


def held(target: str) -> dict[str, int]:
    store = open_store(target)
    try:
        return records_held(uow=store.uow)
    finally:
        store.close()


# -- only into an empty database ----------------------------------------------------------------


def test_a_database_with_meetings_or_a_history_is_not_empty_and_nothing_is_removed(store):
    """The probe: meetings and the audit trail, but no institution, member or council term.
    The demo is refused naming what is there, and every row stays."""
    meetings.create_meeting(uow=store.uow, held_on="1405/08/01", starts_at="10:00", place="تالار")
    before = records_held(uow=store.uow)
    assert before.get("meeting") == 1 and before.get("audit_log", 0) >= 1
    with pytest.raises(demo.NotEmpty) as refused:
        demo.fill_demo(uow=store.uow, today=TODAY)
    assert "جلسه‌ها: ۱" in str(refused.value) and "چیزی نوشته نشد" in str(refused.value)
    assert records_held(uow=store.uow) == before


def test_the_history_of_deleted_records_counts_too(store):
    """An institution added and deleted again leaves only its trail: not an empty database."""
    from qotb_desktop.store.models import Institution

    iid = institutions.add_institution(uow=store.uow, name="دانشگاه آزمایشی")
    with store.uow as uow:
        uow.session.delete(uow.session.get(Institution, iid))
        uow.commit()
    assert records_held(uow=store.uow) == {"audit_log": 2}
    assert not is_empty(uow=store.uow)
    with pytest.raises(demo.NotEmpty):
        demo.fill_demo(uow=store.uow, today=TODAY)


def test_a_new_database_and_one_with_only_accounts_are_empty(store):
    """What the program writes by itself (the groups and seats, and their trail) and the
    accounts are not an office's records: the demo goes in."""
    from qotb_desktop.services import accounts

    assert records_held(uow=store.uow) == {}
    accounts.create_first_administrator(
        uow=store.uow, username="admin", full_name="مدیر", password="a-long-passphrase-19", repeat="a-long-passphrase-19"
    )
    assert is_empty(uow=store.uow)
    counts = demo.fill_demo(uow=store.uow, today=TODAY)
    assert counts["institutions"] == 3 and not is_empty(uow=store.uow)


@pytest.mark.parametrize("step", ["institutions", "council", "meetings", "evaluations"])
def test_a_demo_failing_anywhere_leaves_nothing_and_no_clean_up_runs(store, monkeypatch, step):
    """One transaction: whatever step fails, the database is as it was, the locked
    records (finalised minutes, closed evaluations) never existed, and nothing had to be
    deleted (no DELETE reaches the database)."""
    from sqlalchemy import event

    targets = {
        "institutions": (demo.institutions, "add_institution"),
        "council": (demo.council, "add_term"),
        "meetings": (demo.meetings, "finalise_meeting"),
        "evaluations": (demo, "fill_evaluations"),
    }
    owner, name = targets[step]
    real = getattr(owner, name)
    calls = {"n": 0}

    def fails_the_third_time(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3 or step == "evaluations":
            real(*args, **kwargs)
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    deletes: list[str] = []
    event.listen(
        store.db.engine,
        "before_cursor_execute",
        lambda _c, _cur, sql, *_a: deletes.append(sql) if sql.lstrip().upper().startswith("DELETE") else None,
    )
    monkeypatch.setattr(owner, name, fails_the_third_time)
    with pytest.raises(RuntimeError, match="power cut"):
        demo.fill_demo(uow=store.uow, today=TODAY)
    assert records_held(uow=store.uow) == {}
    assert deletes == []
    monkeypatch.setattr(owner, name, real)
    demo.fill_demo(uow=store.uow, today=TODAY)  # and it can be made now
    assert records_held(uow=store.uow)["meeting"] == 4


def test_the_command_line_refuses_a_database_with_data_and_keep_leaves_it(tmp_path, capsys):
    db = str(tmp_path / "q.sqlite")
    store = open_store(db)
    meetings.create_meeting(uow=store.uow, held_on="1405/08/01", starts_at="10:00", place="تالار")
    before = records_held(uow=store.uow)
    store.close()
    assert main(["--db", db, "demo"]) == 1
    err = capsys.readouterr().err
    assert "خالی نیست" in err and "جلسه‌ها" in err
    assert main(["--db", db, "demo", "--keep"]) == 0
    assert "دست‌نخورده ماند" in capsys.readouterr().out
    assert held(db) == before


# -- killed, interrupted -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def empty_and_full(tmp_path_factory) -> tuple[Path, dict[str, int], float]:
    """A new, empty database (to copy for each round), what the whole demo holds, and how
    long ``qotb demo`` takes here from start to end."""
    folder = tmp_path_factory.mktemp("demo-rounds")
    empty = folder / "empty.sqlite"
    assert main(["--db", str(empty), "init"]) == 0
    full = folder / "full.sqlite"
    shutil.copy(empty, full)
    started = time.monotonic()
    done = run_demo(full)
    assert done.wait(120) == 0
    took = time.monotonic() - started
    return empty, held(str(full)), took


def run_demo(db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "qotb_desktop", "--db", str(db), "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )


def wait_for_lock(db: Path, child: subprocess.Popen, timeout: float = 60) -> float:
    """Seconds until ``qotb demo`` holds the database's lock (its lock file names it)."""
    lock, began = Path(f"{db}.lock"), time.monotonic()
    while not (lock.exists() and lock.stat().st_size):
        assert child.poll() is None, "the demo ended before it took the lock"
        assert time.monotonic() - began < timeout, "the demo did not take the lock in time"
        time.sleep(0.005)
    return time.monotonic() - began


def integrity(db: Path) -> str:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def nothing_or_everything(db: Path, full: dict[str, int]) -> dict[str, int]:
    found = held(str(db))
    assert found in ({}, full), f"a half demo: {found}"
    assert integrity(db) == "ok"
    return found


@pytest.mark.sqlite_only
@pytest.mark.timeout(600)
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_the_demo_killed_at_random_moments_leaves_nothing_or_all_of_it(empty_and_full, tmp_path):
    empty, full, took = empty_and_full
    print(f"demo seed {SEED} ({ROUNDS} rounds, the demo takes {took:.1f} s); repeat with QOTB_FAULT_SEED={SEED}")
    rnd = random.Random(SEED)
    outcomes = []
    for n in range(ROUNDS):
        db = tmp_path / f"round{n}.sqlite"
        shutil.copy(empty, db)
        child = run_demo(db)
        time.sleep(rnd.uniform(0.2, took * 1.1))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        found = nothing_or_everything(db, full)
        outcomes.append("all" if found else ("nothing" if child.returncode == -signal.SIGKILL else "?"))
        # and the demo then works, or (all of it there) is refused without touching anything
        again = run_demo(db)
        out, err = again.communicate(timeout=120)
        if found:
            assert again.returncode == 1 and "خالی نیست" in err.decode()
        else:
            assert again.returncode == 0, err.decode()
        assert nothing_or_everything(db, full) == full
    print("outcomes:", outcomes)
    assert "nothing" in outcomes  # some kills landed while the demo was being made


@pytest.mark.sqlite_only
@pytest.mark.timeout(600)
@pytest.mark.skipif(os.name == "nt", reason="a console's Ctrl-C is SIGINT on POSIX")
def test_ctrl_c_during_the_demo_leaves_nothing_prints_one_line_and_exits_130(empty_and_full, tmp_path):
    empty, full, took = empty_and_full
    rnd = random.Random(SEED + 1)
    interrupted = 0
    for n in range(max(3, ROUNDS // 2)):
        db = tmp_path / f"round{n}.sqlite"
        shutil.copy(empty, db)
        child = run_demo(db)
        started = wait_for_lock(db, child)  # the program is running (Python's own start is not ours to stop)
        time.sleep(rnd.uniform(0.0, max(0.2, took - started)))
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
        text = err.decode()
        assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
        found = nothing_or_everything(db, full)
        if child.returncode == 130:
            interrupted += 1
            assert found == {}
            assert "Ctrl+C" in text and "نوشته نشد" in text and len(text.strip().splitlines()) == 1
        else:  # the signal came after the commit
            assert child.returncode == 0 and found == full
        assert not list(tmp_path.glob(f"round{n}.sqlite*.part"))
    assert interrupted
