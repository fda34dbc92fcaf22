"""Hire and retirement dates through the services, the import and the faculty
register (issue 16.15; note 8 counts employed and retired members alike)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
import pytest

from qotb_desktop import documents
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.services import faculty, institutions
from qotb_desktop.services.import_columns import guess_mapping
from qotb_desktop.services.importing import import_faculty
from qotb_desktop.services.sheets import read_spreadsheet
from tests.conftest import TODAY
from tests.pdf_text import find, pages


@pytest.fixture
def ut(uow):
    return institutions.add_institution(uow=uow, name="دانشگاه تهران", city="تهران")


def person(ut: int, **more) -> dict:
    return {
        "national_code": "0499370899", "first_name": "علی", "last_name": "کریمی", "rank": "professor",
        "institution_id": ut, "field_key": "physics", **more,
    }  # fmt: skip


def test_the_dates_are_saved_shown_and_changed(uow, ut):
    fid = faculty.add_faculty(uow=uow, **person(ut, hired_on="۱۳۷۰/۰۷/۰۱"))
    seen = faculty.get_faculty(uow=uow, faculty_id=fid)
    assert (seen.hired_on, seen.retired_on) == (date(1991, 9, 23), None)
    values = person(ut, status="retired", hired_on=seen.hired_on, retired_on="1402/06/31")
    faculty.update_faculty(uow=uow, faculty_id=fid, version=seen.version, **values)
    listed = next(f for f in faculty.list_faculty(uow=uow) if f.id == fid)
    assert (listed.status_label, listed.hired_on, listed.retired_on) == ("بازنشسته", date(1991, 9, 23), date(2023, 9, 22))
    with pytest.raises(ValidationError) as err:
        faculty.update_faculty(uow=uow, faculty_id=fid, **person(ut, hired_on="1402/01/01", retired_on="1401/01/01"))
    assert err.value.fields == ["retired_on"]


def test_the_headers_are_recognised():
    headers = ["کد ملی", "نام", "تاريخ استخدام", "تاریخ بازنشستگی (شمسی)"]
    assert guess_mapping(headers) == {"national_code": 0, "first_name": 1, "hired_on": 2, "retired_on": 3}


def test_an_import_takes_the_optional_date_columns(uow, ut, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه", "گروه / رشته", "تاریخ استخدام", "تاریخ بازنشستگی"])
    ws.append(["0499370899", "علی", "کریمی", "استاد", "دانشگاه تهران", "فیزیک", "۱۳۷۰/۰۷/۰۱", "1402/6/31"])
    ws.append(["0084575948", "مریم", "نوری", "دانشیار", "دانشگاه تهران", "شیمی", datetime(2011, 9, 23), None])  # a date cell
    ws.append(["0790419904", "رضا", "حسینی", "استادیار", "دانشگاه تهران", "شیمی", "1395/01/01", "1390/01/01"])
    ws.append(["4608968882", "زهرا", "موسوی", "استادیار", "دانشگاه تهران", "شیمی", "سال ۹۵", ""])
    ws.append(["0013542419", "سارا", "رضایی", "استادیار", "دانشگاه تهران", "شیمی", "", ""])
    book.save(tmp_path / "اعضا.xlsx")
    sheet = read_spreadsheet(path=tmp_path / "اعضا.xlsx")
    result = import_faculty(uow=uow, spreadsheet=sheet, mapping=sheet.guessed_mapping)
    assert result.imported == 3
    assert [(r.line, r.messages) for r in result.rejected] == [
        (4, ("تاریخ بازنشستگی: پیش از تاریخ استخدام (۱۳۹۵/۰۱/۰۱) است.",)),
        (5, ("تاریخ استخدام: تاریخ را به شکل سال/ماه/روز بنویسید، مانند ۱۴۰۳/۰۷/۰۱.",)),
    ]
    got = {f.national_code: (f.hired_on, f.retired_on) for f in faculty.list_faculty(uow=uow)}
    assert got == {
        "0499370899": (date(1991, 9, 23), date(2023, 9, 22)),
        "0084575948": (date(2011, 9, 23), None),
        "0013542419": (None, None),
    }


def test_an_import_without_the_date_columns_still_works(uow, ut, tmp_path):
    out = io.StringIO(newline="")
    csv.writer(out).writerows(
        [["کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه", "گروه / رشته"],
         ["0499370899", "علی", "کریمی", "استاد", "دانشگاه تهران", "فیزیک"]]
    )  # fmt: skip
    (tmp_path / "a.csv").write_bytes(out.getvalue().encode("utf-8-sig"))
    sheet = read_spreadsheet(path=tmp_path / "a.csv")
    assert import_faculty(uow=uow, spreadsheet=sheet, mapping=sheet.guessed_mapping).imported == 1
    [only] = faculty.list_faculty(uow=uow)
    assert only.hired_on is None and only.retired_on is None


def test_the_faculty_register_prints_the_dates(uow, ut):
    faculty.add_faculty(uow=uow, **person(ut, status="retired", hired_on="1370/07/01", retired_on="1402/06/31"))
    doc = pages(documents.faculty_register(uow=uow, today=TODAY).render())
    everyone = [line for page in doc for line in page]
    assert find(everyone, "استخدام") >= 0 and find(everyone, "بازنشستگی") >= 0  # the headers (on two lines)
    assert find(everyone, "۱۳۷۰/۰۷/۰۱") >= 0 and find(everyone, "۱۴۰۲/۰۶/۳۱") >= 0
