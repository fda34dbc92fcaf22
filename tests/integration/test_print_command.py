"""``qotb print minutes``: one meeting's minutes to a PDF file from the command line (issue 21.6),
as a clerk would ask for it: by the number the meetings screen shows, in Persian or Latin digits."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from qotb_desktop.cli import main
from qotb_desktop.domain.text import to_persian_digits
from tests.integration.test_faults import read_only
from tests.pdf_text import pages, seen


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("print") / "demo.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    return db


@pytest.fixture
def db(demo_db, tmp_path):
    copy = tmp_path / "q.sqlite"
    shutil.copy(demo_db, copy)
    return copy


def council_meetings(db) -> list[tuple[int, str, str]]:
    """(id, number as the program writes it, state) of the council's meetings."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select id, year, sequence, state from meeting where centre_id is null order by id").fetchall()
    return [(i, f"{y}/{s:02d}", state) for i, y, s, state in rows]


def text_of(path) -> str:
    return "\n".join(line for page in pages(path.read_bytes()) for line in page)


def test_minutes_by_the_number_shown_in_persian_or_latin_digits(db, tmp_path, capsys):
    meeting_id, number, _state = next(m for m in council_meetings(db) if m[2] == "finalised")
    shown = to_persian_digits(number)  # ۱۴۰۵/۰۳, as the meetings screen lists it
    out = tmp_path / "minutes.pdf"
    assert main(["--db", str(db), "print", "minutes", "--meeting", shown, "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"صورت‌جلسه {shown} ساخته شد" in said and str(out) in said
    assert out.read_bytes().startswith(b"%PDF")
    text = text_of(out)
    assert seen(f"صورت‌جلسه شورای قطب‌های علمی، جلسه {shown}") in text
    assert seen("حاضران و غایبان") in text
    # Latin digits, a sequence without its leading zero, and the record's id: the same paper
    for how in (["--meeting", number], ["--meeting", number.replace("/0", "/")], ["--id", str(meeting_id)]):
        again = tmp_path / f"again-{len(how[1])}-{how[0]}.pdf"
        assert main(["--db", str(db), "print", "minutes", *how, "-o", str(again)]) == 0
        assert seen(f"صورت‌جلسه شورای قطب‌های علمی، جلسه {shown}") in text_of(again)


def test_a_draft_is_printed_as_a_draft(db, tmp_path, capsys):
    meeting_id, number, _state = next(m for m in council_meetings(db) if m[2] == "draft")
    out = tmp_path / "draft.pdf"
    assert main(["--db", str(db), "print", "minutes", "--id", to_persian_digits(str(meeting_id)), "-o", str(out)]) == 0
    assert f"پیش‌نویس صورت‌جلسه {to_persian_digits(number)}" in capsys.readouterr().out
    assert seen("پیش‌نویس") in text_of(out)


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (["--meeting", "abc"], "شماره جلسه «abc» درست نیست"),
        (["--meeting", "1405"], "شماره جلسه «1405» درست نیست"),
        (["--meeting", "۱۴۰۵/۰"], "درست نیست"),
        (["--meeting", "1399/07"], "جلسه شورایی با شماره ۱۳۹۹/۰۷ در این پایگاه داده نیست"),
        (["--id", "999"], "جلسه با شناسه ۹۹۹ پیدا نشد"),
        (["--id", "x"], "شناسه جلسه «x» درست نیست"),
    ],
)
def test_a_bad_number_is_refused_in_persian_and_nothing_is_written(db, tmp_path, capsys, asked, said):
    out = tmp_path / "m.pdf"
    assert main(["--db", str(db), "print", "minutes", *asked, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("خطا: ") and said in err and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []  # no part of a file left beside it either


def test_bad_usage_exits_2(db, tmp_path, capsys):
    out = str(tmp_path / "m.pdf")
    for args in (["print", "minutes", "-o", out], ["print", "minutes", "--meeting", "1405/01", "--id", "1", "-o", out]):
        with pytest.raises(SystemExit) as stop:
            main(["--db", str(db), *args])
        assert stop.value.code == 2
    capsys.readouterr()


def test_an_existing_file_only_with_force_and_never_a_folder_or_another_format(db, tmp_path, capsys):
    _id, number, _state = council_meetings(db)[0]
    out = tmp_path / "m.pdf"
    out.write_bytes(b"the clerk's own file")
    assert main(["--db", str(db), "print", "minutes", "--meeting", number, "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"the clerk's own file"
    assert main(["--db", str(db), "print", "minutes", "--meeting", number, "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(db), "print", "minutes", "--meeting", number, "-o", str(tmp_path)]) == 1
    assert "پوشه" in capsys.readouterr().err
    assert main(["--db", str(db), "print", "minutes", "--meeting", number, "-o", str(tmp_path / "m.docx")]) == 1
    assert ".pdf" in capsys.readouterr().err and not (tmp_path / "m.docx").exists()
    assert main(["--db", str(db), "print", "minutes", "--meeting", number, "-o", str(db)]) == 1  # never the database
    assert capsys.readouterr().err.startswith("خطا: ")
    assert db.read_bytes().startswith(b"SQLite format 3")


def test_the_paper_written_is_noted_in_the_audit_trail(db, tmp_path, capsys):
    _id, number, _state = council_meetings(db)[0]
    out = tmp_path / "m.pdf"
    assert main(["--db", str(db), "print", "minutes", "--meeting", number, "-o", str(out)]) == 0
    assert "ثبت نشد" not in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        (after,) = conn.execute("select after from audit_log where action = 'export' order by id desc limit 1").fetchone()
    assert json.loads(after) == {
        "what": f"صورت‌جلسه {to_persian_digits(number)}",
        "file": str(out),
        "format": "pdf",
    }


def test_a_database_that_cannot_be_written_is_opened_to_read(db, tmp_path, capsys):
    """A reading command: a file this user may not write is opened read-only, the paper is
    printed, and the line says the trail could not note it."""
    _id, number, _state = council_meetings(db)[0]
    out = tmp_path / "out" / "m.pdf"
    out.parent.mkdir()
    before = db.read_bytes()
    with read_only(db):
        assert main(["--db", str(db), "print", "minutes", "--meeting", number, "-o", str(out)]) == 0
        said = capsys.readouterr().out
    assert "فقط برای خواندن باز شد" in said and "ثبت نشد" in said
    assert out.read_bytes().startswith(b"%PDF")
    assert db.read_bytes() == before
