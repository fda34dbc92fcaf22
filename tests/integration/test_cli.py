"""The command line: init, demo, backup, restore, --version, and where the database lives."""

import contextlib
import sqlite3

import pytest

from qotb_desktop import __version__
from qotb_desktop.cli import main

pytestmark = pytest.mark.sqlite_only  # the commands on desk files (PostgreSQL's: test_transfer.py)


def count(path, table="faculty_member") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_then_demo_then_demo_again(tmp_path, capsys):
    db = tmp_path / "q.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    assert count(db) == 0
    assert main(["--db", str(db), "demo"]) == 0
    out = capsys.readouterr().out
    assert "نمونه ساخته شد" in out
    assert count(db, "institution") == 3
    assert 35 <= count(db) <= 45
    assert count(db, "centre") == 4
    assert count(db, "council_term") == 9
    # a second demo would mix records: refused, unless told to keep what is there
    assert main(["--db", str(db), "demo"]) == 1
    assert "خالی نیست" in capsys.readouterr().err
    assert main(["--db", str(db), "demo", "--keep"]) == 0
    assert count(db, "institution") == 3


def test_demo_centres_are_real_centres(tmp_path):
    db = tmp_path / "q.sqlite"
    main(["--db", str(db), "demo"])
    with sqlite3.connect(db) as conn:
        per_centre = conn.execute(
            "select c.title, sum(m.role in ('member','director')), sum(m.role = 'director'), "
            "sum(m.role in ('member','director') and f.institution_id = c.host_institution_id) "
            "from centre c join membership m on m.centre_id = c.id join faculty_member f on f.id = m.faculty_id "
            "where m.left_on is null group by c.id"
        ).fetchall()
    assert len(per_centre) == 4
    for title, members, directors, from_host in per_centre:
        assert members >= 7, title  # 5-1
        assert directors == 1, title  # art. 11
        assert from_host * 2 > members, title  # 5-1: the majority from the host


def test_qotb_db_variable_and_default_data_folder(tmp_path, monkeypatch):
    chosen = tmp_path / "env.sqlite"
    monkeypatch.setenv("QOTB_DB", str(chosen))
    assert main(["init"]) == 0
    assert chosen.exists()
    monkeypatch.delenv("QOTB_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["init"]) == 0
    assert (tmp_path / "data" / "qotb-desktop" / "qotb.sqlite").exists()


def test_backup_and_restore(tmp_path, capsys):
    db, copy = tmp_path / "q.sqlite", tmp_path / "copies" / "backup.sqlite"
    main(["--db", str(db), "demo"])
    assert main(["--db", str(db), "backup", str(copy)]) == 0
    assert count(copy) == count(db)
    with sqlite3.connect(db) as conn:  # the office loses its records...
        conn.execute("delete from council_term")
    assert count(db, "council_term") == 0
    assert main(["--db", str(db), "restore", str(copy)]) == 0  # ...and gets them back
    assert count(db, "council_term") == 9
    saved = list(tmp_path.glob("q.before-restore-*.sqlite"))
    assert len(saved) == 1 and count(saved[0], "council_term") == 0  # what was replaced is kept too


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, capsys):
    db, junk = tmp_path / "q.sqlite", tmp_path / "notes.txt"
    main(["--db", str(db), "demo"])
    junk.write_text("not a database")
    assert main(["--db", str(db), "restore", str(junk)]) == 1
    assert "پشتیبان پایگاه داده این برنامه نیست" in capsys.readouterr().err
    assert main(["--db", str(db), "restore", str(tmp_path / "missing.sqlite")]) == 1
    assert "پیدا نشد" in capsys.readouterr().err
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("create table x (y)")
    assert main(["--db", str(db), "restore", str(other)]) == 1
    assert count(db, "institution") == 3


def test_restoring_leaves_the_backup_untouched(tmp_path):
    db, copy = tmp_path / "q.sqlite", tmp_path / "backup.sqlite"
    main(["--db", str(db), "demo"])
    main(["--db", str(db), "backup", str(copy)])
    copy.chmod(0o444)
    before = copy.read_bytes()
    assert main(["--db", str(db), "restore", str(copy)]) == 0
    assert copy.read_bytes() == before
    assert not list(tmp_path.glob("backup.sqlite-*"))  # no -wal / -shm beside it


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(tmp_path, capsys):
    db, copy = tmp_path / "q.sqlite", tmp_path / "newer.sqlite"
    main(["--db", str(db), "demo"])
    main(["--db", str(db), "backup", str(copy)])
    with sqlite3.connect(copy) as conn:
        conn.execute("update alembic_version set version_num = '9999_future'")
    capsys.readouterr()
    assert main(["--db", str(db), "restore", str(copy)]) == 1
    assert "نگارش تازه‌تری" in capsys.readouterr().err
    assert count(db, "institution") == 3
    assert not list(tmp_path.glob("q.before-*"))
    # opened directly, a newer database is refused too, without a traceback and untouched
    before = copy.read_bytes()
    assert main(["--db", str(copy), "init"]) == 1
    assert "نگارش تازه‌تری" in capsys.readouterr().err
    assert copy.read_bytes() == before


def test_ordinary_mistakes_get_persian_messages_not_tracebacks(tmp_path, capsys):
    db = tmp_path / "q.sqlite"
    main(["--db", str(db), "demo"])
    capsys.readouterr()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello " * 100)
    assert main(["--db", str(notes), "init"]) == 1
    assert "باز نشد" in capsys.readouterr().err
    assert main(["--db", str(tmp_path), "init"]) == 1  # a folder
    assert "خطا" in capsys.readouterr().err
    assert main(["--db", str(db), "backup", str(tmp_path)]) == 1
    assert "پوشه" in capsys.readouterr().err
    existing = tmp_path / "b.sqlite"
    assert main(["--db", str(db), "backup", str(existing)]) == 0
    assert main(["--db", str(db), "backup", str(existing)]) == 1
    assert "هست" in capsys.readouterr().err
    assert main(["--db", str(db), "backup", str(existing), "--force"]) == 0
    assert not list(tmp_path.parent.glob("*.part"))


def test_import_from_the_command_line(tmp_path, capsys):
    import openpyxl

    db = tmp_path / "q.sqlite"
    main(["--db", str(db), "demo"])
    book = openpyxl.Workbook()
    for row in [
        ["کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه", "رشته"],
        ["0499370899", "مریم", "کاظمی", "دانشیار", "دانشگاه تهران", "شیمی"],
        ["0499370898", "علی", "کریمی", "استاد", "دانشگاه تهران", "فیزیک"],
    ]:
        book.active.append(row)
    book.save(tmp_path / "a.xlsx")
    before = count(db)
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(tmp_path / "a.xlsx"), "--report", str(tmp_path / "e.csv")]) == 1
    out = capsys.readouterr().out
    assert "۱ عضو وارد شد" in out and "سطر ۳" in out
    assert count(db) == before + 1
    assert "0499370898" in (tmp_path / "e.csv").read_text("utf-8-sig")


def test_export_refuses_a_file_whose_extension_contradicts_the_format_and_a_folder(tmp_path, capsys):
    from qotb_desktop.domain.dates import jalali_year, today

    db, year = tmp_path / "q.sqlite", str(jalali_year(today()) - 1)
    main(["--db", str(db), "demo"])
    capsys.readouterr()

    def export(*args: str) -> int:
        return main(["--db", str(db), "export", "evaluations", "--year", year, *args])

    # an Excel workbook is never written under a .csv name (nor a PDF under .xlsx, ...)
    for fmt, name in (("xlsx", "s.csv"), ("pdf", "s.xlsx"), ("csv", "s.PDF")):
        assert export("--format", fmt, "-o", str(tmp_path / name)) == 1
        err = capsys.readouterr().err
        assert f"پسوند پرونده {name} با قالب {fmt} نمی‌خواند" in err and f".{fmt}" in err
        assert not (tmp_path / name).exists()
    # the same format in any case, or no extension at all: written
    assert export("--format", "xlsx", "-o", str(tmp_path / "s.XLSX")) == 0
    assert (tmp_path / "s.XLSX").read_bytes()[:2] == b"PK"
    assert export("--format", "csv", "-o", str(tmp_path / "plain")) == 0
    assert (tmp_path / "plain").read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    # a folder is named as one, with or without --format, whether it exists or not
    for args in (("-o", str(tmp_path)), ("--format", "pdf", "-o", str(tmp_path)), ("-o", str(tmp_path / "new") + "/")):
        assert export(*args) == 1
        err = capsys.readouterr().err
        assert "یک پوشه است" in err and "--format" not in err
    assert not (tmp_path / "new").exists()


# -- accounts on the command line (issue 9) ----------------------------------------------------------


def test_commands_that_change_a_database_with_accounts_take_one(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "office.sqlite")
    monkeypatch.setenv("QOTB_NEW_PASSWORD", "goodpassword1")
    assert main(["--db", db, "user", "add", "admin", "--role", "clerk", "--name", "مدیر"]) == 1  # the first is an administrator
    assert main(["--db", db, "user", "add", "admin", "--role", "administrator", "--name", "مدیر"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "demo"]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("QOTB_PASSWORD", "wrong")
    assert main(["--db", db, "--user", "admin", "demo"]) == 1
    assert "نادرست" in capsys.readouterr().err
    monkeypatch.setenv("QOTB_PASSWORD", "goodpassword1")
    assert main(["--db", db, "--user", "admin", "demo"]) == 0
    monkeypatch.setenv("QOTB_NEW_PASSWORD", "goodpassword2")
    assert main(["--db", db, "--user", "admin", "user", "add", "clerk1", "--role", "clerk", "--name", "کارشناس"]) == 0
    backup = str(tmp_path / "copy.sqlite")
    assert main(["--db", db, "backup", backup]) == 0  # reading: no account
    monkeypatch.setenv("QOTB_PASSWORD", "goodpassword2")
    capsys.readouterr()
    assert main(["--db", db, "--user", "clerk1", "restore", backup]) == 1  # only an administrator restores
    assert "مدیر سامانه" in capsys.readouterr().err
    assert main(["--db", db, "export", "evaluations", "--year", "1404", "-o", str(tmp_path / "s.csv")]) == 0


# -- a database's path, taken literally (issue 19) -------------------------------------------------


@pytest.mark.parametrize("name", ["p%20q.sqlite", "a?mode=ro.sqlite", "b#c.sqlite", "d%3Fe&f=1.sqlite", "علی رضایی.sqlite"])
def test_a_database_path_is_taken_literally_whatever_it_holds(tmp_path, capsys, name):
    """«p%20q.sqlite» is not «p q.sqlite», «a?mode=ro.sqlite» is not «a» read-only: the
    file made, migrated and written is the one named, and nothing else appears."""
    db = tmp_path / name
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "demo"]) == 0
    assert count(db, "institution") == 3
    assert str(db) in capsys.readouterr().out
    made = {p.name for p in tmp_path.iterdir()}
    assert made <= {name, f"{name}.lock", f"{name}-wal", f"{name}-shm", "backups"}, made
    assert main(["--db", str(db), "backup", str(tmp_path / "copy.sqlite")]) == 0
    assert count(tmp_path / "copy.sqlite", "institution") == 3


def test_a_loop_of_symbolic_links_is_named_without_a_traceback(tmp_path, capsys):
    loop = tmp_path / "loop.sqlite"
    loop.symlink_to(tmp_path / "other.sqlite")
    (tmp_path / "other.sqlite").symlink_to(loop)
    for command in (["init"], ["backup", str(tmp_path / "b.sqlite")], ["export", "evaluations", "--year", "1403", "-o", "x.csv"]):
        assert main(["--db", str(loop), *command]) == 1
        err = capsys.readouterr().err
        assert "به خودش برمی‌گردد" in err and str(loop) in err and "Traceback" not in err
    db = tmp_path / "q.sqlite"
    main(["--db", str(db), "init"])
    capsys.readouterr()
    assert main(["--db", str(db), "backup", str(loop)]) == 1  # as an output too
    assert "به خودش برمی‌گردد" in capsys.readouterr().err


def test_a_newer_or_a_foreign_database_is_refused_naming_the_file(tmp_path, capsys):
    db = tmp_path / "newer.sqlite"
    main(["--db", str(db), "init"])
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:  # closed: the change checkpointed into the file
        conn.execute("update alembic_version set version_num = '9999_future'")
    capsys.readouterr()
    assert main(["--db", str(db), "init"]) == 1
    err = capsys.readouterr().err
    assert "نگارش تازه‌تری" in err and str(db) in err
    foreign = tmp_path / "someone-elses.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("create table invoices (id integer primary key, total integer)")
    before = foreign.read_bytes()
    for command in (["init"], ["export", "evaluations", "--year", "1403", "-o", str(tmp_path / "x.csv")]):
        assert main(["--db", str(foreign), *command]) == 1
        err = capsys.readouterr().err
        assert "پایگاه داده این برنامه نیست" in err and str(foreign) in err
    assert foreign.read_bytes() == before
    # restore names the backup it refuses
    good = tmp_path / "good.sqlite"
    main(["--db", str(good), "init"])
    capsys.readouterr()
    assert main(["--db", str(good), "restore", str(db)]) == 1
    err = capsys.readouterr().err
    assert "نگارش تازه‌تری" in err and str(db) in err


def test_exports_and_samples_are_recorded_in_the_audit_trail(tmp_path, capsys):
    """Issue 19.8's events, from the command line's paths (services/audit_events). A
    backup is not one: the copy would lack the row that records it, and differ."""
    import json

    db = tmp_path / "q.sqlite"
    assert main(["--db", str(db), "demo"]) == 0  # a year with centres to summarise (an empty one is refused)
    assert main(["--db", str(db), "backup", str(tmp_path / "b.sqlite")]) == 0
    assert main(["--db", str(db), "export", "evaluations", "--year", "1403", "-o", str(tmp_path / "s.csv")]) == 0
    assert main(["--db", str(db), "print-samples", str(tmp_path / "forms")]) == 0
    assert "ثبت نشد" not in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select action, after from audit_log where action in ('backup', 'export') order by id").fetchall()
    assert [r[0] for r in rows] == ["export", "export"]
    assert json.loads(rows[0][1]) == {"what": "خلاصه ارزیابی سال ۱۴۰۳", "file": str(tmp_path / "s.csv"), "format": "csv"}
    assert json.loads(rows[1][1])["file"] == str(tmp_path / "forms")


def test_verify_audit_from_the_command_line(tmp_path, capsys):
    """``qotb verify-audit`` (services/audit_check.py): 0 on the trail as written, 1 naming
    the first row changed behind the program's back; it only reads."""
    db = tmp_path / "q.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "verify-audit"]) == 0
    assert "دست‌نخورده" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        conn.execute("drop trigger trg_audit_log_kept_update")
        conn.execute("update audit_log set after = '{}' where id = 7")
    assert main(["--db", str(db), "verify-audit"]) == 1
    assert "ردیف ۷" in capsys.readouterr().err
