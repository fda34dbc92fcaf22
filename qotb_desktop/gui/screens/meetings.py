"""Council meetings: the list, and the meeting being recorded: attendance with a live
quorum banner, the agenda with decisions and votes, finalising, endorsement."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMessageBox

from qotb_desktop import documents
from qotb_desktop.domain import meetings as rules
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.vocab import MEMBER_ROLES
from qotb_desktop.gui import files
from qotb_desktop.gui.fitting import council_seats, flow, rows_in_view
from qotb_desktop.gui.fmt import jdate, num, tally
from qotb_desktop.gui.forms.ui_meetings_screen import Ui_MeetingsScreen
from qotb_desktop.gui.meeting_dialogs import (
    AgendaDialog,
    AmendmentDialog,
    CommunicateDialog,
    DecisionDialog,
    FollowUpDialog,
    MeetingDialog,
)
from qotb_desktop.gui.preview import preview_document
from qotb_desktop.gui.registry_page import FittedColumns, RegistryPage
from qotb_desktop.gui.screens.base import Screen
from qotb_desktop.gui.table_model import Column, RecordTableModel
from qotb_desktop.services import centres, meetings
from qotb_desktop.services.meetings import MeetingView

LIST_WIDTH = 330  # the meetings' list: number, date, state
ROW_PADDING = 8  # a table row: the text's height and this
CELL_PADDING = 16  # a cell: the text's width and this
LEAST_TEXT = 90  # running text is elided down to this before the agenda scrolls sideways
QUIET = '<span style="font-size: 9pt; font-weight: normal; color: #3d4852;">{}</span>'  # the banner's second line (the readings)


class MeetingsScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_MeetingsScreen()
        self.ui.setupUi(self)
        self.view: MeetingView | None = None
        self.list = RegistryPage(
            "جلسه‌های شورا",
            [
                Column("شماره", lambda m: num(m.number), lambda m: (m.held_on, m.number)),
                Column("تاریخ", lambda m: jdate(m.held_on), lambda m: m.held_on),
                Column("وضعیت", lambda m: rules.MINUTES_STATES.get(m.state, m.state)),
            ],
            lambda: meetings.list_meetings(uow=uow, centre_id=self.ui.body.currentData()),
            search_extra=lambda m: f"{m.number} {m.place} {jdate(m.held_on)} {m.held_on.isoformat()}",
            search_hint="شماره، تاریخ یا متن",
        )
        self.list.add_action("جلسه تازه…", self.new_record, tip="Ctrl+N")
        self.ui.listLayout.addWidget(self.list)
        self.list.record_selected.connect(lambda m: self.show_meeting(m.id if m else None))
        self.ui.heading.setObjectName("pageTitle")
        self.attendance = RecordTableModel(
            [
                Column("نام", lambda a: a.name),
                Column("حضور", lambda a: "مهمان" if a.guest else rules.ATTENDANCE.get(a.status, a.status)),
                Column("بندها", lambda a: _items_attended(a)),
                Column("ساعت رسیدن", lambda a: num(a.arrived_at), align_center=True),
            ]
        )
        self.items = RecordTableModel(
            [
                Column("بند", lambda i: num(i.position), lambda i: i.position, align_center=True),
                Column("عنوان", lambda i: i.title),
                Column("حاضران", lambda i: num(i.present), align_center=True),
                Column("مصوبه", lambda i: i.decision.text if i.decision else ("بی‌رسمیت" if not i.quorum else "")),
                Column("آرا", lambda i: _votes(i)),
                Column("وضعیت", lambda i: rules.DECISION_STATES.get(i.decision.state, "") if i.decision else ""),
            ]
        )
        for view, model in ((self.ui.attendance, self.attendance), (self.ui.items, self.items)):
            view.setModel(model)
            view.selectionModel().currentChanged.connect(lambda *_a: self._enable_for_selection())
            view.verticalHeader().setVisible(False)
        for button, status in (
            (self.ui.presentButton, "present"), (self.ui.excusedButton, "excused"), (self.ui.absentButton, "absent"),
        ):  # fmt: skip
            button.clicked.connect(lambda _c=False, s=status: self.mark(s))
        self.ui.lateButton.clicked.connect(self.mark_late)
        self.ui.leftButton.clicked.connect(self.mark_left)
        self.ui.body.activated.connect(lambda _i: self._body_chosen())
        self.ui.guestButton.clicked.connect(self.add_guest)
        self.ui.addItemButton.clicked.connect(self.add_item)
        self.ui.decideButton.clicked.connect(self.decide)
        self.ui.endorseButton.clicked.connect(self.endorse)
        self.ui.finaliseButton.clicked.connect(self.finalise)
        self.ui.communicateButton.clicked.connect(self.communicate)
        self.ui.followUpButton.clicked.connect(self.follow_up)
        self.ui.approvePreviousButton.clicked.connect(self.approve_previous)
        self.ui.carryButton.clicked.connect(self.carry_forward)
        self.ui.amendButton.clicked.connect(self.amend)
        self.ui.signedCopyButton.clicked.connect(self.attach_signed_copy)
        self.ui.exportCopyButton.clicked.connect(self.export_signed_copy)
        self._lay_out()

    def _lay_out(self) -> None:
        """At 1366x768 the nine seats and the agenda are in view at once: the list of
        meetings beside the meeting (not above it), the attendance buttons beside its
        table, the rows of agenda and minutes buttons wrapping on a narrow window."""
        self.ui.layout.setContentsMargins(6, 4, 6, 4)
        flow(self.ui.itemButtons)
        flow(self.ui.minutesButtons)
        self.list.ui.search.setMinimumWidth(150)
        self.ui.meetingsPanes.setStretchFactor(0, 0)
        self.ui.meetingsPanes.setStretchFactor(1, 1)
        self.ui.meetingsPanes.setSizes([LIST_WIDTH, 10 * LIST_WIDTH])
        self.ui.meetingDetail.setStretchFactor(0, 3)
        self.ui.meetingDetail.setStretchFactor(1, 2)
        for table in (self.ui.attendance, self.ui.items):
            rows = table.verticalHeader()
            rows.setMinimumSectionSize(table.fontMetrics().height() + ROW_PADDING)
            rows.setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
            table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # The rule of every table (registry_page.fit_columns): the running text (a name, a
        # title, a decision) takes the width left and is elided, whole in its tooltip; the
        # short columns stay whole, as wide as the widest they may hold from the start
        # («آرا» is not 30 px before the first vote, nor pushed out after it).
        fm = self.ui.items.fontMetrics()
        least = [fm.horizontalAdvance(t) + CELL_PADDING for t in (tally(88, 88, 88), *rules.DECISION_STATES.values())]
        marks = [fm.horizontalAdvance(t) + CELL_PADDING for t in (*rules.ATTENDANCE.values(), "مهمان")]
        self._columns = [
            FittedColumns(self.ui.attendance, (True, False, False, False), least=LEAST_TEXT,
                          floors=(0, max(marks), fm.horizontalAdvance("بند ۸۸ تا پایان"), 0)),
            FittedColumns(self.ui.items, (False, True, False, True, False, False), least=LEAST_TEXT,
                          floors=(0, 0, 0, 0, least[0], max(least[1:]))),
        ]  # fmt: skip
        for table in (self.ui.attendance, self.ui.items):
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows_in_view(self.ui.attendance, council_seats())  # the council's seats all in view

    def pages(self) -> list[RegistryPage]:
        return [self.list]

    def reload(self) -> None:
        body = self.ui.body.currentData()
        self.ui.body.clear()
        self.ui.body.addItem("شورای قطب‌های علمی", None)
        for c in centres.list_centres(uow=self.uow):  # art. 11-2: a centre's own meetings
            if c.status != "dissolved":
                self.ui.body.addItem(f"قطب: {c.title}", c.id)
        self.ui.body.setCurrentIndex(max(self.ui.body.findData(body), 0))
        self.list.reload()
        if self.list.current_record() is None:
            self.list.select_first()
        self.show_meeting(self.view.id if self.view else None)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.view = meetings.get_meeting(uow=self.uow, meeting_id=meeting_id) if meeting_id else None
        v = self.view
        rows = {t: t.currentIndex().row() for t in (self.ui.attendance, self.ui.items)}  # kept across the reload
        self.attendance.set_rows(list(v.attendees) if v else [])
        self.items.set_rows(list(v.items) if v else [])
        for columns in self._columns:
            columns.measure()
        for table, row in rows.items():
            if 0 <= row < table.model().rowCount():
                table.setCurrentIndex(table.model().index(row, 0))
        draft = bool(v and v.state == "draft")
        for button in (self.ui.addItemButton, self.ui.followUpButton, self.ui.approvePreviousButton, self.ui.carryButton):
            button.setEnabled(draft)
        final = bool(v and v.state != "draft")
        for button in (self.ui.amendButton, self.ui.signedCopyButton, self.ui.exportCopyButton):
            button.setEnabled(final)
        self._enable_for_selection()
        if v is None:
            self.ui.heading.setText("جلسه‌ای برگزیده نشده است.")
            self.ui.quorum.setText("")
            return
        state = rules.MINUTES_STATES.get(v.state, v.state)
        self.ui.heading.setText(f"جلسه {num(v.number)} — {jdate(v.held_on)} — صورت‌جلسه {state}")
        self._banner()

    def _enable_for_selection(self) -> None:
        """An action that cannot apply is disabled, and its tooltip says why: a finalised
        meeting's attendance, a meeting not yet held, a mark with no member chosen, a
        vote on an item decided."""
        v = self.view
        if v is None:
            for button in (
                self.ui.presentButton, self.ui.lateButton, self.ui.excusedButton, self.ui.absentButton,
                self.ui.leftButton, self.ui.guestButton, self.ui.decideButton, self.ui.finaliseButton,
                self.ui.endorseButton, self.ui.communicateButton,
            ):  # fmt: skip
                _why(button, "جلسه‌ای برگزیده نشده است.")
            return
        person = self._selected(self.ui.attendance, self.attendance)
        item = self._selected(self.ui.items, self.items)
        closed = "" if v.state == "draft" else "صورت‌جلسه نهایی شده است؛ تغییر تنها با اصلاحیه است."
        ahead = {act: rules.not_yet_held(v.held_on, today=today(), act=act) for act in rules.HELD_ACTS}
        attendance = closed or ahead["attendance"]
        marks = attendance or ("" if person and not person.guest else "نخست عضوی را در جدول حضور برگزینید.")
        for button in (
            self.ui.presentButton, self.ui.lateButton, self.ui.excusedButton, self.ui.absentButton, self.ui.leftButton,
        ):  # fmt: skip
            _why(button, marks)
        _why(self.ui.guestButton, attendance)
        decided = item is not None and item.decision is not None
        votes = closed or ahead["decision"]
        _why(self.ui.decideButton, votes or ("" if item and not decided else "بندی بی‌مصوبه را برگزینید."))
        _why(self.ui.finaliseButton, closed or ahead["finalise"])
        for button in (self.ui.endorseButton, self.ui.communicateButton):
            _why(button, "" if decided else "بندی را که مصوبه دارد برگزینید.")

    def _banner(self) -> None:
        """The quorum at the next item to decide, as the service decided it (under the
        readings it names), shown whenever attendance changes."""
        v = self.view
        q = v.quorum_now
        text = rules.verdict_sentence(q)
        if not q.ok:
            text += f" تا رسیدن به حد نصاب تصمیمی ثبت نمی‌شود (بند {num(v.next_item)})."
        line = rules.readings_line(v.readings, load_edition().reading_specs, council=v.council)
        # the sentence in the banner's own weight, the readings under it in a quieter line
        self.ui.quorum.setTextFormat(Qt.TextFormat.RichText)
        self.ui.quorum.setText(f"{escape(text)}<br>{QUIET.format(escape(line))}")
        self.ui.quorum.setToolTip(line)
        self.ui.quorum.setAccessibleDescription(line)
        self.ui.quorum.setObjectName("verdictGood" if q.ok else "verdictBad")
        self.ui.quorum.style().unpolish(self.ui.quorum)
        self.ui.quorum.style().polish(self.ui.quorum)

    # -- actions ------------------------------------------------------------------------

    def _selected(self, table, model):
        index = table.currentIndex()
        return model.record(index.row()) if index.isValid() else None

    def _run(self, action, done: str = "") -> bool:
        try:
            action()
        except DomainError as exc:
            QMessageBox.warning(self, "جلسه", str(exc))
            return False
        if self.view:
            self.show_meeting(self.view.id)
        if done:
            self.message.emit(done)
        return True

    def mark(self, status: str, arrived_at: str = "") -> None:
        person = self._selected(self.ui.attendance, self.attendance)
        if person is None or person.guest:
            return
        row = self.ui.attendance.currentIndex().row()
        self._run(lambda: meetings.set_attendance(uow=self.uow, attendance_id=person.id, status=status, arrived_at=arrived_at))
        next_row = min(row + 1, self.attendance.rowCount() - 1)  # on to the next name
        self.ui.attendance.setCurrentIndex(self.attendance.index(next_row, 0))

    def _body_chosen(self) -> None:
        self.view = None
        self.list.reload()
        self.list.select_first()
        if self.list.current_record() is None:
            self.show_meeting(None)

    def mark_left(self) -> None:
        """A member who leaves: counted up to the item they leave after, not from the next one."""
        person = self._selected(self.ui.attendance, self.attendance)
        if person is None or person.guest or self.view is None:
            return
        last, ok = QInputDialog.getInt(self, "ترک جلسه", f"{person.name} پس از کدام بند جلسه را ترک کرد؟", 1, 0, 99)
        if ok:
            self._run(
                lambda: meetings.set_attendance(
                    uow=self.uow,
                    attendance_id=person.id,
                    status=person.status if person.status in rules.PRESENT else "present",
                    arrived_at=person.arrived_at,
                    from_item=person.from_item,
                    until_item=last,
                ),  # fmt: skip
                f"{person.name} پس از بند {num(last)} رفت.",
            )

    def mark_late(self) -> None:
        time, ok = QInputDialog.getText(self, "با تأخیر", "ساعت رسیدن (مانند ۱۰:۳۰):")
        if ok:
            from qotb_desktop.domain.text import to_latin_digits

            self.mark("late", to_latin_digits(time.strip()))

    def add_guest(self) -> None:
        if self.view is None:
            return
        name, ok = QInputDialog.getText(self, "مهمان", "نام مهمان (رأی ندارد و شمرده نمی‌شود):")
        if ok and name.strip():
            self._run(lambda: meetings.add_guest(uow=self.uow, meeting_id=self.view.id, name=name))

    def new_record(self):
        return self.open_dialog(MeetingDialog(self.uow, centre_id=self.ui.body.currentData(), parent=self), "جلسه تازه ساخته شد.")

    def add_item(self):
        if self.view is None:
            return None
        return self.open_dialog(AgendaDialog(self.uow, self.view.id, parent=self), "بند به دستور جلسه افزوده شد.")

    def decide(self):
        item = self._selected(self.ui.items, self.items)
        if item is None or item.decision is not None:
            return None
        return self.open_dialog(DecisionDialog(self.uow, item, parent=self), "مصوبه ثبت شد.")

    def endorse(self):
        item = self._selected(self.ui.items, self.items)
        if item is None or item.decision is None:
            return None
        decision = item.decision
        approval = ""
        change = item.change
        if change and change.action == "join" and change.role in MEMBER_ROLES and not change.institution_approval:
            # a proposal recorded before 0.6.0 kept no approval: note 10 asks for it now
            approval, ok = QInputDialog.getText(
                self, "تأیید مؤسسه (تبصره ۱۰)", f"شماره و تاریخ نامه‌ای که مؤسسه با آن عضویت {change.name} را تأیید کرد:"
            )
            if not ok:
                return None
        return self.ask_date(
            "تنفیذ مصوبه (تبصره ۴)",
            "تاریخ تنفیذ رئیس شورا",
            lambda when: meetings.endorse_decision(uow=self.uow, decision_id=decision.id, on=when, institution_approval=approval),
            "مصوبه تنفیذ شد.",
        )

    def communicate(self):
        item = self._selected(self.ui.items, self.items)
        if item is None or item.decision is None:
            return None
        dialog = CommunicateDialog(self.uow, item.decision, parent=self)

        def sent() -> None:
            self.show_meeting(self.view.id)
            decision = next(i.decision for i in self.view.items if i.id == item.id)
            doc = documents.notification(
                uow=self.uow, meeting_id=self.view.id, decision_id=decision.id, recipient=dialog.saved, subject=item.title
            )
            preview_document(doc, self, on_open=lambda d: setattr(self, "last_preview", d))
            self.message.emit("مصوبه ابلاغ شد.")

        dialog.accepted.connect(sent)
        dialog.open()
        return dialog

    def follow_up(self):
        if self.view is None:
            return None
        item = self._selected(self.ui.items, self.items)
        decision_id = item.decision.id if item and item.decision else None
        return self.open_dialog(FollowUpDialog(self.uow, self.view.id, decision_id, parent=self), "اقدام پیگیری ثبت شد.")

    def amend(self):
        if self.view is None:
            return None
        return self.open_dialog(AmendmentDialog(self.uow, self.view.id, parent=self), "اصلاحیه ثبت شد.")

    def carry_forward(self) -> None:
        """The follow-up register: open actions and decisions awaiting endorsement or
        communication, offered as agenda items of this meeting."""
        if self.view is None:
            return
        added = []
        self._run(lambda: added.append(meetings.carry_forward(uow=self.uow, meeting_id=self.view.id)))
        if added:
            self.message.emit(f"{num(added[0])} بند از کارهای باز به دستور جلسه افزوده شد.")

    def approve_previous(self) -> None:
        if self.view is None:
            return
        earlier = [m for m in meetings.list_meetings(uow=self.uow) if m.state == "finalised" and m.held_on < self.view.held_on]
        if not earlier:
            QMessageBox.information(self, "تأیید صورت‌جلسه", "صورت‌جلسه نهایی‌شده‌ای پیش از این جلسه نیست.")
            return
        labels = [f"{num(m.number)} — {jdate(m.held_on)}" for m in earlier]
        chosen, ok = QInputDialog.getItem(self, "تأیید صورت‌جلسه پیشین", "صورت‌جلسه:", labels, 0, False)
        if ok:
            meeting = earlier[labels.index(chosen)]
            self._run(
                lambda: meetings.approve_minutes(uow=self.uow, meeting_id=meeting.id, at_meeting_id=self.view.id),
                f"صورت‌جلسه {num(meeting.number)} تأیید شد.",
            )

    def attach_signed_copy(self) -> None:
        if self.view is None:
            return
        path = files.ask_open(self, "نسخه امضاشده", "PDF یا تصویر (*.pdf *.png *.jpg *.jpeg)")
        if path:
            content = Path(path).read_bytes()
            self._run(
                lambda: meetings.attach_signed_copy(
                    uow=self.uow, meeting_id=self.view.id, filename=Path(path).name, content=content
                ),
                "نسخه امضاشده پیوست شد.",
            )

    def export_signed_copy(self) -> None:
        """A copy of the stored signed minutes, to read (the stored one never changes)."""
        if self.view is None:
            return
        copies = meetings.signed_copies(uow=self.uow, meeting_id=self.view.id)
        if not copies:
            QMessageBox.information(self, "نسخه امضاشده", "برای این جلسه نسخه امضاشده‌ای پیوست نشده است.")
            return
        copy = copies[-1]
        if not copy.intact:
            QMessageBox.warning(self, "نسخه امضاشده", "اثر SHA-256 نسخه ذخیره‌شده با آنچه ثبت شده بود یکی نیست.")
            return
        name = Path(copy.filename)
        kind = f"{name.suffix[1:].upper()} (*{name.suffix})" if name.suffix else ""
        path, _ = files.ask_save(self, "برداشتن نسخه امضاشده", name.stem, name.suffix, kind)
        if path and files.save_bytes(self, "نسخه امضاشده", Path(path), copy.content, confirmed=True) is not None:
            self.message.emit(f"نسخه امضاشده ذخیره شد (SHA-256: \u2068{copy.sha256[:12]}\u2069…).")

    def finalise(self) -> None:
        if self.view is None:
            return
        answer = QMessageBox.question(
            self, "نهایی کردن", "پس از نهایی شدن، هیچ چیز این جلسه تغییر نمی‌کند و اصلاح تنها با اصلاحیه است. نهایی شود؟"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: meetings.finalise_meeting(uow=self.uow, meeting_id=self.view.id), "صورت‌جلسه نهایی شد.")
            self.list.reload()

    def document(self):
        return documents.minutes(uow=self.uow, meeting_id=self.view.id) if self.view else None


def _why(button, reason: str) -> None:
    """Enabled when there is no reason against; else disabled, the reason in its tooltip."""
    button.setEnabled(not reason)
    button.setToolTip(reason)


def _votes(item) -> str:
    d = item.decision
    if d is None:
        return ""
    return tally(d.yes, d.no, d.abstain)


def _items_attended(a) -> str:
    if a.guest or a.status not in rules.PRESENT or (a.from_item == 1 and a.until_item is None):
        return ""
    until = num(a.until_item) if a.until_item is not None else "پایان"
    return f"بند {num(a.from_item)} تا {until}"
