"""Qt's own words in Persian: the buttons of a question (بله/خیر, انصراف), the file
dialog, the print dialog.

The program's own text is Persian already; what Qt draws itself (a QMessageBox's
standard buttons, Qt's file and print dialogs) comes from Qt's translation catalogue
``qtbase_fa.qm``, shipped with PySide6 in its translations folder, and, for the few
strings that catalogue leaves in English, from ``resources/i18n/qt_extra_fa.qm``
(loaded after it, so it wins).

Where the catalogue is looked for: the folder Qt reports
(``QLibraryInfo.path(TranslationsPath)``), which is PySide6's own folder from source
and, in a PyInstaller build, the same relative place inside the build
(``PySide6/Qt/translations`` on Linux, ``PySide6/translations`` on Windows), Qt
finding its prefix from its own library; then those two places under
``sys._MEIPASS`` in case it does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from qotb_desktop.paths import resources_dir

PERSIAN = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
QT_CATALOGUE = "qtbase"  # qtbase_fa.qm: QtCore, QtGui, QtWidgets, QtPrintSupport
EXTRA = "qt_extra_fa.qm"
_installed: list[QTranslator] = []  # kept alive as long as the application uses them


def translation_folders() -> list[Path]:
    """Where qtbase_fa.qm may be, in the order looked at."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders += [Path(frozen) / "PySide6" / "Qt" / "translations", Path(frozen) / "PySide6" / "translations"]
    return folders


def install(app: QApplication) -> list[str]:
    """Persian as the default locale and Qt's Persian words installed on ``app`` (once);
    returns the files loaded (none found: Qt's dialogs stay English, the program runs)."""
    QLocale.setDefault(PERSIAN)
    if _installed:
        return [t.filePath() for t in _installed]
    translators = []
    for folder in translation_folders():
        qt = QTranslator(app)
        if qt.load(PERSIAN, QT_CATALOGUE, "_", str(folder)):
            translators.append(qt)
            break
    extra = QTranslator(app)
    if extra.load(str(resources_dir() / "i18n" / EXTRA)):
        translators.append(extra)
    for translator in translators:
        app.installTranslator(translator)
    _installed[:] = translators
    return [t.filePath() for t in translators]


def uninstall(app: QApplication) -> None:
    """Undo ``install`` (tests that share one application)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
