"""A whole council meeting at the desk: attendance, the live quorum banner, agenda,
votes, finalising, and the printed minutes."""

from PySide6.QtWidgets import QDialog, QMessageBox

from qotb_desktop.services import meetings
from tests.pdf_text import find, pages


def test_recording_a_meeting_from_attendance_to_printed_minutes(window, qtbot, monkeypatch):
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    dialog = screen.new_record()
    dialog.ui.held_on.setText("1405/09/04")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    screen.list.select_record(lambda m: m.state == "draft" and m.number == "1405/05")
    assert screen.view.number == "1405/05" and len(screen.view.attendees) == 9
    assert "رسمیت نیافت" in screen.ui.quorum.text()  # nobody marked present yet
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(0, 0))
    for _ in range(5):
        screen.mark("present")  # moves on to the next name
    assert "رسمیت نیافت" in screen.ui.quorum.text()
    screen.mark("present")
    assert screen.ui.quorum.text().startswith("با حضور ۶ نفر از ۹ عضو، جلسه رسمیت یافت")
    item_dialog = screen.add_item()
    item_dialog.ui.title.setText("درخواست تشکیل قطب شیمی سبز")
    item_dialog.accept()
    screen.ui.items.setCurrentIndex(screen.items.index(0, 0))
    decision = screen.decide()
    decision.ui.text.setText("با درخواست موافقت شد.")
    decision.ui.yes.setText("۷")  # more votes than members present
    decision.ui.no.setText("0")
    decision.accept()
    assert decision.isVisible() and "تنها ۶ عضو حاضرند" in decision.ui.errors.text()
    decision.ui.yes.setText("۵")
    decision.ui.no.setText("۱")
    decision.accept()
    assert decision.result() == QDialog.DialogCode.Accepted
    assert screen.view.items[0].decision.outcome == "approved"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.finalise()
    assert screen.view.state == "finalised" and not screen.ui.addItemButton.isEnabled()
    window.print_current()
    qtbot.waitUntil(lambda: window.last_preview is not None)
    qtbot.addWidget(window.last_preview)
    lines = [line for page in pages(window.last_preview._pdf) for line in page]
    assert find(lines, "با حضور ۶ نفر از ۹ عضو، جلسه رسمیت یافت.") >= 0
    assert find(lines, "مصوبه: با درخواست موافقت شد.") >= 0
    assert any(screen.view.fingerprint in line for line in lines), (screen.view.fingerprint, lines[-6:])
    assert meetings.get_meeting(uow=screen.uow, meeting_id=screen.view.id).state == "finalised"


def test_after_the_meeting_endorse_communicate_amend_attach_and_approve(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    window.show_screen("meetings")
    screen = window.screens["meetings"]
    awaiting = next(m for m in meetings.list_meetings(uow=screen.uow) if m.number == "1405/03")  # the demo's
    screen.list.select_record(lambda m: m.id == awaiting.id)
    assert screen.view.state == "finalised" and not screen.ui.followUpButton.isEnabled()
    screen.ui.items.setCurrentIndex(screen.items.index(1, 0))
    item = screen.items.record(1)
    endorse = screen.endorse()
    endorse.ui.when.setText("1405/09/04")
    endorse.accept()
    assert screen.items.record(1).decision.state == "endorsed"
    communicate = screen.communicate()
    communicate.ui.letter_number.setText("۱۴۰۵/ق/۸۰۱")
    communicate.ui.on.setText("1405/09/04")
    communicate.accept()
    qtbot.waitUntil(lambda: getattr(screen, "last_preview", None) is not None)
    qtbot.addWidget(screen.last_preview)
    letter = [line for page in pages(screen.last_preview._pdf) for line in page]
    assert find(letter, item.decision.text) >= 0 and find(letter, "با سلام و احترام،") >= 0
    amend = screen.amend()
    amend.ui.corrects.setText("عنوان بند ۲")
    amend.ui.correction.setText("تمدید دوره قطب")
    amend.ui.reason.setText("خطای نگارشی")
    amend.accept()
    assert screen.view.amendments[0].reason == "خطای نگارشی"
    scan = tmp_path / "امضا.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    screen.attach_signed_copy()
    assert "پیوست شد" in window.ui.statusbar.currentMessage()
    out = tmp_path / "برداشته.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    screen.export_signed_copy()
    assert out.read_bytes() == scan.read_bytes()
    # the draft of today approves it
    draft = next(m for m in meetings.list_meetings(uow=screen.uow) if m.state == "draft")
    screen.list.select_record(lambda m: m.id == draft.id)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (next(i for i in items if "۱۴۰۵/۰۳" in i), True))
    screen.approve_previous()
    assert meetings.get_meeting(uow=screen.uow, meeting_id=awaiting.id).state == "approved"
    assert screen.view.items[-1].kind == "minutes_approval"


def test_a_centres_own_meeting_and_a_member_leaving_part_way(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.show_screen("meetings")
    screen = window.screens["meetings"]
    screen.ui.body.setCurrentIndex(1)  # the first centre's own meetings
    screen._body_chosen()
    assert screen.list.model.rowCount() == 0
    dialog = screen.new_record()
    assert not dialog.ui.chaired_by.isEnabled()  # held by the centre's director
    dialog.ui.held_on.setText("1405/09/04")
    dialog.accept()
    screen.list.select_first()
    members = len(screen.view.attendees)
    assert screen.view.number == "1405/01" and members >= 7
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(0, 0))
    for _ in range(members // 2 + 1):
        screen.mark("present")
    assert "رسمیت یافت" in screen.ui.quorum.text()
    for title in ("برنامه سال", "بودجه"):
        item = screen.add_item()
        item.ui.title.setText(title)
        item.accept()
    screen.ui.attendance.setCurrentIndex(screen.attendance.index(0, 0))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (1, True))  # left after item 1
    screen.mark_left()
    assert "رسمیت یافت" in screen.ui.quorum.text()  # still there for item 1
    screen.ui.items.setCurrentIndex(screen.items.index(0, 0))
    decision = screen.decide()
    decision.ui.text.setText("تصویب شد")
    decision.ui.yes.setText(str(members // 2 + 1))
    decision.accept()
    assert "رسمیت نیافت" in screen.ui.quorum.text()  # from item 2 one fewer: no longer more than half


def test_a_member_change_item_names_who_joins_and_from_when(window):
    from qotb_desktop.services import centres, faculty

    window.show_screen("meetings")
    screen = window.screens["meetings"]
    screen.list.select_record(lambda m: m.state == "draft")
    dialog = screen.add_item()
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("member_change"))
    assert dialog.ui.faculty_id.isVisibleTo(dialog) and dialog.ui.titleLabel.text() == "توضیح"
    dialog.accept()  # nothing chosen yet
    assert dialog.isVisible() and "عضو هیأت علمی" in dialog.ui.errors.text()
    centre = next(c for c in centres.list_centres(uow=screen.uow) if c.status == "approved")
    free = next(f for f in faculty.list_faculty(uow=screen.uow) if not f.centre_title)
    dialog.ui.centre_id.setCurrentIndex(dialog.ui.centre_id.findData(centre.id))
    dialog.ui.faculty_id.setCurrentIndex(dialog.ui.faculty_id.findData(free.id))
    dialog.ui.effective_on.setText("1405/10/01")
    dialog.accept()  # note 10: the institution's approval
    assert dialog.isVisible() and "تأیید مؤسسه (تبصره ۱۰)" in dialog.ui.errors.text()
    dialog.ui.institution_approval.setText("نامه ۱۲۳۴ دانشگاه")
    dialog.accept()
    assert not dialog.isVisible()
    assert screen.view.items[-1].kind == "member_change" and free.last_name in screen.view.items[-1].title
    assert screen.view.items[-1].change.institution_approval == "نامه 1234 دانشگاه"
