"""``qotb activities import FILE --member CODE [--dry-run] [--json]`` (issue 23): the dry
run's JSON writes nothing; the clerk's decisions (that JSON with accept and points) are
written in one transaction; a second import of the same files adds nothing."""

import json
import sqlite3
from pathlib import Path

import pytest

from qotb_desktop.cli import main
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services import faculty, institutions
from qotb_desktop.wiring import open_store

pytestmark = pytest.mark.sqlite_only  # the command on a desk file

DATA = Path(__file__).resolve().parents[1] / "data" / "publications"
CODE = "0499370899"


def activities(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from activity").fetchone()[0]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "q.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    store = open_store(str(path), exclusive=False, what="test")
    try:
        inst = institutions.add_institution(uow=store.uow, name="دانشگاه نمونه")
        faculty.add_faculty(
            uow=store.uow, national_code=CODE, first_name="علی", last_name="کریمی", rank="professor",
            institution_id=inst, field_key="physics",
        )  # fmt: skip
    finally:
        store.close()
    return path


def run(db, *args):
    return main(["--db", str(db), "activities", "import", *args])


def test_dry_run_json_then_decisions_then_again(db, tmp_path, capsys):
    files = [str(DATA / "scopus.csv"), str(DATA / "member.bib")]
    capsys.readouterr()
    assert run(db, *files, "--member", "۰۴۹۹۳۷۰۸۹۹", "--period-start", "1403/07/01", "--dry-run", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert activities(db) == 0
    assert data["member"] == {"national_code": CODE, "name": "علی کریمی"} and data["window"] == ["1398/07/01", "1403/06/31"]
    by_key = {p["key"]: p for p in data["proposals"]}
    assert by_key["scopus.csv#1"]["row"] == 2 and by_key["scopus.csv#1"]["corresponding_author"]
    assert by_key["scopus.csv#7"]["duplicate"].startswith("تکراری")
    assert by_key["citations"]["row"] == 7 and by_key["citations"]["accept"]
    assert len(data["unreadable"]) == 4
    # The clerk confirms: every proposed record, with its points.
    for p in data["proposals"]:
        if p["proposed"]:
            p["accept"] = True
            if p["key"] != "citations":
                p["points"] = 2 if p["row"] in (4, 11, 15) else 6
                p["scope"] = p["scope"] or ("domestic" if p["row"] in (11, 15) else None)
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    wanted = sum(p["accept"] for p in data["proposals"])
    assert run(db, *files, "--member", CODE, "--period-start", "1403/07/01", "--decisions", str(decisions)) == 1  # unreadable
    out = capsys.readouterr().out
    assert f"{to_persian_digits(wanted)} فعالیت افزوده شد" in out
    assert activities(db) == wanted
    # The same files and the same decisions again: nothing is added twice.
    run(db, *files, "--member", CODE, "--period-start", "1403/07/01", "--decisions", str(decisions))
    assert "۰ فعالیت افزوده شد" in capsys.readouterr().out
    assert activities(db) == wanted


def test_without_decisions_only_the_citations_are_written(db, capsys):
    assert run(db, str(DATA / "member.ris"), "--member", CODE) == 1  # two unreadable records in the file
    out = capsys.readouterr().out
    assert "امتیاز داوری لازم دارد و نوشته نشد" in out and activities(db) == 0  # the RIS file gives no citations
    assert run(db, str(DATA / "wos.txt"), "--member", CODE) == 1
    assert activities(db) == 1  # row 7: the pooled citations, which need no judgement


def test_an_unknown_member_and_an_unknown_format_are_refused(db, tmp_path, capsys):
    assert run(db, str(DATA / "wos.txt"), "--member", "4608968882", "--dry-run") == 1
    assert "ثبت نشده است" in capsys.readouterr().err
    junk = tmp_path / "notes.txt"
    junk.write_text("just some words", encoding="utf-8")
    assert run(db, str(junk), "--member", CODE, "--dry-run") == 1
    assert "قالب پرونده notes.txt شناخته نشد" in capsys.readouterr().err


def test_the_unreadable_records_are_reported(db, tmp_path, capsys):
    out = tmp_path / "ناخوانا.csv"
    assert run(db, str(DATA / "member.bib"), "--member", CODE, "--dry-run", "--report", str(out)) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "پرونده,رکورد,خطا,متن"
    assert 'member.bib,8,رکورد سطر ۵۱ خوانده نشد (نحو BibTeX نادرست است).,"@article{broken2021,"' in text
    assert run(db, str(DATA / "member.bib"), "--member", CODE, "--dry-run", "--report", str(out)) == 1  # not replaced
    assert run(db, str(DATA / "member.bib"), "--member", CODE, "--dry-run", "--report", str(out), "--force") == 0
