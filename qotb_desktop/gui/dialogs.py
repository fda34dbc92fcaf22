"""The entry dialogs of the registries: each fills its lists from the services,
checks with the domain as the clerk types, and saves through one service verb."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from qotb_desktop.domain import registry, vocab
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.fields import required_date
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.forms.ui_centre_dialog import Ui_CentreDialog
from qotb_desktop.gui.forms.ui_date_dialog import Ui_DateDialog
from qotb_desktop.gui.forms.ui_faculty_dialog import Ui_FacultyDialog
from qotb_desktop.gui.forms.ui_institution_dialog import Ui_InstitutionDialog
from qotb_desktop.gui.forms.ui_membership_dialog import Ui_MembershipDialog
from qotb_desktop.gui.forms.ui_term_dialog import Ui_TermDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_checklist, fill_combo
from qotb_desktop.services import centres, council, faculty, institutions, reference
from qotb_desktop.services.views import CentreView, FacultyView, InstitutionView, MembershipView, TermView


def _items(table: dict[str, str], skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(k, v) for k, v in table.items() if k not in skip]


def _institutions(uow) -> list[tuple[int, str]]:
    return [(i.id, i.name) for i in institutions.list_institutions(uow=uow)]


def _people(uow) -> list[tuple[int, str]]:
    return [(f.id, f"{f.full_name} — {to_persian_digits(f.national_code)}") for f in faculty.list_faculty(uow=uow)]


class InstitutionDialog(RecordDialog):
    FIELDS = ("name", "kind", "city")

    def __init__(self, uow, record: InstitutionView | None = None, parent: QWidget | None = None):
        super().__init__(Ui_InstitutionDialog(), parent)
        self._uow, self._record = uow, record
        fill_combo(self.ui.kind, _items(vocab.INSTITUTION_KINDS))
        self.setWindowTitle("ویرایش مؤسسه" if record else "مؤسسه تازه")
        self.load(self.values_of(record) if record else {"kind": "university"})

    def fetch(self) -> InstitutionView:
        return institutions.get_institution(uow=self._uow, institution_id=self._record.id)

    def check(self, values: dict[str, Any]) -> None:
        registry.clean_institution(**values)

    def save(self, values: dict[str, Any]) -> int:
        if self._record:
            institutions.update_institution(uow=self._uow, institution_id=self._record.id, version=self._record.version, **values)
            return self._record.id
        return institutions.add_institution(uow=self._uow, **values)


class FacultyDialog(RecordDialog):
    FIELDS = (
        "national_code", "first_name", "last_name", "rank", "institution_id", "field_key", "status", "hired_on", "retired_on",
        "email", "phone",
    )  # fmt: skip

    def __init__(self, uow, record: FacultyView | None = None, parent: QWidget | None = None):
        super().__init__(Ui_FacultyDialog(), parent)
        self._uow, self._record = uow, record
        fill_combo(self.ui.rank, _items(vocab.RANKS))
        fill_combo(self.ui.institution_id, _institutions(uow), empty="— برگزینید —")
        fill_combo(self.ui.field_key, [(c.key, c.title) for c in reference.fields()], empty="— برگزینید —")
        fill_combo(self.ui.status, _items(vocab.FACULTY_STATUSES))
        self.setWindowTitle(f"ویرایش {record.full_name}" if record else "عضو هیأت علمی تازه")
        self.load(self.values_of(record) if record else {"rank": "assistant_professor", "status": "active"})

    def values_of(self, record: FacultyView) -> dict[str, Any]:
        shown = {name: to_persian_digits(getattr(record, name) or "") for name in ("national_code", "phone")}
        return {**record.__dict__, **shown}  # digits shown Persian; the store keeps them Latin

    def fetch(self) -> FacultyView:
        return faculty.get_faculty(uow=self._uow, faculty_id=self._record.id)

    def check(self, values: dict[str, Any]) -> None:
        registry.clean_faculty(**values)

    def save(self, values: dict[str, Any]) -> int:
        if self._record:
            faculty.update_faculty(uow=self._uow, faculty_id=self._record.id, version=self._record.version, **values)
            return self._record.id
        return faculty.add_faculty(uow=self._uow, **values)


class CentreDialog(RecordDialog):
    FIELDS = (
        "title", "field_key", "host_institution_id", "partner_institution_ids", "period_start", "period_end", "status",
        "decree_number", "decree_date",
    )  # fmt: skip

    def __init__(self, uow, record: CentreView | None = None, parent: QWidget | None = None):
        super().__init__(Ui_CentreDialog(), parent)
        self._uow, self._record = uow, record
        places = _institutions(uow)
        fill_combo(self.ui.field_key, [(c.key, c.title) for c in reference.fields()], empty="— برگزینید —")
        fill_combo(self.ui.host_institution_id, places, empty="— برگزینید —")
        fill_checklist(self.ui.partner_institution_ids, places)
        # Dissolving is its own action (it also ends the memberships); «under review» comes
        # only with a submitted application (the centre-check screen).
        current = record.status if record else "applicant"
        skip = ("dissolved",) if current == "under_review" else ("dissolved", "under_review")
        fill_combo(self.ui.status, _items(vocab.CENTRE_STATUSES, skip=skip))
        self.setWindowTitle("ویرایش قطب" if record else "قطب تازه")
        self.load(self.values_of(record) if record else {"status": "applicant"})

    def values_of(self, record: CentreView) -> dict[str, Any]:
        return {
            **record.__dict__,
            "partner_institution_ids": list(record.partner_ids),
            "decree_number": to_persian_digits(record.decree_number),
        }

    def fetch(self) -> CentreView:
        return centres.get_centre(uow=self._uow, centre_id=self._record.id)

    def check(self, values: dict[str, Any]) -> None:
        registry.clean_centre(**values)

    def save(self, values: dict[str, Any]) -> int:
        if self._record:
            centres.update_centre(uow=self._uow, centre_id=self._record.id, version=self._record.version, **values)
            return self._record.id
        return centres.add_centre(uow=self._uow, **values)


class MembershipDialog(RecordDialog):
    FIELDS = ("faculty_id", "role", "joined_on", "left_on")

    def __init__(self, uow, centre: CentreView, record: MembershipView | None = None, parent: QWidget | None = None):
        super().__init__(Ui_MembershipDialog(), parent)
        self._uow, self._centre, self._record = uow, centre, record
        fill_combo(self.ui.faculty_id, _people(uow), empty="")
        fill_combo(self.ui.role, _items(vocab.MEMBERSHIP_ROLES))
        self.ui.faculty_id.setEnabled(record is None)  # a membership is of one person; add another for someone else
        self.setWindowTitle(f"عضویت در «{centre.title}»")
        self.load(self.values_of(record) if record else {"role": "member", "joined_on": centre.period_start})

    def fetch(self) -> MembershipView:
        return centres.get_membership(uow=self._uow, membership_id=self._record.id)

    def check(self, values: dict[str, Any]) -> None:
        registry.clean_membership(centre_id=self._centre.id, **values)

    def save(self, values: dict[str, Any]) -> int:
        if self._record:
            values.pop("faculty_id")
            centres.update_membership(uow=self._uow, membership_id=self._record.id, version=self._record.version, **values)
            return self._record.id
        return centres.add_membership(uow=self._uow, centre_id=self._centre.id, **values)


class TermDialog(RecordDialog):
    FIELDS = ("seat_key", "holder_name", "faculty_id", "start", "end")

    def __init__(self, uow, record: TermView | None = None, *, seat_key: str | None = None, parent: QWidget | None = None):
        super().__init__(Ui_TermDialog(), parent)
        self._uow, self._record = uow, record
        fill_combo(self.ui.seat_key, [(s.key, s.title) for s in council.list_seats(uow=uow)])
        fill_combo(self.ui.faculty_id, _people(uow), empty="— هیچ —")
        self.setWindowTitle("ویرایش دوره شورا" if record else "دوره تازه در شورا")
        self.ui.end.line.setPlaceholderText("خالی: تا پایان دوره قانونی، یا به اعتبار سمت")
        self.load(self.values_of(record) if record else {"seat_key": seat_key})

    def fetch(self) -> TermView:
        return council.get_term(uow=self._uow, term_id=self._record.id)

    def check(self, values: dict[str, Any]) -> None:
        registry.clean_term(**values)

    def save(self, values: dict[str, Any]) -> int:
        if self._record:
            council.update_term(uow=self._uow, term_id=self._record.id, version=self._record.version, **values)
            return self._record.id
        return council.add_term(uow=self._uow, **values)


class DateDialog(RecordDialog):
    """One date for an action that ends something (a membership, a term, a centre)."""

    FIELDS = ("when",)

    def __init__(self, title: str, label: str, action: Callable[[str], None], parent: QWidget | None = None, *, hint: str = ""):
        super().__init__(Ui_DateDialog(), parent)
        self._action = action
        self.setWindowTitle(title)
        self.ui.whenLabel.setText(label)
        if hint:
            self.ui.when.line.setPlaceholderText(hint)
        self.load({"when": format_jalali(None)})

    def check(self, values: dict[str, Any]) -> None:
        required_date(values["when"], "when", self.ui.whenLabel.text())

    def save(self, values: dict[str, Any]) -> None:
        self._action(values["when"])
