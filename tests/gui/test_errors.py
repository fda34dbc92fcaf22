"""An unexpected error is logged with its traceback and told in Persian (issue 16, item 16)."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from qotb_desktop.domain.text import LRI, PDI
from qotb_desktop.gui import background, errors, language


@pytest.fixture
def handled(tmp_path, monkeypatch, qapp):
    """The handler installed with its log in a temporary folder; the dialogs captured."""
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_dialog", lambda _parent, log: shown.append(errors.message(log)))
    log = errors.install(tmp_path / "logs", crashes=False)
    yield log, shown
    errors.uninstall()


def test_an_error_in_a_slot_is_logged_and_shown(handled, qtbot):
    log, shown = handled
    button = QPushButton("آزمون")
    qtbot.addWidget(button)

    def broken():
        raise ZeroDivisionError("چیزی که نباید")

    button.clicked.connect(broken)
    button.click()  # Qt calls the slot; the error reaches sys.excepthook
    assert len(shown) == 1
    text = shown[0]
    assert "پیش‌بینی‌نشده" in text and "ذخیره شده است از دست نرفته" in text
    assert f"{LRI}{log}{PDI}" in text  # the log's path, isolated in the right-to-left text
    written = log.read_text("utf-8")
    assert "ZeroDivisionError: چیزی که نباید" in written and "in broken" in written  # the traceback


def test_an_error_in_a_thread_is_shown_on_the_gui_thread(handled, qtbot):
    log, shown = handled

    def work():
        raise RuntimeError("در رشته")

    thread = threading.Thread(target=work, name="qotb-test")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)  # through a queued signal
    written = log.read_text("utf-8")
    assert "qotb-test" in written and "RuntimeError: در رشته" in written


def test_a_failed_background_job_is_logged_and_handed_to_the_screen(handled, qtbot):
    log, shown = handled
    failed: list[Exception] = []

    def job():
        raise OSError("دیسک پر است")

    background.run(job, done=lambda _r: None, failed=failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert "OSError: دیسک پر است" in log.read_text("utf-8")
    assert not shown  # the screen's own message says it


def test_one_dialog_at_a_time(handled, qtbot, monkeypatch):
    log, _shown = handled
    opened: list[int] = []

    def dialog(_parent, _log):
        opened.append(1)
        errors.sys.excepthook(ValueError, ValueError("again"), None)  # an error while the dialog is open

    monkeypatch.setattr(errors, "show_dialog", dialog)
    QTimer.singleShot(0, lambda: (_ for _ in ()).throw(KeyError("first")))
    qtbot.waitUntil(lambda: bool(opened))
    qtbot.wait(50)
    assert opened == [1]
    assert log.read_text("utf-8").count("unexpected error") == 2


def test_start_and_stop_are_logged(tmp_path, qapp, qtbot, monkeypatch):
    from types import SimpleNamespace

    from qotb_desktop.gui import app as app_module
    from qotb_desktop.gui import login

    shown = QPushButton()  # the window, as far as this test goes
    qtbot.addWidget(shown)
    store = SimpleNamespace(location="/tmp/qotb.sqlite", uow=SimpleNamespace(actor=None))
    monkeypatch.setattr(app_module, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(login, "log_in", lambda _uow: "clerk")
    monkeypatch.setattr(app_module, "MainWindow", lambda *a, **k: shown)
    monkeypatch.setattr(app_module.recovery, "AutomaticBackups", lambda *a: None)
    monkeypatch.setattr(qapp, "exec", lambda: 0)  # the window closed at once (no event loop run in a test)
    try:
        assert app_module.run(store) == 0
    finally:
        errors.uninstall()
        language.uninstall(qapp)
    lines = (tmp_path / "logs" / "qotb.log").read_text("utf-8").splitlines()
    assert "start: version" in lines[0] and "/tmp/qotb.sqlite" in lines[0]
    assert "stop: exit code 0" in lines[-1]
