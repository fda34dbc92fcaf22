"""A save is confirmed where it covers nothing the clerk needs (the walkthrough: a green
label at the foot of the page hid table cells and the «ثبت برگه امتیاز» button for
seconds): the status bar, a row of its own right under the page, turns green."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget


def _overlays(window) -> list[QWidget]:
    """Visible widgets drawn over the page in view that are not part of it."""
    page = window.ui.pages.currentWidget()
    return [
        w
        for w in window.ui.pages.findChildren(QWidget)
        if w.isVisible() and w.parent() is window.ui.pages and w is not page and w.isWindow() is False
    ]


def test_the_scoring_sheet_button_stays_uncovered_while_a_save_is_confirmed(window, qtbot):
    window.show_screen("scoring")
    screen = window.screens["scoring"]
    screen.ui.member.setCurrentIndex(3)
    screen._member_chosen()
    window.confirm("فعالیت ثبت شد.")
    bar = window.ui.statusbar
    assert bar.isVisible() and bar.currentMessage() == "فعالیت ثبت شد."
    assert "background" in bar.styleSheet()  # green while it lasts
    assert _overlays(window) == []  # nothing floats over the page
    button = screen.ui.saveButton
    spot = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    assert not QRect(bar.mapTo(window, QPoint(0, 0)), bar.size()).intersects(spot)
    assert window.childAt(spot.center()) in (button, *button.findChildren(QWidget))  # the button is what is there


def test_the_confirmation_goes_and_the_status_bar_looks_as_before(window, qtbot):
    window.confirm("مؤسسه ثبت شد.")
    assert window.toast.isVisible() and window.toast.text() == "مؤسسه ثبت شد."
    window.say("پیام دیگر")  # another message in its place: not shown as a save
    assert window.ui.statusbar.styleSheet() == "" and not window.toast.isVisible()
    window.toast.say("قطب ثبت شد.", 50)
    qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage() == "", timeout=5_000)
    assert window.ui.statusbar.styleSheet() == "" and not window.toast.isVisible()
