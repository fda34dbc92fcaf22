"""Institutions, faculty members, and the groups and fields of Appendix 2."""

from __future__ import annotations

from qotb_desktop import documents
from qotb_desktop.gui.dialogs import FacultyDialog, InstitutionDialog
from qotb_desktop.gui.fmt import code, latin, num
from qotb_desktop.gui.import_dialog import ImportDialog
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import faculty, institutions, reference


class InstitutionsScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        cols = [
            Column("نام مؤسسه", lambda r: r.name),
            Column("نوع", lambda r: r.kind_label),
            Column("شهر", lambda r: r.city),
            Column("اعضای هیأت علمی", lambda r: num(r.faculty_count), lambda r: r.faculty_count, align_center=True),
            Column("قطب‌های میزبان", lambda r: num(r.centre_count), lambda r: r.centre_count, align_center=True),
        ]
        self.page = RegistryPage("مؤسسه‌ها", cols, lambda: institutions.list_institutions(uow=uow), search_hint="نام مؤسسه یا شهر")
        self.page.add_action("مؤسسه تازه…", self.new_record, tip="Ctrl+N")
        self.page.add_action("ویرایش…", self.edit_current, needs_record=True, tip="Enter")
        self.page.record_activated.connect(lambda _r: self.edit_current())
        self.stack(self.page)

    def pages(self) -> list[RegistryPage]:
        return [self.page]

    def new_record(self):
        return self.open_dialog(InstitutionDialog(self.uow, parent=self), "مؤسسه ثبت شد.")

    def edit_current(self):
        record = self.page.current_record()
        return self.open_dialog(InstitutionDialog(self.uow, record, parent=self), "مؤسسه ذخیره شد.") if record else None


class FacultyScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        cols = [
            Column("نام خانوادگی", lambda r: r.last_name),
            Column("نام", lambda r: r.first_name),
            Column("کد ملی", lambda r: code(r.national_code), lambda r: r.national_code),
            Column("مرتبه علمی", lambda r: r.rank_label),
            Column("مؤسسه", lambda r: r.institution_name),
            Column("گروه / رشته", lambda r: r.field_title),
            Column("قطب", lambda r: r.centre_title),
            Column("وضعیت", lambda r: r.status_label),
            Column("رایانامه", lambda r: latin(r.email), latin=True),
        ]
        self.page = RegistryPage(
            "اعضای هیأت علمی",
            cols,
            lambda: faculty.list_faculty(uow=uow),
            search_extra=lambda r: f"{r.full_name} {r.national_code}",
            search_hint="نام، کد ملی، مؤسسه",
        )
        self.page.add_action("عضو تازه…", self.new_record, tip="Ctrl+N")
        self.page.add_action("ویرایش…", self.edit_current, needs_record=True, tip="Enter")
        self.retire_button = self.page.add_action("بازنشسته / شاغل", self.toggle_status, needs_record=True)
        self.page.add_action("ورود از Excel یا CSV…", self.import_file)
        self.page.record_activated.connect(lambda _r: self.edit_current())
        self.stack(self.page)

    def pages(self) -> list[RegistryPage]:
        return [self.page]

    def new_record(self):
        return self.open_dialog(FacultyDialog(self.uow, parent=self), "عضو هیأت علمی ثبت شد.")

    def edit_current(self):
        record = self.page.current_record()
        return self.open_dialog(FacultyDialog(self.uow, record, parent=self), "عضو هیأت علمی ذخیره شد.") if record else None

    def import_file(self) -> ImportDialog:
        dialog = ImportDialog(self.uow, parent=self)

        def closed(_result: int) -> None:
            if dialog.imported:
                self.reload()
                self.message.emit(f"{num(dialog.imported)} عضو از پرونده وارد شد.")

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def toggle_status(self) -> None:
        record = self.page.current_record()
        if record is None:
            return
        status = "active" if record.status == "retired" else "retired"
        faculty.set_faculty_status(uow=self.uow, faculty_id=record.id, status=status)
        self.reload()
        self.message.emit(f"وضعیت {record.full_name}: {'شاغل' if status == 'active' else 'بازنشسته'}")

    def document(self):
        return documents.faculty_register(uow=self.uow)


class FieldsScreen(Screen):
    """The groups of 1-4 and the fields of Appendix 2 with their thresholds (read-only: rules data)."""

    def __init__(self) -> None:
        super().__init__()
        cols = [
            Column("رشته", lambda r: r.title),
            Column("گروه علمی", lambda r: r.group_title),
            Column("کمینه ردیف ۲", lambda r: num(r.min_row2), lambda r: r.min_row2, align_center=True),
            Column("کمینه ردیف‌های ۲، ۸ و ۹", lambda r: num(r.min_rows_2_8_9), lambda r: r.min_rows_2_8_9, align_center=True),
            Column("بیشینه ردیف ۴", lambda r: num(r.max_row4), lambda r: r.max_row4, align_center=True),
            Column("کمینه امتیاز عضو", lambda r: num(r.min_member_total), lambda r: r.min_member_total, align_center=True),
            Column("کمینه امتیاز قطب", lambda r: num(r.min_centre_total), lambda r: r.min_centre_total, align_center=True),
            Column("ویرایش آیین‌نامه", lambda r: num(r.edition), align_center=True),
        ]
        self.page = RegistryPage("گروه‌ها و رشته‌های علمی (پیوست ۲)", cols, reference.list_fields, search_hint="رشته یا گروه")
        self.stack(self.page)

    def pages(self) -> list[RegistryPage]:
        return [self.page]
