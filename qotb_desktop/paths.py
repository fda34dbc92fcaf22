"""Where the program's files are: bundled resources (fonts, stylesheet) and the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "qotb-desktop"
_HERE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The fonts, stylesheet and icons.

    In a wheel they are inside the package (``qotb_desktop/resources``); in a
    frozen build, under PyInstaller's folder; in a source checkout, the
    top-level ``resources/`` folder.
    """
    candidates = [_HERE / "resources", _HERE.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for folder in candidates:
        if (folder / "fonts").is_dir():
            return folder
    raise FileNotFoundError("resources/fonts not found beside the package")


def font_file(name: str) -> Path:
    return resources_dir() / "fonts" / name


FONT_REGULAR = "Vazirmatn-Regular.ttf"
FONT_BOLD = "Vazirmatn-Bold.ttf"
FONT_FAMILY = "Vazirmatn"


def data_dir() -> Path:
    """The user's data folder (the database by default, its backups, the log)."""
    import platformdirs  # imported when wanted: the window's start does not need it before

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """Where the program writes its log (logs/qotb.log, rotated): the only trace of an
    unexpected error in the Windows build, whose console is hidden."""
    return data_dir() / "logs"
