"""The dialogs of a council meeting: the meeting itself, an agenda item, a decision."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from qotb_desktop.domain import meetings as rules
from qotb_desktop.domain.errors import FieldError, ValidationError
from qotb_desktop.domain.fields import required_date
from qotb_desktop.domain.text import to_latin_digits
from qotb_desktop.gui.forms.ui_agenda_dialog import Ui_AgendaDialog
from qotb_desktop.gui.forms.ui_amendment_dialog import Ui_AmendmentDialog
from qotb_desktop.gui.forms.ui_communicate_dialog import Ui_CommunicateDialog
from qotb_desktop.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from qotb_desktop.gui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from qotb_desktop.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_combo
from qotb_desktop.services import centres, faculty, meetings, member_changes
from qotb_desktop.services.member_changes import APPROVAL, APPROVAL_MISSING


class MeetingDialog(RecordDialog):
    FIELDS = ("held_on", "starts_at", "place", "chaired_by", "delegation", "secretary")

    def __init__(self, uow, centre_id: int | None = None, parent: QWidget | None = None):
        super().__init__(Ui_MeetingDialog(), parent)
        self._uow, self._centre_id = uow, centre_id
        fill_combo(self.ui.chaired_by, list(rules.CHAIRED_BY.items()))
        if centre_id:  # a centre's meeting is held by its director (art. 11-2)
            self.setWindowTitle("جلسه تازه اعضای قطب")
            for name in ("chaired_by", "delegation"):
                getattr(self.ui, name).setEnabled(False)
        self.load({"chaired_by": "chair", "place": "" if centre_id else "تالار شورا، وزارت علوم", "starts_at": "۱۰:۰۰"})

    def check(self, values: dict[str, Any]) -> None:
        required_date(values["held_on"], "held_on", "تاریخ جلسه")

    def save(self, values: dict[str, Any]) -> int:
        values["starts_at"] = to_latin_digits(values["starts_at"])
        return meetings.create_meeting(uow=self._uow, centre_id=self._centre_id, **values)


QUIET = '<span style="font-size: 9pt; font-weight: normal; color: #3d4852;">{}</span>'  # the verdict's details


class AgendaDialog(RecordDialog):
    """An agenda item; for a «member change», who joins or leaves the centre and from when
    (the change applies once the council's decision is endorsed). A member who joins
    needs the institution's approval (note 10), and the person's note 8 verdict for the
    centre is shown as soon as both are chosen: a warning, the proposal may still be put
    on the agenda, but its endorsement is refused while the person falls short."""

    FIELDS = ("title", "kind", "centre_id", "faculty_id", "action", "effective_on", "institution_approval")
    CHANGE = ("faculty_id", "action", "effective_on", "institution_approval")

    def __init__(self, uow, meeting_id: int, parent: QWidget | None = None):
        super().__init__(Ui_AgendaDialog(), parent)
        self._uow, self._meeting_id = uow, meeting_id
        fill_combo(self.ui.kind, list(rules.AGENDA_KINDS.items()))
        fill_combo(self.ui.centre_id, [(c.id, c.title) for c in centres.list_centres(uow=uow)], empty="— هیچ —")
        people = [(f.id, f"{f.full_name} — {f.institution_name}") for f in faculty.list_faculty(uow=uow)]
        fill_combo(self.ui.faculty_id, people, empty="")
        fill_combo(self.ui.action, [("join", "پیوستن به قطب"), ("leave", "جدا شدن از قطب")])
        self.ui.kind.currentIndexChanged.connect(lambda _i: self._show_change())
        for combo in (self.ui.centre_id, self.ui.faculty_id, self.ui.action):
            combo.currentIndexChanged.connect(lambda _i: self._show_change())
        self.load({"kind": "other", "action": "join"})
        self._show_change()

    def _change(self) -> bool:
        return self.ui.kind.currentData() == "member_change"

    def _joining(self) -> bool:
        return self._change() and self.ui.action.currentData() == "join"

    def _show_change(self) -> None:
        for name in self.CHANGE:
            shown = self._joining() if name == "institution_approval" else self._change()
            getattr(self.ui, name).setVisible(shown)
            getattr(self.ui, f"{name}Label").setVisible(shown)
        self.ui.titleLabel.setText("توضیح" if self._change() else "عنوان بند")
        self._show_verdict()

    def _show_verdict(self) -> None:
        """The person's note 8 verdict for joining the centre (services/member_changes.py)."""
        centre_id, faculty_id = self.ui.centre_id.currentData(), self.ui.faculty_id.currentData()
        if not (self._joining() and centre_id and faculty_id):
            self.ui.verdict.setVisible(False)
            self.verdict = None
            return
        v = self.verdict = member_changes.join_verdict(uow=self._uow, centre_id=centre_id, faculty_id=faculty_id)
        headline = f"{v.name} شرایط تبصره ۸ را {'دارد' if v.eligible else 'ندارد'}."
        details = f"{v.basis}."
        if not v.eligible:
            details += (
                f" {v.shortfalls} شورا می‌تواند پیشنهاد را بررسی کند، اما تنفیذ پیوستن تا احراز شرایط پذیرفته نمی‌شود (تبصره ۱۰)."
            )
        self.ui.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.ui.verdict.setText(f"{escape(headline)}<br>{QUIET.format(escape(details))}")
        self.ui.verdict.setObjectName("verdictGood" if self.verdict.eligible else "verdictBad")
        self.ui.verdict.style().unpolish(self.ui.verdict)
        self.ui.verdict.style().polish(self.ui.verdict)
        self.ui.verdict.setVisible(True)

    def check(self, values: dict[str, Any]) -> None:
        errors = []
        if self._change():
            if values["centre_id"] is None:
                errors.append(FieldError("centre_id", "قطب", "قطبی را که تغییر در آن است برگزینید."))
            if values["faculty_id"] is None:
                errors.append(FieldError("faculty_id", "عضو هیأت علمی", "برگزیده نشده است؛ یکی را برگزینید."))
            try:
                required_date(values["effective_on"], "effective_on", "از تاریخ")
            except ValidationError as exc:
                errors += exc.errors
            if self._joining() and not values["institution_approval"].strip():
                errors.append(FieldError("institution_approval", APPROVAL, APPROVAL_MISSING))
        elif not values["title"].strip():
            errors.append(FieldError("title", "عنوان بند", "خالی مانده است؛ آن را بنویسید."))
        if errors:
            raise ValidationError(errors)

    def save(self, values: dict[str, Any]) -> int:
        if self._change():
            return member_changes.propose_member_change(
                uow=self._uow, meeting_id=self._meeting_id, centre_id=values["centre_id"], faculty_id=values["faculty_id"],
                action=values["action"], effective_on=values["effective_on"],
                institution_approval=values["institution_approval"] if self._joining() else "",
            )  # fmt: skip
        base = {k: values[k] for k in ("title", "kind", "centre_id")}
        return meetings.add_agenda_item(uow=self._uow, meeting_id=self._meeting_id, **base)


def _count(check: list[FieldError], name: str, label: str, text: str) -> int:
    digits = to_latin_digits(text or "0").strip() or "0"
    if not digits.isdigit():
        check.append(FieldError(name, label, "باید عدد درست و نامنفی باشد."))
        return 0
    return int(digits)


class DecisionDialog(RecordDialog):
    FIELDS = ("text", "yes", "no", "abstain")

    def __init__(self, uow, item, parent: QWidget | None = None):
        super().__init__(Ui_DecisionDialog(), parent)
        self._uow, self._item = uow, item
        self.setWindowTitle(f"مصوبه بند {rules.fa(item.position)}: {item.title}")
        self.load({"yes": "", "no": "", "abstain": ""})

    def _numbers(self, values: dict[str, Any]) -> tuple[int, int, int]:
        errors: list[FieldError] = []
        counts = tuple(
            _count(errors, n, label, values[n]) for n, label in (("yes", "موافق"), ("no", "مخالف"), ("abstain", "ممتنع"))
        )
        if not values["text"].strip():
            errors.append(FieldError("text", "متن مصوبه", "خالی مانده است؛ آن را بنویسید."))
        if errors:
            raise ValidationError(errors)
        return counts  # type: ignore[return-value]

    def check(self, values: dict[str, Any]) -> None:
        self._numbers(values)

    def save(self, values: dict[str, Any]) -> int:
        yes, no, abstain = self._numbers(values)
        return meetings.record_decision(
            uow=self._uow, agenda_item_id=self._item.id, text=values["text"], yes=yes, no=no, abstain=abstain
        )


class FollowUpDialog(RecordDialog):
    FIELDS = ("action", "responsible", "due_on")

    def __init__(self, uow, meeting_id: int, decision_id: int | None, parent: QWidget | None = None):
        super().__init__(Ui_FollowUpDialog(), parent)
        self._uow, self._meeting_id, self._decision_id = uow, meeting_id, decision_id
        self.load({})

    def save(self, values: dict[str, Any]) -> int:
        return meetings.add_follow_up(uow=self._uow, meeting_id=self._meeting_id, decision_id=self._decision_id, **values)


class CommunicateDialog(RecordDialog):
    """The decision communicated (ابلاغ): its letter's number, date and recipient; the
    letter itself is then previewed for printing."""

    FIELDS = ("letter_number", "on", "recipient")

    def __init__(self, uow, decision, parent: QWidget | None = None):
        super().__init__(Ui_CommunicateDialog(), parent)
        self._uow, self._decision = uow, decision
        self.ui.letter_number.setPlaceholderText("خالی: شماره بعدی سال را برنامه می‌دهد")
        self.load({"recipient": "ریاست محترم مؤسسه"})

    def save(self, values: dict[str, Any]) -> str:
        meetings.communicate_decision(
            uow=self._uow, decision_id=self._decision.id, letter_number=values["letter_number"], on=values["on"]
        )
        return values["recipient"]


class AmendmentDialog(RecordDialog):
    FIELDS = ("corrects", "correction", "reason")

    def __init__(self, uow, meeting_id: int, parent: QWidget | None = None):
        super().__init__(Ui_AmendmentDialog(), parent)
        self._uow, self._meeting_id = uow, meeting_id
        self.load({})

    def save(self, values: dict[str, Any]) -> int:
        return meetings.amend(uow=self._uow, meeting_id=self._meeting_id, **values)
