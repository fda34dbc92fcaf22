"""The annual evaluation (art. 9, duties 4-2-9 and 4-2-10): the year across all centres,
each centre's report and evaluation, closing and reopening it, what follows (art. 10);
the year's summary previewed, printed and exported (PDF, Excel, CSV)."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QMessageBox

from qotb_desktop import documents
from qotb_desktop.domain.dates import jalali_year, today
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.evaluation import BUDGET_UNIT, KINDS, money
from qotb_desktop.domain.rules.schemes import load_scheme
from qotb_desktop.domain.scoring import number
from qotb_desktop.domain.text import LRM, isolate_path
from qotb_desktop.domain.year_summary import SummaryRow, YearSummary, no_centres
from qotb_desktop.gui import background, files, theme
from qotb_desktop.gui.evaluation_dialogs import EvaluationDialog, ReasonDialog, ReportDialog, final_year
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_evaluations_screen import Ui_EvaluationsScreen
from qotb_desktop.gui.preview import PreviewDialog, preview_document, report_failure
from qotb_desktop.gui.record_dialog import fill_combo
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import evaluation_summary, evaluations
from qotb_desktop.services.evaluations import Closing, EvaluationView

# The consequence filter: what each choice keeps.
SHOWN = {
    "all": ("همه", lambda r: True),
    "probation": ("مشروط (هشدار)", lambda r: r.level == "probation"),
    "dissolution": ("پیشنهاد انحلال", lambda r: r.level == "dissolution"),
    "not_evaluated": ("ارزیابی نشده", lambda r: not r.closed),
    "report_missing": ("گزارش نرسیده", lambda r: not r.report_received),
}
EXPORTS = {"pdf": "PDF", "xlsx": "Excel", "csv": "CSV"}
# Who each file is for, said on its button and in its save dialog (the caption and the
# filter, which the system's dialog shows too): LibreOffice opens a CSV without asking
# its encoding and shows the Persian as garbage; the workbook is the file to read.
FOR_WHOM = {
    "pdf": "برای چاپ و بایگانی",
    "xlsx": "کارپوشه برای خواندن، چاپ و کار با جدول‌ها",
    "csv": "برای برنامه‌های دیگر، نه برای خواندن: برای خواندن و چاپ، Excel (XLSX) را بگیرید",
}
BUSY_AFTER_MS = 300  # an export quicker than this shows no progress bar
# Which evaluation of the centre's year the actions work on: the annual one (art. 9), or
# the final five-year one (4-2-10), recorded in the year the centre's period ends.
ACTION_KINDS = (("annual", "سالانه"), ("final", "پایانی"))
DETAIL_HEIGHT = 230  # the detail pane's share at first: a centre advised for dissolution, unscrolled at 1280×800


def _score(value: Decimal | None) -> str:
    return "" if value is None else num(number(value))


def _money(value: int | None) -> str:
    return "" if value is None else money(value)


def _budgets(received: int | None, spent: int | None, reports: int) -> str:
    """The totals' budgets: «—» while no report is in (nothing known is not zero)."""
    if received is None and spent is None:
        return "اعتبار: — (گزارشی نرسیده است)"
    return (
        f"اعتبار دریافتی {_money(received) or '—'} و هزینه‌شده {_money(spent) or '—'} {BUDGET_UNIT} "
        f"(از {num(reports)} گزارش رسیده)"
    )


def _columns() -> list[Column]:
    """The year view; a row on probation or recommended for dissolution is coloured,
    its reasons in the tooltip. Headers of two lines keep the numbers' columns narrow."""

    def col(title, show, sort=None, centre=False, whole=False) -> Column:
        return Column(
            title, show, sort, align_center=centre, whole=whole,
            background=lambda r: theme.LEVEL_BACKGROUNDS.get(r.level), tooltip=lambda r: "\n".join(r.reasons),
        )  # fmt: skip

    # The evaluation first (what a narrow window shows without scrolling), the context after.
    return [
        col("قطب", lambda r: r.title),  # elided on a narrow window (whole in the detail below): the verdict stays in view
        col("نمره\nارزیابی", lambda r: _score(r.total), lambda r: -1 if r.total is None else r.total, True),
        col("نتیجه", lambda r: r.verdict_label, whole=True),  # of a closed evaluation only: a draft is no result
        col("سال\nپیش", lambda r: r.previous_label, whole=True),
        col("تأییدنشده\nپیاپی", lambda r: num(r.failures), lambda r: r.failures, True),
        col("وضعیت", lambda r: r.status_label, whole=True),
        col("ارزیابی\nپایانی", lambda r: r.final_label, centre=True, whole=True),
        Column(  # art. 8: do the period's first years carry the centre to its end? the sentence in the tooltip
            "ماده ۸\n(سال‌های نخست)",
            lambda r: r.continuation.short,
            whole=True,
            background=lambda r: theme.LEVEL_BACKGROUNDS.get(r.level),
            tooltip=lambda r: r.continuation.note,
        ),  # fmt: skip
        col("گزارش\nسالانه", lambda r: "رسیده" if r.report_received else "نرسیده", centre=True, whole=True),
        col("اعتبار\nدریافتی", lambda r: _money(r.budget_received), lambda r: r.budget_received or 0, True),
        col("اعتبار\nهزینه‌شده", lambda r: _money(r.budget_spent), lambda r: r.budget_spent or 0, True),
        col("اعضا", lambda r: num(r.member_count), lambda r: r.member_count, True),
        col("امتیاز\nاعضا", lambda r: _score(r.centre_total), lambda r: r.centre_total or 0, True),
        col("مدیر", lambda r: r.director),
        col("گروه", lambda r: r.group_title),
        col("مؤسسه\nمیزبان", lambda r: r.host),
    ]


def consequence_text(closing: Closing, kind: str = "annual") -> str:
    """What closing led to, for the clerk: the status, the reasons, the council's agenda.
    A final five-year evaluation changes nothing (4-2-10): the period ends anyway."""
    if kind == "final":
        return (
            f"ارزیابی پایانی پنج‌ساله بسته شد. این ارزیابی وضعیت قطب را تغییر نمی‌دهد (بند ۴-۲-۱۰)؛ "
            f"وضعیت قطب: {closing.status_label}."
        )
    c = closing.consequence
    warned = f" — {c.level_label}" if c.level == "probation" else ""  # «مشروط — هشدار (سال ۱۴۰۴ تأیید نشده)»
    lines = [f"ارزیابی بسته شد. وضعیت قطب: {closing.status_label}{warned}."]
    if c.level == "none":
        lines.append("پیامدی در پی ندارد (ماده ۱۰).")
    elif c.level == "probation":
        lines.append("هشدار: " + " ".join(c.reasons))
    else:
        lines.append("پیشنهاد انحلال قطب: " + " ".join(c.reasons))
        if closing.agenda_meeting:
            lines.append(f"بند «بررسی انحلال قطب» به دستور جلسه \u2066{num(closing.agenda_meeting)}\u2069 شورا افزوده شد.")
        else:
            lines.append(
                "بندی به دستور جلسه شورا افزوده نشد: جلسه پیش‌نویسی از شورا در پیش نیست، "
                "یا بند انحلال این قطب پیش‌تر افزوده شده است."
            )
    # Article 8 when a year of those that decide it was closed, and a continuation that does not shelter from art. 10.
    held = c.continuation
    relevant = closing.year in held.years or (c.level == "dissolution" and held.state == "continues")
    if relevant and held.note and held.note not in c.reasons:
        lines.insert(2, held.note)
    return "\n".join(lines)


class EvaluationsScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_EvaluationsScreen()
        self.ui.setupUi(self)
        self.summary: YearSummary | None = None
        self.evaluation: EvaluationView | None = None  # of the selected centre and year
        self.last_preview: PreviewDialog | None = None
        self.last_export: Path | None = None
        self._exporting = False
        self.list = RegistryPage(
            "ارزیابی سالانه قطب‌ها",
            _columns(),
            self._rows,
            search_extra=lambda r: f"{r.field_title} {' '.join(r.reasons)}",
            search_hint="قطب، مؤسسه، مدیر، وضعیت",
        )
        self.list.add_action("گزارش سالانه…", self.edit_report, needs_record=True, tip="گزارش سالانه قطب در این سال (ماده ۹)")
        self._views: dict[str, EvaluationView | None] = {}  # the selected centre's evaluations of the year, by kind
        self._final_year: int | None = None  # the Jalali year the selected centre's period ends
        self._kind_selector()
        self.list.add_action("ارزیابی…", self.evaluate, needs_record=True, tip="امتیاز معیارها (Enter)")
        self.close_button = self.list.add_action(
            "بستن ارزیابی", self.close_evaluation, tip="پس از بستن، پیامد ارزیابی (ماده ۱۰) بر وضعیت قطب اعمال می‌شود"
        )
        self.reopen_button = self.list.add_action("بازگشایی…", self.reopen, tip="بازگشایی ارزیابی بسته‌شده، با ذکر دلیل")
        self.ui.listLayout.addWidget(self.list)
        self.list.record_selected.connect(self._show)
        self.list.record_activated.connect(lambda _r: self.evaluate())
        fill_combo(self.ui.level, [(key, title) for key, (title, _keep) in SHOWN.items()])
        self.ui.year.activated.connect(lambda _i: self._load_year())
        self.ui.group.activated.connect(lambda _i: self._filter())
        self.ui.level.activated.connect(lambda _i: self._filter())
        self.ui.previewButton.clicked.connect(self.preview)
        for button, fmt in ((self.ui.pdfButton, "pdf"), (self.ui.xlsxButton, "xlsx"), (self.ui.csvButton, "csv")):
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            button.setToolTip(f"خلاصه ارزیابی سال در پرونده {EXPORTS[fmt]}: {FOR_WHOM[fmt]}")
        self.ui.evaluationsSplitter.setStretchFactor(0, 3)
        self.ui.evaluationsSplitter.setStretchFactor(1, 1)
        self.ui.detailArea.setMinimumHeight(110)
        self._sized = False  # the detail pane's first height is set when the screen is first shown
        self._show(None)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:
            QTimer.singleShot(0, self, self._size_detail)  # once the splitter has its height

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self._sized and self.isVisible():
            self._size_detail()

    def _size_detail(self) -> None:
        """Room for the detail of a centre advised for dissolution without scrolling; the
        table takes the rest. Left alone when the clerk's own split was restored."""
        splitter = self.ui.evaluationsSplitter
        sizes = splitter.sizes()
        if sum(sizes) < 2 * DETAIL_HEIGHT:  # not laid out yet (or a very small window)
            return
        self._sized = True
        if sizes[1] <= self.ui.detailArea.minimumHeight():  # Qt's own first split: the pane at its least
            splitter.setSizes([sum(sizes) - DETAIL_HEIGHT, DETAIL_HEIGHT])

    def _kind_selector(self) -> None:
        """«نوع: سالانه | پایانی» in the action row, before the actions it steers."""
        label = QLabel("نوع ارزیابی:", self.list)
        self.kind_choice = QComboBox(self.list)
        self.kind_choice.setObjectName("evaluationKind")
        fill_combo(self.kind_choice, list(ACTION_KINDS))
        label.setBuddy(self.kind_choice)
        layout = self.list.ui.actions
        for widget in (label, self.kind_choice):
            layout.insertWidget(layout.count() - 1, widget)
        self.kind_choice.activated.connect(lambda _i: self._kind_chosen())

    def kind(self) -> str:
        """The kind of evaluation «ارزیابی…», «بستن ارزیابی» and «بازگشایی…» act on."""
        return self.kind_choice.currentData() or "annual"

    def pages(self) -> list[RegistryPage]:
        return [self.list]

    def year(self) -> int | None:
        return self.ui.year.currentData()

    # -- the year view ------------------------------------------------------------------

    def reload(self) -> None:
        years = evaluation_summary.evaluation_years(uow=self.uow)
        chosen = self.year()
        if chosen is None:  # the year whose reports and evaluations are being done: the last one
            chosen = next((y for y in years if y < jalali_year(today())), years[0] if years else None)
        fill_combo(self.ui.year, [(y, num(y)) for y in years])
        self.ui.year.setCurrentIndex(max(self.ui.year.findData(chosen), 0))
        self._load_year()

    def _load_year(self) -> None:
        year = self.year()
        self.summary = evaluation_summary.year_summary(uow=self.uow, year=year) if year else None
        group = self.ui.group.currentData()
        groups = [(g.group_key, g.group_title) for g in self.summary.groups] if self.summary else []
        fill_combo(self.ui.group, groups, empty="همه")
        self.ui.group.setCurrentIndex(max(self.ui.group.findData(group), 0))
        self.list.ui.title.setText(f"ارزیابی سالانه قطب‌ها در سال {num(year)}" if year else "ارزیابی سالانه قطب‌ها")
        self._totals()
        self._filter()

    def _rows(self) -> list[SummaryRow]:
        if self.summary is None:
            return []
        group = self.ui.group.currentData()
        _title, keep = SHOWN[self.ui.level.currentData() or "all"]
        return [r for r in self.summary.rows if (group is None or r.group_key == group) and keep(r)]

    def _filter(self) -> None:
        """Read the rows again through the filters, keeping the selected centre selected."""
        current = self.list.current_record()
        self.list.reload()
        if current is None or not self.list.select_record(lambda r: r.centre_id == current.centre_id):
            self.list.select_first()
        self._show(self.list.current_record())

    def _totals(self) -> None:
        s = self.summary
        if s is None:
            self.ui.totals.setText("")
            return
        t = s.total
        self.ui.totals.setText(
            f"{num(t.centres)} قطب: {num(t.approved)} تأیید، {num(t.not_approved)} عدم تأیید، "
            f"{num(t.not_evaluated)} ارزیابی نشده؛ {num(t.dissolution)} پیشنهاد انحلال — حد قبولی {num(s.pass_mark)} "
            f"از {num(s.total_weight)} (طرح {LRM}{num(s.scheme)}{LRM}) — "
            + _budgets(t.budget_received, t.budget_spent, t.reports)
        )
        self.ui.totals.setToolTip("تنها ارزیابی‌های بسته‌شده در نمره، نتیجه و پیامد به حساب می‌آیند؛ پیش‌نویس نتیجه نیست.")

    def _show(self, record: SummaryRow | None) -> None:
        """The selected centre's year under the table, and which actions apply."""
        year = self.year()
        self._views, self._final_year = {}, None
        if record is not None and year:
            for kind in KINDS:
                self._views[kind] = evaluations.get_evaluation(uow=self.uow, centre_id=record.centre_id, year=year, kind=kind)
            self._final_year = final_year(self.uow, record.centre_id)
        final = self._final_possible()
        self.kind_choice.setEnabled(record is not None)
        if record is not None:  # (none while the rows are read again: the choice is kept for the same centre)
            self.kind_choice.model().item(self.kind_choice.findData("final")).setEnabled(final)
            if not final and self.kind() == "final":
                self.kind_choice.setCurrentIndex(self.kind_choice.findData("annual"))
        self.kind_choice.setToolTip(
            "ارزیابی سالانه (ماده ۹)، یا ارزیابی پایانی پنج‌ساله (بند ۴-۲-۱۰) که در سال پایان دوره قطب"
            + (f" ({num(self._final_year)})" if self._final_year else "")
            + " ثبت می‌شود"
        )
        self._kind_chosen()
        self.ui.detail.setText(self._detail(record) if record else "قطبی برگزیده نشده است.")

    def _final_possible(self) -> bool:
        """The final evaluation is recorded in the year the centre's period ends (or is there already)."""
        return self._views.get("final") is not None or (self._final_year is not None and self._final_year == self.year())

    def _kind_chosen(self) -> None:
        self.evaluation = ev = self._views.get(self.kind())
        self.close_button.setEnabled(ev is not None and ev.closed_at is None)
        self.reopen_button.setEnabled(ev is not None and ev.closed_at is not None)

    def _detail(self, r: SummaryRow) -> str:
        year = num(self.year())
        lines = [
            f"<b>{escape(r.title)}</b> — {escape(r.field_title)}، {escape(r.host)}"
            + (f"؛ مدیر: {escape(r.director)}" if r.director else "")
            + f"؛ {num(r.member_count)} عضو با مجموع امتیاز {_score(r.centre_total) or '—'}"
        ]
        for kind, label in KINDS.items():
            ev = self._views.get(kind)
            if ev is None:
                if kind == "annual":
                    lines.append(f"ارزیابی سالانه سال {year} هنوز ثبت نشده است.")
                elif self._final_possible():
                    lines.append(f"سال {year} پایان دوره قطب است؛ ارزیابی {label} (بند ۴-۲-۱۰) هنوز ثبت نشده است.")
                continue
            out_of = f"{_score(ev.total)} از {num(load_scheme(ev.scheme).total_weight)}"
            who = f"ارزیابان: {escape(ev.evaluators)}؛ تاریخ ارزیابی {jdate(ev.evaluated_on)}."
            if ev.closed_at:
                lines.append(
                    f"ارزیابی {ev.kind_label} سال {year}: نمره {out_of} — <b>{ev.verdict_label}</b>؛ "
                    f"بسته‌شده در {jdate(ev.closed_at.date())}. {who}"
                )
            else:
                lines.append(
                    f"پیش‌نویس ارزیابی {ev.kind_label} سال {year}: نمره {out_of} (اگر بسته شود: {ev.verdict_label})؛ "
                    f"تا بسته نشود نتیجه نیست و پیامدی ندارد. {who}"
                )
        lines.append(
            f"سال پیش: {r.previous_label}؛ سال‌های پیاپی تأییدنشده: {num(r.failures)}؛ وضعیت قطب: <b>{escape(r.status_label)}</b>"
            + (f" — {escape(r.level_label)}" if r.level == "probation" and r.level_label else "")
            + (f" (پیامد ارزیابی بسته‌شده سال {num(r.consequence_year)})" if r.carried else "")
        )
        colour = {"probation": "#6b4e00", "dissolution": "#a61b1b"}.get(r.level)
        for reason in r.reasons:
            lines.append(f'<span style="color:{colour}">• {escape(reason)}</span>' if colour else f"• {escape(reason)}")
        # What article 8 decided, in a sentence; while awaited, which year's closed evaluation.
        if r.continuation.state in ("continues", "not_met") and r.continuation.note not in r.reasons:
            lines.append(escape(r.continuation.note))
        elif r.continuation.state == "pending":
            lines.append(f"ادامه تا پایان دوره (ماده ۸): {escape(r.continuation.short)}.")
        if r.report_received:
            lines.append(
                f"گزارش سالانه رسیده است؛ اعتبار دریافتی {_money(r.budget_received)} و هزینه‌شده "
                f"{_money(r.budget_spent)} {BUDGET_UNIT}."
            )
        else:
            lines.append(f"گزارش سالانه {year} این قطب هنوز نرسیده است.")
        for ev in self._views.values():
            for when, why in ev.reopenings if ev else ():
                lines.append(f"بازگشایی ارزیابی {ev.kind_label} در {jdate(when.date())}: {escape(why)}")
        return "<br>".join(lines)

    def choose(self, centre_id: int, year: int) -> None:
        """The year view of ``year`` with the centre selected (the dashboard's lines open this)."""
        if self.ui.year.findData(year) < 0:
            self.reload()
        self.ui.year.setCurrentIndex(max(self.ui.year.findData(year), 0))
        self.ui.level.setCurrentIndex(0)
        self.ui.group.setCurrentIndex(0)
        self.list.ui.search.clear()
        self._load_year()
        if self.list.select_record(lambda r: r.centre_id == centre_id):
            self._show(self.list.current_record())

    # -- a centre's year -----------------------------------------------------------------

    def edit_current(self):
        return self.evaluate()

    def edit_report(self):
        record = self.list.current_record()
        if record is None or not self.year():
            return None
        dialog = ReportDialog(self.uow, record.centre_id, record.title, self.year(), parent=self)
        return self.open_dialog(dialog, f"گزارش سالانه {num(self.year())} «{record.title}» ذخیره شد.")

    def evaluate(self):
        record = self.list.current_record()
        if record is None or not self.year():
            return None
        kind = self.kind()
        dialog = EvaluationDialog(self.uow, record.centre_id, record.title, self.year(), kind, parent=self)
        return self.open_dialog(dialog, f"ارزیابی {KINDS[kind]} سال {num(self.year())} «{record.title}» ذخیره شد.")

    def close_evaluation(self) -> Closing | None:
        ev = self.evaluation
        if ev is None or ev.closed_at is not None:
            return None
        answer = QMessageBox.question(
            self,
            "بستن ارزیابی",
            f"ارزیابی {ev.kind_label} سال {num(ev.year)} «{ev.centre_title}» با نمره {_score(ev.total)} "
            f"({ev.verdict_label}) بسته شود؟\n"
            + (
                "پس از بستن، امتیازهای آن تغییر نمی‌کنند؛ ارزیابی پایانی وضعیت قطب را تغییر نمی‌دهد (بند ۴-۲-۱۰). "
                if ev.kind == "final"
                else "پس از بستن، گزارش و امتیازها تغییر نمی‌کنند و وضعیت قطب بر پایه آن تعیین می‌شود (ماده ۱۰)؛ "
            )
            + "اصلاح تنها با بازگشایی و ذکر دلیل است.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            closing = evaluations.close_evaluation(uow=self.uow, evaluation_id=ev.id)
        except DomainError as exc:
            QMessageBox.warning(self, "بستن ارزیابی", str(exc))
            return None
        self.reload()
        text = consequence_text(closing, ev.kind)
        if ev.kind == "final" or closing.consequence.level == "none":
            QMessageBox.information(self, "ارزیابی بسته شد", text)
        else:
            QMessageBox.warning(self, "ارزیابی بسته شد", text)
        self.message.emit(f"ارزیابی {ev.kind_label} «{ev.centre_title}» بسته شد؛ وضعیت قطب: {closing.status_label}.")
        return closing

    def reopen(self):
        ev = self.evaluation
        if ev is None or ev.closed_at is None:
            return None
        dialog = ReasonDialog(
            f"بازگشایی ارزیابی {ev.kind_label} {num(ev.year)} — {ev.centre_title}",
            "ارزیابی بسته‌شده با بازگشایی دوباره ویرایش‌پذیر می‌شود و تا دوباره بسته نشود در وضعیت قطب به حساب نمی‌آید. "
            "دلیل بازگشایی با تاریخ آن در پرونده می‌ماند.",
            lambda reason: evaluations.reopen_evaluation(uow=self.uow, evaluation_id=ev.id, reason=reason),
            parent=self,
        )
        return self.open_dialog(dialog, f"ارزیابی {ev.kind_label} «{ev.centre_title}» بازگشایی شد؛ دلیل آن در پرونده ماند.")

    # -- the year's summary: preview, print, export ----------------------------------------

    def document(self):
        """Ctrl+P: the year's evaluation summary."""
        year = self.year()
        return documents.evaluation_summary(uow=self.uow, year=year) if year else None

    def preview(self) -> None:
        try:
            doc = self.document()
        except DomainError as exc:
            report_failure(self, exc)
            return
        if doc is not None:
            preview_document(doc, self, on_open=lambda dialog: setattr(self, "last_preview", dialog))

    def export(self, fmt: str) -> None:
        """The year's summary as a file: where to save it, then made off the GUI thread.
        A year in which no centre ran is refused before a file is asked for."""
        year = self.year()
        if year is None or self._exporting:
            return
        if self.summary is not None and self.summary.year == year and not self.summary.rows:
            QMessageBox.warning(self, f"خروجی {EXPORTS[fmt]}", no_centres(year))
            return
        target = self.ask_target(fmt, year, files.last_folder())
        if target is None:
            return
        files.remember(target)
        self._busy(True)
        background.run(
            lambda: documents.export_evaluations(uow=self.uow, year=year, fmt=fmt, path=target),
            done=self._exported,
            failed=self._export_failed,
        )

    def save_dialog(self, fmt: str, year: int, start: Path) -> QFileDialog:
        """Where to save: the format's suffix is added to a name typed without one *by the
        dialog*, so the name it asks about overwriting is the name written."""
        name = EXPORTS[fmt]
        caption = f"خروجی {name} ارزیابی سال {num(year)} ({FOR_WHOM[fmt]})"
        dialog = QFileDialog(self, caption, str(start.parent), f"{name}، {FOR_WHOM[fmt]} (*.{fmt})")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(start.name)
        return files.prepare(dialog)

    def ask_target(self, fmt: str, year: int, folder: Path) -> Path | None:
        """The file the clerk confirms; a name with another format's suffix (x.pdf for Excel)
        is refused and asked again, never written with a second suffix after it."""
        start = folder / files.safe_filename(documents.evaluation_summary(uow=self.uow, year=year).title, f".{fmt}")
        while True:
            dialog = self.save_dialog(fmt, year, start)
            chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
            dialog.deleteLater()
            if not chosen:
                return None
            target = Path(chosen[0])
            if target.suffix.lower() == f".{fmt}":
                return target
            QMessageBox.warning(
                self,
                f"خروجی {EXPORTS[fmt]}",
                f"پرونده {EXPORTS[fmt]} باید پسوند «.{fmt}» داشته باشد؛ «\u2068{target.name}\u2069» پسوند دیگری دارد.\n"
                "نام را با این پسوند، یا بی‌پسوند، بنویسید.",
            )
            start = target.with_name(f"{target.stem}.{fmt}")

    def _busy(self, on: bool) -> None:
        """While an export runs its buttons wait; the bar shows only when it takes a while."""
        self._exporting = on
        for button in (self.ui.pdfButton, self.ui.xlsxButton, self.ui.csvButton):
            button.setEnabled(not on)
        if on:
            QTimer.singleShot(BUSY_AFTER_MS, self, self._still_busy)
        else:
            self.ui.busy.hide()

    def _still_busy(self) -> None:
        self.ui.busy.setVisible(self._exporting)

    def _exported(self, path) -> None:
        self._busy(False)
        self.last_export = Path(path)
        self.message.emit(f"خروجی ذخیره شد: {isolate_path(path)}")

    def _export_failed(self, exc: Exception) -> None:
        self._busy(False)
        report_failure(self, exc)
