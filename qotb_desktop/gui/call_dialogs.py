"""The dialogs of the calls of 12-3 («ستاپ»): a new call with its topics and the council's
decision on each, a centre's proposal, the working group's review by the seven criteria
of 12-4, and the agreement with its stages (12-3-6). Amounts are typed in the scheme's
display unit (million rials); each saves through one service verb, and bad input is
shown on its field in Persian with nothing written. The stages' dialogs (a report
approved, a payment) are in gui/call_stage_dialogs.py."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QListWidget, QSizePolicy, QTableWidget, QWidget

from qotb_desktop.domain import calls as rules
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.errors import Checker, FieldError, ValidationError
from qotb_desktop.domain.funding_views import CallView, ProposalView
from qotb_desktop.domain.money import Unit, format_amount, read_amount
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_call_agreement_dialog import Ui_CallAgreementDialog
from qotb_desktop.gui.forms.ui_call_dialog import Ui_CallDialog
from qotb_desktop.gui.forms.ui_call_proposal_dialog import Ui_CallProposalDialog
from qotb_desktop.gui.forms.ui_call_review_dialog import Ui_CallReviewDialog
from qotb_desktop.gui.record_dialog import DIALOG_MAX_WIDTH, TITLE_BAR, RecordDialog, fill_checklist, fill_combo, read
from qotb_desktop.gui.widgets import JalaliDateEdit
from qotb_desktop.services import call_views, calls
from qotb_desktop.services.centres import list_centres
from qotb_desktop.services.funding import scheme_of
from qotb_desktop.services.review_bodies import BodyView

TOPIC_ROWS, STAGE_ROWS = 4, 3
ERRORS_ROOM = 330  # the intro, an error panel of eight lines and the buttons, beside the review's fields
# Keys, not True/False, as the items' data: PySide6 loses count of a Python bool held by
# a combo box (a «bool_dealloc» abort when the program ends).
MET = [(None, "— برگزینید —"), ("met", "برآورده است"), ("not", "برآورده نیست")]
MET_VALUE = {"met": True, "not": False}


def amount_text(rials: int | None, unit: Unit) -> str:
    return "" if rials is None else format_amount(rials, unit=unit)


def _merged(*parts) -> None:
    """Run each check; raise every field error of them together."""
    errors: list[FieldError] = []
    for part in parts:
        try:
            part()
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)


def persian(dialog: RecordDialog) -> None:
    """The intro and the title in Persian digits (names and numbers are stored with Latin ones)."""
    dialog.ui.intro.setText(to_persian_digits(dialog.ui.intro.text()))
    dialog.setWindowTitle(to_persian_digits(dialog.windowTitle()))


class TableForm(RecordDialog):
    """A dialog with more than FIELDS: rows of a table, or widgets made for its data."""

    def extra(self) -> dict[str, QWidget]:
        return {}

    def widgets(self) -> dict[str, QWidget]:
        return {**super().widgets(), **self.extra()}

    def values(self) -> dict[str, Any]:
        return {name: self.rows_of(name) if isinstance(w, QTableWidget) else read(w) for name, w in self.widgets().items()}

    def rows_of(self, name: str) -> Any:
        return []


def _table(table: QTableWidget, titles: Sequence[str], rows: int) -> None:
    table.setColumnCount(len(titles))
    table.setHorizontalHeaderLabels(list(titles))
    table.setRowCount(rows)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next field (arrows move between cells)
    header = table.horizontalHeader()
    for c in range(len(titles)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    widget = table.cellWidget(row, column)
    if isinstance(widget, JalaliDateEdit | QLineEdit):
        return widget.text().strip()
    item = table.item(row, column)
    return item.text().strip() if item else ""


class CallDialog(TableForm):
    """A new call of the year (12-3-1..3): its budget from the calls' half, the deadline,
    and the priority topics each with the council's decision."""

    FIELDS = ("title", "budget", "announced_on", "deadline")

    def __init__(self, uow, year: int, unit: Unit, *, left: int, parent: QWidget | None = None):
        super().__init__(Ui_CallDialog(), parent)
        self._uow, self._year, self._unit = uow, year, unit
        self.ui.budgetLabel.setText(f"اعتبار فراخوان ({unit.title})")
        _table(self.ui.topics, ["موضوع", "مصوبه شورا"], TOPIC_ROWS)
        self.ui.topics.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addTopic.clicked.connect(lambda: self.ui.topics.setRowCount(self.ui.topics.rowCount() + 1))
        self.ui.intro.setText(
            f"فراخوان ستاپ سال {num(year)}: اعتبار آن از نیمه فراخوان‌ها است و اکنون "
            f"{amount_text(left, unit)} {unit.title} از آن مانده است. موضوع‌های اولویت‌دار را شورا تعیین می‌کند "
            "(بند ۱۲-۳-۲): هر موضوع را در یک ردیف با شماره مصوبه شورا بنویسید."
        )
        self.setWindowTitle(f"فراخوان تازه سال {num(year)}")
        persian(self)
        self.load({"announced_on": jdate(today())})

    def extra(self) -> dict[str, QWidget]:
        return {"topics": self.ui.topics}

    def rows_of(self, name: str) -> list[tuple[str, str]]:
        t = self.ui.topics
        rows = [(_cell(t, r, 0), _cell(t, r, 1)) for r in range(t.rowCount())]
        return [row for row in rows if any(row)]

    def check(self, values: dict[str, Any]) -> None:
        rules.clean_call(**values, unit=self._unit)

    def save(self, values: dict[str, Any]) -> int:
        return calls.create_call(uow=self._uow, year=self._year, **values)


def running_centres(uow, year: int) -> list[tuple[int, str]]:
    entitled = set(scheme_of(year).entitled_statuses)
    return [(c.id, c.title) for c in list_centres(uow=uow) if c.status in entitled]


class ProposalDialog(TableForm):
    """A centre's proposal to the call (12-3-4), with the partner centres of a joint one."""

    FIELDS = ("centre_id", "partners", "topic_id", "title", "cost", "received_on")

    def __init__(self, uow, call: CallView, parent: QWidget | None = None):
        super().__init__(Ui_CallProposalDialog(), parent)
        self._uow, self._call, self._unit = uow, call, call.unit
        centres = running_centres(uow, call.year)
        fill_combo(self.ui.centre_id, centres, empty="")
        fill_checklist(self.ui.partners, centres)
        fill_combo(self.ui.topic_id, [(t_id, title) for t_id, title, _d in call.topics], empty="— بی‌موضوع —")
        self.ui.costLabel.setText(f"برآورد هزینه ({call.unit.title})")
        self.ui.intro.setText(
            f"پیشنهاد به «{call.title}» تا {jdate(call.deadline)}؛ تنها قطب‌های مصوب یا مشروط پیشنهاد می‌دهند. "
            "پروژه مشترک (بند ۱۲-۴-۷): قطب‌های همکار را تیک بزنید."
        )
        self.setWindowTitle("پیشنهاد تازه")
        persian(self)
        self.load({"received_on": jdate(min(today(), call.deadline))})

    def check(self, values: dict[str, Any]) -> None:
        def centre() -> None:
            if values["centre_id"] is None:
                raise ValidationError(FieldError("centre_id", "قطب پیشنهاددهنده", "برگزیده نشده است؛ قطبی را برگزینید."))

        def rest() -> None:
            rules.clean_proposal(
                title=values["title"],
                cost=values["cost"],
                received_on=values["received_on"],
                centre_id=values["centre_id"],
                partners=values["partners"],
                unit=self._unit,
            )

        _merged(centre, rest)

    def save(self, values: dict[str, Any]) -> int:
        return calls.add_proposal(uow=self._uow, call_id=self._call.id, **values)


def serving_members(body: BodyView | None, on) -> list[tuple[int, str]]:
    """The body's members serving on the day ``on`` (all of them when no day is typed)."""
    if body is None:
        return []
    people = body.serving(on) if on else body.members
    return [(m.id, m.name) for m in people]


class WhoTookPart:
    """The working group chosen from the registry and its members serving on the day, as
    check boxes (notes 6, 7): the list follows the group and the day, keeping the ticks."""

    def _who(self, bodies: list[BodyView], body: QComboBox, members: QListWidget, day: JalaliDateEdit) -> None:
        self._bodies = {b.id: b for b in bodies if b.kind == "working_group"}
        self._members_list, self._day, self._body = members, day, body
        fill_combo(body, [(b.id, f"{b.title} ({b.group_title})") for b in self._bodies.values()], empty="")
        body.currentIndexChanged.connect(lambda _i: self._refill())
        day.editingFinished.connect(self._refill)

    def _refill(self) -> None:
        ticked = set(read(self._members_list))
        body = self._bodies.get(self._body.currentData())
        fill_checklist(self._members_list, serving_members(body, self._day.date()))
        for i in range(self._members_list.count()):
            item = self._members_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ticked:
                item.setCheckState(Qt.CheckState.Checked)

    @staticmethod
    def _check_who(values: dict[str, Any]) -> None:
        check = Checker()
        if values["body_id"] is None:
            check.fail("body_id", "کارگروه", "برگزیده نشده است؛ کارگروهی را برگزینید.")
        elif not values["member_ids"]:
            check.fail("member_ids", "اعضای حاضر", "دست‌کم یک عضو حاضر را برگزینید.")
        check.done()


class ReviewDialog(TableForm, WhoTookPart):
    """The working group's review (12-3-5): each criterion of 12-4 met or not with a note;
    12-4-7 (a joint proposal) read from the partners; selected or not."""

    FIELDS = ("reviewed_on", "body_id", "member_ids", "decision", "note")

    def __init__(self, uow, call: CallView, proposal: ProposalView, bodies: list[BodyView], parent: QWidget | None = None):
        super().__init__(Ui_CallReviewDialog(), parent)
        self._uow, self._call, self._record = uow, call, proposal
        self._scheme = scheme_of(call.year)
        self._joint = bool(proposal.partners)
        self._marks: dict[str, QWidget] = {}
        grid = self.ui.criteria
        grid.setColumnStretch(0, 1)
        for row, criterion in enumerate(self._scheme.selection_criteria):
            text = QLabel(f"بند {to_persian_digits(criterion.key)}: {criterion.title}")
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
            if criterion.key == "12-4-7":
                partners = "، ".join(proposal.partners)
                shown = f"برآورده است (با {partners})" if self._joint else "برآورده نیست (بی‌قطب همکار)"
                if criterion.max_score is not None:
                    shown += f"، امتیاز {criterion.max_score if self._joint else 0} از {criterion.max_score}"
                fixed = QLabel(to_persian_digits(shown))
                fixed.setWordWrap(True)
                fixed.setToolTip("از قطب‌های همکار پیشنهاد خوانده می‌شود و دگرگون نمی‌شود.")
                grid.addWidget(fixed, row, 1, 1, 3)
                continue
            met, note = QComboBox(), QLineEdit()
            fill_combo(met, MET)
            note.setPlaceholderText("یادداشت")
            grid.addWidget(met, row, 1)
            grid.addWidget(note, row, 3)
            text.setBuddy(met)
            self._marks[f"mark_{criterion.key}"] = met
            self._marks[f"mark_{criterion.key}_note"] = note
            if criterion.max_score is not None:  # the secretariat's scheme gives this criterion a score
                score = QLineEdit()
                score.setPlaceholderText(to_persian_digits(f"امتیاز از {criterion.max_score}"))
                score.setMaximumWidth(score.fontMetrics().horizontalAdvance(score.placeholderText()) + 24)
                score.setAccessibleName(to_persian_digits(f"بند {criterion.key}: امتیاز از {criterion.max_score}"))
                grid.addWidget(score, row, 2)
                self._marks[f"mark_{criterion.key}_score"] = score
        grid.setRowStretch(len(self._scheme.selection_criteria), 1)  # room to spare below the criteria, not between
        fill_combo(self.ui.decision, list(rules.DECISIONS.items()), empty="")
        self._who(bodies, self.ui.body_id, self.ui.member_ids, self.ui.reviewed_on)
        joint = f"، با {'، '.join(proposal.partners)}" if proposal.partners else ""
        self.ui.intro.setText(
            f"«{proposal.title}» از «{proposal.centre}»{joint}: کارگروه تخصصی پیشنهاد را با معیارهای بند ۱۲-۴ "
            "بررسی می‌کند (بند ۱۲-۳-۵). کارگروه را برگزینید و اعضای حاضر در جلسه را تیک بزنید."
        )
        self.setWindowTitle(f"بررسی پیشنهاد {proposal.title}")
        persian(self)
        self.load(self.values_of(proposal))
        self._refill()
        self.mark_clean()
        self._fit_fields()
        self._steady_size()

    def _fit_fields(self) -> None:
        """The fields scroll when the screen is short (1366x768, or at 150%): the intro, the
        error panel of every criterion and the buttons stay in view."""
        fields, area = self.ui.fields, self.ui.scroll
        fixed = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.ui.reviewed_on.setSizePolicy(fixed)  # the room the form was given over its rows stays below them
        self.ui.criteriaBox.setSizePolicy(QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding))
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumWidth(min(fields.sizeHint().width() + area.verticalScrollBar().sizeHint().width(), DIALOG_MAX_WIDTH - 40))
        form = self.ui.form
        form.activate()
        want = form.totalHeightForWidth(area.minimumWidth()) if form.hasHeightForWidth() else form.totalSizeHint().height()
        screen = self.screen()
        room = screen.availableGeometry().height() - TITLE_BAR - ERRORS_ROOM if screen else want
        area.setMinimumHeight(max(160, min(want + 4, room)))

    def extra(self) -> dict[str, QWidget]:
        return self._marks

    def values_of(self, record: ProposalView) -> dict[str, Any]:
        values: dict[str, Any] = {
            "reviewed_on": jdate(record.reviewed_on or today()),
            "decision": record.state if record.state in rules.DECISIONS else None,
            "note": record.review_note,
        }
        for mark in record.marks:
            values[f"mark_{mark.key}"], values[f"mark_{mark.key}_note"] = "met" if mark.met else "not", mark.note
            if f"mark_{mark.key}_score" in self._marks:
                values[f"mark_{mark.key}_score"] = "" if mark.score is None else to_persian_digits(mark.score)
        return values

    def _marks_of(self, values: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
        """Each criterion's (met, note), and its score where the scheme gives one."""
        out: dict[str, tuple[Any, ...]] = {}
        for c in self._scheme.selection_criteria:
            mark = (MET_VALUE.get(values.get(f"mark_{c.key}")), values.get(f"mark_{c.key}_note", ""))
            out[c.key] = (*mark, values.get(f"mark_{c.key}_score", "")) if c.max_score is not None else mark
        return out

    def _review(self, values: dict[str, Any]) -> dict[str, Any]:
        keep = ("reviewed_on", "body_id", "member_ids", "decision", "note")
        return {**{k: values[k] for k in keep}, "marks": self._marks_of(values)}

    def check(self, values: dict[str, Any]) -> None:
        review = self._review(values)
        _merged(
            lambda: self._check_who(values),
            lambda: rules.clean_review(
                reviewed_on=review["reviewed_on"],
                marks=review["marks"],
                decision=review["decision"],
                note=review["note"],
                scheme=self._scheme,
                joint=self._joint,
            ),
        )

    def save(self, values: dict[str, Any]) -> None:
        calls.review_proposal(uow=self._uow, proposal_id=self._record.id, version=self._record.version, **self._review(values))

    def fetch(self) -> ProposalView:
        return call_views.get_proposal(uow=self._uow, proposal_id=self._record.id)


class AgreementDialog(TableForm):
    """The agreement of a selected project (12-3-6): its stages, each with its due day,
    deliverables and amount, adding up to the agreement's amount (the running total shown)."""

    FIELDS = ("number", "signed_on", "amount")
    COLUMNS = ("title", "due_on", "deliverables", "amount")

    def __init__(self, uow, call: CallView, proposal: ProposalView, parent: QWidget | None = None):
        super().__init__(Ui_CallAgreementDialog(), parent)
        self._uow, self._call, self._record, self._unit = uow, call, proposal, call.unit
        unit = call.unit.title
        self.ui.amountLabel.setText(f"مبلغ توافق‌نامه ({unit})")
        _table(self.ui.stages, ["عنوان مرحله", "موعد", "شرح خدمات", f"مبلغ ({unit})"], 0)
        header = self.ui.stages.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for _ in range(STAGE_ROWS):
            self._add_stage()
        self.ui.addStage.clicked.connect(self._add_stage)
        self.ui.stages.itemChanged.connect(lambda _i: self._total())
        self.ui.amount.textChanged.connect(lambda _t: self._total())
        left = call.budget - call.agreed
        self.ui.intro.setText(
            f"«{proposal.title}» از «{proposal.centre}»، برآورد {amount_text(proposal.cost, call.unit)} {unit}. "
            f"از اعتبار فراخوان {amount_text(left, call.unit)} {unit} مانده است. "
            "جمع مبلغ مرحله‌ها باید با مبلغ توافق‌نامه برابر باشد؛ هر مرحله پس از تأیید گزارش آن پرداخت می‌شود (بند ۱۲-۳-۷)."
        )
        self.setWindowTitle(f"توافق‌نامه {proposal.title}")
        persian(self)
        self.load({"signed_on": jdate(today()), "amount": amount_text(proposal.cost, call.unit)})
        self._total()

    def _add_stage(self) -> None:
        table = self.ui.stages
        row = table.rowCount()
        table.setRowCount(row + 1)
        due = JalaliDateEdit()
        table.setCellWidget(row, 1, due)
        table.setRowHeight(row, max(table.rowHeight(row), due.sizeHint().height() + 4))

    def extra(self) -> dict[str, QWidget]:
        return {"stages": self.ui.stages}

    def rows_of(self, name: str) -> list[dict[str, str]]:
        t = self.ui.stages
        rows = [{key: _cell(t, r, c) for c, key in enumerate(self.COLUMNS)} for r in range(t.rowCount())]
        return [row for row in rows if any(row.values())]

    def _total(self) -> None:
        """«جمع مبلغ مرحله‌ها: ۹٬۰۰۰ از ۹٬۰۰۰ میلیون ریال»; a gap said plainly."""
        check = Checker()
        total = sum(read_amount(check, "x", "x", s["amount"], unit=self._unit, required=False) for s in self.rows_of("stages"))
        wanted = read_amount(Checker(), "x", "x", self.ui.amount.text(), unit=self._unit, required=False)
        unit = self._unit.title
        text = f"جمع مبلغ مرحله‌ها: {amount_text(total, self._unit)} از {amount_text(wanted, self._unit)} {unit}"
        if check.errors:
            text += " (مبلغ برخی مرحله‌ها خوانده نشد)"
        elif total != wanted:
            gap = wanted - total
            text += f" — {amount_text(abs(gap), self._unit)} {unit} {'کم' if gap > 0 else 'زیاد'} است."
        self.ui.total.setText(text)

    def check(self, values: dict[str, Any]) -> None:
        rules.clean_agreement(**values, unit=self._unit)

    def save(self, values: dict[str, Any]) -> None:
        calls.sign_agreement(uow=self._uow, proposal_id=self._record.id, signed_on=values["signed_on"], number=values["number"],
                             amount=values["amount"], stages=values["stages"], version=self._record.version)  # fmt: skip

    def fetch(self) -> ProposalView:
        return call_views.get_proposal(uow=self._uow, proposal_id=self._record.id)

    def values_of(self, record: ProposalView) -> dict[str, Any]:
        return {}  # the agreement's fields are the clerk's; the proposal read again only lets the save be tried again
