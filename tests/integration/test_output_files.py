"""Every file the program writes (issue 19, items 1 and 4): never over the database, its
side files or its backups; never over an existing file without --force; whole or not at
all, a full disk included (simulated, and on a real tiny disk where one can be mounted).

The writers of the command line: backup, export (PDF, Excel, CSV), the import's error
report, print-samples. The window's saves go through the same module (tests/gui).
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qotb_desktop import output_files
from qotb_desktop.cli import main
from qotb_desktop.domain.dates import jalali_year
from tests.conftest import TODAY

pytestmark = pytest.mark.sqlite_only  # a database's own files on the disk

ROOT = Path(__file__).resolve().parents[2]
YEAR = str(jalali_year(TODAY) - 1)
HEADER = "کد ملی,نام,نام خانوادگی,مرتبه علمی,مؤسسه,گروه / رشته\n"
EXPORTS = ["pdf", "xlsx", "csv"]


def bad_sheet(folder: Path) -> Path:
    """A sheet whose one row is refused (an institution not registered): nothing is imported."""
    path = folder / "members.csv"
    path.write_text(HEADER + "0499370899,علی,کریمی,استاد,دانشگاه ناشناس,physics\n", encoding="utf-8")
    return path


def writer(kind: str, db: Path, target: Path, folder: Path, *extra: str) -> list[str]:
    """The command that writes ``target`` with writer ``kind``."""
    if kind == "backup":
        return ["--db", str(db), "backup", str(target), *extra]
    if kind in EXPORTS:
        return ["--db", str(db), "export", "evaluations", "--year", YEAR, "--format", kind, "-o", str(target), *extra]
    if kind == "import-report":
        return ["--db", str(db), "import", str(bad_sheet(folder)), "--report", str(target), *extra]
    raise AssertionError(kind)


WRITERS = ["backup", *EXPORTS, "import-report"]


def state(db: Path) -> tuple[str, int, int]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        members = conn.execute("SELECT count(*) FROM faculty_member").fetchone()[0]
        trail = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return check, members, trail


def side_files(db: Path) -> dict[str, Path]:
    return {
        "the database": db,
        "-wal": Path(f"{db}-wal"),
        "-shm": Path(f"{db}-shm"),
        "-journal": Path(f"{db}-journal"),
        ".lock": Path(f"{db}.lock"),
        "backups/": db.parent / "backups" / "mine.sqlite",
    }


@pytest.fixture
def office(demo_store, tmp_path):
    """The demo's database, open in this process (its -wal and -shm exist), with its lock
    file and one automatic copy in backups/."""
    from qotb_desktop.services import maintenance

    db = demo_store.db.path
    maintenance.automatic_backup(db=demo_store.db)
    Path(f"{db}.lock").touch()
    return db


@pytest.mark.parametrize("kind", WRITERS)
@pytest.mark.parametrize("aim", ["the database", "-wal", "-shm", "-journal", ".lock", "backups/"])
def test_no_writer_writes_over_the_database_its_side_files_or_its_backups(office, tmp_path, capsys, kind, aim):
    db = office
    target = side_files(db)[aim]
    existed = target.exists()
    copies = {p.name: p.read_bytes() for p in (db.parent / "backups").iterdir()}
    held = state(db)
    assert main(writer(kind, db, target, tmp_path, "--force")) == 1  # --force does not make it allowed
    err = capsys.readouterr().err
    assert str(target) in err and ("پایگاه داده" in err or "پشتیبان" in err)
    assert state(db) == held  # the database whole, nothing imported
    assert target.exists() == existed
    assert {p.name: p.read_bytes() for p in (db.parent / "backups").iterdir()} == copies
    assert not list(db.parent.rglob("*.part"))


def test_the_backups_folder_itself_and_a_folder_inside_it_are_refused(office, tmp_path, capsys):
    db = office
    backups = db.parent / "backups"
    assert main(["--db", str(db), "backup", str(backups), "--force"]) == 1
    assert "پوشه" in capsys.readouterr().err
    assert main(["--db", str(db), "print-samples", str(backups), "--force"]) == 1
    assert "پشتیبان‌های خودکار" in capsys.readouterr().err
    assert main(["--db", str(db), "print-samples", str(db)]) == 1  # the database is a file, not a folder
    assert "پوشه" in capsys.readouterr().err
    assert [p.name for p in backups.iterdir() if not p.name.startswith("test-")] == []


def test_the_side_file_of_any_sqlite_database_is_refused(demo_store, tmp_path, capsys):
    """Not only the open database's: «other.sqlite-wal» beside another SQLite file too."""
    other = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
    for side in output_files.SIDE_FILES:
        assert main(["--db", str(demo_store.db.path), "backup", f"{other}{side}", "--force"]) == 1
        assert "پرونده کناری پایگاه داده" in capsys.readouterr().err
        assert not Path(f"{other}{side}").exists()
    plain = tmp_path / "notes.txt"  # a file that is not a database: its "-wal" is an ordinary name
    plain.write_text("x")
    assert main(["--db", str(demo_store.db.path), "backup", f"{plain}-wal"]) == 0


@pytest.mark.parametrize("kind", WRITERS)
def test_an_existing_file_is_replaced_only_with_force(demo_store, tmp_path, capsys, kind):
    db = demo_store.db.path
    target = tmp_path / "out" / f"result.{'sqlite' if kind == 'backup' else 'xlsx' if kind == 'import-report' else kind}"
    target.parent.mkdir()
    target.write_bytes(b"kept")
    assert main(writer(kind, db, target, tmp_path)) == 1
    assert "--force" in capsys.readouterr().err
    assert target.read_bytes() == b"kept"
    assert main(writer(kind, db, target, tmp_path, "--force")) == (1 if kind == "import-report" else 0)  # a row refused
    assert target.read_bytes() != b"kept" and target.stat().st_size > 100
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left


def test_print_samples_refuses_an_existing_form_before_writing_any(demo_store, tmp_path, capsys):
    db = str(demo_store.db.path)
    out = tmp_path / "forms"
    assert main(["--db", db, "print-samples", str(out)]) == 0
    made = sorted(p.name for p in out.iterdir())
    assert len(made) > 5 and not [n for n in made if n.endswith(".part")]
    kept = out / made[-1]
    kept.write_bytes(b"kept")
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    capsys.readouterr()
    assert main(["--db", db, "print-samples", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == stamps  # none written, not even the first
    assert main(["--db", db, "print-samples", str(out), "--force"]) == 0
    assert kept.read_bytes().startswith(b"%PDF")


def test_the_import_report_is_checked_before_anything_is_imported(demo_store, tmp_path, capsys):
    db = demo_store.db.path
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "0499370899,علی,کریمی,استاد,دانشگاه تهران,physics\n", encoding="utf-8")
    held = state(db)
    assert main(["--db", str(db), "import", str(good), "--report", str(db), "--force"]) == 1
    assert "خود پایگاه داده است" in capsys.readouterr().err
    assert state(db) == held  # the good row was not imported, no copy made
    assert not list((db.parent / "backups").glob("*.sqlite")) if (db.parent / "backups").exists() else True


# -- a full disk: nothing under the name asked for ------------------------------------------------


@contextlib.contextmanager
def disk_full_after(n_bytes: int):
    """Every file opened for writing under a temporary name (``*.part``) takes ``n_bytes``,
    then the disk is full (ENOSPC), as a real disk filling up half-way through a write."""
    real_open = builtins.open

    class FillingUp:
        def __init__(self, fh):
            self._fh, self._room = fh, n_bytes

        def write(self, data) -> int:
            if len(data) > self._room:
                self._fh.write(bytes(data[: self._room]))
                self._room = 0
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            self._room -= len(data)
            return self._fh.write(data)

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

    def opener(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        if "w" in mode and str(file).endswith(".part"):
            return FillingUp(fh)
        return fh

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(builtins, "open", opener)
        mp.setattr(io, "open", opener)
        mp.setattr(sqlite3, "connect", _small_sqlite(sqlite3.connect))
        yield


def _small_sqlite(real):
    def connect(target, *args, **kwargs):
        conn = real(target, *args, **kwargs)
        if str(target).endswith(".part"):  # a copy being written gets no room
            conn.execute("PRAGMA max_page_count=2")
        return conn

    return connect


def assert_nothing_left(target: Path, err: str, *, old: bytes | None = None) -> None:
    assert "دیسک پر است" in err and str(target) in err, err
    assert "Traceback" not in err
    if old is None:
        assert not target.exists()
    else:
        assert target.read_bytes() == old  # the file it would have replaced is as it was
    assert not [p.name for p in target.parent.iterdir() if ".part" in p.name]


@pytest.mark.parametrize("kind", WRITERS)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "replacing"])
def test_a_full_disk_half_way_leaves_no_truncated_file(demo_store, tmp_path, capsys, kind, existing):
    db = demo_store.db.path
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"result.{'sqlite' if kind == 'backup' else 'xlsx' if kind == 'import-report' else kind}"
    if existing:
        target.write_bytes(b"the old file")
    sheet = bad_sheet(tmp_path)  # made before the disk fills
    args = writer(kind, db, target, tmp_path, "--force")
    if kind == "import-report":
        args[3] = str(sheet)
    with disk_full_after(1000):
        assert main(args) == 1
    assert_nothing_left(target, capsys.readouterr().err, old=b"the old file" if existing else None)


def test_a_full_disk_during_print_samples_leaves_whole_forms_only(demo_store, tmp_path, capsys):
    out = tmp_path / "forms"
    with disk_full_after(5000):
        assert main(["--db", str(demo_store.db.path), "print-samples", str(out)]) == 1
    err = capsys.readouterr().err
    assert "دیسک پر است" in err and str(out) in err
    assert not [p for p in out.iterdir() if ".part" in p.name or not p.read_bytes().startswith(b"%PDF")]


# -- a real tiny disk (a tmpfs; root only) -----------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path):
    """A 4 MB tmpfs, nearly filled: the disk a clerk's USB stick is when it is full."""
    mount = tmp_path / "stick"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here ({done.stderr.decode().strip()}); the simulated full disk stands in")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(mount: Path, leave: int) -> None:
    filler = mount / "filler"
    with open(filler, "ab", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    with open(filler, "r+b") as fh:  # give back what is to be left
        fh.truncate(max(0, filler.stat().st_size - leave))


@pytest.mark.skipif(os.name == "nt", reason="tmpfs is Linux")
@pytest.mark.parametrize("kind", WRITERS)
def test_a_real_full_disk_leaves_no_truncated_file(demo_store, tiny_disk, tmp_path, capsys, kind):
    db = demo_store.db.path
    target = tiny_disk / f"result.{'sqlite' if kind == 'backup' else 'xlsx' if kind == 'import-report' else kind}"
    args = writer(kind, db, target, tmp_path)
    fill(tiny_disk, 0 if kind == "csv" else 4096)  # one page left (none for the small CSV): each file needs more
    assert main(args) == 1
    assert_nothing_left(target, capsys.readouterr().err)
    (tiny_disk / "filler").unlink()  # room again: the same command works
    assert main(args) == (1 if kind == "import-report" else 0)
    assert target.stat().st_size > 1000


# -- item 4: the probe -------------------------------------------------------------------------------

HOLDER = """
import sys, time
from sqlalchemy import event
from qotb_desktop.wiring import open_store
from qotb_desktop.services.institutions import add_institution
store = open_store(sys.argv[1], exclusive=True, what="probe")
event.listen(store.db.engine, "connect", lambda c, _r: c.execute("PRAGMA wal_autocheckpoint=0"))
store.db.engine.dispose()
for n in range(50):
    add_institution(uow=store.uow, name=f"مؤسسه شماره {n}")
print("committed", flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("aim", ["-wal", "-shm", ".lock", "the database"])
def test_a_backup_aimed_at_a_live_databases_side_file_loses_nothing(tmp_path, capsys, aim):
    """Another program holds 50 committed rows in the write-ahead log, not yet in the file;
    ``backup w.sqlite-wal --force`` is refused; the other program then crashes: all 50
    are there when the database is opened again, and the lock still keeps a second writer out."""
    from qotb_desktop.services.institutions import list_institutions
    from qotb_desktop.wiring import open_store

    db = tmp_path / "w.sqlite"
    open_store(str(db)).close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)}
    )
    try:
        assert child.stdout.readline().strip() == b"committed"
        wal = Path(f"{db}-wal")
        assert wal.stat().st_size > 0  # the rows are in the log
        log = wal.read_bytes()
        target = side_files(db)[aim]
        assert main(["--db", str(db), "backup", str(target), "--force"]) == 1
        assert str(target) in capsys.readouterr().err
        assert wal.read_bytes()[: len(log)] == log
        if aim == ".lock":  # the lock is the holder's still: a command that writes is refused
            assert main(["--db", str(db), "init"]) == 1
            assert "probe" in capsys.readouterr().err
    finally:
        child.kill()
        child.wait(30)
        child.stdout.close()
    time.sleep(0.1)
    store = open_store(str(db))
    try:
        assert len(list_institutions(uow=store.uow)) == 50
    finally:
        store.close()
