"""Application-wide look, set once: right to left, Persian locale, Vazirmatn, the stylesheet."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from qotb_desktop.paths import FONT_BOLD, FONT_FAMILY, FONT_REGULAR, font_file, resources_dir

BASE_POINT_SIZE = 10

# Rows that need attention, in the stylesheet's colours (resources/style.qss): the
# notice banner's yellow for a warning, the error box's pink for what is serious.
WARNING_BACKGROUND = "#fff4d6"
DANGER_BACKGROUND = "#fdecea"
# ... by the consequence of a centre's annual evaluation (domain.evaluation.LEVELS).
LEVEL_BACKGROUNDS = {"probation": WARNING_BACKGROUND, "dissolution": DANGER_BACKGROUND}


def load_fonts() -> str:
    """Register the bundled Vazirmatn with Qt; returns the family name.

    The files are read by Python and handed to Qt as bytes: Qt's Windows font
    database refuses a file whose path has letters outside the ANSI code page (tried
    under Wine: a program installed under «C:\\users\\علی رضایی\\...» found no font).
    """
    for name in (FONT_REGULAR, FONT_BOLD):
        if QFontDatabase.addApplicationFontFromData(font_file(name).read_bytes()) < 0:
            raise RuntimeError(f"could not load font {name}")
    return FONT_FAMILY


def apply(app: QApplication) -> None:
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    family = load_fonts()
    app.setFont(QFont(family, BASE_POINT_SIZE))
    icon = resources_dir() / "icons" / "qotb.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text("utf-8"))
