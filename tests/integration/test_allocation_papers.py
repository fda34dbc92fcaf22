"""Issue 18's papers, the first half of article 12: the year's allocation table (12-2-1)
as PDF, XLSX and CSV from the command line, a draft said plainly, and the allocation
letters to the institutions (12-2-1, 12-2-2), only once the table is approved."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from qotb_desktop import documents
from qotb_desktop.cli import main
from qotb_desktop.domain.accounts import Actor
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services import accounts, funding
from tests import backends
from tests.pdf_text import fa, find, in_order, pages

MILLION = 1_000_000
Y = 1405
CLERK = Actor(2, "clerk", "کارشناس", ("clerk",))
SECRETARY = Actor(1, "dabir", "دبیر", ("secretary",))
TITLE = "جدول تخصیص نیمه نخست اعتبار قطب‌های علمی سال ۱۴۰۵ (بند ۱۲-۲-۱)"


@pytest.fixture
def year(demo_store, db_target):
    """1405 with a line of 100,000 million rials (one rial more, for the odd rial) and its
    worksheet computed (a draft); the CLI opens the same database."""
    uow = demo_store.uow
    uow.actor = CLERK
    funding.add_budget_entry(uow=uow, year=Y, kind="line", amount="100000.000002", recorded_on="1405/01/20")
    funding.compute_allocation(uow=uow, year=Y, now=datetime(2026, 5, 1, 9, 0))
    return demo_store, db_target


def approve(store) -> None:
    accounts.create_first_administrator(uow=store.uow, username="dabir", full_name="مریم احمدی", password="Qotb-1405-secret!")
    store.uow.actor = SECRETARY
    funding.approve_allocation(uow=store.uow, year=Y, now=datetime(2026, 5, 2, 10, 30))


def export(db: str, path, *more: str) -> int:
    return main(["--db", str(db), "export", "allocations", "--year", "۱۴۰۵", "-o", str(path), *more])


def test_the_draft_table_says_it_is_a_draft_and_adds_up_to_the_half(year, tmp_path, capsys):
    store, db = year
    sheet = funding.allocation_sheet(uow=store.uow, year=Y)
    half = 50_000 * MILLION + 1
    assert sheet.half == half and sheet.allocated == half
    assert export(db, tmp_path / "t.pdf") == 0
    lines = [line for page in pages((tmp_path / "t.pdf").read_bytes()) for line in page]
    assert find(lines, f"پیش‌نویس {TITLE}") >= 0
    assert find(lines, "به تأیید دبیر نرسیده است") >= 0
    assert find(lines, "امضا و تاریخ") < 0  # no signature lines on a draft
    total = "۵۰٬۰۰۰٫۰۰۰۰۰۱"  # the half in million rials, every rial shown, Persian digits
    assert in_order(lines, "جمع") and any(total in line for line in lines)
    for s in sheet.shares:
        assert find(lines, s.centre[:20]) >= 0
    assert "ساخته شد" in capsys.readouterr().out
    # the letters are not written for a draft
    with pytest.raises(DomainError, match="پیش‌نویس"):
        documents.allocation_letters(uow=store.uow, year=Y).render()
    assert [d.form for d in documents.available(uow=store.uow) if d.filename.endswith(f"-{Y}.pdf")] == ["allocation-table"]


def test_spreadsheets_hold_numbers_in_the_display_unit(year, tmp_path):
    store, db = year
    sheet = funding.allocation_sheet(uow=store.uow, year=Y)
    assert export(db, tmp_path / "t.xlsx") == 0 and export(db, tmp_path / "t.csv") == 0
    ws = load_workbook(tmp_path / "t.xlsx").active
    assert ws.sheet_view.rightToLeft and "پیش‌نویس" in ws.cell(1, 1).value and "میلیون ریال" in ws.cell(2, 9).value
    amounts = [ws.cell(r, 9).value for r in range(3, 3 + len(sheet.shares))]
    assert all(isinstance(a, (int, float)) for a in amounts)
    assert sum(amounts) == pytest.approx(sheet.half / MILLION) and ws.cell(3 + len(sheet.shares), 2).value == "جمع"
    rows = list(csv.reader(io.StringIO((tmp_path / "t.csv").read_bytes().decode("utf-8-sig"))))
    head, body = rows[0], rows[1:]
    rials = head.index("سهم تخصیص‌یافته (ریال)")
    assert sum(int(r[rials]) for r in body) == sheet.half  # exact, to the rial
    in_unit = head.index("سهم تخصیص‌یافته (میلیون ریال)")
    assert sum(Decimal(r[in_unit]) for r in body) * MILLION == sheet.half
    assert all(c.isascii() for r in body for c in r[in_unit] + r[rials])  # Latin digits, no separators


def test_the_approved_table_is_signed_and_the_letters_name_the_matching(year, tmp_path, capsys):
    store, db = year
    approve(store)
    sheet = funding.allocation_sheet(uow=store.uow, year=Y)
    assert export(db, tmp_path / "t.pdf") == 0
    lines = [line for page in pages((tmp_path / "t.pdf").read_bytes()) for line in page]
    assert find(lines, TITLE) >= 0 and find(lines, "پیش‌نویس") < 0
    assert find(lines, "به تأیید مریم احمدی رسیده است") >= 0 and any("۱۴۰۵/۰۲/۱۲" in line for line in lines)
    assert find(lines, "امضا و تاریخ") >= 0 and find(lines, "دبیر شورای قطب‌های علمی") >= 0
    letters = pages(documents.allocation_letters(uow=store.uow, year=Y).render())
    institutions = {s.institution for s in sheet.shares if s.amount}
    assert len(letters) == len(institutions)
    for s in sheet.shares:
        page = next(p for p in letters if find(p, f"ریاست محترم {s.institution}") >= 0)
        amount = fa(f"{s.amount // MILLION:,}").replace(",", "٬")
        assert any(amount in line for line in page) and find(page, s.centre[:20]) >= 0
        assert find(page, "بند ۱۲-۲-۱") >= 0 and find(page, "بند ۱۲-۲-۲") >= 0 and find(page, "متعهد است") >= 0
    # print-samples now makes both papers
    forms = [d.form for d in documents.available(uow=store.uow) if d.filename.endswith(f"-{Y}.pdf")]
    assert forms == ["allocation-table", "allocation-letters"]
    capsys.readouterr()


def test_the_command_line_refuses_as_for_the_summary_and_records_the_export(year, tmp_path, capsys):
    store, db = year
    (tmp_path / "t.csv").write_text("old")
    assert export(db, tmp_path / "t.csv") == 1 and (tmp_path / "t.csv").read_text() == "old"
    assert export(db, tmp_path / "t.csv", "--force") == 0
    assert export(db, tmp_path / "t.csv", "--format", "xlsx", "--force") == 1
    assert "نمی‌خواند" in capsys.readouterr().err
    assert main(["--db", str(db), "export", "allocations", "--year", "1402", "-o", str(tmp_path / "x.pdf")]) == 1  # no sheet
    assert "هنوز محاسبه نشده" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
    if backends.backend() == "postgresql":
        return
    with sqlite3.connect(db) as conn:
        row = conn.execute("select after from audit_log where action = 'export' order by id desc").fetchone()
    assert json.loads(row[0]) == {"what": "جدول تخصیص اعتبار سال ۱۴۰۵", "file": str(tmp_path / "t.csv"), "format": "csv"}
