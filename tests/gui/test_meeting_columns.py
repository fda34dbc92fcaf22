"""The meetings screen at 1366x768 keeps the columns that explain a decision in view (the
walkthrough: once a decision's text was recorded «آرا» and «وضعیت» were pushed off the
left edge behind a horizontal scroll bar; before that «آرا» was 30 px; after the first
«حاضر» the attendance columns shrank to the right, leaving a grey gap)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

PAGE = (1164, 712)  # a page of the window maximised on a 1366x768 screen
LONG = (
    "با تشکیل قطب علمی موافقت شد و پرونده برای صدور حکم به دبیرخانه ارسال شود و نتیجه به مؤسسه میزبان "
    "و همه مؤسسه‌های همکار ابلاغ گردد تا برنامه سالانه قطب در نخستین فرصت به شورا داده شود"
)


def _in_view(table) -> list[bool]:
    room = table.viewport().width()
    return [
        table.columnViewportPosition(c) >= 0 and table.columnViewportPosition(c) + table.columnWidth(c) <= room + 1
        for c in range(table.model().columnCount())
    ]


def test_a_decisions_columns_stay_in_view_and_the_attendance_fills_its_table(themed, qtbot, demo_store):
    from qotb_desktop.gui.screens import MeetingsScreen

    screen = MeetingsScreen(demo_store.uow)
    qtbot.addWidget(screen)
    screen.resize(*PAGE)
    screen.show()
    qtbot.waitExposed(screen)
    screen.reload()
    dialog = screen.new_record()
    dialog.ui.held_on.setText("1405/09/04")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    screen.list.select_record(lambda m: m.state == "draft" and m.number == "1405/05")
    seats, items = screen.ui.attendance, screen.ui.items
    votes_before = items.columnWidth(4)
    assert votes_before >= items.fontMetrics().horizontalAdvance("موافق ۵، مخالف ۱، ممتنع ۰")  # room before any vote
    seats.setCurrentIndex(screen.attendance.index(0, 0))
    for _ in range(6):
        screen.mark("present")
    qtbot.wait(20)
    used = sum(seats.columnWidth(c) for c in range(4))
    assert used >= seats.viewport().width() - 4, (used, seats.viewport().width())  # no grey gap
    assert all(_in_view(seats))
    item = screen.add_item()
    item.ui.title.setText("بررسی درخواست تشکیل قطب علمی مهندسی انرژی‌های تجدیدپذیر و ذخیره‌سازی انرژی")
    item.accept()
    items.setCurrentIndex(screen.items.index(0, 0))
    decision = screen.decide()
    decision.ui.text.setText(LONG)
    decision.ui.yes.setText("5")
    decision.ui.no.setText("1")
    decision.accept()
    assert decision.result() == QDialog.DialogCode.Accepted
    qtbot.wait(20)
    assert all(_in_view(items)), [items.columnWidth(c) for c in range(6)]
    assert items.horizontalScrollBar().maximum() == 0
    assert items.columnWidth(4) == votes_before  # «آرا» kept its place
    tally = screen.items.index(0, 4).data()
    assert items.fontMetrics().horizontalAdvance(tally) <= items.columnWidth(4)  # the votes whole
    shown = screen.items.index(0, 3)
    assert shown.data(3) == LONG  # the decision elided in its cell, whole in the tooltip (Qt's ToolTipRole)
