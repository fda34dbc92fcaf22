"""The scoring forms read back correctly: the member score sheet, the centre's article 5
summary and the centre application (Appendix 3), each from domain results built here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from qotb_desktop.domain.centre_check import CentreInput, ProposedMember, check_centre
from qotb_desktop.domain.dates import format_jalali, parse_jalali
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.scoring import Item, MemberInput, score_member
from qotb_desktop.reports.scoring_forms import (
    APPLICATION_TITLE,
    CENTRE_SUMMARY_TITLE,
    MEMBER_SHEET_TITLE,
    centre_application,
    centre_eligibility_summary,
    member_score_sheet,
)
from tests.conftest import TODAY
from tests.pdf_text import fa, find, in_order, pages, seen

E = load_edition("1397")
START = parse_jalali("1403/07/01")  # the window: 1398/07/01 .. 1403/06/31
IN = parse_jalali("1401/05/01")
HOST = "دانشگاه صنعتی شریف"
OTHER = "دانشگاه تهران"


@dataclass(frozen=True)
class Person:
    full_name: str
    national_code: str
    rank_label: str = "استاد"
    institution_name: str = HOST
    field_title: str = "علوم پایه: فیزیک"


@dataclass(frozen=True)
class Centre:
    title: str = "قطب علمی فیزیک ماده چگال"
    field_title: str = "علوم پایه: فیزیک"
    host_name: str = HOST
    period_start: date | None = START


@dataclass(frozen=True)
class Member:
    name: str
    institution: str
    rank_label: str
    role_label: str
    total: Fraction | None
    eligible: bool | None


P7 = Fraction(7)  # a clerk types each judged score (issue 17.2)
BOARD_FROM, BOARD_TO = parse_jalali("1401/01/01"), parse_jalali("1403/06/31")


def weak_items() -> tuple[Item, ...]:
    """A professor of physics short on every count: 107.5 points, 4 corresponding papers."""
    papers = [Item(2, IN, P7, corresponding_author=i < 4, description=f"مقاله مجله شماره {i + 1}") for i in range(6)]
    return (
        *papers,
        *(Item(4, IN, Fraction(2), keynote=True, description=f"سخنرانی کلیدی همایش {i + 1}") for i in range(8)),  # 24 -> cap 20
        Item(7, citations=105, description="ارجاعات Scopus"),  # undated aggregate: 10
        Item(8, IN, amount_toman=230_000_000, description="طرح سفارشی شرکت ملی گاز"),  # 23 -> 15 a project
        Item(12, IN, Fraction(2), description="ویرایش علمی کتاب مکانیک کوانتومی"),  # humanities only: 0
        Item(
            21, parse_jalali("1401/01/01"), end=parse_jalali("1403/06/31"), description="هیأت تحریریه مجله فیزیک"
        ),  # 2.5 years: 0.5
        Item(2, parse_jalali("1397/01/01"), P7, corresponding_author=True, description="مقاله پیش از بازه"),  # excluded
        Item(2, None, P7, description="مقاله بی‌تاریخ"),  # excluded: row 2 needs a date
    )


def strong_items() -> tuple[Item, ...]:
    """139 points: rank 20, twelve corresponding papers 84, a national project 20, a book 15."""
    papers = [Item(2, IN, P7, corresponding_author=True, description=f"مقاله {i + 1}") for i in range(12)]
    return (
        *papers,
        Item(9, IN, Fraction(20), description="طرح کلان ملی", evidence="معاون وزیر علوم"),
        Item(11, IN, Fraction(15), scope="international", description="کتاب"),
    )


def member(items, field="physics") -> MemberInput:
    return MemberInput(field, START, "professor", tuple(items))


def lines_of(pdf: bytes) -> list[str]:
    return [line for page in pages(pdf) for line in page]


def dec(number: str) -> str:
    """A decimal number as printed: Persian digits and the Persian decimal separator."""
    return fa(number).replace(".", "٫")


def words_in_order(lines: list[str], text: str) -> bool:
    """A text that may wrap inside a table cell: its words, in order, down the page."""
    return in_order(lines, *text.split())


# --- the member score sheet -----------------------------------------------------------


def test_score_sheet_of_a_member_short_of_every_minimum():
    items = weak_items()
    sheet = score_member(member(items), edition=E)
    assert sheet.total == Fraction(215, 2) and len(sheet.failures) == 4 and len(sheet.excluded) == 2
    person = Person("مریم رضایی‌نژاد", "0499370899")
    pdf = member_score_sheet(person, sheet, items, today=TODAY, number="۱۲۳/ق")
    lines = lines_of(pdf)
    assert in_order(
        lines,
        f"تاریخ: {format_jalali(TODAY)}",
        MEMBER_SHEET_TITLE,
        person.full_name,
        fa(person.national_code),
        "دانشگاه صنعتی شریف",
        "۱۴۰۳/۰۷/۰۱",  # the period start
        "۱۳۹۸/۰۷/۰۱ تا ۱۴۰۳/۰۶/۳۱",  # the window
        "امتیاز فعالیت‌ها (پیوست ۱)",
        E.scoring.row(1).title,
        "نقد مقالات در مجلات معتبر بین‌المللی",  # row 5
        "عضویت در فرهنگستان‌ها",  # row 24
        "جمع امتیاز",
        "سنجش با کمینه‌های پیوست ۲",
        "نتیجه: فاقد شرایط",
        *(f.message for f in sheet.failures),
        "موارد کنار گذاشته‌شده",
        "مقاله پیش از بازه",
        "مقاله بی‌تاریخ",
        "ریز موارد شمرده‌شده",
        "ویرایش ۱۳۹۷ آیین‌نامه تشکیل قطب علمی",
        "کارشناس دبیرخانه",
    )
    # every row of Appendix 1 is on the sheet, in order (a long title wraps in its cell)
    assert in_order(lines, *(word for r in E.scoring.rows for word in r.title.split()))
    # totals and the numbers of the verdict, in Persian digits (decimals through domain.scoring.number)
    assert find(lines, dec("107.5")) >= 0 and find(lines, dec("0.5")) >= 0
    assert find(lines, "سقف ردیف: ۲۰ (پیش از سقف ۲۴)") >= 0  # row 4 capped by Appendix 2
    assert find(lines, "۶ مورد (۴ نویسنده مسئول)") >= 0
    assert find(lines, "۱۰۵ ارجاع") >= 0
    assert words_in_order(lines, "این ردیف فقط برای رشته‌های علوم انسانی امتیاز دارد.")
    # the excluded items with their reasons, in the sheet's order
    for e in sheet.excluded:
        assert words_in_order(lines, e.reason), e.reason
    assert find(lines, "بی‌تاریخ") >= 0
    assert words_in_order(lines, "خوانش‌ها: سقف ۱۵ امتیاز ردیف ۸: سقف ۱۵ برای هر طرح؛")
    assert find(lines, "دبیر گروه علمی") >= 0


def test_score_sheet_of_an_eligible_member():
    items = strong_items()
    sheet = score_member(member(items), edition=E)
    assert sheet.eligible and sheet.total == 139
    pdf = member_score_sheet(Person("علی کریمی", "0067749828"), sheet, items, today=TODAY)
    lines = lines_of(pdf)
    assert in_order(lines, MEMBER_SHEET_TITLE, "علی کریمی", "نتیجه: واجد شرایط", "موارد کنار گذاشته‌شده", "موردی کنار گذاشته نشد.")
    assert find(lines, "فاقد شرایط") < 0 and find(lines, "برآورده نشده") < 0
    assert find(lines, "۱۳۹") >= 0 and find(lines, "۱۲ مورد (۱۲ نویسنده مسئول)") >= 0


def test_score_sheet_under_the_row_total_reading():
    from dataclasses import replace

    items = weak_items()
    sheet = score_member(member(items), edition=E, readings=replace(E.readings, row8_cap="row_total"))
    lines = lines_of(member_score_sheet(Person("مریم رضایی‌نژاد", "0499370899"), sheet, items, today=TODAY))
    assert words_in_order(lines, "خوانش‌ها: سقف ۱۵ امتیاز ردیف ۸: سقف ۱۵ برای مجموع ردیف؛")


# --- the centre's article 5 summary ---------------------------------------------------


def proposed(name: str, items, institution: str = HOST, *, elsewhere: bool = False) -> ProposedMember:
    return ProposedMember(name, institution, elsewhere, member(items))


NAMES = [
    "حسن احمدی",
    "زهرا موسوی",
    "رضا کاظمی",
    "فاطمه حسینی",
    "مهدی نوری",
    "سارا جعفری",
    "امید صادقی",
    "نرگس یزدانی",
    "کاوه مهرابی",
]


def failing_centre() -> CentreInput:
    members = [
        proposed(NAMES[0], strong_items()),
        proposed(NAMES[1], weak_items()),
        proposed(NAMES[2], strong_items(), elsewhere=True),
        proposed(NAMES[3], strong_items()),
        proposed(NAMES[4], strong_items(), OTHER),
        proposed(NAMES[5], strong_items(), OTHER),
        proposed(NAMES[6], strong_items(), OTHER),
    ]
    return CentreInput("physics", START, HOST, True, False, tuple(members))


def passing_centre() -> CentreInput:
    return CentreInput("physics", START, HOST, True, True, tuple(proposed(n, strong_items()) for n in NAMES))


def test_centre_summary_lists_every_failure():
    result = check_centre(failing_centre(), edition=E)
    codes = [f.code for f in result.failures]
    assert codes == ["member_not_eligible", "member_in_other_centre", "centre_total_below_min", "program_not_confirmed"]
    pdf = centre_eligibility_summary(Centre(), result, today=TODAY)
    lines = lines_of(pdf)
    assert in_order(
        lines,
        CENTRE_SUMMARY_TITLE,
        "قطب علمی فیزیک ماده چگال",
        "اعضای پیشنهادی",
        *NAMES[:7],
        "جمع",
        "شرایط ماده ۵",
        "مجموع امتیاز اعضا (بند ۵-۲، پیوست ۲)",  # the centre total against its field's minimum
        "نتیجه: قطب شرایط ماده ۵ را ندارد",
        f"{NAMES[1]} عضو هیأت علمی برجسته فعال نیست",
        result.failures[1].message,
        result.failures[2].message,
        result.failures[3].message,
        "ویرایش ۱۳۹۷ آیین‌نامه",
        "دبیر شورا",
    )
    assert find(lines, "قطب شرایط ماده ۵ را دارد") < 0
    total_row = find(lines, "مجموع امتیاز اعضا (بند ۵-۲، پیوست ۲)")
    assert all(seen(cell) in lines[total_row] for cell in ("۱۱۸۳", dec("941.5"), "برآورده نشده"))
    assert find(lines, "۶ از ۷") >= 0  # six of seven members eligible
    assert find(lines, "تأیید نشده") >= 0 and find(lines, "دبیر گروه علمی") >= 0


def test_an_applicant_without_a_period_shows_the_start_the_check_used():
    result = check_centre(passing_centre(), edition=E)
    lines = lines_of(centre_eligibility_summary(Centre(period_start=None), result, today=TODAY))
    assert find(lines, "۱۴۰۳/۰۷/۰۱ (مبنای بررسی)") >= 0
    lines = lines_of(centre_application(Centre(period_start=None), sections(), application_members(), None, today=TODAY))
    assert find(lines, "آغاز دوره:") >= 0 and find(lines, "مبنای بررسی") < 0


def test_centre_summary_of_a_qualifying_centre():
    result = check_centre(passing_centre(), edition=E)
    assert result.eligible and result.total == 9 * 139
    lines = lines_of(centre_eligibility_summary(Centre(), result, today=TODAY))
    assert in_order(lines, CENTRE_SUMMARY_TITLE, *NAMES, fa(9 * 139), "نتیجه: قطب شرایط ماده ۵ را دارد.", "دبیر شورا")
    assert find(lines, "برآورده نشده") < 0


# --- the centre application (Appendix 3) --------------------------------------------

# One word found nowhere else on the form for each sentence of the long section.
MARKERS = [
    *("سیب", "انار", "گیلاس", "هلو", "انگور", "زردآلو", "توت", "لیمو", "نارنج", "خرما", "انجیر", "گردو"),
    *("شیر", "پلنگ", "آهو", "گوزن", "روباه", "خرگوش", "عقاب", "کبوتر", "طوطی", "ماهی", "اسب", "شتر"),
    *("تبریز", "اصفهان", "اهواز", "کرمان", "کاشان", "ساری", "اراک", "قزوین", "زنجان", "سمنان", "بوشهر", "همدان"),
]


def long_text() -> str:
    """Three paragraphs of numbered sentences, long enough to run over a page."""
    sentences = [
        f"گام {i} برنامه درباره {m} است و نتیجه آن در گزارش سالانه قطب به شورا فرستاده می‌شود تا پس از گام پیشین خوانده شود."
        for i, m in enumerate(MARKERS, 1)
    ]
    return "\n".join(" ".join(sentences[k : k + 12]) for k in (0, 12, 24))


def sections() -> list[tuple[int, str, str]]:
    texts = {
        1: "طراحی و ساخت حسگرهای کوانتومی برای صنعت",
        2: "این برنامه با سند جامع علمی کشور همسو است.\nاولویت‌های ملی فناوری‌های کوانتومی را پوشش می‌دهد.",
        4: long_text(),
        8: "برآورد کل: 25 میلیارد ریال (تجهیزات 60 درصد).",
    }
    return [(n, title, texts.get(n, f"متن بخش {n} برنامه")) for n, title in enumerate(E.program_sections, 1)]


def application_members() -> list[Member]:
    return [
        Member(NAMES[0], HOST, "استاد", "مدیر", Fraction(139), True),
        Member(NAMES[1], HOST, "دانشیار", "عضو", Fraction(215, 2), False),
        Member(NAMES[2], OTHER, "استادیار", "عضو", None, None),
    ]


def test_centre_application_follows_appendix_3():
    result = check_centre(failing_centre(), edition=E)
    pdf = centre_application(Centre(), sections(), application_members(), result, today=TODAY, number="۴۵/ق")
    doc = pages(pdf)
    lines = [line for page in doc for line in page]
    titles = [f"{fa(n)}. {t}" for n, t, _ in sections()]
    assert in_order(lines, APPLICATION_TITLE, "قطب علمی فیزیک ماده چگال", "برنامه پژوهشی-فناوری پیشنهادی (ماده ۶، پیوست ۳)")
    assert in_order(lines, *titles)  # the twelve sections, numbered, in Appendix 3's order
    for n, title, text in sections():  # each title followed by its own text
        first_words = text.split("\n")[0].split()[:4]
        assert in_order(lines, f"{fa(n)}. {title}", fa(" ".join(first_words))), n
    # a multi-paragraph text keeps its paragraphs: the second starts a line of its own
    second = find(lines, "اولویت‌های ملی فناوری‌های کوانتومی را پوشش می‌دهد.")
    assert second > find(lines, "این برنامه با سند جامع علمی کشور همسو است.") >= 0
    assert lines[second] == seen("اولویت‌های ملی فناوری‌های کوانتومی را پوشش می‌دهد.")
    assert find(lines, "برآورد کل: ۲۵ میلیارد ریال (تجهیزات ۶۰ درصد).") >= 0
    assert in_order(lines, titles[-1], "اعضای قطب", NAMES[0], NAMES[1], NAMES[2], "بررسی شرایط ماده ۵", "مدیر قطب", "رئیس مؤسسه")
    assert find(lines, dec("107.5")) >= 0 and find(lines, "نتیجه: قطب شرایط ماده ۵ را ندارد") >= 0


def test_a_long_section_runs_over_a_page_in_line_order():
    pdf = centre_application(Centre(), sections(), application_members(), None, today=TODAY)
    doc = pages(pdf)
    at = []  # (page, line) of each sentence's marker
    for m in MARKERS:
        spots = [(p, i) for p, page in enumerate(doc) for i, line in enumerate(page) if seen(m) in line]
        assert len(spots) == 1, (m, spots)
        at += spots
    assert at == sorted(at)  # top to bottom, page after page: never a reversed line or half
    assert at[0][0] < at[-1][0]  # the section crosses a page break
    lines = [line for page in doc for line in page]
    four, five = E.program_sections[3], E.program_sections[4]
    assert in_order(lines, f"۴. {four}", *MARKERS, f"۵. {five}")
    assert find(lines, "بررسی شرایط ماده ۵") < 0  # no check given, no check printed
    assert in_order(lines, "اعضای قطب", NAMES[2], "مدیر قطب")


def test_forms_are_single_documents_with_page_numbers():
    result = check_centre(failing_centre(), edition=E)
    pdf = centre_application(Centre(), sections(), application_members(), result, today=TODAY)
    doc = pages(pdf)
    assert len(doc) >= 3
    for n, page in enumerate(doc, 1):
        assert find(page, f"صفحه {fa(n)} از {fa(len(doc))}") >= 0
        assert find(page, APPLICATION_TITLE) >= 0  # the running header (the letterhead's title on the first)


def test_the_signatures_never_stand_alone_on_a_page():
    """However long the item list, its last row goes over the page with the signatures
    (with 28 to 33 papers the signatures alone would fill the fourth page)."""
    for n in (26, 28, 31, 33, 35):
        items = tuple(Item(2, IN, P7, corresponding_author=True, description=f"مقاله شماره {i}") for i in range(1, n + 1))
        sheet = score_member(member(items), edition=E)
        doc = pages(member_score_sheet(Person("علی کریمی", "0067749828"), sheet, items, today=TODAY))
        last = next(page for page in doc if find(page, "کارشناس دبیرخانه") >= 0)
        assert in_order(last, f"مقاله شماره {fa(n)}", "ویرایش ۱۳۹۷", "کارشناس دبیرخانه"), n
