"""The dialogs of the registry of who reviews (notes 6, 7): a scientific group or a
working group under one, by the deputy minister's decree; a faculty member appointed to
it for a term (chosen by name, as every picker finds people). Bad input is shown on its
field in Persian with nothing written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from qotb_desktop.domain import review_bodies as rules
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.errors import FieldError, ValidationError
from qotb_desktop.domain.rules import DEFAULT_EDITION, load_edition
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.call_dialogs import _merged, persian
from qotb_desktop.gui.fmt import jdate
from qotb_desktop.gui.forms.ui_review_body_dialog import Ui_ReviewBodyDialog
from qotb_desktop.gui.forms.ui_review_member_dialog import Ui_ReviewMemberDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_combo
from qotb_desktop.services import faculty, review_bodies
from qotb_desktop.services.review_bodies import BodyView


def groups() -> dict[str, str]:
    """The five scientific groups of the secretariat (note 6), from the rules edition."""
    return {g.key: g.title for g in load_edition(DEFAULT_EDITION).groups}


class BodyDialog(RecordDialog):
    """A group (its title is the group's) or a working group under a group (named)."""

    FIELDS = ("kind", "group_key", "title", "decree_number", "decree_date")

    def __init__(self, uow, parent: QWidget | None = None):
        super().__init__(Ui_ReviewBodyDialog(), parent)
        self._uow = uow
        self._groups = groups()
        fill_combo(self.ui.kind, list(rules.KINDS.items()))
        fill_combo(self.ui.group_key, list(self._groups.items()), empty="")
        self.ui.kind.currentIndexChanged.connect(lambda _i: self._kind())
        self.ui.intro.setText(
            "گروه‌های علمی (تبصره ۶) درخواست‌ها را نخست بررسی می‌کنند؛ کارگروه‌های تخصصی هر گروه (تبصره ۷) "
            "قطب‌ها را ارزیابی و پیشنهادهای فراخوان و گزارش مرحله‌ها را بررسی می‌کنند. هر یک با حکم معاون وزیر است."
        )
        self.setWindowTitle("گروه یا کارگروه تازه")
        persian(self)
        self.load({"kind": "working_group", "decree_date": jdate(today())})
        self._kind()

    def _kind(self) -> None:
        group = self.ui.kind.currentData() == "group"
        self.ui.title.setEnabled(not group)
        self.ui.title.setPlaceholderText("عنوان گروه علمی همان نام گروه است" if group else "مانند کارگروه تخصصی فیزیک")

    def check(self, values: dict[str, Any]) -> None:
        rules.clean_body(**values, groups=self._groups)

    def save(self, values: dict[str, Any]) -> int:
        return review_bodies.add_body(uow=self._uow, **values)


class MemberDialog(RecordDialog):
    """A faculty member appointed to the body by decree, for a term."""

    FIELDS = ("faculty_id", "role", "decree_number", "decree_date", "start_on", "end_on")

    def __init__(self, uow, body: BodyView, parent: QWidget | None = None):
        super().__init__(Ui_ReviewMemberDialog(), parent)
        self._uow, self._body = uow, body
        people = [(f.id, f"{f.full_name} — {to_persian_digits(f.national_code)}") for f in faculty.list_faculty(uow=uow)]
        fill_combo(self.ui.faculty_id, people, empty="")
        self.ui.faculty_id.lineEdit().setPlaceholderText("نام یا کد ملی را بنویسید")
        fill_combo(self.ui.role, list(rules.ROLES.items()))
        self.ui.intro.setText(
            f"عضو تازه «{body.title}» با حکم، برای یک دوره؛ پایان دوره را اگر در حکم آمده است بنویسید (خالی: تا حکم دیگر)."
        )
        self.setWindowTitle(f"عضو تازه {body.title}")
        persian(self)
        self.load({"role": "member", "decree_date": jdate(today()), "start_on": jdate(today())})

    def check(self, values: dict[str, Any]) -> None:
        def who() -> None:
            if values["faculty_id"] is None:
                raise ValidationError(
                    FieldError("faculty_id", "عضو هیأت علمی", "برگزیده نشده است؛ نام را بنویسید و از فهرست برگزینید.")
                )

        _merged(who, lambda: rules.clean_member(**{k: v for k, v in values.items() if k != "faculty_id"}))

    def save(self, values: dict[str, Any]) -> int:
        return review_bodies.add_body_member(uow=self._uow, body_id=self._body.id, **values)
