"""A wheel carries what the program loads at run time: fonts, stylesheet, rules data, migrations."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # the wheel, not a database

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_carries_the_runtime_files(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("qotb_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in [
        "qotb_desktop/resources/fonts/Vazirmatn-Regular.ttf",
        "qotb_desktop/resources/fonts/Vazirmatn-Bold.ttf",
        "qotb_desktop/resources/fonts/OFL.txt",
        "qotb_desktop/resources/style.qss",
        "qotb_desktop/domain/rules/editions/1397.toml",
        "qotb_desktop/store/migrations/env.py",
        "qotb_desktop/store/migrations/script.py.mako",
        "qotb_desktop/gui/forms/ui_main_window.py",
    ]:
        assert needed in names, needed
    assert any(n.startswith("qotb_desktop/store/migrations/versions/0001") for n in names)
