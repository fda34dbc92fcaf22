"""Automatic rotating backups, restore's checks, recovery of a damaged file, one program per database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from qotb_desktop.cli import main
from qotb_desktop.services import maintenance
from qotb_desktop.services.institutions import add_institution, list_institutions
from qotb_desktop.wiring import open_store
from tests.spoil import damage_inside, newer, scramble, truncate

pytestmark = pytest.mark.sqlite_only  # SQLite files: backups beside the file, damaged files, the lock

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["دانشگاه تهران", "دانشگاه شیراز", "دانشگاه تبریز"]


def make_db(path: Path, names=NAMES) -> Path:
    store = open_store(str(path))
    for name in names:
        add_institution(uow=store.uow, name=name)
    store.close()
    return path


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return sorted(r[0] for r in conn.execute("select name from institution"))


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# -- automatic copies and their rotation --------------------------------------------------


def test_an_automatic_copy_is_made_in_backups_verified_and_named_with_the_time(tmp_path):
    db = make_db(tmp_path / "office.sqlite")
    store = open_store(str(db))
    made = maintenance.automatic_backup(db=store.db, now=datetime(2026, 11, 25, 9, 30, 0))
    store.close()
    assert made.path == tmp_path / "backups" / "office-20261125-093000.sqlite"
    assert made.kind == "automatic" and made.made == datetime(2026, 11, 25, 9, 30)
    assert names_in(made.path) == sorted(NAMES)
    assert integrity(made.path) == "ok"
    with sqlite3.connect(made.path) as conn:  # a plain file, no -wal needed beside it
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list((tmp_path / "backups").glob("*.part"))


def test_two_copies_in_one_second_both_kept(tmp_path):
    store = open_store(str(make_db(tmp_path / "q.sqlite")))
    now = datetime(2026, 11, 25, 9, 30, 0)
    first = maintenance.automatic_backup(db=store.db, now=now)
    second = maintenance.automatic_backup(db=store.db, now=now)
    store.close()
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_the_rotation_keeps_the_newest_ten_and_one_a_day_for_fourteen_days(tmp_path):
    db = make_db(tmp_path / "q.sqlite")
    beside = tmp_path / "q.before-0001-20250101-000000.sqlite"  # a copy before a migration: never rotated
    beside.write_bytes(db.read_bytes())
    other = tmp_path / "backups" / "demo-20250101-000000.sqlite"  # another database's copy: not ours to remove
    other.parent.mkdir()
    other.write_bytes(db.read_bytes())
    store = open_store(str(db))
    start = datetime(2026, 11, 1, 8, 0, 0)
    made = []
    for day in range(20):  # two copies a day for 20 days
        for hour in (8, 17):
            made.append(maintenance.automatic_backup(db=store.db, now=start + timedelta(days=day, hours=hour - 8)).made)
    store.close()
    now = made[-1]
    kept = sorted(datetime.strptime(p.stem[2:], "%Y%m%d-%H%M%S") for p in (tmp_path / "backups").glob("q-*.sqlite"))
    newest_ten = sorted(made)[-maintenance.KEEP_RECENT :]
    recent_days = {m.date() for m in made if (now.date() - m.date()).days < maintenance.KEEP_DAYS}
    daily = {max(m for m in made if m.date() == d) for d in recent_days}
    assert set(kept) == set(newest_ten) | daily
    assert len(kept) == len(set(newest_ten) | daily) <= maintenance.KEEP_RECENT + maintenance.KEEP_DAYS
    assert beside.exists() and other.exists()


def test_a_copy_is_due_when_the_newest_is_a_day_old(tmp_path):
    store = open_store(str(make_db(tmp_path / "q.sqlite")))
    assert maintenance.backup_due(db=store.db)  # none yet
    then = datetime(2026, 11, 25, 9, 0)
    maintenance.automatic_backup(db=store.db, now=then)
    assert not maintenance.backup_due(db=store.db, now=then + timedelta(hours=23))
    assert maintenance.backup_due(db=store.db, now=then + maintenance.BACKUP_EVERY)
    store.close()


HEADER = "کد ملی,نام,نام خانوادگی,مرتبه علمی,مؤسسه,گروه / رشته\n"


def test_the_command_line_copies_before_an_import_only_when_it_will_write(tmp_path, capsys):
    """Issue 19.13: a refused import (no column, or every row refused) changes nothing and
    makes no copy; one with a row to write copies the database first."""
    db = make_db(tmp_path / "q.sqlite")
    backups = tmp_path / "backups"
    no_columns = tmp_path / "a.csv"
    no_columns.write_text("کد ملی,نام\n", encoding="utf-8")
    every_row_bad = tmp_path / "b.csv"
    every_row_bad.write_text(HEADER + "0499370899,علی,کریمی,استاد,دانشگاه آزاد,physics\n", encoding="utf-8")
    for sheet in (no_columns, every_row_bad, every_row_bad):
        assert main(["--db", str(db), "import", str(sheet)]) == 1
        assert "نسخه پشتیبان" not in capsys.readouterr().out
    assert not backups.exists() or not list(backups.glob("q-*.sqlite"))
    one_good = tmp_path / "c.csv"
    one_good.write_text(HEADER + "0499370899,علی,کریمی,استاد,دانشگاه تهران,physics\n", encoding="utf-8")
    assert main(["--db", str(db), "import", str(one_good)]) == 0
    copies = list(backups.glob("q-*.sqlite"))
    assert len(copies) == 1 and names_in(copies[0]) == sorted(NAMES)  # the database as it was before
    assert "نسخه پشتیبان ساخته شد" in capsys.readouterr().out
    # reading commands make none
    main(["--db", str(db), "backup", str(tmp_path / "by-hand.sqlite")])
    assert len(list(backups.glob("q-*.sqlite"))) == 1


# -- restore checks the backup before anything is replaced ----------------------------------


@pytest.mark.parametrize("spoil", [truncate, scramble, newer, damage_inside], ids=["truncated", "random", "newer", "inside"])
def test_restore_refuses_a_damaged_backup_and_the_database_is_untouched(tmp_path, capsys, spoil):
    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))
    backup = maintenance.automatic_backup(db=store.db).path
    add_institution(uow=store.uow, name="دانشگاه یزد")  # after the backup
    store.close()
    spoil(backup)
    spoiled = backup.read_bytes()
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(db), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "دست نخورد" in err
    assert "نگارش تازه‌تری" in err if spoil is newer else str(backup.name) in err
    assert db.read_bytes() == before
    assert names_in(db) == sorted([*NAMES, "دانشگاه یزد"])
    assert backup.read_bytes() == spoiled  # only read
    assert not list(tmp_path.glob("q.before-restore-*")) and not list(tmp_path.glob("q.damaged-*"))


def test_restore_of_a_good_backup_keeps_what_it_replaced(tmp_path):
    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))
    backup = maintenance.automatic_backup(db=store.db).path
    add_institution(uow=store.uow, name="دانشگاه یزد")
    saved = maintenance.restore(db=store.db, source=backup)
    assert sorted(i.name for i in list_institutions(uow=store.uow)) == sorted(NAMES)  # the open store sees it
    store.close()
    assert saved.name.startswith("q.before-restore-") and "دانشگاه یزد" in names_in(saved)
    assert integrity(saved) == "ok"


# -- a damaged database at start ---------------------------------------------------------------


@pytest.mark.parametrize("spoil", [truncate, scramble, damage_inside], ids=["truncated", "random", "inside"])
def test_a_damaged_database_is_refused_at_start_naming_the_newest_good_backup(tmp_path, capsys, spoil):
    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))
    older = maintenance.automatic_backup(db=store.db, now=datetime(2026, 11, 20, 9, 0)).path
    newest = maintenance.automatic_backup(db=store.db, now=datetime(2026, 11, 24, 9, 0)).path
    store.close()
    spoil(newest)  # the newest copy is bad too: the older one is offered
    spoil(db)
    before = db.read_bytes()
    with pytest.raises(maintenance.DamagedDatabase) as refused:
        open_store(str(db), exclusive=True)
    assert refused.value.newest is not None and refused.value.newest.path == older
    assert db.read_bytes() == before
    capsys.readouterr()
    assert main(["--db", str(db), "init"]) == 1
    err = capsys.readouterr().err
    assert "باز نشد" in err and "دست نخورد" in err and str(older) in err and "restore" in err
    assert db.read_bytes() == before
    # restoring from the command line: the damaged file is set aside, byte for byte
    assert main(["--db", str(db), "restore", str(older)]) == 0
    aside = list(tmp_path.glob("q.damaged-*.sqlite"))
    assert len(aside) == 1 and aside[0].read_bytes() == before
    assert names_in(db) == sorted(NAMES) and integrity(db) == "ok"
    open_store(str(db), exclusive=True).close()


def test_a_damaged_database_without_a_backup_says_so(tmp_path, capsys):
    db = make_db(tmp_path / "q.sqlite")
    truncate(db)
    capsys.readouterr()
    assert main(["--db", str(db), "export", "evaluations", "--year", "1403", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "پشتیبان سالمی از آن پیدا نشد" in capsys.readouterr().err


def test_an_emptied_file_with_backups_is_damage_without_is_a_new_database(tmp_path):
    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))
    maintenance.automatic_backup(db=store.db)
    store.close()
    db.write_bytes(b"")
    with pytest.raises(maintenance.DamagedDatabase, match="خالی"):
        open_store(str(db))
    assert db.stat().st_size == 0
    fresh = tmp_path / "fresh.sqlite"
    fresh.write_bytes(b"")
    open_store(str(fresh)).close()
    assert integrity(fresh) == "ok"


def test_the_window_offers_the_newest_good_backup_and_restores_it(tmp_path, qapp, monkeypatch):
    from qotb_desktop.gui import recovery

    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))
    good = maintenance.automatic_backup(db=store.db).path
    store.close()
    scramble(db)
    before = db.read_bytes()
    asked = []

    def choose(box, buttons):
        asked.append(box.text())
        return recovery.RESTORE if recovery.RESTORE in buttons.values() else recovery.CLOSE

    monkeypatch.setattr(recovery, "_choose", choose)
    with pytest.raises(maintenance.DamagedDatabase) as refused:
        open_store(str(db), exclusive=True)
    assert recovery.start_failed(refused.value) is True
    assert str(good) in asked[0] and "آسیب" in asked[0] + asked[-1]
    assert names_in(db) == sorted(NAMES)
    assert [p.read_bytes() for p in tmp_path.glob("q.damaged-*.sqlite")] == [before]
    # and refusing leaves everything as it is
    scramble(db)
    before = db.read_bytes()
    monkeypatch.setattr(recovery, "_choose", lambda box, buttons: recovery.CLOSE)
    with pytest.raises(maintenance.DamagedDatabase) as refused:
        open_store(str(db), exclusive=True)
    assert recovery.start_failed(refused.value) is False
    assert db.read_bytes() == before


def test_the_window_makes_its_copies_in_the_background(tmp_path, qtbot):
    from PySide6.QtWidgets import QWidget

    from qotb_desktop.gui import recovery

    class Window(QWidget):
        said: list[str] = []

        def say(self, text):
            self.said.append(text)

        def reload(self):
            pass

    store = open_store(str(make_db(tmp_path / "q.sqlite")))
    window = Window()
    qtbot.addWidget(window)
    backups = recovery.AutomaticBackups(window, store, first_after_ms=10)
    qtbot.waitUntil(lambda: backups.last is not None, timeout=10_000)
    assert backups.last.path.exists() and "پشتیبان خودکار" in window.said[-1]
    backups.if_due()  # not due again for a day
    assert not backups.running
    store.close()


# -- one program per database ----------------------------------------------------------------


def test_a_second_program_is_told_who_holds_the_database(tmp_path, capsys):
    db = make_db(tmp_path / "q.sqlite")
    window = open_store(str(db), exclusive=True, what="پنجره برنامه")
    with pytest.raises(maintenance.InUse) as refused:
        open_store(str(db), exclusive=True)
    assert "پنجره برنامه" in str(refused.value) and str(os.getpid()) == refused.value.holder["pid"]
    capsys.readouterr()
    assert main(["--db", str(db), "demo"]) == 1
    assert main(["--db", str(db), "restore", str(db)]) == 1
    err = capsys.readouterr().err
    assert "باز است" in err
    # reading beside the window is safe (WAL): a backup is made
    assert main(["--db", str(db), "backup", str(tmp_path / "b.sqlite")]) == 0
    assert names_in(tmp_path / "b.sqlite") == sorted(NAMES)
    add_institution(uow=window.uow, name="دانشگاه یزد")
    window.close()
    open_store(str(db), exclusive=True).close()  # released at close


def test_a_lock_left_by_a_killed_program_does_not_stand_in_the_way(tmp_path):
    db = make_db(tmp_path / "q.sqlite")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom qotb_desktop.wiring import open_store\n"
         f"s = open_store({str(db)!r}, exclusive=True, what='child')\nprint('held', flush=True)\ntime.sleep(60)"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(maintenance.InUse) as refused:
            open_store(str(db), exclusive=True)
        assert refused.value.holder["pid"] == str(holder.pid) and refused.value.holder["what"] == "child"
    finally:
        holder.kill()
        holder.wait(10)
    assert (tmp_path / "q.sqlite.lock").exists()  # the file stays; its lock went with the process
    open_store(str(db), exclusive=True).close()
