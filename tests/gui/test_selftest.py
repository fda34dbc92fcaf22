"""`qotb --self-test` from source: every step passes, and a broken step fails it."""

from __future__ import annotations

import io

from qotb_desktop import selftest


def test_the_self_test_passes_and_names_each_step(qapp):
    out = io.StringIO()
    assert selftest.run(out) == 0, out.getvalue()
    text = out.getvalue()
    for step in ("database", "demo", "score", "minutes PDF", "yearly summary", "fonts", "window"):
        assert f"ok   {step} (" in text
    assert "self-test passed" in text


def test_a_failing_step_fails_the_self_test_with_its_name(qapp, monkeypatch):
    from qotb_desktop.services import meetings

    monkeypatch.setattr(meetings, "list_meetings", lambda **_k: [])
    out = io.StringIO()
    assert selftest.run(out) == 1
    assert "FAIL minutes PDF" in out.getvalue() and "self-test passed" not in out.getvalue()


def test_the_command_line_runs_it(qapp, capsys):
    from qotb_desktop.cli import main

    assert main(["--self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out
