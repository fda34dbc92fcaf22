"""Bad input through the services and the importer, on a real SQLite file (issue 9, item 5):
wrong types, huge numbers, empty strings, 10,000-character names, SQL-looking text, bidi
overrides, zero-width characters, malformed dates and malformed spreadsheets. Each is
refused with the domain's own error (a Persian message naming the field, or the file) and
writes nothing: every table is counted before and after. What is accepted is stored
normalised (no direction controls) and reads back as it was written.

The domain validators and the scripting contract alone: tests/unit/test_bad_input.py."""

from __future__ import annotations

import csv
import io
import itertools
import os
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import inspect, text

from qotb_desktop.domain.errors import DomainError, ValidationError
from qotb_desktop.domain.national_code import check_digit
from qotb_desktop.domain.text import normalize_text
from qotb_desktop.services import centres, council, evaluations, faculty, institutions, scoring
from qotb_desktop.services.importing import import_faculty, preview_faculty_import
from qotb_desktop.services.sheets import SpreadsheetError, read_spreadsheet
from tests import backends
from tests.unit.test_bad_input import INVISIBLE, NASTY, PERSIAN, SQL, junk, junk_text, refused

# The store is made once per test, and every example of the test runs on it: counting the
# tables before and after each one is what shows that a refusal wrote nothing.
ON_STORE = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

_serial = itertools.count(100_000_000)


def fresh_code() -> str:
    """A valid national code never used before in this run."""
    while True:
        nine = f"{next(_serial):09d}"
        code = nine + check_digit(nine)
        if len(set(code)) > 1:
            return code


def counts(store) -> dict[str, int]:
    with store.db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        return {t: conn.execute(text(f'select count(*) from "{t}"')).scalar() for t in tables}


def changed(before: dict[str, int], after: dict[str, int]) -> set[str]:
    """The tables whose row count changed, the audit trail aside (it records what was written)
    and the scores' bookkeeping (a member's stamp moves with their activities: derived)."""
    return {t for t in after if after[t] != before.get(t) and t not in ("audit_log", "score_stamp", "member_score")}


def stored_text(store, table: str) -> list[str]:
    """Every text value of every row of ``table``, as the database holds it."""
    with store.db.engine.connect() as conn:
        rows = conn.execute(text(f'select * from "{table}"')).all()
    return [v for row in rows for v in row if isinstance(v, str)]


def as_stored(value) -> str:
    """What a one-line text field keeps of what was typed."""
    return normalize_text(None if value is None else str(value), single_line=True)


def no_invisible_stored(store, *tables: str) -> None:
    for table in tables:
        for value in stored_text(store, table):
            assert not INVISIBLE & set(value), (table, ascii(value))


@pytest.fixture
def base(uow):
    return {
        "ut": institutions.add_institution(uow=uow, name="دانشگاه تهران", city="تهران"),
        "iut": institutions.add_institution(uow=uow, name="دانشگاه صنعتی اصفهان", city="اصفهان"),
    }


# -- the registries ----------------------------------------------------------------------------


@ON_STORE
@given(name=junk, kind=junk, city=junk)
@example(name=SQL, kind="university", city="\u202eتهران\u202c")
@example(name="\u202e" + "ع" * 10_000, kind="university", city="")
@example(name="'); DROP TABLE institution; --", kind="'; DELETE FROM institution; --", city="")
def test_institution_junk_writes_nothing(store, uow, name, kind, city):
    before = counts(store)
    try:
        new = institutions.add_institution(uow=uow, name=name, kind=kind, city=city)
    except DomainError as exc:
        if isinstance(exc, ValidationError):
            refused(exc, {"name", "kind", "city"})
        assert counts(store) == before
    else:
        assert changed(before, counts(store)) == {"institution"}
        got = institutions.get_institution(uow=uow, institution_id=new)
        assert got.name == as_stored(name)
    no_invisible_stored(store, "institution")


FACULTY = dict(rank="professor", field_key="physics", status="active", email="ali@ut.ac.ir", phone="021-66412345")


@ON_STORE
@given(field=st.sampled_from(["national_code", "first_name", "last_name", *FACULTY, "institution_id"]), value=junk)
@example(field="first_name", value=SQL)
@example(field="last_name", value="\u202eکریمی\u2066\u200b")
@example(field="first_name", value="ع" * 10_000)
@example(field="institution_id", value=10**30)  # was accepted, then overflowed SQLite's INTEGER
@example(field="institution_id", value=2**62)  # a row that is not there
@example(field="national_code", value="¹²³⁴⁵⁶⁷⁸⁹⁰")  # was a ValueError from int()
@example(field="national_code", value="०४९९३७०८९९")
def test_faculty_junk_writes_nothing(store, uow, base, field, value):
    values = {"national_code": fresh_code(), "first_name": "علی", "last_name": "کریمی", "institution_id": base["ut"], **FACULTY}
    values[field] = value
    before = counts(store)
    try:
        new = faculty.add_faculty(uow=uow, **values)
    except DomainError as exc:
        assert isinstance(exc, ValidationError)
        assert refused(exc) == {field}
        assert counts(store) == before
    else:
        assert changed(before, counts(store)) == {"faculty_member"}
        got = faculty.get_faculty(uow=uow, faculty_id=new)
        if field in ("first_name", "last_name", "email", "phone"):
            assert getattr(got, field) == as_stored(value)
    no_invisible_stored(store, "faculty_member")


def test_sql_looking_text_is_stored_as_text_and_read_back(store, uow, base):
    tricky = [SQL, "Robert'); DELETE FROM institution WHERE 1=1; --", '" OR "1"="1', "x'; UPDATE faculty_member SET rank='x"]
    for i, name in enumerate(tricky):
        faculty.add_faculty(
            uow=uow,
            national_code=fresh_code(),
            first_name=name,
            last_name=f"\u202e{name}\u202c",
            institution_id=base["ut"],
            **FACULTY,
        )
        institutions.add_institution(uow=uow, name=f"{name} {i}")
    stored = {(m.first_name, m.last_name) for m in faculty.list_faculty(uow=uow)}
    assert stored == {(normalize_text(n), normalize_text(n)) for n in tricky}
    assert {i.name for i in institutions.list_institutions(uow=uow)} >= {f"{n} {i}" for i, n in enumerate(tricky)}
    assert counts(store)["faculty_member"] == len(tricky)  # the tables are all there
    no_invisible_stored(store, "faculty_member", "institution")


CENTRE = dict(title="قطب علمی فیزیک ماده چگال", field_key="physics", status="applicant")


@ON_STORE
@given(
    field=st.sampled_from(["title", "field_key", "status", "period_start", "period_end", "decree_number", "decree_date"]),
    value=junk,
)
@example(field="period_start", value=14030701)  # a number where a date goes: was AttributeError
@example(field="period_start", value="1402/12/30")
@example(field="period_start", value="1403/13/40")
@example(field="title", value=SQL)
@example(field="title", value="\u202e" + "x" * 10_000)
def test_centre_junk_writes_nothing(store, uow, base, field, value):
    values = {**CENTRE, "host_institution_id": base["ut"], "partner_institution_ids": [base["iut"]], field: value}
    before = counts(store)
    try:
        new = centres.add_centre(uow=uow, **values)
    except DomainError as exc:
        assert isinstance(exc, ValidationError)
        refused(exc)
        assert counts(store) == before
    else:
        assert changed(before, counts(store)) <= {"centre", "centre_partner"}
        if field == "title":
            assert centres.get_centre(uow=uow, centre_id=new).title == as_stored(value)
    no_invisible_stored(store, "centre")


@ON_STORE
@given(partners=st.lists(junk, max_size=3), host=junk)
@example(partners=[10**30], host=1)
@example(partners=[], host=2**63)
def test_centre_institution_ids_junk_writes_nothing(store, uow, base, partners, host):
    before = counts(store)
    try:
        centres.add_centre(uow=uow, **CENTRE, host_institution_id=host, partner_institution_ids=partners)
    except DomainError as exc:
        assert isinstance(exc, ValidationError)
        assert set(refused(exc)) <= {"host_institution_id", "partner_institution_ids"}
        assert counts(store) == before


@pytest.fixture
def person_and_centre(uow, base):
    person = faculty.add_faculty(
        uow=uow, national_code=fresh_code(), first_name="علی", last_name="کریمی", institution_id=base["ut"], **FACULTY
    )
    centre = centres.add_centre(uow=uow, **CENTRE, host_institution_id=base["ut"])
    return person, centre


@ON_STORE
@given(role=junk, joined_on=junk, left_on=junk, ids=st.one_of(st.none(), st.tuples(junk, junk)))
@example(role="member", joined_on=14030101, left_on=None, ids=None)
@example(role="member", joined_on="1403/01/01", left_on="1402/12/30", ids=None)
@example(role="member", joined_on="1403/01/01", left_on=None, ids=(10**30, 2**63))
def test_membership_junk_writes_nothing(store, uow, person_and_centre, role, joined_on, left_on, ids):
    person, centre = person_and_centre
    centre_id, faculty_id = ids if ids is not None else (centre, person)
    before = counts(store)
    try:
        centres.add_membership(
            uow=uow, centre_id=centre_id, faculty_id=faculty_id, role=role, joined_on=joined_on, left_on=left_on
        )
    except DomainError as exc:
        if isinstance(exc, ValidationError):
            refused(exc)
        assert counts(store) == before


@ON_STORE
@given(seat_key=junk, holder_name=junk, start=junk, end=junk, faculty_id=junk)
@example(seat_key="natural_1", holder_name=SQL, start="۱۴۰۳/۰۱/۰۱", end=None, faculty_id=None)
@example(seat_key="natural_2", holder_name="\u202eرضا\u202c", start="1402/12/30", end=None, faculty_id=None)
@example(seat_key="natural_3", holder_name="رضا", start="1403/01/01", end=None, faculty_id=10**30)
def test_council_term_junk_writes_nothing(store, uow, seat_key, holder_name, start, end, faculty_id):
    before = counts(store)
    try:
        council.add_term(uow=uow, seat_key=seat_key, holder_name=holder_name, start=start, end=end, faculty_id=faculty_id)
    except DomainError as exc:
        if isinstance(exc, ValidationError):
            refused(exc)
        assert counts(store) == before
    else:
        assert changed(before, counts(store)) == {"council_term"}
    no_invisible_stored(store, "council_term")


# -- activities, annual reports and evaluations ------------------------------------------------


@ON_STORE
@given(row=st.sampled_from([2, 7, 8, 11, 20, 21, 23, 26]), field=st.sampled_from(["date", "points", "citations", "amount_toman",
       "scope", "award", "journal_years", "conferences", "years", "description"]), value=junk)  # fmt: skip
@example(row=7, field="citations", value="1" * 5000)  # was a ValueError from int()
@example(row=7, field="citations", value="9" * 30)  # would overflow SQLite's INTEGER
@example(row=21, field="journal_years", value="9" * 300)  # would not fit Numeric(8, 2)
@example(row=2, field="description", value=SQL)
def test_activity_junk_writes_nothing(store, uow, person_and_centre, row, field, value):
    person, _ = person_and_centre
    values = {"date": "1402/01/01", field: value}
    before = counts(store)
    try:
        new = scoring.add_activity(uow=uow, faculty_id=person, row=row, values=values)
    except DomainError as exc:
        assert isinstance(exc, ValidationError)
        refused(exc)
        assert counts(store) == before
    else:
        assert changed(before, counts(store)) == {"activity"}
        got = next(a for a in scoring.list_activities(uow=uow, faculty_id=person) if a.id == new)
        assert got.item == scoring.clean_activity(row=row, values=values)  # read back as written
    no_invisible_stored(store, "activity")


@pytest.fixture(scope="module")
def demo_year(tmp_path_factory):
    """A demo database with an approved centre and a year it may report on (made once: it takes a second)."""
    from qotb_desktop.services.demo import fill_demo
    from qotb_desktop.wiring import open_store
    from tests.conftest import TODAY

    target, drop = backends.own_target(tmp_path_factory.mktemp("demo"))
    store = open_store(target)
    fill_demo(uow=store.uow, today=TODAY)
    centre = next(c for c in centres.list_centres(uow=store.uow) if c.status == "approved")
    year = 1402  # the first year of its period, not yet evaluated
    evaluations.save_report(uow=store.uow, centre_id=centre.id, year=year, received_on="1403/03/01", papers=3)
    yield store, centre.id, year
    store.close()
    drop()


REPORT = ("papers", "projects", "theses", "postdocs", "agreements", "budget_received", "budget_spent")


@ON_STORE
@given(field=st.sampled_from([*REPORT, "received_on", "site_visit_on", "notes", "year", "area"]), value=junk)
@example(field="papers", value="1" * 5000)  # was a ValueError from int()
@example(field="year", value="²")  # was a ValueError from int()
@example(field="budget_spent", value=-1)
@example(field="received_on", value="1403/13/40")
@example(field="notes", value=SQL)
def test_annual_report_junk_writes_nothing(demo_year, field, value):
    store, centre, year = demo_year
    values = {"year": year, "received_on": "1403/03/01", "areas": {"7-1": "پژوهش"}}
    if field == "area":
        values["areas"] = {"7-1": value}
    else:
        values[field] = value
    before = counts(store)
    try:
        evaluations.save_report(uow=store.uow, centre_id=centre, **values)
    except DomainError as exc:
        assert isinstance(exc, ValidationError)
        refused(exc)
        assert counts(store) == before
    no_invisible_stored(store, "annual_report", "annual_report_area")


@ON_STORE
@given(field=st.sampled_from(["score", "evaluators", "remarks", "evaluated_on", "year"]), value=junk)
@example(field="score", value="9" * 5000)  # was a ValueError from Fraction()
@example(field="score", value="NaN")
@example(field="year", value="1" * 5000)
@example(field="evaluators", value=SQL)
def test_evaluation_junk_writes_nothing(demo_year, field, value):
    store, centre, year = demo_year
    scheme = evaluations.scheme_for(uow=store.uow, centre_id=centre, year=year)
    scores = {c.key: "۷٫۵" for c in scheme.criteria}
    values = {"year": year, "evaluators": "هیأت ارزیابی", "evaluated_on": "1403/04/01", "remarks": ""}
    if field == "score":
        scores[scheme.criteria[0].key] = value
    else:
        values[field] = value
    before = counts(store)
    try:
        evaluations.save_evaluation(uow=store.uow, centre_id=centre, scores=scores, **values)
    except DomainError as exc:
        assert isinstance(exc, ValidationError)
        refused(exc)
        assert counts(store) == before
    no_invisible_stored(store, "evaluation")


def test_a_reopening_without_a_reason_writes_nothing(demo_year):
    demo_store = demo_year[0]
    closed = next(
        e
        for c in centres.list_centres(uow=demo_store.uow)
        for e in evaluations.list_evaluations(uow=demo_store.uow, centre_id=c.id)
        if e.closed_at
    )
    before = counts(demo_store)
    for reason in ("", "\u202e\u200b\u2066", None, "   "):
        with pytest.raises(ValidationError) as exc:
            evaluations.reopen_evaluation(uow=demo_store.uow, evaluation_id=closed.id, reason=reason)
        assert refused(exc.value) == {"reason"}
    assert counts(demo_store) == before


# -- the importer: malformed spreadsheets ------------------------------------------------------

HEADERS = ["کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه", "گروه / رشته", "وضعیت", "ایمیل", "تلفن"]
GOOD = ["0499370899", "علی", "کریمی", "استاد", "دانشگاه تهران", "فیزیک", "شاغل", "a@ut.ac.ir", "09121234567"]


def write_xlsx(path: Path, rows) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def write_csv(path: Path, rows, encoding: str = "utf-8-sig") -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding, errors="replace"))  # cp1256 has no Latin-1 letters
    return path


def _zip(entries: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in entries.items():
            z.writestr(name, content)
    return out.getvalue()


def _good_xlsx() -> bytes:
    out = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(HEADERS)
    book.active.append(GOOD)
    book.save(out)
    return out.getvalue()


def _edited_sheet(edit) -> bytes:
    """The good workbook with its worksheet's XML changed by ``edit``."""
    inside = zipfile.ZipFile(io.BytesIO(_good_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in inside.infolist():
            content = inside.read(item.filename)
            z.writestr(item, edit(content) if item.filename.startswith("xl/worksheets/") else content)
    return out.getvalue()


def _number_cell(value: bytes) -> bytes:
    """A number cell holding ``value`` as written in the XML (Excel never writes 5,000 digits; a broken program may)."""
    cell = b'<c r="J2" t="n"><v>' + value + b"</v></c></row></sheetData>"
    return _edited_sheet(lambda xml: xml.replace(b"</row></sheetData>", cell, 1))


MALFORMED = {
    "empty.csv": b"",
    "blank.csv": b"  \r\n\r\n\t",
    "bom-only.csv": b"\xef\xbb\xbf",
    "nul.csv": ",".join(HEADERS).encode() + b"\r\n" + ",".join(GOOD).encode().replace(b"a@", b"a\x00@"),
    "utf16-no-bom.csv": ",".join(HEADERS).encode("utf-16-le"),
    "broken-utf16.csv": b"\xff\xfe\x00\xd8,\x00",
    "binary.csv": bytes(range(256)) * 4,
    "one-column.csv": "\n".join(["کد ملی"] + ["0499370899"] * 3).encode(),
    "not-a-zip.xlsx": b"PK\x03\x04 this is not a zip archive at all",
    "pk.xlsx": b"PK",
    "a-text-file.xlsx": "سلام، این یک نامه است.".encode(),
    "a-zip-not-a-workbook.xlsx": _zip({"hello.txt": "hi"}),
    "a-docx.xlsx": _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
    "truncated-zip.xlsx": _good_xlsx()[:700],
    "truncated-sheet.xlsx": _edited_sheet(lambda xml: xml[: len(xml) // 2]),
    "a-5000-digit-number.xlsx": _number_cell(b"9" * 5000),
    "old-excel.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    "empty-sheet.xlsx": None,  # made below: a workbook with nothing in it
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_is_refused_naming_it_and_writes_nothing(store, uow, base, tmp_path, name):
    path = tmp_path / name
    if MALFORMED[name] is None:
        openpyxl.Workbook().save(path)
    else:
        path.write_bytes(MALFORMED[name])
    before = counts(store)
    with pytest.raises(DomainError) as exc:
        book = read_spreadsheet(path=path)
        import_faculty(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)  # a file read but without the columns
    message = str(exc.value)
    assert PERSIAN.search(message)
    assert name in message or isinstance(exc.value, ValidationError), message
    if isinstance(exc.value, ValidationError):
        refused(exc.value, {"national_code", "first_name", "last_name", "rank", "institution", "field_key"})
    else:
        assert isinstance(exc.value, SpreadsheetError)
    assert counts(store) == before


def test_missing_headers_and_bad_mappings_name_the_fields(store, uow, base, tmp_path):
    path = write_csv(tmp_path / "no-header.csv", [GOOD, GOOD])  # data where the header should be
    book = read_spreadsheet(path=path)
    before = counts(store)
    with pytest.raises(ValidationError) as exc:
        import_faculty(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
    assert {"national_code", "first_name", "last_name"} <= set(refused(exc.value))
    for mapping, field in (({"national_code": 99}, "national_code"), ({"national_code": -1}, "national_code")):
        full = {k: i for i, k in enumerate(["national_code", "first_name", "last_name", "rank", "institution", "field_key"])}
        with pytest.raises(ValidationError) as exc:
            preview_faculty_import(uow=uow, spreadsheet=book, mapping={**full, **mapping})
        assert field in refused(exc.value)
    assert counts(store) == before


def test_a_folder_and_a_missing_file_are_refused(tmp_path):
    for path in (tmp_path, tmp_path / "nope.xlsx"):
        with pytest.raises(SpreadsheetError) as exc:
            read_spreadsheet(path=path)
        assert path.name in str(exc.value)


def test_a_huge_file_of_junk_is_refused_and_a_huge_table_of_junk_writes_nothing(store, uow, base, tmp_path):
    junk_file = tmp_path / "junk.xlsx"
    junk_file.write_bytes(os.urandom(2 * 1024 * 1024))
    with pytest.raises(SpreadsheetError, match="junk.xlsx"):
        read_spreadsheet(path=junk_file)
    rows = [HEADERS] + [
        [NASTY[i % len(NASTY)].replace("\x00", ""), SQL, "\u202e", "دکتر", "?", "?", "", "", ""] for i in range(1000)
    ]
    table = write_csv(tmp_path / "junk.csv", rows)
    before = counts(store)
    book = read_spreadsheet(path=table)
    result = import_faculty(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
    assert result.imported == 0 and len(result.rejected) == 1000
    assert all(r.messages and all(PERSIAN.search(m) for m in r.messages) for r in result.rejected)
    assert counts(store) == before


# Cells as a spreadsheet may hold them: text of every kind, numbers (huge ones too), booleans, dates.
cell = st.one_of(
    junk_text,
    st.integers(min_value=-(10**20), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1)),
    st.none(),
)
good_cells = [st.just(v) for v in GOOD]


def _spreadsheet_cell(value):
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.tuples(*[st.one_of(g, cell) for g in good_cells]), min_size=1, max_size=6),
    kind=st.sampled_from(["xlsx", "utf-8-sig", "cp1256"]),
)
@example(rows=[("¹²³⁴⁵⁶⁷⁸⁹⁰", *GOOD[1:])], kind="utf-8-sig")  # the national code's int(): was a ValueError
@example(rows=[("०४९९३७०८९९", *GOOD[1:])], kind="xlsx")  # Devanagari digits: would have been stored as such
@example(rows=[(GOOD[0], SQL, "\u202eکریمی\u202c", *GOOD[3:])], kind="xlsx")
@example(rows=[(GOOD[0], "ع" * 10_000, *GOOD[2:])], kind="utf-8-sig")
@example(rows=[(10**30, True, date(2020, 1, 1), 1.5, None, -3, "", "", "")], kind="xlsx")
def test_rows_of_junk_import_only_what_is_clean(store, uow, base, tmp_path_factory, rows, kind):
    folder = tmp_path_factory.mktemp("import")
    table = [HEADERS] + [[_spreadsheet_cell(v) for v in r] for r in rows]
    if kind == "xlsx":
        path = write_xlsx(folder / "members.xlsx", table)
    else:
        path = write_csv(folder / "members.csv", [["" if v is None else str(v) for v in r] for r in table], encoding=kind)
    before = counts(store)
    try:
        book = read_spreadsheet(path=path)
        preview = preview_faculty_import(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
        result = import_faculty(uow=uow, spreadsheet=book, mapping=book.guessed_mapping)
    except DomainError as exc:
        assert PERSIAN.search(str(exc))
        assert counts(store) == before
        return
    after = counts(store)
    assert result.imported == len(preview.good)
    assert after["faculty_member"] == before["faculty_member"] + result.imported
    assert changed(before, after) <= {"faculty_member"}
    fields = {"national_code", "first_name", "last_name", "rank", "institution", "field_key", "status", "email", "phone"}
    for row in result.rejected:
        assert row.messages and all(PERSIAN.search(m) for m in row.messages)
        assert {e.field for e in row.errors} <= fields | {"institution_id"}
    no_invisible_stored(store, "faculty_member")
    stored = {m.national_code: m for m in faculty.list_faculty(uow=uow)}
    for row in preview.good:  # read back as the file had it, normalised
        cells = dict(zip(book.headers, row.cells, strict=True))
        member = stored[row.record.national_code]
        assert (member.first_name, member.last_name) == (
            normalize_text(cells["نام"], single_line=True),
            normalize_text(cells["نام خانوادگی"], single_line=True),
        )


# -- the meetings service --------------------------------------------------------------------------


def test_a_malformed_arrival_time_is_refused_naming_the_field(demo_year):
    from qotb_desktop.services import meetings

    demo_store = demo_year[0]
    draft = next(m for m in meetings.list_meetings(uow=demo_store.uow) if m.state == "draft")
    attendee = meetings.get_meeting(uow=demo_store.uow, meeting_id=draft.id).attendees[0]
    before = counts(demo_store)
    for arrived_at in ("99:99", "25:00", "۱۲:۶۰", SQL):
        with pytest.raises(ValidationError) as exc:
            meetings.set_attendance(uow=demo_store.uow, attendance_id=attendee.id, status="late", arrived_at=arrived_at)
        assert refused(exc.value) == {"arrived_at"}
    assert counts(demo_store) == before


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"starts_at": "9" * 50}, "starts_at"),
        ({"ends_at": "25:00"}, "ends_at"),
        ({"place": "ت" * 10_000}, "place"),
        ({"secretary": "س" * 500}, "secretary"),
        ({"centre_id": 10**30}, "centre_id"),
    ],
)
def test_a_meeting_with_bad_fields_is_refused_and_nothing_written(demo_year, values, field):
    from qotb_desktop.services import meetings

    demo_store = demo_year[0]
    before = counts(demo_store)
    with pytest.raises(ValidationError) as exc:
        meetings.create_meeting(uow=demo_store.uow, held_on="1405/09/10", **values)
    assert refused(exc.value) == {field}
    assert counts(demo_store) == before


@pytest.mark.parametrize("name", ["", "   ", "۱۲۳", "ن" * 10_000])
def test_a_guest_needs_a_name_of_reasonable_length(demo_year, name):
    from qotb_desktop.services import meetings

    demo_store = demo_year[0]
    draft = next(m for m in meetings.list_meetings(uow=demo_store.uow) if m.state == "draft")
    before = counts(demo_store)
    with pytest.raises(ValidationError) as exc:
        meetings.add_guest(uow=demo_store.uow, meeting_id=draft.id, name=name)
    assert refused(exc.value) == {"name"}
    assert counts(demo_store) == before
