"""One rule for every table (the walkthrough at 1366x768: a council seat's title and a
centre's name cut while «مدت دوره» and «وضعیت» took 300 to 500 px; the scoring screen's
row titles cut and its right edge clipped; an article 5 explanation cut at the page's
edge): short columns as wide as their content, running text takes the width left, and
gives it up first, elided, when there is not enough."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from qotb_desktop.gui.registry_page import fit_columns
from qotb_desktop.gui.table_model import Column, RecordTableModel

PAGE = (1164, 712)  # a page of the window maximised on a 1366x768 screen, beside the navigation


def _table(qtbot, width: int) -> QTableView:
    table = QTableView()
    table.setModel(RecordTableModel([Column(str(c), lambda r, c=c: r[c]) for c in range(4)]))
    table.model().set_rows([("a", "b", "c", "d")])
    qtbot.addWidget(table)
    table.resize(width, 200)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_width_to_spare_goes_to_the_running_text_not_to_the_last_column(qtbot):
    table = _table(qtbot, 900)
    room = table.viewport().width() - 2
    fit_columns(table, [300, 80, 100, 90], [True, False, True, False])
    widths = [table.columnWidth(c) for c in range(4)]
    assert widths[1] == 80 and widths[3] == 90  # the short ones as their content
    assert widths[0] > 300 and widths[2] > 100 and sum(widths) == room


def test_without_room_the_widest_running_text_gives_way_first(qtbot):
    table = _table(qtbot, 500)
    room = table.viewport().width() - 2
    fit_columns(table, [600, 80, 100, 90], [True, False, True, False], least=50)
    widths = [table.columnWidth(c) for c in range(4)]
    assert widths[1:] == [80, 100, 90]  # the short running text whole too
    assert widths[0] == room - 270


def _screen(qtbot, demo_store, cls):
    screen = cls(demo_store.uow)
    qtbot.addWidget(screen)
    screen.resize(*PAGE)
    screen.show()
    qtbot.waitExposed(screen)
    screen.reload()
    qtbot.wait(50)
    return screen


def _whole(table, col: int) -> bool:
    header = table.horizontalHeader()
    return table.columnWidth(col) >= max(table.sizeHintForColumn(col), header.sectionSizeHint(col))


def test_the_council_shows_nine_whole_seat_titles(themed, qtbot, demo_store):
    from qotb_desktop.gui.screens import CouncilScreen

    screen = _screen(qtbot, demo_store, CouncilScreen)
    table = screen.seats.ui.table
    assert _whole(table, 0), [table.columnWidth(c) for c in range(5)]  # «دبیر شورا (مدیر کل دفتر سیاست‌گذاری ...)»
    assert table.columnWidth(4) < table.columnWidth(0)  # «مدت دوره» no longer the widest
    last = table.visualRect(screen.seats.proxy.index(8, 0))
    assert table.viewport().rect().contains(last)  # the ninth seat without scrolling
    assert table.horizontalScrollBar().maximum() == 0


def test_the_centres_list_shows_whole_titles_and_hosts(themed, qtbot, demo_store):
    from qotb_desktop.gui.screens import CentresScreen

    screen = _screen(qtbot, demo_store, CentresScreen)
    table = screen.centres.ui.table
    assert _whole(table, 0) and _whole(table, 2), [table.columnWidth(c) for c in range(9)]
    status = table.columnWidth(8)
    assert status < table.columnWidth(0)  # «وضعیت» no longer takes what is left


@pytest.mark.parametrize("view", ["activities", "rows"])
def test_the_scoring_tables_fit_their_panes(themed, qtbot, demo_store, view):
    from qotb_desktop.gui.screens import ScoringScreen

    screen = _screen(qtbot, demo_store, ScoringScreen)
    screen.ui.member.setCurrentIndex(3)
    screen._member_chosen()
    qtbot.wait(50)
    table = getattr(screen.ui, view)
    assert table.horizontalScrollBar().maximum() == 0
    right = table.mapTo(screen.ui.splitter, table.rect().topRight()).x()
    assert right < screen.ui.splitter.width()  # the frame drawn (the splitter's pane is a pixel past its edge)
    if view == "rows":
        titles = [screen.rows.record(r).title for r in range(screen.rows.rowCount())]
        wide = table.fontMetrics()
        whole = sum(wide.horizontalAdvance(t) + 12 <= table.columnWidth(1) for t in titles)
        assert whole >= len(titles) - 2, (table.columnWidth(1), whole)


def test_the_article_5_reasons_scroll_in_their_own_pane(themed, qtbot, demo_store):
    from qotb_desktop.gui.screens import CentreCheckScreen

    screen = _screen(qtbot, demo_store, CentreCheckScreen)
    reasons = screen.ui.reasons
    reasons.setText("\n".join(f"• دلیل شماره {n} که بلند است و باید در پهنای پنجره شکسته شود " * 3 for n in range(40)))
    qtbot.wait(50)
    assert screen.height() == PAGE[1]  # the page no taller than the window
    pane = reasons.parentWidget().parentWidget()
    assert pane.verticalScrollBar().maximum() > 0  # the list scrolls in its pane
    assert reasons.width() <= pane.viewport().width()  # nothing under the scroll bar
    assert screen.ui.members.height() >= 5 * screen.ui.members.verticalHeader().defaultSectionSize()
