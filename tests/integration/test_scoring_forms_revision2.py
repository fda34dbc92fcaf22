"""The score sheet on scoring revision 2 (issue 17.1, 17.6, 17.10): a journal board's first
and last day and the years counted inside the window, the evidence of footnotes 4 and 5
(«ثبت نشده» when none), the Appendix 2 field the verdict used; and a sheet of revision 1
printed as it was computed."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.domain.scoring import Item, score_member
from qotb_desktop.reports.scoring_forms import member_score_sheet
from tests.conftest import TODAY
from tests.integration.test_scoring_forms import IN, P7, E, Person, dec, lines_of, member, words_in_order
from tests.pdf_text import find, in_order

PERSON = Person("مریم رضایی‌نژاد", "0499370899")


def items() -> tuple[Item, ...]:
    return (
        *(Item(2, IN, P7, corresponding_author=True, description=f"مقاله {i + 1}") for i in range(8)),
        Item(9, IN, Fraction(12), description="طرح کلان ملی انرژی", evidence="معاونت علمی ریاست جمهوری"),
        Item(9, IN, Fraction(20), description="طرح کلان ملی آب"),
        Item(20, IN, award="national_festival", description="جشنواره خوارزمی", evidence="گواهی شماره ۷۷"),
        Item(21, parse_jalali("1396/01/01"), end=parse_jalali("1400/12/29"), description="هیأت تحریریه مجله فیزیک"),
        Item(26, parse_jalali("1395/07/01"), description="هسته قطب علمی فیزیک"),  # still serving
    )


def test_the_sheet_prints_the_days_and_years_of_a_board_and_the_evidence():
    sheet = score_member(member(items()), edition=E)
    # row 21: 1398/07/01 (the window's first day) to 1400/12/29: 2 years 6 months -> 0.5 points
    assert next(r.points for r in sheet.rows if r.row == 21) == Fraction(1, 2)
    lines = lines_of(member_score_sheet(PERSON, sheet, items(), today=TODAY))
    assert find(lines, "۲٫۵ سال در بازه (۱ مورد)") >= 0  # the rows table: the years counted
    assert find(lines, "۵ سال در بازه (۱ مورد)") >= 0  # row 26, still serving: the whole window
    assert words_in_order(lines, "از ۱۳۹۶/۰۱/۰۱ تا ۱۴۰۰/۱۲/۲۹؛ ۲٫۵ سال در بازه")
    assert words_in_order(lines, "از ۱۳۹۵/۰۷/۰۱ تا کنون؛ ۵ سال در بازه")
    assert words_in_order(lines, "مرجع تأیید یا تصویب طرح: معاونت علمی ریاست جمهوری")
    assert words_in_order(lines, "مرجع تأیید یا تصویب طرح: ثبت نشده")
    assert words_in_order(lines, "گواهی یا گواهی‌نامه رسمی: گواهی شماره ۷۷")
    # the field the verdict was measured against, printed whether or not it is the member's title
    assert find(lines, "علوم پایه: فیزیک (مبنای سنجش با پیوست ۲)") >= 0
    other = lines_of(member_score_sheet(replace(PERSON, field_title="فیزیک"), sheet, items(), today=TODAY))
    assert in_order(other, "رشته: فیزیک", "رشته در پیوست ۲: علوم پایه: فیزیک (مبنای سنجش با پیوست ۲)")


def test_an_old_sheet_prints_its_items_as_revision_1_scored_them():
    old = (
        *(Item(2, IN, P7, corresponding_author=True, description=f"مقاله {i + 1}") for i in range(8)),
        Item(18, None, description="پایان‌نامه ارشد"),  # revision 1: fixed 2, undated
        Item(21, None, journal_years=Fraction(3), description="هیأت تحریریه (مجله-سال)"),  # typed: 3 x 0.2
    )
    sheet = score_member(member(old), edition=E, readings=replace(E.readings, revision=1))
    assert not sheet.excluded and next(r.points for r in sheet.rows if r.row == 21) == Fraction(3, 5)
    lines = lines_of(member_score_sheet(PERSON, sheet, old, today=TODAY))
    board = find(lines, "هیأت تحریریه (مجله-سال)")  # the counted items: the points column at the line's left
    assert board >= 0 and lines[board].startswith(dec("0.6") + " "), lines[board]  # 3 x 0.2, as revision 1 gave
    thesis = find(lines, "پایان‌نامه ارشد")
    assert thesis >= 0 and lines[thesis].startswith("۲ "), lines[thesis]  # fixed 2, undated
