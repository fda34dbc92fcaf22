"""The registry of who reviews (notes 6, 7): the scientific groups and the working
groups under them, each by decree, and their members appointed by decree for a term.
The reviews of the applications, the evaluations and the calls choose from here the body
and its members serving on the day."""

from __future__ import annotations

from qotb_desktop.domain import review_bodies as rules
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_review_screen import Ui_ReviewScreen
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import review_bodies
from qotb_desktop.services.review_bodies import BodyMemberView, BodyView

KINDS_SHORT = {"group": "گروه علمی", "working_group": "کارگروه تخصصی"}


def decree(number: str, day) -> str:
    return f"{number} مورخ {jdate(day)}" if day else number


def term(m: BodyMemberView) -> str:
    return f"{jdate(m.start_on)} تا {jdate(m.end_on)}" if m.end_on else f"از {jdate(m.start_on)}"


def serving(m: BodyMemberView) -> str:
    return "در دوره" if rules.serving(m.start_on, m.end_on, today()) else "پایان یافته" if m.end_on else "آغاز نشده"


class ReviewBodiesScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_ReviewScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.bodies_read: list[BodyView] = []
        self.bodies = RegistryPage(
            "گروه‌های علمی و کارگروه‌های تخصصی",
            [
                Column("گونه", lambda b: KINDS_SHORT.get(b.kind, b.kind), whole=True),
                Column("گروه علمی", lambda b: b.group_title),
                Column("عنوان", lambda b: b.title),
                Column("حکم", lambda b: decree(b.decree_number, b.decree_date)),
                Column("اعضای در دوره", lambda b: num(len(b.serving(today()))), lambda b: len(b.serving(today())), True),
            ],
            lambda: self.bodies_read,
            search_hint="گروه، عنوان",
        )
        self.add_body_button = self.bodies.add_action("گروه یا کارگروه تازه…", self.new_record, tip="Ctrl+N")
        self.bodies.record_selected.connect(lambda _r: self._body_chosen())
        self.ui.bodiesLayout.addWidget(self.bodies)
        self.members = RegistryPage(
            "اعضا",
            [
                Column("نام", lambda m: m.name),
                Column("سمت", lambda m: rules.ROLES.get(m.role, m.role), whole=True),
                Column("حکم", lambda m: decree(m.decree_number, m.decree_date)),
                Column("دوره", term, lambda m: (m.start_on, date_sort(m.end_on))),
                Column("وضعیت", serving, whole=True),
            ],
            self._member_rows,
            search_hint="نام",
        )
        self.add_member_button = self.members.add_action("عضو تازه…", self.add_member)
        self.end_button = self.members.add_action("پایان دوره…", self.end_member)
        self.members.record_selected.connect(lambda _r: self._enable())
        self.ui.membersLayout.addWidget(self.members)

    def pages(self) -> list[RegistryPage]:
        return [self.bodies, self.members]

    def body(self) -> BodyView | None:
        return self.bodies.current_record()

    def reload(self) -> None:
        self.bodies_read = review_bodies.list_bodies(uow=self.uow)
        self.bodies.reload()
        if self.body() is None:
            self.bodies.select_first()
        self._body_chosen()

    def _member_rows(self) -> list[BodyMemberView]:
        body = self.body()
        return list(body.members) if body else []

    def _body_chosen(self) -> None:
        body = self.body()
        self.members.ui.title.setText(to_persian_digits(f"اعضای «{body.title}»") if body else "اعضا")
        self.members.reload()
        self._enable()

    def _enable(self) -> None:
        body, member = self.body(), self.members.current_record()
        why_body = "" if body else "نخست گروه یا کارگروهی را برگزینید."
        self.add_member_button.setEnabled(not why_body)
        self.add_member_button.setToolTip(why_body or "عضو تازه با حکم، برای یک دوره")
        why = ("نخست عضوی را برگزینید." if member is None else "") or (
            "دوره این عضو پیش‌تر پایان یافته است." if member.end_on and member.end_on < today() else ""
        )
        self.end_button.setEnabled(not why)
        self.end_button.setToolTip(why or "پایان دوره عضویت (حکم پایان یا کناره‌گیری)")

    def new_record(self):
        from qotb_desktop.gui.review_dialogs import BodyDialog

        return self.open_dialog(BodyDialog(self.uow, parent=self), "گروه یا کارگروه تازه ثبت شد.")

    def add_member(self):
        body = self.body()
        if body is None:
            return None
        from qotb_desktop.gui.review_dialogs import MemberDialog

        return self.open_dialog(MemberDialog(self.uow, body, parent=self), f"عضو تازه «{body.title}» ثبت شد.")

    def end_member(self):
        member: BodyMemberView | None = self.members.current_record()
        if member is None or not self.end_button.isEnabled():
            return None
        return self.ask_date(
            f"پایان دوره {member.name}",
            "پایان دوره",
            lambda day: review_bodies.end_body_member(uow=self.uow, member_id=member.id, end_on=day, version=member.version),
            f"دوره {member.name} پایان یافت.",
        )
