"""Faults: a writer killed at random moments, and files that are truncated, random, read-only
or on a full disk. Each time the program says what is wrong, in Persian, and nothing
committed is lost.

The kills are random but repeatable in their choices: the seed is printed, and
``QOTB_FAULT_SEED`` / ``QOTB_FAULT_ROUNDS`` set it and the number of rounds.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from qotb_desktop.cli import main
from qotb_desktop.services import maintenance
from qotb_desktop.services.institutions import add_institution, list_institutions
from qotb_desktop.wiring import open_store

pytestmark = pytest.mark.sqlite_only  # SQLite files killed mid-write, truncated, read-only, full disk

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "fault_writer.py"
SEED = int(os.environ.get("QOTB_FAULT_SEED", "20261125"))
ROUNDS = int(os.environ.get("QOTB_FAULT_ROUNDS", "20"))
NAMES = ["دانشگاه تهران", "دانشگاه شیراز", "دانشگاه تبریز"]


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def names_in(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return sorted(r[0] for r in conn.execute("select name from institution"))


def make_db(path: Path) -> Path:
    store = open_store(str(path))
    for name in NAMES:
        add_institution(uow=store.uow, name=name)
    store.close()
    return path


class Child:
    """fault_writer.py in its own process; its stdout lines collected as they come."""

    def __init__(self, db: Path, first: int, log: Path):
        self.lines: list[str] = []
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), str(first), "15"],
            stdout=subprocess.PIPE, stderr=self.log, cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        self.started = time.monotonic()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            text = raw.decode("utf-8")
            if text.endswith("\n"):  # a line is written whole or not at all; a cut one is not a report
                self.lines.append(text.strip())

    def wait_open(self, timeout: float = 60) -> float:
        while "open" not in self.lines:
            if self.proc.poll() is not None:
                raise AssertionError(f"the writer ended by itself: {self.log.name}")
            if time.monotonic() - self.started > timeout:
                raise AssertionError("the writer did not open the database in time")
            time.sleep(0.005)
        return time.monotonic() - self.started

    def kill(self) -> dict[int, int]:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self.reader.join(30)
        self.log.close()
        assert self.proc.returncode == -signal.SIGKILL, f"the writer ended by itself ({self.proc.returncode}): {self.log.name}"
        reported = {}
        for line in self.lines:
            if line != "open":
                record_id, n = line.split()
                reported[int(record_id)] = int(n)
        return reported


@pytest.mark.timeout(240)
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_writer_killed_at_random_moments_loses_no_committed_record(tmp_path):
    print(f"fault seed {SEED} ({ROUNDS} rounds); repeat with QOTB_FAULT_SEED={SEED}")
    rnd = random.Random(SEED)
    db = tmp_path / "office.sqlite"
    committed: dict[int, int] = {}
    startup = None
    killed_early = 0
    for round_ in range(ROUNDS):
        child = Child(db, round_ * 100_000, tmp_path / f"writer-{round_}.log")
        early = startup is not None and round_ % 6 == 5
        if early:  # while it opens the database: the check, the lock, the reference data
            time.sleep(rnd.uniform(0.5, 1.0) * startup)
            killed_early += "open" not in child.lines
        else:
            opened = child.wait_open()
            startup = startup or opened
            time.sleep(rnd.uniform(0.02, 0.2))
        reported = child.kill()
        committed.update(reported)
        where = f"seed {SEED}, round {round_} ({'early' if early else 'writing'}), {len(reported)} reported"
        # the program opens it again: the dead writer's lock does not stand in the way
        store = open_store(str(db), exclusive=True)
        stored = {i.id: i.name for i in list_institutions(uow=store.uow)}
        store.close()
        assert integrity(db) == "ok", where
        lost = {i: n for i, n in committed.items() if stored.get(i) != f"مؤسسه آزمون {n}"}
        assert not lost, f"{where}: committed records missing {sorted(lost.items())[:10]}"
    assert len(committed) > ROUNDS, f"seed {SEED}: the kills did not land among the writes"
    copies = list((tmp_path / "backups").glob("office-*.sqlite"))
    assert copies, f"seed {SEED}: no automatic backup was made"
    for copy in copies:  # a copy killed half-way never takes its name
        assert integrity(copy) == "ok", f"seed {SEED}: {copy.name}"
    print(f"{len(committed)} committed records checked, {killed_early} kills while opening, {len(copies)} backups whole")


def wait_for(path: Path, child: Child, timeout: float = 60) -> float:
    while not path.exists():
        if child.proc.poll() is not None or time.monotonic() - child.started > timeout:
            raise AssertionError(f"{path.name} did not appear: {child.log.name}")
        time.sleep(0.0005)
    return time.monotonic()


@pytest.mark.timeout(120)
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_first_start_killed_half_way_starts_again(tmp_path):
    """Killed while the file is created and migrated (the kill lands between the lock
    being taken and the database being ready): the migration is one transaction, and
    the journal it leaves is rolled back, not taken for damage."""
    rnd = random.Random(SEED)
    probe = Child(tmp_path / "probe.sqlite", 0, tmp_path / "probe.log")
    locked = wait_for(tmp_path / "probe.sqlite.lock", probe)
    probe.wait_open()
    opening = time.monotonic() - locked
    probe.kill()
    states = []
    for round_ in range(5):
        db = tmp_path / f"new-{round_}.sqlite"
        child = Child(db, 0, tmp_path / f"new-{round_}.log")
        wait_for(Path(f"{db}.lock"), child)
        time.sleep(rnd.uniform(0.0, 1.0) * opening)
        reported = child.kill()
        states.append("".join(p.name.removeprefix(db.name) or "db" for p in sorted(tmp_path.glob(f"{db.name}*"))))
        store = open_store(str(db), exclusive=True)
        stored = {i.id for i in list_institutions(uow=store.uow)}
        store.close()
        assert integrity(db) == "ok", f"seed {SEED}, round {round_}"
        assert set(reported) <= stored, f"seed {SEED}, round {round_}"
    print(f"opening takes {opening:.3f} s; left behind by the kills: {states}")


def test_a_transaction_cut_short_in_rollback_journal_mode_is_recovered_not_refused(tmp_path):
    db = make_db(tmp_path / "q.sqlite")
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=5'); c.execute('BEGIN')\n"
        "for n in range(3000):\n"
        "    c.execute(\"insert into institution (name, kind, city) values (?, 'university', '')\", (f'x{n}' + 'ا' * 150,))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=True)
    assert Path(f"{db}-journal").stat().st_size > 0  # a hot journal, and pages of the cut transaction in the file
    store = open_store(str(db), exclusive=True)
    assert sorted(i.name for i in list_institutions(uow=store.uow)) == sorted(NAMES)
    store.close()
    assert integrity(db) == "ok"


# -- damaged files at start --------------------------------------------------------------------


@pytest.mark.parametrize("cut", [0.5, 0.1, 0.97])
def test_a_truncated_database_gets_the_message_and_stays_as_it_is(tmp_path, capsys, cut):
    db = make_db(tmp_path / "q.sqlite")
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * cut)])
    before = db.read_bytes()
    for command in (["init"], ["demo"], ["backup", str(tmp_path / "b.sqlite")]):
        assert main(["--db", str(db), *command]) == 1
        err = capsys.readouterr().err
        assert "باز نشد" in err and "آسیب" in err and "دست نخورد" in err, err
        assert db.read_bytes() == before
    assert not (tmp_path / "b.sqlite").exists()


def test_random_bytes_get_the_message_and_stay_as_they_are(tmp_path, capsys):
    db = tmp_path / "q.sqlite"
    db.write_bytes(random.Random(SEED).randbytes(100_000))
    before = db.read_bytes()
    assert main(["--db", str(db), "init"]) == 1
    err = capsys.readouterr().err
    assert "SQLite نیست" in err and "دست نخورد" in err
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.sqlite", "q.sqlite.lock"]


# -- read-only files and folders ---------------------------------------------------------------


@contextlib.contextmanager
def read_only(path: Path):
    """Really read-only: chmod for an ordinary user; as root (whom chmod does not stop)
    the immutable attribute, where the file system and the container allow it."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"running as root, and chattr +i is refused here ({done.stderr.decode().strip()}); chmod would not stop root")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_is_refused_with_the_reason_and_kept(tmp_path, capsys):
    db = make_db(tmp_path / "q.sqlite")
    before = db.read_bytes()
    with read_only(db):
        for command in (["init"], ["import", str(db)]):
            assert main(["--db", str(db), *command]) == 1
            err = capsys.readouterr().err
            assert "فقط‌خواندنی" in err and str(db) in err
        assert db.read_bytes() == before
    assert names_in(db) == sorted(NAMES)


def test_a_read_only_folder_and_a_folder_that_cannot_be_made(tmp_path, capsys):
    folder = tmp_path / "office"
    folder.mkdir()
    db = make_db(folder / "q.sqlite")
    before = db.read_bytes()
    with read_only(folder):
        assert main(["--db", str(db), "init"]) == 1
        assert "اجازه نوشتن در پوشه" in capsys.readouterr().err
        assert main(["--db", str(folder / "new" / "q.sqlite"), "init"]) == 1
        err = capsys.readouterr().err
        assert "ساخته نشد" in err and str(folder / "new") in err
    assert db.read_bytes() == before and not (folder / "new").exists()


def test_read_only_simulated_where_the_system_cannot(tmp_path, monkeypatch, capsys):
    """The same refusal whatever the user: the check asks the system (os.access)."""
    db = make_db(tmp_path / "q.sqlite")
    before = db.read_bytes()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == db and mode == os.W_OK else real(p, mode, **kw))
    assert main(["--db", str(db), "demo"]) == 1
    assert "فقط‌خواندنی" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert not Path(str(db) + "-wal").exists()


# -- a full disk -------------------------------------------------------------------------------


def fill_the_disk(store) -> None:
    """SQLite's own «database or disk is full»: no page may be added to the file."""
    from sqlalchemy import event

    def full(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    store.db.engine.dispose()
    event.listen(store.db.engine, "connect", full)


def test_a_full_disk_refuses_the_change_with_the_reason_and_keeps_the_records(tmp_path):
    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))
    fill_the_disk(store)
    refused = 0
    with pytest.raises(maintenance.StorageError, match="دیسک پر است"):
        for n in range(2000):  # until the pages run out
            add_institution(uow=store.uow, name=f"دانشگاه شماره {n} با نامی بلند {'ا' * 150}")
            refused = n
    assert refused < 1999
    listed = [i.name for i in list_institutions(uow=store.uow)]  # reading still works
    assert set(NAMES) <= set(listed)
    store.close()
    assert integrity(db) == "ok"
    assert set(NAMES) <= set(names_in(db)) and len(names_in(db)) == len(listed)


def test_a_full_disk_while_backing_up_leaves_no_half_copy(tmp_path, monkeypatch, capsys):
    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))
    good = maintenance.automatic_backup(db=store.db)
    store.close()
    real = sqlite3.connect

    def small_disk(target, *args, **kwargs):
        conn = real(target, *args, **kwargs)
        if str(target).endswith(".part"):  # the copy being written gets no room
            conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    before = db.read_bytes()
    store = open_store(str(db))
    with pytest.raises(maintenance.StorageError, match="دیسک پر است"):
        maintenance.automatic_backup(db=store.db)
    store.close()
    assert main(["--db", str(db), "backup", str(tmp_path / "b.sqlite")]) == 1
    assert "دیسک پر است" in capsys.readouterr().err
    assert main(["--db", str(db), "restore", str(good.path)]) == 1  # the copy of the current file fails first
    assert "دیسک پر است" in capsys.readouterr().err
    monkeypatch.undo()
    assert db.read_bytes() == before
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [good.path.name]
    assert not (tmp_path / "b.sqlite").exists() and not list(tmp_path.rglob("*.part"))
    assert not list(tmp_path.glob("q.before-restore-*"))


def test_no_room_to_rename_the_copy_into_place(tmp_path, monkeypatch):
    """ENOSPC from the file system itself (not SQLite) while the copy is put in place."""
    db = make_db(tmp_path / "q.sqlite")
    store = open_store(str(db))

    def no_room(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", no_room)
    with pytest.raises(maintenance.StorageError, match="دیسک پر است"):
        maintenance.automatic_backup(db=store.db)
    monkeypatch.undo()
    store.close()
    assert not list((tmp_path / "backups").iterdir())
    assert names_in(db) == sorted(NAMES)


# -- a full disk is not damage (issue 19, item 10) ---------------------------------------------------


@pytest.fixture
def full_disk(tmp_path):
    """A 2 MB tmpfs holding a healthy database (closed cleanly: no -wal, no -shm), then
    filled to the last byte. Root only; skipped where a tmpfs cannot be mounted."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here ({done.stderr.decode().strip()}); see the simulated test below")
    try:
        db = make_db(mount / "q.sqlite")
        store = open_store(str(db))
        maintenance.automatic_backup(db=store.db)  # a good backup exists: it must not be offered
        store.close()
        with open(mount / "filler", "ab", buffering=0) as fh, contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 4096)
        yield db
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.skipif(os.name == "nt", reason="tmpfs is Linux")
def test_a_full_disk_at_start_is_said_plainly_and_no_backup_is_proposed(full_disk, tmp_path, capsys):
    db = full_disk
    before = db.read_bytes()
    for command in (["init"], ["demo"], ["import", str(db)]):
        assert main(["--db", str(db), *command]) == 1
        err = capsys.readouterr().err
        assert "دیسک" in err and "پر است" in err and str(db.parent) in err, err
        assert "آسیب دیده" not in err and "restore" not in err and "پشتیبان سالم" not in err
    with pytest.raises(maintenance.StorageError):  # not DamagedDatabase
        open_store(str(db))
    # reading still works: a copy can be taken to another disk
    assert main(["--db", str(db), "backup", str(tmp_path / "rescue.sqlite")]) == 0
    assert "پر است" in capsys.readouterr().out
    assert names_in(tmp_path / "rescue.sqlite") == sorted(NAMES)
    assert db.read_bytes() == before
    (db.parent / "filler").unlink()
    assert integrity(db) == "ok" and names_in(db) == sorted(NAMES)


@pytest.mark.skipif(os.name == "nt", reason="tmpfs is Linux")
def test_the_window_on_a_full_disk_says_so_and_offers_no_restore(full_disk, qapp, monkeypatch):
    from qotb_desktop.gui import recovery

    shown: list[str] = []

    def choose(box, buttons):
        shown.append(box.text() + box.informativeText())
        assert list(buttons.values()) == [recovery.CLOSE]  # one button: no «restore»
        return recovery.CLOSE

    monkeypatch.setattr(recovery, "_choose", choose)
    monkeypatch.setattr(recovery, "offer_restore", lambda *a, **k: pytest.fail("a restore was offered"))
    assert main(["--db", str(full_disk), "gui"]) == 1
    assert len(shown) == 1 and "پر است" in shown[0]


def test_a_disk_io_error_with_no_room_is_a_full_disk_not_damage(tmp_path, monkeypatch, capsys):
    """The same as above where no tmpfs can be mounted: SQLite says «disk I/O error» and
    the disk has no room left."""
    from qotb_desktop.store import db as db_module
    from qotb_desktop.store import disk

    db = make_db(tmp_path / "q.sqlite")
    before = db.read_bytes()

    def io_error(path, **kwargs):
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode = sqlite3.SQLITE_IOERR
        raise exc

    monkeypatch.setattr(db_module, "connect_read_only", io_error)
    monkeypatch.setattr(disk, "disk_is_full", lambda folder: True)
    assert main(["--db", str(db), "init"]) == 1
    err = capsys.readouterr().err
    assert "پر است" in err and "آسیب" not in err.replace("نشانه آسیب پرونده نیست", "")
    monkeypatch.setattr(disk, "disk_is_full", lambda folder: False)  # room, but the disk fails to read
    assert main(["--db", str(db), "init"]) == 1
    err = capsys.readouterr().err
    assert "نشانه آسیب پرونده نیست" in err and "پشتیبان سالم" not in err
    monkeypatch.undo()
    assert db.read_bytes() == before and names_in(db) == sorted(NAMES)


# -- read-only, another user's (issue 19, item 11) ---------------------------------------------------


@pytest.mark.parametrize("what", ["file", "folder"])
def test_reading_commands_work_on_a_read_only_database_or_folder(tmp_path, capsys, what):
    folder = tmp_path / "office"
    folder.mkdir()
    db = folder / "q.sqlite"
    assert main(["--db", str(db), "demo"]) == 0  # a year of centres to export (an empty year is refused)
    capsys.readouterr()
    names = names_in(db)  # the demo's institutions
    before, listed = db.read_bytes(), [p.name for p in folder.iterdir()]
    out = tmp_path / "out"
    out.mkdir()
    with read_only(db if what == "file" else folder):
        assert main(["--db", str(db), "backup", str(out / "copy.sqlite")]) == 0
        assert "فقط برای خواندن باز شد" in capsys.readouterr().out
        assert main(["--db", str(db), "export", "evaluations", "--year", "1403", "-o", str(out / "s.csv")]) == 0
        assert "در دفتر تغییرات ثبت نشد" in capsys.readouterr().out
        assert main(["--db", str(db), "print-samples", str(out / "forms")]) == 0
        capsys.readouterr()
        for command in (["init"], ["demo"]):  # the ones that write are refused, saying which do work
            assert main(["--db", str(db), *command]) == 1
            err = capsys.readouterr().err
            assert "backup" in err and "export" in err
    assert names_in(out / "copy.sqlite") == names and len(names) == 3
    assert (out / "s.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    if what == "folder":  # nothing could be written beside it, and nothing was
        assert sorted(p.name for p in folder.iterdir()) == sorted(listed)
    assert db.read_bytes() == before and integrity(db) == "ok"


AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _as_nobody(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*AS_NOBODY, sys.executable, "-m", "qotb_desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT), "HOME": "/tmp", "PYTHONDONTWRITEBYTECODE": "1"},
    )


@pytest.mark.skipif(os.name == "nt" or os.geteuid() != 0, reason="needs root, to run as another user (setpriv)")
def test_a_database_of_another_user_is_named_so_not_read_only(tmp_path):
    import shutil
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="qotb-shared-", dir="/tmp"))
    try:
        shared.chmod(0o777)  # anyone may write in the folder: only the file is root's
        db = make_db(shared / "q.sqlite")
        db.chmod(0o644)
        done = _as_nobody("--db", str(db), "init")
        assert done.returncode == 1, done.stderr
        assert "کاربر دیگری (root)" in done.stderr and "nobody" in done.stderr and "نوشتن" in done.stderr
        assert "فقط‌خواندنی" not in done.stderr and "Traceback" not in done.stderr
        done = _as_nobody("--db", str(db), "backup", str(shared / "mine.sqlite"))  # reading: allowed
        assert done.returncode == 0, done.stderr
        db.chmod(0o600)
        done = _as_nobody("--db", str(db), "backup", str(shared / "again.sqlite"))
        assert done.returncode == 1
        assert "کاربر دیگری (root)" in done.stderr and "خواندن" in done.stderr and "Traceback" not in done.stderr
        assert names_in(db) == sorted(NAMES)
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_a_database_of_another_user_simulated(tmp_path, monkeypatch, capsys):
    """The same message where no other user can be run: the file's owner is not this user."""
    db = make_db(tmp_path / "q.sqlite")
    real_access, real_geteuid = os.access, os.geteuid
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if Path(p) == db and mode == os.W_OK else real_access(p, mode, **kw)
    )
    monkeypatch.setattr(os, "geteuid", lambda: real_geteuid() + 4242)
    assert main(["--db", str(db), "init"]) == 1
    err = capsys.readouterr().err
    assert "کاربر دیگری" in err and "فقط‌خواندنی" not in err


# -- leftovers of killed copies (issue 19, item 13) ---------------------------------------------------


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_what_killed_restores_and_backups_left_is_removed_at_start(tmp_path):
    db = make_db(tmp_path / "q.sqlite")
    backups = tmp_path / "backups"
    backups.mkdir()
    gone, alive = dead_pid(), os.getpid()
    left = [
        tmp_path / f"q.before-restore-20261201-101010.sqlite.{gone}.part",  # a restore killed copying the current file
        tmp_path / f"q.before-0009-20261201-101010.sqlite.{gone}.part",  # a migration's copy
        tmp_path / f"q.restoring-20261201-101010.sqlite.{gone}.part",
        backups / f"q-20261201-101010.sqlite.{gone}.part",  # a backup killed while copying
        backups / f"q-20261201-101010.sqlite.{gone}.part-journal",
    ]
    kept = [
        backups / f"q-20261201-111111.sqlite.{alive}.part",  # a copy being made now, by a live process
        tmp_path / f"notes.{gone}.part",  # not this database's
        backups / "q-20261201-121212.sqlite",  # a real backup
    ]
    old = time.time() - 600
    for path in left + kept:
        path.write_bytes(b"x" * 1000)
        os.utime(path, (old, old))
    young = backups / f"q-20261201-131313.sqlite.{gone}.part"  # just written: perhaps another desk's, on a share
    young.write_bytes(b"x")
    open_store(str(db)).close()
    assert [p.name for p in left if p.exists()] == []
    assert all(p.exists() for p in kept) and young.exists()
    # and the rotation clears them too, once old enough
    os.utime(young, (old, old))
    store = open_store(str(db))
    maintenance.automatic_backup(db=store.db)
    store.close()
    assert not young.exists()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_backup_killed_half_way_leaves_nothing_after_the_next_start(tmp_path):
    """A real kill: a child copies a database of some size into backups/ and is killed
    mid-copy; what it left (the .part and its -journal) goes at the next start."""
    db = make_db(tmp_path / "q.sqlite")  # some 80 pages: copied one page each 50 ms
    script = (
        "import sys, time\n"
        "from qotb_desktop.store import db as d\n"
        "real = d.connect_read_only\n"
        "class Slow:\n"
        "    def __init__(self, conn): self.conn = conn\n"
        "    def backup(self, target, **kw):\n"
        "        self.conn.backup(target, pages=1, progress=lambda *a: (print('copying', flush=True), time.sleep(0.05)))\n"
        "    def __getattr__(self, name): return getattr(self.conn, name)\n"
        "d.connect_read_only = lambda path, **kw: Slow(real(path, **kw))\n"
        "d.copy_sqlite(d.Path(sys.argv[1]), d.Path(sys.argv[2]))\n"
    )
    target = tmp_path / "backups" / "q-20261201-101010.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(db), str(target)],
        stdout=subprocess.PIPE, cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert child.stdout.readline().strip() == b"copying"
    child.kill()
    child.wait(30)
    child.stdout.close()
    left = [p for p in (tmp_path / "backups").iterdir() if ".part" in p.name]
    assert left and not target.exists()
    old = time.time() - 600
    for p in left:
        os.utime(p, (old, old))
    open_store(str(db)).close()
    assert list((tmp_path / "backups").iterdir()) == []
