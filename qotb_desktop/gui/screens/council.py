"""The nine seats with who holds each today, and every term recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from qotb_desktop import documents
from qotb_desktop.gui.dialogs import TermDialog
from qotb_desktop.gui.fitting import council_seats, rows_in_view
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import council


class CouncilScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        seat_cols = [
            Column("کرسی", lambda s: s.title),
            Column("دارنده کنونی", lambda s: s.holder.holder_name if s.holder else "— خالی —"),
            Column(
                "آغاز دوره", lambda s: jdate(s.holder.start) if s.holder else "", lambda s: date_sort(s.holder and s.holder.start)
            ),
            Column(
                "پایان دوره", lambda s: jdate(s.holder.end) if s.holder else "", lambda s: date_sort(s.holder and s.holder.end)
            ),
            Column("مدت دوره", lambda s: f"{num(s.term_years)} سال" if s.term_years else "به اعتبار سمت"),
        ]
        term_cols = [
            Column("کرسی", lambda t: t.seat_title),
            Column("دارنده", lambda t: t.holder_name),
            Column("آغاز", lambda t: jdate(t.start), lambda t: t.start),
            Column("پایان", lambda t: jdate(t.end), lambda t: date_sort(t.end)),
        ]
        self.seats = RegistryPage(
            "کرسی‌های شورای قطب‌های علمی", seat_cols, lambda: council.list_seats(uow=uow), search_hint="کرسی یا نام"
        )
        self.seats.add_action("دوره تازه برای این کرسی…", self.new_record, tip="Ctrl+N")
        self.terms = RegistryPage("همه دوره‌ها", term_cols, lambda: council.list_terms(uow=uow), search_hint="کرسی یا نام")
        self.terms.add_action("ویرایش دوره…", self.edit_current, needs_record=True, tip="Enter")
        self.terms.add_action("پایان زودهنگام…", self.end_term, needs_record=True, tip="استعفا، تغییر وزیر، …")
        self.terms.record_activated.connect(lambda _r: self.edit_current())
        self.seats.record_activated.connect(self._seat_activated)
        self.stack(self.seats, self.terms, name="councilSplitter")
        self._seats_in_view()

    def _seats_in_view(self) -> None:
        """The nine seats in view without scrolling (at 1366x768): the seats' table as tall
        as nine rows and its header at the least; the terms below take what is left."""
        rows_in_view(self.seats.ui.table, council_seats())
        splitter = self.findChild(QSplitter, "councilSplitter")
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

    def pages(self) -> list[RegistryPage]:
        return [self.seats, self.terms]

    def _seat_activated(self, seat) -> None:
        if seat and seat.holder and self.terms.select_record(lambda t: t.id == seat.holder.id):
            self.edit_current()
        else:
            self.new_record()

    def new_record(self):
        seat = self.seats.current_record()
        dialog = TermDialog(self.uow, seat_key=seat.key if seat else None, parent=self)
        return self.open_dialog(dialog, "دوره ثبت شد.")

    def edit_current(self):
        record = self.terms.current_record()
        return self.open_dialog(TermDialog(self.uow, record, parent=self), "دوره ذخیره شد.") if record else None

    def open_term(self, term_id: int):
        """Select a term and open it (the dashboard's lines lead here)."""
        self.reload()
        if self.terms.select_record(lambda t: t.id == term_id):
            return self.edit_current()
        return None

    def end_term(self):
        record = self.terms.current_record()
        if record is None:
            return None
        return self.ask_date(
            f"پایان زودهنگام دوره {record.holder_name}",
            "آخرین روز دوره",
            lambda when: council.end_term(uow=self.uow, term_id=record.id, on=when),
            "دوره پایان یافت.",
        )

    def document(self):
        return documents.council_roster(uow=self.uow)
