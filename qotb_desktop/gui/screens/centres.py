"""Centres, and the members, director and collaborators of the one selected."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from qotb_desktop import documents
from qotb_desktop.gui.application_review_dialog import REVIEWABLE, ApplicationReviewDialog, bodies_for, group_title, review_text
from qotb_desktop.gui.dialogs import CentreDialog, MembershipDialog
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import centres, meetings, review_bodies
from qotb_desktop.services.views import CentreView, MembershipView


def _centre_columns() -> list[Column]:
    return [
        Column("عنوان قطب", lambda r: r.title),
        Column("گروه / رشته", lambda r: r.field_title),
        Column("مؤسسه میزبان", lambda r: r.host_name),
        Column("مدیر", lambda r: r.director_name),
        Column("اعضا", lambda r: num(r.member_count), lambda r: r.member_count, align_center=True),
        Column("همکاران", lambda r: num(r.collaborator_count), lambda r: r.collaborator_count, align_center=True),
        Column("آغاز دوره", lambda r: jdate(r.period_start), lambda r: date_sort(r.period_start)),
        Column("پایان دوره", lambda r: jdate(r.period_end), lambda r: date_sort(r.period_end)),
        Column("وضعیت", lambda r: r.status_label),
    ]


def _membership_columns() -> list[Column]:
    return [
        Column("نام", lambda r: r.faculty_name),
        Column("نقش", lambda r: r.role_label),
        Column("مرتبه علمی", lambda r: r.rank_label),
        Column("مؤسسه", lambda r: r.institution_name),
        Column("تاریخ پیوستن", lambda r: jdate(r.joined_on), lambda r: r.joined_on),
        Column("تاریخ پایان عضویت", lambda r: jdate(r.left_on), lambda r: date_sort(r.left_on)),
    ]


class CentresScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self._centre: CentreView | None = None
        self.centres = RegistryPage(
            "قطب‌های علمی", _centre_columns(), lambda: centres.list_centres(uow=uow), search_hint="عنوان، مؤسسه، مدیر"
        )
        self.centres.add_action("قطب تازه…", self.new_record, tip="Ctrl+N")
        self.centres.add_action("ویرایش قطب…", self.edit_current, needs_record=True, tip="Enter")
        self.centres.add_action("انحلال قطب…", self.dissolve, needs_record=True, tip="ماده ۱۰: عضویت‌ها هم پایان می‌یابند")
        self.review_button = self.centres.add_action("بررسی اولیه گروه علمی…", self.review_application)
        self.members = RegistryPage(
            "اعضا، مدیر و همکاران قطب", _membership_columns(), self._memberships, search_hint="نام، نقش، مؤسسه"
        )
        self.add_member_button = self.members.add_action("افزودن عضو یا همکار…", self.add_member)
        self.members.add_action("ویرایش عضویت…", self.edit_member, needs_record=True)
        self.members.add_action("پایان عضویت…", self.end_member, needs_record=True)
        self.add_member_button.setEnabled(False)
        self.history = RegistryPage(
            "سوابق قطب در شورا",
            [
                Column("تاریخ", lambda h: jdate(h.held_on), lambda h: h.held_on),
                Column("جلسه", lambda h: num(h.meeting_number), lambda h: h.meeting_number),
                Column("موضوع", lambda h: h.kind),
                Column("بند", lambda h: h.title),
                Column("مصوبه", lambda h: h.decision),
                Column("وضعیت", lambda h: h.state),
                Column("تنفیذ", lambda h: jdate(h.endorsed_on), lambda h: date_sort(h.endorsed_on)),
            ],
            lambda: meetings.centre_history(uow=self.uow, centre_id=self._centre.id) if self._centre else [],
        )
        self.history.ui.search.hide()
        self.review = QLabel(self.history)  # the application's first review (4-2-1), when recorded
        self.review.setObjectName("applicationReview")
        self.review.setWordWrap(True)
        self.review.hide()
        self.history.ui.layout.insertWidget(1, self.review)
        self._set_review(None)
        self.stack(self.centres, self.members, self.history, name="centresSplitter")
        self.centres.record_selected.connect(self._show_members)
        self.centres.record_activated.connect(lambda _r: self.edit_current())
        self.members.record_activated.connect(lambda _r: self.edit_member())

    def pages(self) -> list[RegistryPage]:
        return [self.centres, self.members, self.history]

    def _memberships(self) -> list[MembershipView]:
        return centres.list_memberships(uow=self.uow, centre_id=self._centre.id) if self._centre else []

    def _show_members(self, record: CentreView | None) -> None:
        self._centre = record
        self.members.ui.title.setText(f"اعضا و همکاران «{record.title}»" if record else "اعضا، مدیر و همکاران قطب")
        self.add_member_button.setEnabled(record is not None and record.status != "dissolved")
        self._set_review(record)
        self.members.reload()
        self.history.reload()

    def _set_review(self, record: CentreView | None) -> None:
        """The first review's action, enabled or saying why not; the recorded review shown."""
        tip = "بررسی اولیه درخواست به دست گروه علمی رشته قطب (بند ۴-۲-۱ و تبصره ۶)"
        if record is None:
            why = "نخست قطبی را برگزینید."
        elif record.status not in REVIEWABLE:
            why = f"تنها درخواست قطب متقاضی یا در دست بررسی نخست در گروه علمی بررسی می‌شود؛ این قطب «{record.status_label}» است."
        elif not bodies_for(self.uow, record.field_key, "group"):
            why = (
                f"گروه علمی «{group_title(record.field_key)}» در دفتر «گروه‌ها و کارگروه‌ها» ثبت نشده است؛ "
                "نخست آن را با اعضایش ثبت کنید."
            )
        else:
            why = ""
        self.review_button.setEnabled(not why)
        self.review_button.setToolTip(why or tip)
        sitting = review_bodies.sitting_of(uow=self.uow, subject="application", subject_id=record.id) if record else None
        self.review.setText(review_text(sitting))
        self.review.setVisible(sitting is not None)

    def reload(self) -> None:
        self.centres.reload()
        if self.centres.current_record() is None:
            self.centres.select_first()
        self._set_review(self.centres.current_record())
        self.members.reload()
        self.history.reload()

    def new_record(self):
        return self.open_dialog(CentreDialog(self.uow, parent=self), "قطب ثبت شد.")

    def edit_current(self):
        record = self.centres.current_record()
        return self.open_dialog(CentreDialog(self.uow, record, parent=self), "قطب ذخیره شد.") if record else None

    def dissolve(self):
        record = self.centres.current_record()
        if record is None:
            return None
        return self.ask_date(
            f"انحلال «{record.title}»",
            "تاریخ انحلال",
            lambda when: centres.dissolve_centre(uow=self.uow, centre_id=record.id, on=when),
            "قطب منحل شد و عضویت‌ها پایان یافت.",
            hint="تاریخ تصویب انحلال در شورا",
        )

    def add_member(self):
        if self._centre is None:
            return None
        return self.open_dialog(MembershipDialog(self.uow, self._centre, parent=self), "عضویت ثبت شد.")

    def edit_member(self):
        record = self.members.current_record()
        if record is None or self._centre is None:
            return None
        return self.open_dialog(MembershipDialog(self.uow, self._centre, record, parent=self), "عضویت ذخیره شد.")

    def end_member(self):
        record = self.members.current_record()
        if record is None:
            return None
        return self.ask_date(
            f"پایان عضویت {record.faculty_name}",
            "تاریخ پایان عضویت",
            lambda when: centres.end_membership(uow=self.uow, membership_id=record.id, left_on=when),
            "عضویت پایان یافت.",
        )

    def review_application(self):
        record = self.centres.current_record()
        if record is None or not self.review_button.isEnabled():
            return None
        return self.open_dialog(ApplicationReviewDialog(self.uow, record, parent=self), "بررسی اولیه گروه علمی ثبت شد.")

    def document(self):
        record = self.centres.current_record()
        return documents.centre_roster(uow=self.uow, centre_id=record.id) if record else None
