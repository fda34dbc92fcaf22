"""Run in a process of its own (the screen and QT_SCALE_FACTOR are fixed when Qt
starts): the window opened as the program opens it, on a copy of the demo, on a screen
of the size given; prints what tests/gui/test_fit_screen.py checks, as JSON.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=1.5 python fit_probe.py DEMO.sqlite SETTINGS.ini
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QPoint, QRect, QSettings

from qotb_desktop.gui.app import make_app
from qotb_desktop.gui.main_window import MainWindow
from qotb_desktop.wiring import open_store


def inside(widget, rect: QRect, area) -> bool:
    """``rect`` (in ``widget``'s coordinates) wholly inside ``area``'s rectangle."""
    top_left = widget.mapTo(area, rect.topLeft())
    return area.rect().contains(QRect(top_left, rect.size()))


def column_shown(table, col: int) -> bool:
    x, width = table.columnViewportPosition(col), table.columnWidth(col)
    return x >= 0 and x + width <= table.viewport().width() + 1 and width > 0


def main() -> None:
    store = open_store(sys.argv[1])
    app = make_app()
    window = MainWindow(store.uow, location=store.location, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    settle(1)
    room = window.screen().availableGeometry()
    out = {
        "available": [room.x(), room.y(), room.width(), room.height()],
        "frame": [
            window.frameGeometry().x(),
            window.frameGeometry().y(),
            window.frameGeometry().width(),
            window.frameGeometry().height(),
        ],
        # a pixel of play: at 125% a maximised window is 1094x615 on a 1093.6x614.4 screen (Qt's rounding)
        "fits": room.adjusted(-1, -1, 1, 1).contains(window.frameGeometry()),
        "status_bar_on_screen": room.contains(QRect(window.ui.statusbar.mapToGlobal(QPoint(0, 0)), window.ui.statusbar.size())),
    }
    window.show_screen("meetings")
    settle()
    screen = window.screens["meetings"]
    table, area = screen.ui.attendance, window.ui.pages.currentWidget().viewport()
    last = table.visualRect(screen.attendance.index(8, 0))
    out["attendance_rows"] = screen.attendance.rowCount()
    out["seat_9_in_table"] = table.viewport().rect().contains(last)
    out["seat_9_on_page"] = inside(table.viewport(), last, area)
    items = screen.ui.items
    out["agenda_rows"] = screen.items.rowCount()
    out["agenda_on_page"] = all(
        inside(items.viewport(), items.visualRect(screen.items.index(r, 0)), area)
        and items.viewport().rect().contains(items.visualRect(screen.items.index(r, 0)))
        for r in range(screen.items.rowCount())
    )
    out["agenda_buttons_on_page"] = all(
        inside(b, b.rect(), area) for b in (screen.ui.addItemButton, screen.ui.finaliseButton, screen.ui.decideButton)
    )
    window.show_screen("scoring")
    scoring = window.screens["scoring"]
    scoring.ui.member.setCurrentIndex(3)
    scoring._member_chosen()
    settle()
    status = scoring.activities.columnCount() - 1
    out["scoring_status_shown"] = column_shown(scoring.ui.activities, status) and inside(
        scoring.ui.activities.viewport(),
        QRect(scoring.ui.activities.columnViewportPosition(status), 0, scoring.ui.activities.columnWidth(status), 10),
        window.ui.pages.currentWidget().viewport(),
    )
    window.show_screen("evaluations")
    settle(1)
    evaluations = window.screens["evaluations"].list.ui.table
    verdict = [
        c for c, col in enumerate(window.screens["evaluations"].list.model.columns) if col.title.startswith("ارزیابی\nپایانی")
    ][0]
    out["evaluation_verdict_columns_shown"] = all(column_shown(evaluations, c) for c in range(verdict + 1))
    navigation = set()
    for key in window.screens:
        window.show_screen(key)
        settle(0.05)
        navigation.add(window.ui.navigation.width())
    out["navigation_widths"] = sorted(navigation)
    print(json.dumps(out))
    window.close()
    store.close()


if __name__ == "__main__":
    main()
