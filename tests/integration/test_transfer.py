"""Copying a whole database (store/transfer.py): a desk's SQLite file to PostgreSQL
(``qotb migrate-data``), a PostgreSQL store's backup to a SQLite file and its restore,
and the same copy between two SQLite files (no server needed)."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from qotb_desktop.cli import main
from qotb_desktop.domain.errors import Conflict, NotFound
from qotb_desktop.services import centres, evaluations, faculty, institutions, maintenance, meetings
from qotb_desktop.services.demo import fill_demo
from qotb_desktop.store import migrate, transfer
from qotb_desktop.store.database import Database
from qotb_desktop.store.models import Meeting
from qotb_desktop.store.triggers import triggers_set_aside
from qotb_desktop.wiring import Store, open_store
from tests import backends
from tests.conftest import TODAY
from tests.spoil import damage_inside

SIGNED = b"%PDF-1.4 signed minutes \x00\x01\x02" * 50


def demo_file(path: Path) -> Path:
    """A desk's database with the demo, a signed copy of minutes (bytes), and minutes
    approved at a later meeting (a row that refers to a later row of its own table)."""
    store = open_store(str(path))
    fill_demo(uow=store.uow, today=TODAY)
    meetings.attach_signed_copy(uow=store.uow, meeting_id=1, filename="minutes-1.pdf", content=SIGNED)
    with store.db.engine.begin() as conn, triggers_set_aside(conn, ["meeting"]):
        later = conn.execute(select(func.max(Meeting.id))).scalar_one()
        conn.execute(update(Meeting).where(Meeting.id == 1).values(approved_at_meeting_id=later, state="approved"))
    store.close()
    return path


def opened(target: str | Path) -> Database:
    db = Database(target)
    db.open()
    db.upgrade()
    return db


def counts(engine: Engine) -> dict[str, int]:
    """Every table's count, asked of the database itself (not through the transfer's code)."""
    with engine.connect() as conn:
        return {t.name: conn.execute(text(f'SELECT COUNT(*) FROM "{t.name}"')).scalar_one() for t in transfer.tables()}


def unversioned(value: object) -> object:
    """A view without its optimistic-locking version (a restore moves every version on:
    transfer._versions_past), in lists and dicts too."""
    if isinstance(value, list | tuple):
        return [unversioned(v) for v in value]
    if dataclasses.is_dataclass(value) and any(f.name == "version" for f in dataclasses.fields(value)):
        return dataclasses.replace(value, version=0)
    return value


def views(store: Store) -> dict[str, object]:
    """What the program shows of some records, field by field (the services' views),
    their versions aside."""
    uow = store.uow
    listed = centres.list_centres(uow=uow)
    return {key: unversioned(value) for key, value in _views(uow, listed).items()}


def _views(uow, listed) -> dict[str, object]:
    return {
        "institutions": institutions.list_institutions(uow=uow),
        "faculty": faculty.list_faculty(uow=uow),
        "member": faculty.get_faculty(uow=uow, faculty_id=7),
        "centres": listed,
        "memberships": [centres.list_memberships(uow=uow, centre_id=c.id) for c in listed],
        "meetings": meetings.list_meetings(uow=uow),
        "meeting": [meetings.get_meeting(uow=uow, meeting_id=m.id) for m in meetings.list_meetings(uow=uow)],
        "signed": meetings.signed_copies(uow=uow, meeting_id=1),
        "evaluations": [evaluations.list_evaluations(uow=uow, centre_id=c.id) for c in listed],
    }


def raw_rows(engine: Engine, table: str) -> list[tuple]:
    """A table's rows as the store reads them, in primary-key order."""
    t = next(t for t in transfer.tables() if t.name == table)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]


def locked(engine: Engine, statement: str) -> str:
    """The database's refusal of ``statement`` (which must be refused)."""
    with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
        conn.execute(text(statement))
    return str(refused.value.orig)


# -- SQLite to SQLite: the copy itself, no server needed ---------------------------------------


def folder_name(url: str, database: str) -> str:
    """The folder of a server database's copies: HOST-DATABASE (HOST_PORT-... off 5432)."""
    parsed = make_url(url)
    host = parsed.host if parsed.port in (None, 5432) else f"{parsed.host}_{parsed.port}"
    return f"{host}-{database}"


def test_a_copy_between_two_sqlite_files_has_every_row_and_keeps_the_locks(tmp_path):
    source = demo_file(tmp_path / "desk.sqlite")
    target = tmp_path / "copy.sqlite"
    open_store(str(target)).close()  # as the program makes one: schema, groups, seats (and their trail)
    a, b = opened(source), opened(target)
    try:
        report = transfer.copy_database(a.engine, b.engine)
        assert report.equal and report.revision == migrate.head_revision()
        assert counts(b.engine) == counts(a.engine) == report.counts()
        assert {t.table for t in report.tables} == {t.name for t in transfer.tables()}
        for table in ("meeting", "minutes_copy", "evaluation", "faculty_member", "audit_log", "app_user"):
            assert raw_rows(b.engine, table) == raw_rows(a.engine, table)
        assert transfer.compare(a.engine, b.engine).equal
        # the triggers are back: finalised minutes and closed evaluations stay locked
        assert "meeting_locked" in locked(b.engine, "UPDATE meeting SET place = 'x' WHERE id = 2")
        assert "evaluation_closed" in locked(b.engine, "DELETE FROM evaluation WHERE closed_at IS NOT NULL")
        with sqlite3.connect(source) as one, sqlite3.connect(target) as two:
            trigger_sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            assert two.execute(trigger_sql).fetchall() == one.execute(trigger_sql).fetchall()
        # a second copy into a database that now holds records: refused, naming them
        with pytest.raises(transfer.TransferRefused) as refused:
            transfer.copy_database(a.engine, b.engine)
        assert "خالی نیست" in str(refused.value) and "مؤسسه‌ها: ۳" in str(refused.value)
        assert counts(b.engine) == counts(a.engine)
        # unless replacing is asked (a restore)
        assert transfer.copy_database(a.engine, b.engine, replace=True).equal
    finally:
        a.close()
        b.close()
    store = open_store(str(target))
    try:
        new = institutions.add_institution(uow=store.uow, name="دانشگاه یزد")
        assert new == 4
    finally:
        store.close()


def test_a_copy_between_two_revisions_is_refused(tmp_path):
    source = demo_file(tmp_path / "desk.sqlite")
    target = tmp_path / "old.sqlite"
    old = Database(target)
    from alembic import command

    command.upgrade(migrate.alembic_config(old.engine), "0006")
    a = opened(source)
    try:
        with pytest.raises(transfer.TransferRefused) as refused:
            transfer.copy_database(a.engine, old.engine)
        assert "هم‌نگارش" in str(refused.value)
        with old.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM institution")).scalar_one() == 0
    finally:
        a.close()
        old.close()


def test_a_failed_copy_leaves_the_target_as_it_was(tmp_path, monkeypatch):
    source = demo_file(tmp_path / "desk.sqlite")
    target = tmp_path / "copy.sqlite"
    open_store(str(target)).close()
    a, b = opened(source), opened(target)
    before = counts(b.engine)
    real = transfer._verify

    def wrong(dst, table, rows, digest):  # a table read back different from what was read
        found = real(dst, table, rows, digest)
        return found if table.name != "decision" else transfer.TableReport(table.name, rows, rows - 1, digest, digest)

    monkeypatch.setattr(transfer, "_verify", wrong)
    try:
        with pytest.raises(transfer.TransferRefused) as refused:
            transfer.copy_database(a.engine, b.engine)
        assert "مصوبه‌ها" in str(refused.value)
        assert counts(b.engine) == before
    finally:
        a.close()
        b.close()


def test_migrate_data_refuses_a_target_that_is_not_postgresql(tmp_path, capsys):
    source = demo_file(tmp_path / "desk.sqlite")
    assert main(["migrate-data", "--from", str(source), "--to", str(tmp_path / "b.sqlite")]) == 1
    assert "PostgreSQL نیست" in capsys.readouterr().err
    assert main(["migrate-data", "--from", str(source), "--to", "mysql://u:p@h/db"]) == 1
    assert "PostgreSQL نیست" in capsys.readouterr().err
    assert not (tmp_path / "b.sqlite").exists()


# -- a desk's database to the server -----------------------------------------------------------


@pytest.mark.postgresql
def test_migrate_data_moves_the_demo_to_postgresql_verified(tmp_path, pg_database, capsys):
    source = demo_file(tmp_path / "desk.sqlite")
    desk = open_store(str(source))
    shown = views(desk)
    desk.close()
    unchanged = source.read_bytes()
    capsys.readouterr()

    assert main(["migrate-data", "--from", str(source), "--to", pg_database]) == 0
    out = capsys.readouterr().out
    assert "جلسه‌ها" in out and "meeting" in out and "یکی است" in out
    assert "qotb:qotb@" not in out  # the password is not printed
    assert source.read_bytes() == unchanged  # the desk's file is only read

    a, b = opened(source), opened(pg_database)
    try:
        assert counts(b.engine) == counts(a.engine)
        for table in ("meeting", "minutes_copy", "evaluation", "evaluation_score", "faculty_member", "audit_log"):
            assert raw_rows(b.engine, table) == raw_rows(a.engine, table)
        assert transfer.compare(a.engine, b.engine).equal
        # the triggers are back on, and do their work
        with b.engine.connect() as conn:
            states = conn.execute(text("SELECT DISTINCT tgenabled FROM pg_trigger WHERE NOT tgisinternal")).scalars().all()
        assert states == ["O"]
        assert "meeting_locked" in locked(b.engine, "UPDATE meeting SET place = 'x' WHERE id = 2")
        assert "evaluation_closed" in locked(b.engine, "UPDATE evaluation SET remarks = 'x' WHERE closed_at IS NOT NULL")
        # the same database moved: the desk's identity, kept as on the desk (issue 19.6)
        assert b.identity() == a.identity() and b.identity() is not None
        assert "identity_kept" in locked(b.engine, "UPDATE database_identity SET identity = 'x'")
        with b.engine.connect() as conn:
            max_audit = conn.execute(text("SELECT MAX(id) FROM audit_log")).scalar_one()
    finally:
        a.close()
        b.close()

    server = open_store(pg_database)  # the program opens it, every record there
    try:
        assert views(server) == shown
        # the sequences were set past the copied ids
        assert institutions.add_institution(uow=server.uow, name="دانشگاه یزد") == 4
        with server.db.engine.connect() as conn:
            first = text("SELECT MIN(id) FROM audit_log WHERE table_name = 'institution' AND id > :m")
            assert conn.execute(first, {"m": max_audit}).scalar_one() == max_audit + 1
        meeting = meetings.create_meeting(uow=server.uow, held_on=TODAY)
        assert meeting > 4
    finally:
        server.close()


@pytest.mark.postgresql
def test_migrate_data_refuses_a_target_with_records_and_a_wrong_source(tmp_path, pg_database, capsys):
    source = demo_file(tmp_path / "desk.sqlite")
    assert main(["migrate-data", "--from", str(source), "--to", pg_database]) == 0
    server = open_store(pg_database)
    institutions.add_institution(uow=server.uow, name="دانشگاه یزد")
    server.close()
    capsys.readouterr()

    assert main(["migrate-data", "--from", str(source), "--to", pg_database]) == 1
    err = capsys.readouterr().err
    assert "خالی نیست" in err and "مؤسسه‌ها: ۴" in err and "چیزی نوشته نشد" in err
    db = opened(pg_database)
    try:
        assert counts(db.engine)["institution"] == 4
    finally:
        db.close()

    other = backends.create_database()
    try:
        empty = backends.url_of(other)
        wrong = tmp_path / "notes.txt"
        wrong.write_text("not a database", encoding="utf-8")
        foreign = tmp_path / "foreign.sqlite"
        with sqlite3.connect(foreign) as conn:
            conn.execute("CREATE TABLE t (x)")
        for bad, says in (
            (tmp_path / "missing.sqlite", "پیدا نشد"),
            (wrong, "SQLite نیست"),
            (foreign, "این برنامه نیست"),
            (tmp_path, "پوشه"),
        ):
            assert main(["migrate-data", "--from", str(bad), "--to", empty]) == 1
            assert says in capsys.readouterr().err
        assert not (tmp_path / "missing.sqlite").exists()
        db = opened(empty)
        try:  # only the identity its schema was made with
            assert {k: v for k, v in counts(db.engine).items() if v} == {"database_identity": 1}
        finally:
            db.close()
    finally:
        backends.drop_database(other)


@pytest.mark.postgresql
def test_migrate_data_migrates_an_older_desk_first_with_its_copy(tmp_path, pg_database, capsys):
    frozen = Path(__file__).resolve().parents[2] / "db" / "releases" / "0.3.0.sqlite"
    source = tmp_path / "old.sqlite"
    source.write_bytes(frozen.read_bytes())
    with sqlite3.connect(source) as conn:
        institutions_before = conn.execute("SELECT COUNT(*) FROM institution").fetchone()[0]
    assert main(["migrate-data", "--from", str(source), "--to", pg_database]) == 0
    out = capsys.readouterr().out
    assert "نسخه‌ای از آن ساخته شد" in out
    assert "به نگارش این برنامه به‌روز شد" in out and "پرونده میز دست نخورد" not in out  # it says what it did
    assert list(tmp_path.glob("old.before-*.sqlite"))
    db = opened(pg_database)
    try:
        assert counts(db.engine)["institution"] == institutions_before
    finally:
        db.close()


# -- a server's backup and restore -------------------------------------------------------------


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    """The user's data folder (platformdirs honours XDG_DATA_HOME on Linux)."""
    if os.name == "nt":  # pragma: no cover
        pytest.skip("XDG_DATA_HOME is the data folder on Linux")
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "qotb-desktop"


@pytest.mark.postgresql
def test_a_postgresql_store_is_backed_up_to_a_file_and_restored_into_another(tmp_path, pg_database, data_home, capsys):
    source = demo_file(tmp_path / "desk.sqlite")
    assert main(["migrate-data", "--from", str(source), "--to", pg_database]) == 0
    backup = tmp_path / "server-backup.sqlite"
    assert main(["--db", pg_database, "backup", str(backup)]) == 0
    # the same kind of file as a desk's backup: the existing checks pass, it opens as a desk
    probe = Database(tmp_path / "probe.sqlite")
    assert probe.verify_backup(backup) == migrate.head_revision()
    server, copy = opened(pg_database), opened(backup)
    try:
        assert counts(copy.engine) == counts(server.engine)
        assert transfer.compare(server.engine, copy.engine).equal
        assert "meeting_locked" in locked(copy.engine, "UPDATE meeting SET place = 'x' WHERE id = 2")
    finally:
        server.close()
        copy.close()
    assert main(["--db", pg_database, "backup", str(backup)]) == 1  # an existing file only with --force
    assert "هست" in capsys.readouterr().err

    other = backends.create_database()
    try:
        second = backends.url_of(other)
        target = open_store(second)
        institutions.add_institution(uow=target.uow, name="دانشگاه یزد")  # replaced by the restore
        saved = maintenance.restore(db=target.db, source=backup)
        assert views(target) == views_of(pg_database)
        target.close()
        # what it replaced was kept first, in the data folder, and is a good backup
        assert saved.parent.parent == data_home / "backups"
        assert saved.parent.name == folder_name(pg_database, other) and saved.name.startswith(f"{other}.before-restore-")
        kept = opened(saved)
        try:
            assert counts(kept.engine)["institution"] == 1
        finally:
            kept.close()
        a, b = opened(pg_database), opened(second)
        try:  # the same records, and the restore in the trail of the result (issue 19.6)
            restored, source = counts(b.engine), counts(a.engine)
            assert restored.pop("audit_log") == source.pop("audit_log") + 1 and restored == source
            with b.engine.connect() as conn:
                last = conn.execute(text("SELECT action, after FROM audit_log ORDER BY id DESC LIMIT 1")).one()
            assert last.action == "restore" and str(backup) in last.after
            assert raw_rows(b.engine, "minutes_copy") == raw_rows(a.engine, "minutes_copy")
            with b.engine.connect() as conn:
                states = conn.execute(text("SELECT DISTINCT tgenabled FROM pg_trigger WHERE NOT tgisinternal")).scalars().all()
            assert states == ["O"]
        finally:
            a.close()
            b.close()
        store = open_store(second)
        try:
            assert institutions.add_institution(uow=store.uow, name="دانشگاه یزد") == 4
        finally:
            store.close()
    finally:
        backends.drop_database(other)


def views_of(url: str) -> dict[str, object]:
    store = open_store(url)
    try:
        return views(store)
    finally:
        store.close()


@pytest.mark.postgresql
def test_restore_into_postgresql_refuses_a_damaged_file_and_changes_nothing(tmp_path, pg_database, data_home, capsys):
    source = demo_file(tmp_path / "desk.sqlite")
    assert main(["migrate-data", "--from", str(source), "--to", pg_database]) == 0
    backup = tmp_path / "server-backup.sqlite"
    assert main(["--db", pg_database, "backup", str(backup)]) == 0
    store = open_store(pg_database)
    institutions.add_institution(uow=store.uow, name="دانشگاه یزد")
    store.close()
    db = opened(pg_database)
    before = counts(db.engine)
    db.close()
    damage_inside(backup)
    capsys.readouterr()
    assert main(["--db", pg_database, "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "آسیب دیده" in err and "دست نخورد" in err
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup", encoding="utf-8")
    assert main(["--db", pg_database, "restore", str(notes)]) == 1
    assert "پشتیبان پایگاه داده این برنامه نیست" in capsys.readouterr().err
    db = opened(pg_database)
    try:
        assert counts(db.engine) == before
    finally:
        db.close()
    assert not list(data_home.rglob("*.before-restore-*"))


@pytest.mark.postgresql
def test_an_older_backup_is_migrated_on_its_way_into_postgresql(tmp_path, pg_database, data_home):
    frozen = Path(__file__).resolve().parents[2] / "db" / "releases" / "0.3.0.sqlite"
    with sqlite3.connect(f"file:{frozen}?mode=ro", uri=True) as conn:
        faculty_before = conn.execute("SELECT COUNT(*) FROM faculty_member").fetchone()[0]
    store = open_store(pg_database)
    try:
        maintenance.restore(db=store.db, source=frozen)
        assert len(faculty.list_faculty(uow=store.uow)) == faculty_before
    finally:
        store.close()
    assert frozen.read_bytes()  # only read (a working copy was migrated)


@pytest.mark.postgresql
def test_automatic_backups_of_a_server_store_go_to_the_data_folder_and_rotate(tmp_path, pg_database, data_home):
    store = open_store(pg_database)
    try:
        institutions.add_institution(uow=store.uow, name="دانشگاه یزد")
        assert maintenance.backup_due(db=store.db)
        start = datetime(2026, 11, 1, 9, 0, 0)
        made = [maintenance.automatic_backup(db=store.db, now=start.replace(day=day)) for day in range(1, 13)]
        folder = data_home / "backups" / folder_name(pg_database, make_name(pg_database))
        assert all(m.path.parent == folder for m in made)
        assert not maintenance.backup_due(db=store.db, now=start.replace(day=12, hour=10))
        kept = sorted(p.name for p in folder.glob("*.sqlite"))
        assert len(kept) == 12  # the last 14 days: each day's newest is kept
        newest = maintenance.newest_good_backup(db=store.db)
        assert newest is not None and newest.path == made[-1].path
        later = maintenance.automatic_backup(db=store.db, now=datetime(2026, 12, 1, 9, 0, 0))
        remaining = {p.name for p in folder.glob("*.sqlite")}
        assert later.path.name in remaining and len(remaining) == maintenance.KEEP_RECENT
    finally:
        store.close()


def make_name(url: str) -> str:
    return url.rsplit("/", 1)[-1]


@pytest.mark.postgresql
def test_an_import_on_a_server_store_makes_its_copy_first(tmp_path, pg_database, data_home, capsys):
    """Only when a row will be written (issue 19.13): a refused import makes no copy."""
    store = open_store(pg_database)
    institutions.add_institution(uow=store.uow, name="دانشگاه تهران")
    store.close()
    copies = lambda: list((data_home / "backups").rglob(f"{make_name(pg_database)}-*.sqlite"))  # noqa: E731
    refused = tmp_path / "refused.csv"
    refused.write_text("کد ملی,نام\n", encoding="utf-8")
    assert main(["--db", pg_database, "import", str(refused)]) == 1
    assert not copies()
    sheet = tmp_path / "faculty.csv"
    sheet.write_text(
        "کد ملی,نام,نام خانوادگی,مرتبه علمی,مؤسسه,گروه / رشته\n0499370899,علی,کریمی,استاد,دانشگاه تهران,physics\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["--db", pg_database, "import", str(sheet)]) == 0
    assert "پیش از تغییر، نسخه پشتیبان ساخته شد" in capsys.readouterr().out
    assert copies()


def test_migrate_data_refuses_a_desk_that_a_window_holds(tmp_path, capsys):
    source = demo_file(tmp_path / "desk.sqlite")
    window = open_store(str(source), exclusive=True, what="پنجره برنامه")
    try:
        assert main(["migrate-data", "--from", str(source), "--to", "postgresql://u:p@localhost/nowhere"]) == 1
        err = capsys.readouterr().err
        assert "هم‌اکنون در نسخه دیگری از برنامه باز است" in err and "پنجره برنامه" in err
    finally:
        window.close()


@pytest.mark.postgresql
def test_a_form_left_open_across_a_restore_is_refused_and_ids_are_never_given_twice(tmp_path, pg_database, data_home):
    admin, other = open_store(pg_database), open_store(pg_database)
    try:
        institutions.add_institution(uow=admin.uow, name="دانشگاه الف")
        backup = maintenance.backup(db=admin.db, target=tmp_path / "b.sqlite")
        later = institutions.add_institution(uow=admin.uow, name="دانشگاه ب")  # after the backup
        kept = institutions.add_institution(uow=admin.uow, name="دانشگاه کهنه")
        seen = {i.id: i for i in institutions.list_institutions(uow=other.uow)}  # another desk's open forms
        maintenance.restore(db=admin.db, source=backup)
        fresh = institutions.add_institution(uow=admin.uow, name="دانشگاه پ")
        assert fresh > max(later, kept)  # the id a record had after the backup is not given again
        for form in seen.values():  # every form open across the restore is refused, whatever its record
            with pytest.raises((Conflict, NotFound)):  # NotFound: a record made after the backup
                institutions.update_institution(
                    uow=other.uow, institution_id=form.id, version=form.version, name=form.name + " ۲", kind=form.kind
                )
        names = sorted(i.name for i in institutions.list_institutions(uow=admin.uow))
        assert names == sorted(["دانشگاه الف", "دانشگاه پ"])  # no stale form wrote anything
    finally:
        admin.close()
        other.close()


@pytest.mark.postgresql
def test_a_save_made_while_a_restore_runs_waits_for_it_and_is_not_lost(tmp_path, pg_database, data_home, monkeypatch):
    admin, other = open_store(pg_database), open_store(pg_database)
    try:
        institutions.add_institution(uow=admin.uow, name="دانشگاه الف")
        backup = maintenance.backup(db=admin.db, target=tmp_path / "b.sqlite")
        real, outcome = transfer.from_sqlite_file, {}

        def another_desk_saves() -> None:
            outcome["id"] = institutions.add_institution(uow=other.uow, name="دانشگاه ثبت‌شده در میانه")

        def replacing(source, target, replace=True):
            # after the copy of what is replaced, before the replacement: another desk saves
            desk = threading.Thread(target=another_desk_saves)
            desk.start()
            desk.join(1.0)
            outcome["waited"] = desk.is_alive()  # held back until the restore ends
            outcome["thread"] = desk
            return real(source, target, replace=replace)

        monkeypatch.setattr(transfer, "from_sqlite_file", replacing)
        maintenance.restore(db=admin.db, source=backup)
        outcome["thread"].join(30)
        assert outcome["waited"] and "id" in outcome
        names = [i.name for i in institutions.list_institutions(uow=admin.uow)]
        assert "دانشگاه ثبت‌شده در میانه" in names and "دانشگاه الف" in names
    finally:
        admin.close()
        other.close()
