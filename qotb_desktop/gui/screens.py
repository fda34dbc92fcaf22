"""The registry screens: which columns each list shows, and where its rows come from."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from qotb_desktop.gui.fmt import code, jdate, latin, num
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import centres, council, faculty, institutions
from qotb_desktop.services.views import CentreView, MembershipView

DASHBOARD_DAYS = 60


def _date_sort(value: date | None) -> date:
    return value or date.max


def institutions_page(uow) -> RegistryPage:
    cols = [
        Column("نام مؤسسه", lambda r: r.name),
        Column("نوع", lambda r: r.kind_label),
        Column("شهر", lambda r: r.city),
        Column("اعضای هیأت علمی", lambda r: num(r.faculty_count), lambda r: r.faculty_count, align_center=True),
        Column("قطب‌های میزبان", lambda r: num(r.centre_count), lambda r: r.centre_count, align_center=True),
    ]
    return RegistryPage("مؤسسه‌ها", cols, lambda: institutions.list_institutions(uow=uow))


def faculty_page(uow) -> RegistryPage:
    cols: list[Column] = [
        Column("نام خانوادگی", lambda r: r.last_name),
        Column("نام", lambda r: r.first_name),
        Column("کد ملی", lambda r: code(r.national_code), lambda r: r.national_code),
        Column("مرتبه علمی", lambda r: r.rank_label),
        Column("مؤسسه", lambda r: r.institution_name),
        Column("گروه / رشته", lambda r: r.field_title),
        Column("قطب", lambda r: r.centre_title),
        Column("وضعیت", lambda r: r.status_label),
        Column("رایانامه", lambda r: latin(r.email)),
    ]
    return RegistryPage(
        "اعضای هیأت علمی",
        cols,
        lambda: faculty.list_faculty(uow=uow),
        search_extra=lambda r: f"{r.full_name} {r.national_code}",
    )


def _centre_columns() -> list[Column]:
    return [
        Column("عنوان قطب", lambda r: r.title),
        Column("گروه / رشته", lambda r: r.field_title),
        Column("مؤسسه میزبان", lambda r: r.host_name),
        Column("مدیر", lambda r: r.director_name),
        Column("اعضا", lambda r: num(r.member_count), lambda r: r.member_count, align_center=True),
        Column("همکاران", lambda r: num(r.collaborator_count), lambda r: r.collaborator_count, align_center=True),
        Column("آغاز دوره", lambda r: jdate(r.period_start), lambda r: _date_sort(r.period_start)),
        Column("پایان دوره", lambda r: jdate(r.period_end), lambda r: _date_sort(r.period_end)),
        Column("وضعیت", lambda r: r.status_label),
    ]


def _membership_columns() -> list[Column]:
    return [
        Column("نام", lambda r: r.faculty_name),
        Column("نقش", lambda r: r.role_label),
        Column("مرتبه علمی", lambda r: r.rank_label),
        Column("مؤسسه", lambda r: r.institution_name),
        Column("تاریخ پیوستن", lambda r: jdate(r.joined_on), lambda r: r.joined_on),
        Column("تاریخ پایان عضویت", lambda r: jdate(r.left_on), lambda r: _date_sort(r.left_on)),
    ]


class CentresScreen(QWidget):
    """The centres, and below them the members, director and collaborators of the one selected."""

    def __init__(self, uow) -> None:
        super().__init__()
        self._uow = uow
        self._centre_id: int | None = None
        self.centres = RegistryPage("قطب‌های علمی", _centre_columns(), lambda: centres.list_centres(uow=uow))
        self.members = RegistryPage("اعضا، مدیر و همکاران قطب", _membership_columns(), self._memberships)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("centresSplitter")
        splitter.addWidget(self.centres)
        splitter.addWidget(self.members)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.centres.record_selected.connect(self._show_members)

    def _memberships(self) -> list[MembershipView]:
        if self._centre_id is None:
            return []
        return centres.list_memberships(uow=self._uow, centre_id=self._centre_id)

    def _show_members(self, record: CentreView | None) -> None:
        self._centre_id = record.id if record else None
        self.members.ui.title.setText(f"اعضای «{record.title}»" if record else "اعضا، مدیر و همکاران قطب")
        self.members.reload()

    def reload(self) -> None:
        self.centres.reload()
        self._show_members(None)
        self.centres.select_first()


class CouncilScreen(QWidget):
    """The nine seats with who holds each today, and every term recorded."""

    def __init__(self, uow) -> None:
        super().__init__()
        seat_cols = [
            Column("کرسی", lambda s: s.title),
            Column("دارنده کنونی", lambda s: s.holder.holder_name if s.holder else "— خالی —"),
            Column(
                "آغاز دوره",
                lambda s: jdate(s.holder.start) if s.holder else "",
                lambda s: _date_sort(s.holder and s.holder.start),
            ),
            Column(
                "پایان دوره", lambda s: jdate(s.holder.end) if s.holder else "", lambda s: _date_sort(s.holder and s.holder.end)
            ),
            Column("مدت دوره", lambda s: f"{num(s.term_years)} سال" if s.term_years else "به اعتبار سمت"),
        ]
        term_cols = [
            Column("کرسی", lambda t: t.seat_title),
            Column("دارنده", lambda t: t.holder_name),
            Column("آغاز", lambda t: jdate(t.start), lambda t: t.start),
            Column("پایان", lambda t: jdate(t.end), lambda t: _date_sort(t.end)),
        ]
        self.seats = RegistryPage("کرسی‌های شورای قطب‌های علمی", seat_cols, lambda: council.list_seats(uow=uow))
        self.terms = RegistryPage("همه دوره‌ها", term_cols, lambda: council.list_terms(uow=uow))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("councilSplitter")
        splitter.addWidget(self.seats)
        splitter.addWidget(self.terms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def reload(self) -> None:
        self.seats.reload()
        self.terms.reload()


class DashboardScreen(QWidget):
    """What needs the clerk's attention. Shows what the data supports so far:
    council terms ending within 60 days."""

    def __init__(self, uow) -> None:
        super().__init__()
        cols = [
            Column("کرسی", lambda t: t.seat_title),
            Column("دارنده", lambda t: t.holder_name),
            Column("پایان دوره", lambda t: jdate(t.end), lambda t: _date_sort(t.end)),
            Column("روز مانده", lambda t: num((t.end - date.today()).days), lambda t: t.end, align_center=True),
        ]
        self.ending = RegistryPage(
            f"دوره‌های شورا که تا {num(DASHBOARD_DAYS)} روز دیگر پایان می‌یابند",
            cols,
            lambda: council.terms_ending_within(uow=uow, days=DASHBOARD_DAYS),
        )
        self.ending.ui.search.hide()
        intro = QLabel("پیشخوان: کارهایی که به رسیدگی نیاز دارند.")
        intro.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.ending)

    def reload(self) -> None:
        self.ending.reload()
