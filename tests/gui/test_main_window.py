"""The main window on the demo data (pytest-qt, offscreen)."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QApplication, QSplitter

from qotb_desktop.gui.main_window import MainWindow
from qotb_desktop.gui.table_model import RECORD_ROLE


def type_persian(widget, text: str) -> None:
    """qtbot.keyClicks aborts on non-Latin-1 text (docs/testing.md): send key events with text."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_right_to_left_persian_and_the_bundled_font(window):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert "Vazirmatn" in QFontDatabase.families()
    assert QApplication.font().family() == "Vazirmatn"
    assert window.windowTitle() == "دبیرخانه قطب‌های علمی"
    nav = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert nav == [
        "پیشخوان",
        "مؤسسه‌ها",
        "اعضای هیأت علمی",
        "قطب‌های علمی",
        "شورا",
        "جلسه‌های شورا",
        "امتیازدهی",
        "بررسی قطب (ماده ۵)",
        "ارزیابی سالانه",
        "اعتبار قطب‌ها",
        "فراخوان‌ها (ستاپ)",
        "گروه‌ها و رشته‌ها",
        "گروه‌ها و کارگروه‌ها",
        "آیین‌نامه و خوانش‌ها",
        "گزارش‌ها",
        "کاربران",
        "دفتر تغییرات",
    ]
    # the navigation pane sits on the right of the pages
    assert window.ui.navigation.mapTo(window, window.ui.navigation.rect().topLeft()).x() > window.ui.pages.x()


def test_a_screen_reads_its_data_when_shown(window):
    """At start only the screen in view is read (a quicker start); the others when shown."""
    assert window.current_screen() == "dashboard" and window.screens["faculty"].page.model.rowCount() == 0
    window.show_screen("faculty")
    assert window.screens["faculty"].page.model.rowCount() > 0


def test_registries_show_the_demo_data_with_persian_digits(window):
    window.show_screen("faculty")
    page = window.screens["faculty"].page
    assert page.model.rowCount() == len(page.visible_records()) >= 35
    assert page.ui.count.text() == f"{page.model.rowCount()} ردیف".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    codes = [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())]
    assert all(c and set(c) <= set("۰۱۲۳۴۵۶۷۸۹") for c in codes)
    window.show_screen("institutions")
    assert window.screens["institutions"].page.model.rowCount() == 3
    window.show_screen("council")
    council = window.screens["council"]
    assert council.seats.model.rowCount() == 9


def test_centres_screen_shows_the_selected_centres_members(window):
    window.show_screen("centres")
    screen = window.screens["centres"]
    first = screen.centres.proxy.index(0, 0).data(RECORD_ROLE)
    members = screen.members.visible_records()
    assert members and {m.centre_id for m in members} == {first.id}
    assert sum(m.role == "director" for m in members) == 1
    screen.centres.ui.table.setCurrentIndex(screen.centres.proxy.index(1, 0))
    second = screen.centres.proxy.index(1, 0).data(RECORD_ROLE)
    assert {m.centre_id for m in screen.members.visible_records()} == {second.id}


def test_search_tolerates_arabic_letters_and_digits(window, qtbot):
    window.show_screen("faculty")
    page = window.screens["faculty"].page
    target = next(r for r in page.visible_records() if "ی" in r.last_name)
    typed = target.last_name.replace("ی", "ي").replace("ک", "ك")
    page.ui.search.setFocus()
    type_persian(page.ui.search, typed)
    assert page.ui.search.text() == typed
    assert target in page.visible_records()
    assert all(r.last_name == target.last_name for r in page.visible_records())
    page.ui.search.clear()
    persian_code = target.national_code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    type_persian(page.ui.search, persian_code[:6])
    assert target in page.visible_records()
    page.ui.search.clear()
    assert len(page.visible_records()) == page.model.rowCount()


def test_search_keeps_up_with_the_list_as_it_changes(window, demo_store):
    """Words in any column, or typed apart where the name is one word; a list read again
    under a search shows the new rows that match, and only them."""
    from qotb_desktop.services import faculty, institutions
    from qotb_desktop.services.demo import national_code

    window.show_screen("faculty")
    page = window.screens["faculty"].page
    page.ui.search.setFocus()
    type_persian(page.ui.search, "محمد رضا آزمایشي")
    assert page.visible_records() == [] and page.ui.count.text().startswith("۰")
    inst = institutions.list_institutions(uow=demo_store.uow)[0]
    made = [
        faculty.add_faculty(
            uow=demo_store.uow,
            national_code=national_code(__import__("random").Random(n)),
            first_name=first,
            last_name="آزمایشی",
            rank="professor",
            institution_id=inst.id,
            field_key="physics",
        )
        for n, first in enumerate(("محمدرضا", "محمد رضا", "رضا"))
    ]
    page.reload()  # F5: the rows are read again, the search stays
    assert page.ui.search.text() == "محمد رضا آزمایشي"
    assert sorted(r.id for r in page.visible_records()) == sorted(made[:2])
    page.ui.search.clear()
    type_persian(page.ui.search, f"آزمایشی {inst.name.split()[-1]}")  # the surname and the institution, two columns
    assert sorted(r.id for r in page.visible_records()) == sorted(made)
    page.ui.search.clear()
    assert len(page.visible_records()) == page.model.rowCount()


def test_window_size_and_screen_are_remembered(themed, qtbot, demo_store, settings):
    first = MainWindow(demo_store.uow, location="x", settings=settings)
    qtbot.addWidget(first)
    default = (first.width(), first.height())
    first.resize(760, 520)  # inside the offscreen screen (800 x 600)
    first.show()
    first.show_screen("council")
    size = (first.width(), first.height())
    assert size != default
    first.show_screen("centres")
    inner = first.findChild(QSplitter, "centresSplitter")
    inner.setSizes([100, 300])
    sizes = inner.sizes()
    first.show_screen("council")
    first.close()
    second = MainWindow(demo_store.uow, location="x", settings=settings)
    qtbot.addWidget(second)
    assert second.current_screen() == "council"
    assert (second.width(), second.height()) == size
    again = second.findChild(QSplitter, "centresSplitter").sizes()
    assert abs(again[0] / sum(again) - sizes[0] / sum(sizes)) < 0.03  # the same share, in a window not yet laid out


@pytest.mark.sqlite_only  # the status bar names the file
def test_the_database_and_the_account_stay_in_the_status_bar(window, demo_store, qtbot):
    where = window.where.text()
    assert str(demo_store.db.path) in where.replace("\u200e", "")  # (marks keep Persian folder names in order)
    window.say("نسخه پشتیبان خودکار ساخته شد")
    assert window.ui.statusbar.currentMessage() == "نسخه پشتیبان خودکار ساخته شد"
    window.ui.statusbar.clearMessage()  # the message's time is up
    assert window.where.isVisible() and window.where.text() == where
