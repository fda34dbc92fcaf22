"""The rules screen (issue 17.7): each open reading beside the bylaw's sentence, changed by
an administrator only, after a question saying what a change does not touch; another
desk's change meanwhile handled as every form handles one; and the papers name the
readings their numbers were made under."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qotb_desktop.domain.accounts import Actor
from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.scoring import Item, MemberInput, score_member
from qotb_desktop.gui.screens.rules import DEFAULT_MARK, RulesScreen
from qotb_desktop.reports.scoring_forms import member_score_sheet
from qotb_desktop.services import accounts, readings
from qotb_desktop.wiring import open_store
from tests.conftest import TODAY
from tests.pdf_text import find, in_order, pages

EDITION = load_edition()
ADMIN = ("admin", "مدیر دبیرخانه")
CLERK = ("r.karimi", "رضا کریمی")


@pytest.fixture
def office(uow):
    """A database with an administrator and a clerk; the administrator acting."""
    accounts.create_first_administrator(uow=uow, username=ADMIN[0], full_name=ADMIN[1], password="گذرواژه-نمونه")
    accounts.add_user(uow=uow, username=CLERK[0], full_name=CLERK[1], roles="clerk", password="گذرواژه-نمونه")
    ids = {u.username: u.id for u in accounts.list_users(uow=uow)}
    uow.actor = Actor(ids[ADMIN[0]], ADMIN[0], ADMIN[1], ("administrator",))
    return ids


def as_clerk(uow, ids) -> None:
    uow.actor = Actor(ids[CLERK[0]], CLERK[0], CLERK[1], ("clerk",))


@pytest.fixture
def screen(themed, qtbot, uow, office):
    s = RulesScreen(uow)
    qtbot.addWidget(s)
    s.resize(1150, 900)
    s.show()
    s.reload()
    return s


def answer_question(yes: bool, seen: list[str]) -> None:
    """Answer the confirmation the screen is about to ask (its text kept in ``seen``)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        wanted = QMessageBox.ButtonRole.AcceptRole if yes else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()

    QTimer.singleShot(0, answer)


def test_each_reading_quotes_the_bylaw_and_marks_its_default(screen):
    assert [key for key in screen.boxes] == [s.key for s in EDITION.reading_specs]
    for spec in EDITION.reading_specs:
        box = screen.boxes[spec.key]
        assert box.title() == spec.title
        assert spec.quote in box.ui.quote.text() and spec.clause in box.ui.quote.text()
        assert box.ui.quote.wordWrap()
        marked = [key for key, b in box.buttons.items() if DEFAULT_MARK in b.text()]
        assert marked == [spec.default]  # the default marked, once
        for choice in spec.choices:
            assert box.buttons[choice.key].text().startswith(choice.title)
        assert box.selected() == spec.default  # nothing chosen yet: the rules data's default
        assert "تاکنون تغییر نکرده است" in box.ui.changed.text()
    # the edition and the scoring revision, read only
    assert "۱۳۹۷/۰۷/۰۷" in screen.ui.edition.text() and EDITION.title in screen.ui.edition.text()
    assert "بازنگری ۲" in screen.ui.revision.text() and "ردیف‌های ۱۸ و ۱۹" in screen.ui.revision.text()


def test_an_administrator_changes_a_reading_after_confirming_and_it_is_stored(screen, uow, qtbot):
    box = screen.boxes["quorum_base"]
    assert box.buttons["all_seats"].isEnabled() and not box.ui.applyButton.isEnabled()
    box.buttons["all_seats"].click()
    assert box.ui.applyButton.isEnabled() and box.ui.note.isVisible()  # picked, not yet saved
    asked: list[str] = []
    answer_question(True, asked)
    with qtbot.waitSignal(screen.message) as said:
        qtbot.mouseClick(box.ui.applyButton, Qt.MouseButton.LeftButton)
    question = asked[0]
    assert "پایه حد نصاب شورا" in question and "صورت‌جلسه‌های نهایی‌شده" in question
    assert "ارزیابی‌های بسته‌شده" in question and "تنها نتیجه‌های تازه" in question
    assert "پایه حد نصاب شورا" in said.args[0]

    assert readings.get_readings(uow=uow).quorum_base == "all_seats"  # read back through the service
    stored = next(v for v in readings.list_readings(uow=uow) if v.spec.key == "quorum_base")
    assert stored.changed_by == ADMIN[0]
    # who and when, in Persian: the full name, a Jalali date in Persian digits
    changed = box.ui.changed.text()
    assert ADMIN[1] in changed and not any(c.isascii() and c.isdigit() for c in changed)
    assert "/" in changed and "ساعت" in changed
    assert box.buttons["all_seats"].property("chosen") and not box.ui.applyButton.isEnabled()
    assert not box.ui.note.isVisible()
    # the other readings untouched
    assert readings.get_readings(uow=uow).majority == "floor"


def test_a_change_not_confirmed_writes_nothing_and_shows_the_stored_reading_again(screen, uow, qtbot):
    box = screen.boxes["majority"]
    box.buttons["strict"].click()
    asked: list[str] = []
    answer_question(False, asked)
    qtbot.mouseClick(box.ui.applyButton, Qt.MouseButton.LeftButton)
    assert asked and readings.get_readings(uow=uow).majority == "floor"
    assert box.selected() == "floor" and not box.ui.applyButton.isEnabled()
    assert readings.list_readings(uow=uow)[0].version is None  # not even a row written


def test_a_clerk_sees_the_readings_read_only_and_cannot_change_them(screen, uow, office, monkeypatch):
    readings.set_reading(uow=uow, key="row8_cap", value="row_total")  # the administrator's choice
    as_clerk(uow, office)
    screen.reload()
    assert "تنها خواندنی" in screen.ui.whoMay.text() and "مدیر سامانه" in screen.ui.whoMay.text()
    for box in screen.boxes.values():
        assert not any(b.isEnabled() for b in box.buttons.values())
        assert box.ui.applyButton.isHidden()
    box = screen.boxes["row8_cap"]
    assert box.selected() == "row_total" and ADMIN[1] in box.ui.changed.text()  # what is in force, and who set it

    # even reached another way, the change is refused and nothing is written
    warned: list[str] = []
    monkeypatch.setattr(screen, "confirm_change", lambda *_a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    box.buttons["per_item"].setChecked(True)
    assert not screen.change("row8_cap")
    assert warned and "مدیر سامانه" in warned[0]
    assert readings.get_readings(uow=uow).row8_cap == "row_total"


def test_another_desks_change_meanwhile_is_shown_as_a_conflict_and_nothing_is_written(screen, uow, db_target, monkeypatch):
    readings.set_reading(uow=uow, key="majority", value="strict")
    screen.reload()  # the screen shows «strict» at its version
    desk = open_store(db_target)  # another desk, the same database
    try:
        view = next(v for v in readings.list_readings(uow=desk.uow) if v.spec.key == "majority")
        readings.set_reading(uow=desk.uow, key="majority", value="floor", version=view.version)
        readings.set_reading(uow=desk.uow, key="majority", value="strict", version=view.version + 1)
    finally:
        desk.close()
    box = screen.boxes["majority"]
    box.buttons["floor"].setChecked(True)
    asked: list[str] = []
    monkeypatch.setattr(screen, "confirm_change", lambda *_a: True)
    monkeypatch.setattr(screen, "ask_reload", lambda text: asked.append(text) or True)
    assert not screen.change("majority")
    assert asked and "ذخیره شما انجام نشد" in asked[0] and "آنچه تغییر کرده است" in asked[0]
    assert "انتخاب شما" in asked[0] and EDITION.reading("majority").choice("floor").title in asked[0]
    after = next(v for v in readings.list_readings(uow=uow) if v.spec.key == "majority")
    assert after.value == "strict" and after.version == view.version + 2  # the other desk's, untouched
    # loaded again: the stored reading shown, the clerk's pick named under it, to pick again
    assert box.view.version == after.version and box.selected() == "strict"
    assert box.ui.note.isVisible() and "انتخاب شما" in box.ui.note.text()
    box.buttons["floor"].setChecked(True)
    assert screen.change("majority")  # now over the stored version
    assert readings.get_readings(uow=uow).majority == "floor"


def test_the_window_lists_the_screen(themed, qtbot, uow, office, settings):
    from qotb_desktop.gui.main_window import MainWindow

    window = MainWindow(uow, location="test", settings=settings)
    qtbot.addWidget(window)
    window.show()
    titles = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert "آیین‌نامه و خوانش‌ها" in titles
    window.show_screen("rules")
    assert window.current_screen() == "rules" and window.screens["rules"].isVisible()
    assert not window.screens["rules"].boxes["majority"].ui.applyButton.isHidden()  # read when shown: an administrator
    window.close()  # remembered by name: opened again on the rules screen
    again = MainWindow(uow, location="test", settings=settings)
    qtbot.addWidget(again)
    assert again.current_screen() == "rules"


# --- the papers --------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    full_name: str = "مریم رضایی‌نژاد"
    national_code: str = "0499370899"
    rank_label: str = "استاد"
    institution_name: str = "دانشگاه صنعتی شریف"
    field_title: str = "علوم پایه: فیزیک"


def sheet_lines(chosen) -> list[str]:
    items = (
        Item(2, parse_jalali("1401/05/01"), corresponding_author=True, description="مقاله مجله"),
        Item(8, parse_jalali("1401/05/01"), amount_toman=150_000_000, description="طرح سفارشی"),
    )
    sheet = score_member(MemberInput("physics", parse_jalali("1403/07/01"), "professor", items), edition=EDITION, readings=chosen)
    return [line for page in pages(member_score_sheet(Person(), sheet, items, today=TODAY)) for line in page]


def test_the_score_sheet_names_the_readings_chosen_on_the_screen(screen, uow):
    for key, value in (("row8_cap", "row_total"), ("humanities_rows", "humanities_and_art")):
        box = screen.boxes[key]
        box.buttons[value].setChecked(True)
        screen.confirm_change = lambda *_a: True
        assert screen.change(key)
    lines = sheet_lines(readings.get_readings(uow=uow))
    # one short paragraph under the last table: the edition, the revision, each reading by
    # its title and the chosen choice's (without the explanation the screen shows)
    said = (
        "ویرایش ۱۳۹۷ آیین‌نامه تشکیل قطب علمی (مصوب ۱۳۹۷/۰۷/۰۷)، شیوه امتیازدهی بازنگری ۲؛ خوانش‌ها: "
        "سقف ۱۵ امتیاز ردیف ۸: سقف ۱۵ برای مجموع ردیف؛ "
        "ردیف‌های ۱۲، ۱۳ و ۱۷ برای رشته‌های هنر: همه رشته‌های گروه «علوم انسانی و هنر» بند ۱-۴، هنر هم"
    )
    # word by word down the page (it wraps); a clause such as «۱-۴» reads in its line's
    # context (digits after Persian letters run right to left), not as a word alone
    assert in_order(lines, *(word for word in said.split() if "-" not in word))
    start = find(lines, "ویرایش ۱۳۹۷ آیین‌نامه")
    assert start >= 0 and find(lines[start + 2 :], "هنر هم") < 0  # two lines at most
    assert find(lines, "سقف ۱۵ برای هر طرح") < 0  # the reading not chosen is not printed
    assert not any(w in " ".join(lines) for w in ("row_total", "per_item", "humanities", "revision"))  # no English


def test_the_score_sheet_under_the_defaults_names_them(uow):
    lines = sheet_lines(readings.get_readings(uow=uow))
    for said in (
        "بازنگری ۲؛ خوانش‌ها: سقف ۱۵ امتیاز ردیف ۸: سقف ۱۵ برای هر طرح؛",
        "ردیف‌های ۱۲، ۱۳ و ۱۷ برای رشته‌های هنر: فقط رشته‌های علوم انسانی",
    ):
        assert in_order(lines, *said.split())


def test_a_screen_remembered_by_its_row_before_0_6_0_opens_the_same_screen():
    from qotb_desktop.gui.main_window import _remembered_row

    keys = ["dashboard", "faculty", "fields", "rules", "reports", "audit"]
    assert _remembered_row("3", keys) == keys.index("reports")  # row 3 of 0.5.0's order (no rules screen)
    assert _remembered_row("rules", keys) == 3 and _remembered_row("", keys) == 0 and _remembered_row("99", keys) == 0
