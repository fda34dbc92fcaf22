"""Who reviewed, chosen from the registry (notes 6, 7): a body of the centre's group and
its members serving on the day, ticked (``BodyPicker``, used by the evaluation dialog
too); and the scientific group's first review of a centre's application (4-2-1)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget

from qotb_desktop.domain.dates import today
from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.fields import read_date, read_text
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.gui.fmt import jdate
from qotb_desktop.gui.forms.ui_application_review_dialog import Ui_ApplicationReviewDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_checklist, fill_combo, read
from qotb_desktop.gui.widgets import JalaliDateEdit
from qotb_desktop.services import review_bodies
from qotb_desktop.services.review_bodies import BodyView, SittingView
from qotb_desktop.services.views import CentreView

REVIEWABLE = ("applicant", "under_review")  # the centres whose application a group reviews first (4-2-1)


def group_of(field_key: str) -> str:
    """The scientific group of a centre's field (Appendix 2), or the key itself when it is a group's."""
    return next((f.group for f in load_edition().fields if f.key == field_key), field_key)


def bodies_for(uow, field_key: str, kind: str) -> list[BodyView]:
    """The registry's bodies of ``kind`` (group, working_group) of the field's group."""
    group = group_of(field_key)
    return [b for b in review_bodies.list_bodies(uow=uow) if b.kind == kind and b.group_key == group]


def group_title(field_key: str) -> str:
    group = group_of(field_key)
    return next((g.title for g in load_edition().groups if g.key == group), group)


class BodyPicker:
    """The body chosen and its members serving on the day, as check boxes: the list
    follows the body and the day, keeping the ticks; ``changed`` is told of each change."""

    def __init__(
        self,
        bodies: Iterable[BodyView],
        combo: QComboBox,
        members: QListWidget,
        day: JalaliDateEdit,
        changed: Callable[[], None] = lambda: None,
    ):
        self.bodies = {b.id: b for b in bodies}
        self.combo, self.members, self.day, self._changed = combo, members, day, changed
        fill_combo(combo, [(b.id, b.title) for b in self.bodies.values()], empty="— برگزینید —")
        combo.currentIndexChanged.connect(lambda _i: self.refill())
        day.textChanged.connect(lambda _t: self.refill())
        members.itemChanged.connect(lambda _i: self._changed())

    def body(self) -> BodyView | None:
        return self.bodies.get(self.combo.currentData())

    def offered(self) -> list[tuple[int, str]]:
        """The chosen body's members serving on the day (all of them while no day is typed)."""
        body, on = self.body(), self.day.date()
        if body is None:
            return []
        return [(m.id, m.name) for m in (body.serving(on) if on else body.members)]

    def refill(self) -> None:
        choices = self.offered()
        shown = [(self.members.item(i).data(Qt.ItemDataRole.UserRole), self.members.item(i).text())
                 for i in range(self.members.count())]  # fmt: skip
        if choices != shown:
            ticked = set(read(self.members))
            self.members.blockSignals(True)  # the ticks kept are no edit of the clerk's
            fill_checklist(self.members, choices)
            for i in range(self.members.count()):
                item = self.members.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in ticked:
                    item.setCheckState(Qt.CheckState.Checked)
            self.members.blockSignals(False)
        self._changed()

    def choose(self, sitting: SittingView | None) -> tuple[int | None, list[int]]:
        """The form's values of a recorded sitting: its body, and its members (recorded by
        name: the one of each name among the body's members)."""
        if sitting is None or sitting.body_id not in self.bodies:
            return None, []
        people = self.bodies[sitting.body_id].members
        on = sitting.held_on
        ids = []
        for name in sitting.members:
            named = [m for m in people if m.name == name]
            serving = [m for m in named if m.start_on <= on and (m.end_on is None or on <= m.end_on)]
            if serving or named:
                ids.append((serving or named)[0].id)
        return sitting.body_id, ids

    def described(self) -> str:
        """«کارگروه تخصصی فیزیک: دکتر الف، دکتر ب», as the service writes it."""
        body = self.body()
        if body is None:
            return ""
        ticked = set(read(self.members))
        names = [self.members.item(i).text() for i in range(self.members.count())
                 if self.members.item(i).data(Qt.ItemDataRole.UserRole) in ticked]  # fmt: skip
        return f"{body.title}: {'، '.join(names)}" if names else body.title


def check_who(check: Checker, values: dict[str, Any], what: str) -> None:
    if values["body_id"] is None:
        check.fail("body_id", what, f"برگزیده نشده است؛ {what} را برگزینید.")
    elif not values["member_ids"]:
        check.fail("member_ids", "اعضای حاضر", "دست‌کم یک عضو حاضر را برگزینید.")


def review_text(sitting: SittingView | None) -> str:
    """The recorded first review, as the centres screen shows it."""
    if sitting is None:
        return ""
    text = f"بررسی اولیه گروه علمی (بند ۴-۲-۱): {sitting.body}، {jdate(sitting.held_on)} — حاضران: {'، '.join(sitting.members)}"
    return text + (f"؛ نتیجه: {sitting.note}" if sitting.note else "")


class ApplicationReviewDialog(RecordDialog):
    """The scientific group of the centre's field reviews its application first (4-2-1,
    note 6): the day, the group, its members serving that day who took part, the result."""

    FIELDS = ("held_on", "body_id", "member_ids", "note")

    def __init__(self, uow, centre: CentreView, parent: QWidget | None = None):
        super().__init__(Ui_ApplicationReviewDialog(), parent)
        self._uow, self._centre = uow, centre
        bodies: Sequence[BodyView] = bodies_for(uow, centre.field_key, "group")
        self.picker = BodyPicker(bodies, self.ui.body_id, self.ui.member_ids, self.ui.held_on)
        group = group_title(centre.field_key)
        self.setWindowTitle(f"بررسی اولیه گروه علمی — {centre.title}")
        self.ui.intro.setText(
            f"درخواست «{centre.title}» (رشته {centre.field_title}) نخست در گروه علمی «{group}» بررسی می‌شود "
            "(بند ۴-۲-۱ و تبصره ۶). تاریخ جلسه را بنویسید و اعضای حاضر گروه را تیک بزنید؛ "
            "تنها اعضایی که در آن روز در دوره عضویت خود بودند فهرست می‌شوند."
        )
        sitting = self.fetch()
        body_id, ids = self.picker.choose(sitting)
        if sitting is None and len(bodies) == 1:
            body_id = bodies[0].id
        self.load({
            "held_on": jdate(sitting.held_on if sitting else today()),
            "body_id": body_id,
            "member_ids": ids,
            "note": sitting.note if sitting else "",
        })  # fmt: skip

    def fetch(self) -> SittingView | None:
        return review_bodies.sitting_of(uow=self._uow, subject="application", subject_id=self._centre.id)

    def check(self, values: dict[str, Any]) -> None:
        check = Checker()
        read_date(check, "held_on", "تاریخ بررسی", values["held_on"], required=True)
        check_who(check, values, "گروه علمی")
        read_text(check, "note", "نتیجه بررسی", values["note"], required=False, max_len=4000)
        check.done()

    def save(self, values: dict[str, Any]) -> SittingView:
        return review_bodies.record_application_review(uow=self._uow, centre_id=self._centre.id, **values)
