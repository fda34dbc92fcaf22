"""Importing faculty members from a clerk's spreadsheet (issue 4, item 6), on a real
SQLite file: the good rows in one transaction, every bad row reported with its
line and a Persian message naming the field, and nothing half-imported.

The spreadsheets are built here, in tmp_path, with openpyxl and csv."""

from __future__ import annotations

import csv
import dataclasses
import io
import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import event, text

from qotb_desktop.domain.errors import DomainError, ValidationError
from qotb_desktop.domain.national_code import check_digit
from qotb_desktop.reports.spreadsheets import LINE_HEADER, MESSAGES_HEADER, error_report_csv, error_report_xlsx
from qotb_desktop.services import faculty, importing, institutions
from qotb_desktop.services.import_columns import guess_mapping
from qotb_desktop.services.importing import (
    import_faculty,
    preview_faculty_import,
)
from qotb_desktop.services.sheets import SpreadsheetError, read_spreadsheet
from qotb_desktop.store.repositories import FacultyRepository

# Valid national codes (checksums right); the second and third begin with zeros.
CODES = ["0499370899", "0084575948", "0790419904", "4608968882", "0013542419"]

HEADERS = ["ردیف", "کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه", "گروه / رشته", "وضعیت", "ایمیل", "تلفن همراه"]


def counts(store) -> dict[str, int]:
    with store.db.engine.connect() as conn:
        return {t: conn.execute(text(f"select count(*) from {t}")).scalar() for t in ("institution", "faculty_member")}


def members(uow) -> dict[str, object]:
    """national code -> the FacultyView the faculty screen shows."""
    return {m.national_code: m for m in faculty.list_faculty(uow=uow)}


def write_xlsx(path: Path, rows, *, sheets: dict[str, list] | None = None) -> Path:
    book = openpyxl.Workbook()
    for i, (title, content) in enumerate((sheets or {"اعضا": rows}).items()):
        ws = book.active if i == 0 else book.create_sheet()
        ws.title = title
        for row in content:
            ws.append(list(row))
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text that looks like a formula, as a clerk may type it
    book.save(path)
    return path


def write_csv(path: Path, rows, *, delimiter=",", encoding="utf-8-sig") -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.fixture
def base(uow):
    return {
        "ut": institutions.add_institution(uow=uow, name="دانشگاه تهران", city="تهران"),
        "iut": institutions.add_institution(uow=uow, name="دانشگاه صنعتی اصفهان", city="اصفهان"),
        "ipm": institutions.add_institution(uow=uow, name="پژوهشگاه دانش‌های بنیادی", kind="research_institute"),
    }


def run(uow, path, mapping=None, **read):
    book = read_spreadsheet(path=path, **read)
    return book, import_faculty(uow=uow, spreadsheet=book, mapping=book.guessed_mapping if mapping is None else mapping)


# -- good files -------------------------------------------------------------------------------


def test_a_good_workbook_imports_every_row_as_the_clerk_typed_it(uow, store, base, tmp_path):
    """Persian and Arabic digits, ي/ك, half-spaces and numbers Excel made of codes and phones."""
    rows = [
        ["فهرست اعضای هیأت علمی متقاضی"],  # a title above the table
        [],
        HEADERS,
        [1, "۰۴۹۹۳۷۰۸۹۹", "علي", "كريمي", "دانشیار", "دانشگاه تهران", "علوم پایه: فیزیک", "شاغل", "karimi@ut.ac.ir",
         "۰۹۱۲۱۲۳۴۵۶۷"],
        [2, 84575948, "مريم", "نوري", "professor", "دانشگاه صنعتي اصفهان", "شیمی", None, None, 9131234567],
        [3, 790419904.0, "رضا", "حسيني", "Assistant Professor", "پژوهشگاه دانشهای بنیادی", "physics", "بازنشسته", None,
         "021-66112233"],
        [4, "٤٦٠٨٩٦٨٨٨٢", "زهرا", "موسوی", "استاد تمام", "  دانشگاه  تهران ", "علوم پایه: ریاضی و آمار", "فعال", "", ""],
    ]  # fmt: skip
    book, result = run(uow, write_xlsx(tmp_path / "اعضا.xlsx", rows))
    assert (book.header_line, book.kind, book.sheet_name) == (3, "xlsx", "اعضا")
    assert (result.imported, result.rejected) == (4, ())
    got = members(uow)
    assert set(got) == {"0499370899", "0084575948", "0790419904", "4608968882"}
    karimi, nouri, hosseini, mousavi = (got[c] for c in ("0499370899", "0084575948", "0790419904", "4608968882"))
    assert (karimi.full_name, karimi.rank, karimi.institution_name, karimi.field_key) == (
        "علی کریمی",
        "associate_professor",
        "دانشگاه تهران",
        "physics",
    )
    assert (karimi.status, karimi.email, karimi.phone) == ("active", "karimi@ut.ac.ir", "09121234567")
    assert (nouri.full_name, nouri.rank, nouri.institution_name, nouri.field_key) == (
        "مریم نوری",
        "professor",
        "دانشگاه صنعتی اصفهان",
        "chemistry",
    )
    assert nouri.phone == "09131234567"  # Excel dropped the 0 of the mobile number
    assert (hosseini.full_name, hosseini.rank, hosseini.institution_name, hosseini.status) == (
        "رضا حسینی",
        "assistant_professor",
        "پژوهشگاه دانش‌های بنیادی",
        "retired",
    )
    assert (mousavi.rank, mousavi.field_key, mousavi.status) == ("professor", "mathematics", "active")


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8-sig"), (";", "utf-8"), ("\t", "utf-8"), (";", "utf-8-sig"), (",", "cp1256")],
    ids=["comma-bom", "semicolon", "tab", "semicolon-bom", "windows-arabic"],
)
def test_a_csv_file_imports(uow, base, tmp_path, delimiter, encoding):
    rows = [
        ["کد ملی", "نام", "نام خانوادگی", "مرتبه", "مؤسسه", "رشته", "رایانامه"],
        ["0499370899", "علی", "کریمی", "استاد", "دانشگاه تهران", "فیزیک", "a@ut.ac.ir"],
        ["84575948.0", "مریم", "نوری", "دانشیار", "دانشگاه صنعتی اصفهان", "شیمی", ""],
        ["790419904", "رضا", "حسینی", "مربی", "دانشگاه تهران", "ریاضی و آمار", ""],
    ]
    if encoding == "cp1256":  # what Excel saves as «CSV» on a Persian Windows: ی becomes ي
        rows = [[c.replace("ی", "ي") for c in r] for r in rows]
    path = write_csv(tmp_path / "members.csv", rows, delimiter=delimiter, encoding=encoding)
    book, result = run(uow, path)
    assert book.kind == "csv" and book.guessed_mapping["national_code"] == 0
    assert (result.imported, result.rejected) == (3, ())
    got = members(uow)
    assert set(got) == {"0499370899", "0084575948", "0790419904"}
    assert got["0084575948"].full_name == "مریم نوری" and got["0084575948"].institution_name == "دانشگاه صنعتی اصفهان"
    assert [got[c].field_key for c in ("0499370899", "0084575948", "0790419904")] == ["physics", "chemistry", "mathematics"]


def test_the_sheet_is_the_first_unless_told(uow, base, tmp_path):
    table = [
        ["کد ملی", "نام", "نام خانوادگی", "مرتبه", "مؤسسه", "رشته"],
        [CODES[0], "علی", "کریمی", "استاد", "دانشگاه تهران", "physics"],
    ]
    path = write_xlsx(tmp_path / "book.xlsx", None, sheets={"راهنما": [["این برگه راهنماست"]], "اعضا": table})
    first = read_spreadsheet(path=path)
    assert first.sheet_names == ("راهنما", "اعضا") and first.sheet_name == "راهنما"
    assert first.guessed_mapping == {}
    book = read_spreadsheet(path=path, sheet="اعضا")
    assert len(book.rows) == 1 and book.rows[0].line == 2
    with pytest.raises(SpreadsheetError) as exc:
        read_spreadsheet(path=path, sheet="Sheet1")
    assert "Sheet1" in str(exc.value) and "راهنما" in str(exc.value)


# -- bad rows ------------------------------------------------------------------------------------

BAD_ROWS = [
    ["کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "مؤسسه", "گروه / رشته", "رایانامه"],  # line 1
    [CODES[0], "علی", "کریمی", "استاد", "دانشگاه تهران", "physics", ""],  # 2 good
    ["0499370898", "حسن", "رضایی", "استاد", "دانشگاه تهران", "physics", ""],  # 3 check digit wrong
    [CODES[1], "مریم", "نوری", "استاد", "دانشگاه آزاد", "physics", ""],  # 4 institution not registered
    [CODES[2], "رضا", "حسینی", "دکتر", "دانشگاه تهران", "physics", ""],  # 5 not a rank
    [CODES[4], "سارا", "جلالی", "دانشیار", "دانشگاه صنعتی اصفهان", "chemistry", ""],  # 6 good
    [CODES[0], "حمید", "صادقی", "استاد", "دانشگاه تهران", "physics", ""],  # 7 repeats line 2
    [CODES[3], "نرگس", "شریفی", "استاد", "دانشگاه تهران", "physics", ""],  # 8 already registered
    ["0275184961", "لیلا", "", "استاد", "دانشگاه تهران", "physics", ""],  # 9 last name empty
    [],  # 10 empty: skipped
    ["1234567891", "کاظم", "نجفی", "مربی", "دانشگاه تهران", "art", ""],  # 11 good
    ["2222222222", "مجید", "عباسی", "استاد", "دانشگاه تهران", "", "=1+2"],  # 12 three errors
]
GOOD_LINES = [2, 6, 11]
EXPECTED = {  # line -> (field, the field's Persian name, words of the message)
    3: [("national_code", "کد ملی", "رقم کنترل")],
    4: [("institution", "مؤسسه", "«دانشگاه آزاد» در فهرست مؤسسه‌ها نیست")],
    5: [("rank", "مرتبه علمی", "«دکتر» در فهرست نیست")],
    7: [("national_code", "کد ملی", "در سطر ۲ همین پرونده هم آمده است")],
    8: [("national_code", "کد ملی", "پیش‌تر برای فاطمه احمدی ثبت شده است")],
    9: [("last_name", "نام خانوادگی", "خالی مانده است")],
    12: [("national_code", "کد ملی", "ده رقم یکسان"), ("field_key", "گروه / رشته", "خالی مانده است"), ("email", "رایانامه", "")],
}


@pytest.fixture
def bad_file(uow, base, tmp_path):
    faculty.add_faculty(
        uow=uow,
        national_code=CODES[3],
        first_name="فاطمه",
        last_name="احمدی",
        rank="professor",
        institution_id=base["ut"],
        field_key="physics",
    )
    return write_xlsx(tmp_path / "با خطا.xlsx", BAD_ROWS)


def assert_reported(rows):
    assert {r.line: [(e.field, e.label) for e in r.errors] for r in rows} == {
        line: [(f, label) for f, label, _ in expected] for line, expected in EXPECTED.items()
    }
    for r in rows:
        for message, (_, label, words) in zip(r.messages, EXPECTED[r.line], strict=True):
            assert message.startswith(f"{label}: ") and words in message, message


def test_preview_checks_every_row_and_writes_nothing(uow, store, bad_file):
    book = read_spreadsheet(path=bad_file)
    before = counts(store)
    preview = preview_faculty_import(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
    assert counts(store) == before
    assert [r.line for r in preview.rows] == [2, 3, 4, 5, 6, 7, 8, 9, 11, 12]  # the empty line 10 is left out
    assert [r.line for r in preview.good] == GOOD_LINES
    assert_reported(preview.rejected)
    first = preview.good[0]
    assert (first.record.national_code, first.record.last_name, first.institution_name) == (CODES[0], "کریمی", "دانشگاه تهران")
    assert all(r.record is None for r in preview.rejected)
    assert preview.rejected[0].cells[0] == "0499370898"  # the cells as written, for the error report


def test_a_file_with_bad_rows_imports_only_the_good_ones(uow, store, bad_file):
    before = counts(store)
    book, result = run(uow, bad_file)
    assert result.imported == 3 and result.total == 10
    assert counts(store)["faculty_member"] == before["faculty_member"] + 3
    assert_reported(result.rejected)
    got = members(uow)
    assert {c: got[c].full_name for c in (CODES[0], CODES[4], "1234567891")} == {
        CODES[0]: "علی کریمی",  # the first of the two rows with this code
        CODES[4]: "سارا جلالی",
        "1234567891": "کاظم نجفی",
    }
    assert got[CODES[3]].full_name == "فاطمه احمدی"  # the registered one is left as it was
    # Importing the same file again adds nothing: every good row is now registered.
    _, again = run(uow, bad_file)
    assert again.imported == 0 and counts(store)["faculty_member"] == before["faculty_member"] + 3
    assert "پیش‌تر برای علی کریمی ثبت شده است" in again.rejected[0].messages[0]


def test_the_import_checks_again_what_changed_since_the_preview(uow, base, tmp_path):
    path = write_csv(tmp_path / "a.csv", [BAD_ROWS[0], BAD_ROWS[1], BAD_ROWS[5]])
    book = read_spreadsheet(path=path)
    assert len(preview_faculty_import(uow=uow, spreadsheet=book, mapping=book.guessed_mapping).good) == 2
    # Meanwhile another desk registers the person on line 3.
    faculty.add_faculty(
        uow=uow, national_code=CODES[4], first_name="سارا", last_name="جلالی", rank="professor",
        institution_id=base["iut"], field_key="chemistry",
    )  # fmt: skip
    result = import_faculty(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
    assert result.imported == 1
    assert [(r.line, r.errors[0].field) for r in result.rejected] == [(3, "national_code")]


def test_a_failure_in_the_middle_of_the_import_leaves_the_database_unchanged(uow, store, base, tmp_path, monkeypatch):
    rows = [BAD_ROWS[0]] + [[c, "علی", "کریمی", "استاد", "دانشگاه تهران", "physics", ""] for c in CODES]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    real, added = FacultyRepository.add, []

    def add_then_fail(self, row):
        if len(added) == 3:
            raise RuntimeError("the disk is full")
        added.append(row.national_code)
        return real(self, row)

    monkeypatch.setattr(FacultyRepository, "add", add_then_fail)
    before = counts(store)
    with pytest.raises(RuntimeError):
        run(uow, path)
    assert len(added) == 3  # three rows were added before the failure ...
    assert counts(store) == before  # ... and none of them stayed
    assert members(uow) == {}


def test_a_refusal_by_the_database_during_the_import_leaves_nothing(uow, store, base, tmp_path, monkeypatch):
    """Two desks racing: the unique index refuses, the clerk gets Persian, nothing half-imported."""
    path = write_csv(tmp_path / "a.csv", [BAD_ROWS[0], BAD_ROWS[1], BAD_ROWS[5]])
    book = read_spreadsheet(path=path)
    real = importing._registered

    def stale(uow):  # the check ran before the other desk's write reached the database
        registered = real(uow)
        return dataclasses.replace(registered, people={})

    monkeypatch.setattr(importing, "_registered", stale)
    faculty.add_faculty(
        uow=uow, national_code=CODES[4], first_name="سارا", last_name="جلالی", rank="professor",
        institution_id=base["iut"], field_key="chemistry",
    )  # fmt: skip
    before = counts(store)
    with pytest.raises(ValidationError) as exc:
        import_faculty(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
    assert exc.value.fields == ["national_code"]
    assert counts(store) == before


# -- files that are not spreadsheets ---------------------------------------------------------------


def _docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", "<w:document/>")


NOT_SPREADSHEETS = {
    "random.xlsx": lambda p: p.write_bytes(random.Random(4).randbytes(4096)),
    "random.csv": lambda p: p.write_bytes(random.Random(5).randbytes(4096)),
    "نامه.txt": lambda p: p.write_text("با سلام\nاحتراماً، فهرست اعضا به پیوست تقدیم می‌شود.\n", encoding="utf-8"),
    "letter.docx.xlsx": _docx,
    "empty.csv": lambda p: p.write_bytes(b""),
    "empty.xlsx": lambda p: p.write_bytes(b""),
    "bom-only.csv": lambda p: p.write_bytes(b"\xef\xbb\xbf\r\n\r\n"),
    "no-header.xlsx": lambda p: write_xlsx(p, []),
    "old.xls": lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)),
    "missing.xlsx": lambda p: None,
}


@pytest.mark.parametrize("name", NOT_SPREADSHEETS)
def test_a_file_that_is_not_a_spreadsheet_is_refused_in_persian(uow, store, base, tmp_path, name):
    path = tmp_path / name
    NOT_SPREADSHEETS[name](path)
    before = counts(store)
    with pytest.raises(SpreadsheetError) as exc:
        read_spreadsheet(path=path)
    assert isinstance(exc.value, DomainError)
    message = str(exc.value)
    assert f"«{name}»" in message and "پرونده" in message
    assert counts(store) == before


def test_the_refusals_say_what_to_do(tmp_path):
    def refusal(name: str) -> str:
        path = tmp_path / name
        NOT_SPREADSHEETS[name](path)
        with pytest.raises(SpreadsheetError) as exc:
            read_spreadsheet(path=path)
        return str(exc.value)

    assert "xlsx" in refusal("old.xls") and "xls" in refusal("old.xls")
    assert "خالی است" in refusal("empty.csv")
    assert "پیدا نشد" in refusal("missing.xlsx")
    assert "سرستون" in refusal("no-header.xlsx") and "برگه" in refusal("no-header.xlsx")
    assert "جدول نیست" in refusal("نامه.txt")
    for name in ("random.xlsx", "random.csv", "letter.docx.xlsx"):
        assert "فقط پرونده‌های Excel (xlsx) و CSV" in refusal(name)


# -- the columns ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["كد ملي", "نام", "نام‌خانوادگی", "مرتبه", "موسسه", "گروه/رشته", "وضعيت", "رایانامه", "تلفن همراه"],
            dict(national_code=0, first_name=1, last_name=2, rank=3, institution=4, field_key=5, status=6, email=7, phone=8),
        ),
        (
            ["کدملی", "نام ", "نام خانوادگي", "مرتبه علمی", "مؤسسه", "گروه / رشته", "وضعیت", "ایمیل", "تلفن\u200cهمراه"],
            dict(national_code=0, first_name=1, last_name=2, rank=3, institution=4, field_key=5, status=6, email=7, phone=8),
        ),
        (
            ["National Code", "First Name", "LAST NAME", "Academic Rank", "University", "Field", "Status", "E-mail", "Mobile"],
            dict(national_code=0, first_name=1, last_name=2, rank=3, institution=4, field_key=5, status=6, email=7, phone=8),
        ),
        (
            ["ردیف", "کد ملی (۱۰ رقمی)", "نام پدر", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه محل خدمت", "رشته", "تلفن"],
            dict(national_code=1, first_name=3, last_name=4, rank=5, institution=6, field_key=7, phone=8),
        ),
        (["نام و نام خانوادگی", "کد ملی", "دانشگاه", "دانشکده"], dict(national_code=1, institution=2)),
    ],
    ids=["arabic-letters", "half-spaces", "english", "extra-columns", "full-name-in-one-column"],
)
def test_the_columns_are_guessed_from_the_headers(headers, expected):
    assert guess_mapping(headers) == expected


def test_a_mapping_without_the_required_fields_is_refused_naming_them(uow, base, tmp_path):
    rows = [["الف", "ب", "پ", "ت"], [CODES[0], "علی", "کریمی", "استاد"]]
    book = read_spreadsheet(path=write_xlsx(tmp_path / "a.xlsx", rows))
    assert book.guessed_mapping == {}
    with pytest.raises(ValidationError) as exc:
        preview_faculty_import(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
    assert exc.value.fields == ["national_code", "first_name", "last_name", "rank", "institution", "field_key"]
    for label in ("کد ملی", "نام خانوادگی", "مرتبه علمی", "مؤسسه", "گروه / رشته"):
        assert f"{label}: ستونی برای آن برگزیده نشده است." in str(exc.value)
    with pytest.raises(ValidationError) as exc:  # one column for two fields
        import_faculty(
            uow=uow,
            spreadsheet=book,
            mapping=dict(national_code=0, first_name=1, last_name=1, rank=3, institution=2, field_key=2),
        )
    assert exc.value.fields == ["last_name", "field_key"] and "«ب»" in str(exc.value)


def test_the_clerk_can_change_the_guessed_mapping(uow, base, tmp_path):
    rows = [
        ["نام", "نام خانوادگی", "کد", "سمت", "محل کار", "حوزه", "تلفن", "تلفن همراه"],
        ["علی", "کریمی", CODES[0], "استاد", "دانشگاه تهران", "physics", "021-66112233", "09121234567"],
        ["مریم", "نوری", CODES[1], "دانشیار", "دانشگاه تهران", "chemistry", "", "09131234567"],
    ]
    book = read_spreadsheet(path=write_xlsx(tmp_path / "a.xlsx", rows))
    guessed = book.guessed_mapping
    assert guessed == dict(first_name=0, last_name=1, field_key=5, phone=6)  # «کد», «سمت», «محل کار» are not known
    mapping = {**guessed, "national_code": 2, "rank": 3, "institution": 4, "phone": 7}  # the mobile, not the office
    result = import_faculty(uow=uow, spreadsheet=book, mapping=mapping)
    assert (result.imported, result.rejected) == (2, ())
    got = members(uow)
    assert (got[CODES[0]].rank, got[CODES[0]].phone, got[CODES[1]].phone) == ("professor", "09121234567", "09131234567")
    assert book.column_names[2] == "کد"


# -- the error report ---------------------------------------------------------------------------------


def test_the_error_report_reads_back_as_xlsx_and_csv(uow, store, bad_file, tmp_path):
    book, result = run(uow, bad_file)
    lines = sorted(EXPECTED)
    head = [LINE_HEADER, *book.column_names, MESSAGES_HEADER]

    data = error_report_xlsx(result.headers, result.rejected)
    path = tmp_path / "خطاها.xlsx"
    path.write_bytes(data)
    ws = openpyxl.load_workbook(path).active
    assert ws.sheet_view.rightToLeft is True
    assert [c.value for c in ws[1]] == head and all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width >= 8 and ws.column_dimensions["I"].width >= 30  # the messages are readable
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [r[0] for r in body] == lines
    by_line = {r[0]: r for r in body}
    assert by_line[3][1] == "0499370898" and by_line[4][5] == "دانشگاه آزاد"  # the cells as the clerk wrote them
    assert by_line[8][-1] == "کد ملی: این کد ملی پیش‌تر برای فاطمه احمدی ثبت شده است."
    assert by_line[12][-1].split("\n")[0].startswith("کد ملی:") and len(by_line[12][-1].split("\n")) == 3
    assert by_line[12][7] == "=1+2" and ws.cell(ws.max_row, 8).data_type == "s"  # text, not a formula

    raw = error_report_csv(result.headers, result.rejected)
    assert raw.startswith(b"\xef\xbb\xbf")
    read = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert read[0] == head and [int(r[0]) for r in read[1:]] == lines
    csv_by_line = {int(r[0]): r for r in read[1:]}
    assert csv_by_line[9][-1] == "نام خانوادگی: خالی مانده است؛ آن را بنویسید."
    assert csv_by_line[12][-1].count(" | ") == 2
    assert csv_by_line[12][7] == "'=1+2"  # Excel will not run it

    # The clerk corrects the report and imports it: its columns are recognised again.
    again = read_spreadsheet(path=path)
    named = {k: again.headers[i] for k, i in again.guessed_mapping.items()}
    assert named == {k: book.headers[i] for k, i in book.guessed_mapping.items()}
    assert [r.line for r in again.rows] == [2, 3, 4, 5, 6, 7, 8]


# -- the database is read once, not once a row ---------------------------------------------------------


def test_the_queries_do_not_grow_with_the_rows(uow, store, base, tmp_path):
    statements: list[str] = []

    def seen(*args) -> None:  # the audit trail's rows are counted apart
        statements.append("AUDIT" if "audit_log" in args[2] else args[2].split()[0].upper())

    event.listen(store.db.engine, "before_cursor_execute", seen)

    def statements_for(n: int, verb) -> dict[str, int]:
        rng = random.Random(n)
        codes = set()
        while len(codes) < n:
            first = f"{rng.randrange(10**9):09d}"
            codes.add(first + check_digit(first))
        rows = [BAD_ROWS[0]] + [[c, "علی", "کریمی", "استاد", "دانشگاه تهران", "physics", ""] for c in sorted(codes)]
        book = read_spreadsheet(path=write_csv(tmp_path / f"{n}.csv", rows))
        statements.clear()
        verb(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
        return {s: statements.count(s) for s in set(statements)}

    assert statements_for(3, preview_faculty_import) == statements_for(300, preview_faculty_import)
    small, large = statements_for(3, import_faculty), statements_for(300, import_faculty)
    assert small["SELECT"] == large["SELECT"]
    assert (small["INSERT"], large["INSERT"]) == (3, 300)
    assert (small["AUDIT"], large["AUDIT"]) == (3, 300)  # one trail row a record (issue 9)


def test_a_ten_megabyte_cell_is_refused_as_a_long_cell_not_as_no_table(uow, store, base, tmp_path):
    """The probe: a 10 MB cell in a CSV was called «not a table». It is named: its line,
    its column and its length, and nothing is imported."""
    path = tmp_path / "big.csv"
    big = "ب" * (5 * 1024 * 1024)  # 10 MB in UTF-8
    path.write_text(
        f"کد ملی,نام,نام خانوادگی,مرتبه علمی,مؤسسه,گروه / رشته\n{CODES[0]},{big},کریمی,استاد,دانشگاه تهران,physics\n",
        encoding="utf-8",
    )
    before = counts(store)
    with pytest.raises(SpreadsheetError) as exc:
        read_spreadsheet(path=path)
    message = str(exc.value)
    assert "جدول نیست" not in message
    assert "سطر ۲" in message and "ستون ۲" in message and "نویسه" in message
    assert counts(store) == before
