"""The dialogs of a centre's year (art. 9): its annual report, its evaluation with the
weighted total shown live against the pass mark, and the reason for reopening one."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.domain.errors import Checker, ValidationError
from qotb_desktop.domain.evaluation import (
    BUDGETS,
    COUNTS,
    KINDS,
    VERDICTS,
    clean_evaluation,
    clean_report,
    money,
    parse_score,
    score_text,
    weigh,
)
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.rules.schemes import Scheme
from qotb_desktop.gui.application_review_dialog import BodyPicker, bodies_for, check_who, group_title
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_evaluation_dialog import Ui_EvaluationDialog
from qotb_desktop.gui.forms.ui_reason_dialog import Ui_ReasonDialog
from qotb_desktop.gui.forms.ui_report_dialog import Ui_ReportDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_combo
from qotb_desktop.gui.widgets import JalaliDateEdit
from qotb_desktop.services import centres, evaluations, review_bodies
from qotb_desktop.services.evaluations import EvaluationView

NUMBERS = tuple(key for key, _ in COUNTS) + tuple(key for key, _ in BUDGETS)


class _LargeDialog(RecordDialog):
    """A form of many fields: errors appearing or going never shrink it under the clerk."""

    def show_errors(self, errors) -> None:
        before = self.size()
        super().show_errors(errors)  # fits the dialog to its content
        self.resize(self.size().expandedTo(before))


def read_only(dialog: RecordDialog, notice: str) -> None:
    """A record that may no longer change (its evaluation is closed): shown, not edited."""
    for widget in dialog.widgets().values():
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, JalaliDateEdit):
            widget.line.setReadOnly(True)
            widget.button.setEnabled(False)
    buttons = dialog.ui.buttons
    buttons.button(QDialogButtonBox.StandardButton.Save).hide()
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("بستن")
    dialog.ui.notice.setObjectName("whatIfBanner")  # the stylesheet's notice banner
    dialog.ui.notice.setText(notice)
    dialog.ui.notice.show()


class ReportDialog(_LargeDialog):
    """A centre's annual report of one Jalali year: what it did under each of article 7's
    eight areas, its counts and budget, when it came in and when the centre was visited."""

    FIELDS = ("received_on", "site_visit_on", *NUMBERS, "notes")

    def __init__(self, uow, centre_id: int, title: str, year: int, parent: QWidget | None = None):
        super().__init__(Ui_ReportDialog(), parent)
        self._uow, self._centre_id, self._year = uow, centre_id, year
        self.setWindowTitle(f"گزارش سالانه {num(year)} — {title}")
        self.areas: dict[str, QPlainTextEdit] = {}
        for i, area in enumerate(evaluations.report_areas()):
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"area_{area.key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(44)
            edit.setPlaceholderText(area.title)
            label = QLabel(f"بند {num(area.key)}: {area.short}", self)
            label.setToolTip(area.title)
            label.setBuddy(edit)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(label)
            cell.addWidget(edit)
            self.ui.areas.addLayout(cell, i // 2, i % 2)  # in reading order: right, then left
            self.areas[area.key] = edit
        self.members = QLabel(_members_text(evaluations.year_members(uow=uow, centre_id=centre_id, year=year), year), self)
        self.members.setObjectName("yearMembers")
        self.members.setWordWrap(True)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.notesLabel), self.members)
        report = self._record = self.fetch()
        self.load(self.values_of(report) if report is not None else {})
        if report is not None and report.locked:
            read_only(
                self,
                f"ارزیابی سال {num(year)} این قطب بسته شده است؛ گزارش آن تنها خواندنی است. "
                "برای اصلاح، نخست ارزیابی را با ذکر دلیل بازگشایی کنید.",
            )

    def fetch(self) -> evaluations.ReportView | None:
        return evaluations.get_report(uow=self._uow, centre_id=self._centre_id, year=self._year)

    def values_of(self, report: evaluations.ReportView) -> dict[str, Any]:
        values = {"received_on": report.received_on, "site_visit_on": report.site_visit_on, "notes": report.notes}
        values |= {key: num(value) for key, value in report.counts.items()}
        values |= {"budget_received": money(report.budget_received), "budget_spent": money(report.budget_spent)}
        return values | {f"area_{key}": text for key, text in report.areas.items()}

    def widgets(self) -> dict[str, QWidget]:
        return super().widgets() | {f"area_{key}": edit for key, edit in self.areas.items()}

    def _arguments(self, values: dict[str, Any]) -> dict[str, Any]:
        arguments = {name: values[name] for name in self.FIELDS}
        arguments["areas"] = {key: values[f"area_{key}"] for key in self.areas}
        return arguments

    def check(self, values: dict[str, Any]) -> None:
        clean_report(edition=load_edition(), **self._arguments(values))

    def save(self, values: dict[str, Any]) -> int:
        version = self._record.version if self._record is not None else 0  # 0: the form was empty
        return evaluations.save_report(
            uow=self._uow, centre_id=self._centre_id, year=self._year, version=version, **self._arguments(values)
        )


def _members_text(members: evaluations.YearMembers, year: int) -> str:
    """Who joined and who left that year: read from the registry, not typed (art. 9)."""

    def names(pairs) -> str:
        return "، ".join(f"{name} ({jdate(when)})" for name, when in pairs) or "هیچ‌کس"

    return (
        f"اعضای پیوسته در سال {num(year)}: {names(members.joined)}\n"
        f"اعضای جداشده در سال {num(year)}: {names(members.left)}\n"
        "(از دفتر عضویت‌ها؛ پیوستن و جدا شدن اعضا با مصوبه شورا ثبت می‌شود، نه در این گزارش.)"
    )


def final_year(uow, centre_id: int) -> int | None:
    """The Jalali year the centre's five-year period ends: its final evaluation's (4-2-10)."""
    end = centres.get_centre(uow=uow, centre_id=centre_id).period_end
    return jalali_year(end) if end else None


def typed_score(text: str, scale: int) -> Fraction | None:
    """A score as typed (read by the domain's ``parse_score``), or None while it is not
    yet one the domain would take (outside 0..scale, or more than two decimals)."""
    amount = parse_score(text)
    if amount is None or not 0 <= amount <= scale or amount * 100 != int(amount * 100):
        return None
    return amount


class EvaluationDialog(_LargeDialog):
    """A centre's evaluation of one year: a score per criterion of the scheme in force,
    the weighted total and the verdict shown as the clerk types, who evaluated and when."""

    FIELDS = ("evaluated_on", "body_id", "member_ids", "evaluators", "remarks")

    def __init__(self, uow, centre_id: int, title: str, year: int, kind: str = "annual", parent: QWidget | None = None):
        super().__init__(Ui_EvaluationDialog(), parent)
        self._uow, self._centre_id, self._title, self._year = uow, centre_id, title, year
        self._who(centres.get_centre(uow=uow, centre_id=centre_id).field_key)
        self.scheme: Scheme | None = None
        self._record: EvaluationView | None = None  # the evaluation as recorded (self.view)
        self.scores: dict[str, QLineEdit] = {}
        self.weighed: dict[str, QLabel] = {}
        self._rows: list[QWidget] = []
        fill_combo(self.ui.kind, list(KINDS.items()))
        # The final evaluation only in the year the period ends (or when one is on record).
        final = final_year(uow, centre_id) == year or (
            evaluations.get_evaluation(uow=uow, centre_id=centre_id, year=year, kind="final") is not None
        )
        self.ui.kind.model().item(self.ui.kind.findData("final")).setEnabled(final)
        self.ui.kind.setToolTip("ارزیابی پایانی پنج‌ساله (بند ۴-۲-۱۰) در سال پایان دوره قطب ثبت می‌شود.")
        self.ui.kind.activated.connect(lambda _i: self._kind_chosen())
        self._fill(kind)

    def kind(self) -> str:
        return self.ui.kind.currentData()

    def _who(self, field_key: str) -> None:
        """Who evaluated (note 7): a working group of the centre's group and its members
        serving on the day, from the registry; typed only while the registry has none."""
        bodies = bodies_for(self._uow, field_key, "working_group")
        self.picker = BodyPicker(bodies, self.ui.body_id, self.ui.member_ids, self.ui.evaluated_on, self._written)
        self.registered = bool(bodies)
        self._typed = ""  # the evaluators line as recorded (an older record's, typed)
        form, group = self.ui.form, group_title(field_key)
        for row in (1, 2):
            form.setRowVisible(row, self.registered)
        if self.registered:
            self.ui.evaluatorsNote.setText(
                "از کارگروه و اعضای برگزیده نوشته می‌شود (تبصره ۷): کارگروه را برگزینید و اعضای ارزیاب را تیک بزنید."
            )
        else:
            self.ui.evaluatorsNote.setText(
                f"کارگروهی از گروه «{group}» در دفتر «گروه‌ها و کارگروه‌ها» ثبت نشده است؛ نام ارزیابان را بنویسید."
            )

    def _written(self) -> None:
        """The evaluators line follows the working group and the members ticked."""
        if self.registered:
            self.ui.evaluators.setText(self.picker.described() or self._typed)

    @property
    def view(self) -> EvaluationView | None:
        """The evaluation as recorded when the form was (re)filled; its version is saved with it."""
        return self._record

    @view.setter
    def view(self, record: EvaluationView | None) -> None:
        self._record = record

    # -- the form --------------------------------------------------------------------

    def _fill(self, kind: str) -> None:
        """The evaluation of ``kind`` (as recorded, or empty) with its scheme's criteria."""
        self.view = evaluations.get_evaluation(uow=self._uow, centre_id=self._centre_id, year=self._year, kind=kind)
        scheme = evaluations.scheme_for(uow=self._uow, centre_id=self._centre_id, year=self._year, kind=kind)
        if scheme != self.scheme:
            self._criteria(scheme)
        self.setWindowTitle(f"ارزیابی {KINDS[kind]} {num(self._year)} — {self._title}")
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(kind))
        values: dict[str, Any] = {"evaluators": "", "evaluated_on": None, "remarks": "", "member_ids": []}
        values["body_id"] = next(iter(self.picker.bodies)) if len(self.picker.bodies) == 1 else None
        values |= {f"score_{key}": "" for key in self.scores}
        if self.view is not None:
            values |= self.values_of(self.view)
        self._typed = values["evaluators"]
        self.load(values)
        self._written()
        self.mark_clean()
        self._total()
        self._closed()

    def _criteria(self, scheme: Scheme) -> None:
        """One row per criterion: its title (the areas and goals it weighs in the tooltip),
        its weight, the score field, the weighted score."""
        self.scheme = scheme
        for widget in self._rows:
            widget.deleteLater()
        self._rows, self.scores, self.weighed = [], {}, {}
        grid = self.ui.criteria
        self.ui.scoreHeader.setText(f"<b>امتیاز (۰ تا {num(scheme.scale)})</b>")
        for row, c in enumerate(scheme.criteria, start=1):
            title = QLabel(c.title, self)
            title.setWordWrap(True)
            title.setToolTip(f"قلمرو: بند {'، '.join(num(a) for a in c.areas)} — هدف: بند {'، '.join(num(g) for g in c.goals)}")
            weight = QLabel(num(c.weight), self)
            weight.setAlignment(Qt.AlignmentFlag.AlignCenter)
            score = QLineEdit(self)
            score.setObjectName(f"score_{c.key}")
            score.setAlignment(Qt.AlignmentFlag.AlignCenter)
            score.setMaximumWidth(90)
            score.setPlaceholderText(f"۰ تا {num(scheme.scale)}")
            score.textChanged.connect(lambda _t: self._total())
            title.setBuddy(score)
            weighed = QLabel("", self)
            weighed.setAlignment(Qt.AlignmentFlag.AlignCenter)
            for col, widget in enumerate((title, weight, score, weighed)):
                grid.addWidget(widget, row, col)
            self._rows += [title, weight, score, weighed]
            self.scores[c.key], self.weighed[c.key] = score, weighed
        grid.setColumnStretch(0, 1)
        self.ui.scheme.setText(
            f"طرح {num(scheme.scheme)}: هر معیار از ۰ تا {num(scheme.scale)}؛ جمع وزن‌ها {num(scheme.total_weight)}؛ "
            f"حد قبولی {num(scheme.pass_mark)}"
        )
        self.ui.scheme.setToolTip(f"{scheme.title}\n{scheme.clause}")

    def _total(self) -> None:
        """The weighted total and the verdict, as the clerk types (nothing is saved)."""
        scheme = self.scheme
        typed = {key: typed_score(field.text(), scheme.scale) for key, field in self.scores.items()}
        result = weigh(scheme, {key: value or Fraction(0) for key, value in typed.items()})
        for key, _score, weighted in result.parts:
            weight = scheme.criterion(key).weight
            self.weighed[key].setText(f"{score_text(weighted)} از {num(weight)}" if typed[key] is not None else "—")
        missing = sum(value is None for value in typed.values())
        total, best, mark = score_text(result.total), num(scheme.total_weight), num(scheme.pass_mark)
        if missing:
            text = f"جمع وزنی تا اینجا: {total} از {best} — {num(missing)} معیار هنوز امتیاز ندارد (حد قبولی {mark})."
            name = ""
        else:
            text = f"جمع وزنی: {total} از {best} — {VERDICTS[result.verdict]} (حد قبولی {mark})"
            name = "verdictGood" if result.verdict == "approved" else "verdictBad"
        label = self.ui.total
        label.setText(text)
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)

    def _kind_chosen(self) -> None:
        """Annual or final: the other evaluation of the year is shown instead."""
        kind = self.kind()
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                "تغییرات ذخیره نشده",
                "آنچه نوشته‌اید ذخیره نشده است. آن را کنار می‌گذارید؟",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                self.ui.kind.setCurrentIndex(self.ui.kind.findData("final" if kind == "annual" else "annual"))
                return
        self._fill(kind)

    def _closed(self) -> None:
        v = self.view
        editable = v is None or v.closed_at is None
        for widget in self.widgets().values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            elif isinstance(widget, QComboBox | QListWidget):
                widget.setEnabled(editable)
        self.ui.evaluators.setReadOnly(not editable or self.registered)  # written from the working group
        self.ui.evaluatorsNote.setVisible(editable)  # how the line is filled: said while it may change
        self.ui.evaluated_on.line.setReadOnly(not editable)
        self.ui.evaluated_on.button.setEnabled(editable)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(editable)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("انصراف" if editable else "بستن")
        if editable:
            self.ui.notice.hide()
        else:
            read_only(
                self,
                f"این ارزیابی در {jdate(v.closed_at.date())} بسته شده است؛ امتیازهای آن تغییر نمی‌کند. "
                "برای اصلاح، نخست آن را با ذکر دلیل بازگشایی کنید.",
            )

    # -- RecordDialog ----------------------------------------------------------------

    def fetch(self) -> EvaluationView | None:
        return evaluations.get_evaluation(uow=self._uow, centre_id=self._centre_id, year=self._year, kind=self.kind())

    def values_of(self, view: EvaluationView) -> dict[str, Any]:
        values = {"evaluators": view.evaluators, "evaluated_on": view.evaluated_on, "remarks": view.remarks}
        sitting = review_bodies.sitting_of(uow=self._uow, subject="evaluation", subject_id=view.id)
        values["body_id"], values["member_ids"] = self.picker.choose(sitting)
        return values | {f"score_{key}": score_text(Fraction(score)) for key, score in view.scores.items()}

    def widgets(self) -> dict[str, QWidget]:
        return super().widgets() | {f"score_{key}": field for key, field in self.scores.items()}

    def _arguments(self, values: dict[str, Any]) -> dict[str, Any]:
        return {
            "scores": {key: values[f"score_{key}"] for key in self.scores},
            "evaluators": values["evaluators"],
            "evaluated_on": values["evaluated_on"],
            "remarks": values["remarks"],
        }

    def check(self, values: dict[str, Any]) -> None:
        errors = []
        who = Checker()
        if self.registered:
            check_who(who, values, "کارگروه تخصصی")
        try:
            who.done()
        except ValidationError as exc:
            errors += exc.errors
        arguments = self._arguments(values)
        if self.registered:  # the line is written from the working group: its own error would only repeat
            arguments["evaluators"] = values["evaluators"] or "—"
        try:
            clean_evaluation(scheme=self.scheme, **arguments)
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError(errors)

    def save(self, values: dict[str, Any]) -> int:
        version = self._record.version if self._record is not None else 0  # 0: the form was empty
        who: dict[str, Any] = {}
        if self.registered:  # the service writes the evaluators line from them
            who = {"body_id": values["body_id"], "member_ids": values["member_ids"]}
        return evaluations.save_evaluation(
            uow=self._uow, centre_id=self._centre_id, year=self._year, kind=self.kind(), version=version,
            **self._arguments(values), **who,
        )  # fmt: skip


class ReasonDialog(RecordDialog):
    """Why a closed evaluation is opened again (kept on record); the service refuses an
    empty reason, and the dialog shows it on the field."""

    FIELDS = ("reason",)

    def __init__(self, title: str, intro: str, action: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(Ui_ReasonDialog(), parent)
        self._action = action
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("بازگشایی")
        self.load({})

    def save(self, values: dict[str, Any]) -> None:
        self._action(values["reason"])
