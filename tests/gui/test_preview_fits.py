"""The print preview fits the screen it opens on (it opened 900x1000 on a 768-pixel
laptop, 270 px below the screen's edge), and after «ذخیره PDF…» it says where the file went."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from qotb_desktop.domain.text import isolate_path


def _preview(window, qtbot):
    window.show_screen("reports")
    screen = window.screens["reports"]
    screen.preview()  # rendered off the GUI thread
    qtbot.waitUntil(lambda: screen.last_preview is not None, timeout=30_000)
    dialog = screen.last_preview
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_preview_opens_inside_the_screens_available_area(window, qtbot):
    dialog = _preview(window, qtbot)
    room = dialog.screen().availableGeometry()
    assert room.height() < 1000  # the test screen is 800x800: the form's 900x1000 would not fit
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())
    assert dialog.height() >= room.height() - 60  # as tall as the screen allows: the page is read
    assert dialog.ui.closeButton.isVisible()


def test_saving_a_pdf_says_where_in_the_preview(window, qtbot, tmp_path, monkeypatch):
    dialog = _preview(window, qtbot)
    assert not dialog.ui.saved.isVisible()
    folder = tmp_path / "پرونده‌ها"
    folder.mkdir()
    chosen = folder / "فهرست"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "PDF (*.pdf)"))
    dialog.save()
    written = chosen.with_suffix(".pdf")
    assert written.exists()
    assert dialog.ui.saved.isVisible()
    assert dialog.ui.saved.text() == f"ذخیره شد در: {isolate_path(written)}"
    assert dialog.ui.saved.geometry().bottom() < dialog.ui.view.geometry().top()  # above the page, not over it
