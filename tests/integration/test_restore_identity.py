"""Issue 19, item 6: over a database that does not open, only its own backups are restored
without an account (its identity, kept in its backups); every restore is in the trail."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from qotb_desktop.cli import main
from qotb_desktop.services import maintenance
from qotb_desktop.services.institutions import add_institution
from qotb_desktop.store import identity
from qotb_desktop.wiring import open_store
from tests.spoil import damage_inside, scramble

pytestmark = pytest.mark.sqlite_only  # damaged files, backups beside the file

ROOT = Path(__file__).resolve().parents[2]
STAMP = "20261101-090000"


def make_db(path: Path, *names: str) -> Path:
    store = open_store(str(path))
    for name in names:
        add_institution(uow=store.uow, name=name)
    store.close()
    return path


def read(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def names_in(path: Path) -> list[str]:
    return sorted(r[0] for r in read(path, "select name from institution"))


def restores_in(path: Path) -> list[tuple[str, dict]]:
    rows = read(path, "select username, after from audit_log where action = 'restore' order by id")
    return [(user, json.loads(after)) for user, after in rows]


def with_admin(path: Path, monkeypatch, name: str = "admin") -> None:
    monkeypatch.setenv("QOTB_NEW_PASSWORD", "goodpassword1")
    assert main(["--db", str(path), "user", "add", name, "--role", "administrator", "--name", "مدیر"]) == 0
    monkeypatch.setenv("QOTB_PASSWORD", "goodpassword1")


def test_a_database_has_one_identity_that_its_backups_carry_and_nobody_changes(tmp_path):
    db = make_db(tmp_path / "q.sqlite", "دانشگاه یزد")
    other = make_db(tmp_path / "other.sqlite", "دانشگاه یزد")
    store = open_store(str(db))
    mine = store.db.identity()
    copy = maintenance.automatic_backup(db=store.db).path
    store.close()
    assert mine and identity.of_backup(copy) == mine
    assert identity.of_backup(other) not in (None, mine)  # two databases, two identities
    assert identity.remembered(db) == mine  # this desk remembers which database the file holds
    conn = sqlite3.connect(db)
    try:
        for sql in ("update database_identity set identity = 'x'", "delete from database_identity"):
            with pytest.raises(sqlite3.DatabaseError, match="identity_kept"):
                conn.execute(sql)
    finally:
        conn.close()


def test_over_a_damaged_database_another_databases_file_is_refused_and_nothing_changes(tmp_path, capsys, monkeypatch):
    db = make_db(tmp_path / "q.sqlite", "دانشگاه تهران")
    store = open_store(str(db))
    own = maintenance.automatic_backup(db=store.db).path
    store.close()
    foreign = make_db(tmp_path / "intruder.sqlite", "دانشگاه ساختگی")
    with_admin(foreign, monkeypatch, "intruder")  # brings its own administrator
    damage_inside(db)
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(db), "restore", str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "پشتیبان خود پایگاه داده" in err and "دست نخورد" in err and str(own) in err
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("q.damaged-*")) and not list(tmp_path.glob("q.restoring-*"))
    # its own backup is restored, without an account, and the trail of the result says so
    assert main(["--db", str(db), "restore", str(own)]) == 0
    assert names_in(db) == ["دانشگاه تهران"]
    [(user, detail)] = restores_in(db)
    assert user == "" and detail["own"] == "بله" and detail["source"] == str(own)
    assert "بی‌حساب" in detail["account"] and "q.damaged-" in detail["saved"]
    assert main(["--db", str(db), "verify-audit"]) == 0


def test_a_foreign_file_in_the_backups_folder_is_never_offered(tmp_path):
    db = make_db(tmp_path / "q.sqlite", "دانشگاه تهران")
    store = open_store(str(db))
    own = maintenance.automatic_backup(db=store.db).path
    store.close()
    foreign = make_db(tmp_path / "intruder.sqlite", "دانشگاه ساختگی")
    planted = db.parent / "backups" / "q-29991231-235959.sqlite"  # named as the newest automatic copy
    shutil.copy(foreign, planted)
    scramble(db)
    with pytest.raises(maintenance.DamagedDatabase) as refused:
        open_store(str(db), exclusive=True)
    assert refused.value.newest is not None and refused.value.newest.path == own
    with pytest.raises(maintenance.DomainError, match="پشتیبان خود پایگاه داده"):
        maintenance.recover(path=db, source=planted)
    assert maintenance.recover(path=db, source=own) is not None
    assert names_in(db) == ["دانشگاه تهران"]


def test_an_unreadable_file_is_known_by_this_desks_memory_and_without_it_nothing_is_restored(tmp_path, monkeypatch):
    db = make_db(tmp_path / "q.sqlite", "دانشگاه تهران")
    store = open_store(str(db))
    own = maintenance.automatic_backup(db=store.db).path
    store.close()
    scramble(db)  # nothing of the file can be read, its identity neither
    before = db.read_bytes()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-desk"))  # a desk that never opened it
    with pytest.raises(maintenance.DamagedDatabase) as refused:
        open_store(str(db), exclusive=True)
    assert refused.value.newest is None
    with pytest.raises(maintenance.DomainError, match="به یاد ندارد"):
        maintenance.recover(path=db, source=own)
    assert db.read_bytes() == before
    monkeypatch.undo()  # this desk, which opened it
    with pytest.raises(maintenance.DamagedDatabase) as refused:
        open_store(str(db), exclusive=True)
    assert refused.value.newest is not None and refused.value.newest.path == own
    maintenance.recover(path=db, source=own)
    assert names_in(db) == ["دانشگاه تهران"]


def test_an_administrators_restore_of_another_databases_file_is_said_and_recorded(tmp_path, capsys, monkeypatch):
    db = make_db(tmp_path / "q.sqlite", "دانشگاه تهران")
    with_admin(db, monkeypatch)
    foreign = make_db(tmp_path / "other.sqlite", "دانشگاه شیراز")
    capsys.readouterr()
    assert main(["--db", str(db), "--user", "admin", "restore", str(foreign)]) == 0
    assert "پایگاه داده دیگری" in capsys.readouterr().out
    assert names_in(db) == ["دانشگاه شیراز"]
    [(user, detail)] = restores_in(db)
    assert user == "admin" and detail["own"] == "خیر" and detail["account"] == "admin"
    assert detail["saved"] and Path(detail["saved"]).name.startswith("q.before-restore-")


def test_an_older_releases_backups_are_its_own_after_the_upgrade(tmp_path):
    """A database made before identities: at the upgrade it takes the identity its oldest
    audit row gives, which its older copies give too."""
    db = tmp_path / "q.sqlite"
    shutil.copy(ROOT / "db" / "releases" / "0.6.0.sqlite", db)
    (tmp_path / "backups").mkdir()
    old_copy = tmp_path / "backups" / f"q-{STAMP}.sqlite"
    shutil.copy(db, old_copy)  # made by 0.6.0, no identity table in it
    store = open_store(str(db))
    mine = store.db.identity()
    store.close()
    assert mine.startswith("legacy-") and identity.of_backup(old_copy) == mine
    for path in tmp_path.glob("q.before-*.sqlite"):  # the upgrade's own copy is kept beside the file
        path.unlink()
    damage_inside(db)
    with pytest.raises(maintenance.DamagedDatabase) as refused:
        open_store(str(db), exclusive=True)
    assert refused.value.newest is not None and refused.value.newest.path == old_copy
    maintenance.recover(path=db, source=old_copy)
    store = open_store(str(db))
    try:
        assert store.db.identity() == mine
    finally:
        store.close()
    [(_user, detail)] = restores_in(db)
    assert detail["own"] == "بله"
