"""The one way the window asks for a file: a safe proposed name, the last folder used.

Every save and open dialog of the program (a paper saved as PDF, the yearly summary's
export, the change log's CSV, the import and its error report, a signed copy) goes
through here, so that

- the name proposed is a valid file name on every desk (``safe_filename``: no "/"
  from «۱۴۰۵/۰۵», nothing Windows refuses);
- the dialog opens in the folder the clerk last used (remembered in the settings),
  not in the home folder each time;
- on Windows it is the system's own dialog (its labels and dates are the system's);
  elsewhere Qt's dialog, which the Persian translations (gui/language.py) cover and
  whose date, size and kind columns are shown in Persian (``JalaliDates``);
- the file is written by ``save_bytes``: whole or not at all, never over the open
  database, its side files or its backups (qotb_desktop/output_files.py), an existing
  file only once the clerk said to replace it (the dialog asks; a name the program
  changed after the dialog, by adding a suffix, is asked about here).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QFileSystemModel, QMessageBox, QWidget

from qotb_desktop import output_files
from qotb_desktop.domain.filenames import safe_filename
from qotb_desktop.domain.text import isolate_path
from qotb_desktop.gui.fmt import jdate, num

LAST_FOLDER = "files/last_folder"

__all__ = [
    "LAST_FOLDER",
    "ask_open",
    "ask_save",
    "last_folder",
    "options",
    "prepare",
    "remember",
    "safe_filename",
    "save_bytes",
]


def settings() -> QSettings:
    """The application's settings (organisation and name set by gui/app.make_app)."""
    return QSettings()


def last_folder() -> Path:
    """The folder of the last file saved or opened, while it exists; else the home folder."""
    folder = Path(str(settings().value(LAST_FOLDER, "") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def remember(path: str | Path) -> None:
    """The folder of ``path`` (a file chosen) is where the next dialog opens."""
    settings().setValue(LAST_FOLDER, str(Path(path).parent))


def options() -> QFileDialog.Option:
    """The system's dialog on Windows; Qt's own (translated to Persian) elsewhere, where
    the system's may be a desktop's English dialog."""
    if sys.platform == "win32":
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


SIZE, KIND, MODIFIED = 1, 2, 3  # QFileSystemModel's columns: size, type, time last changed
UNITS = ((1024**3, "گیگابایت"), (1024**2, "مگابایت"), (1024, "کیلوبایت"))


def size_label(size: int) -> str:
    """A file's size in Persian («۱٫۱۷ مگابایت», «۸۲۰ بایت»); Qt writes «1.17 MiB»."""
    for unit, name in UNITS:
        if size >= unit:
            return f"{num(f'{size / unit:.2f}'.rstrip('0').rstrip('.'))} {name}"
    return f"{num(size)} بایت"


class JalaliDates(QIdentityProxyModel):
    """Qt's file dialog as it is, but in the clerk's words: the time a file was changed
    in Jalali and Persian digits (Qt writes it Gregorian, in the system's format), its
    size in Persian, its kind as «پرونده PDF» or «پوشه» (the system's file types are
    English descriptions: «PDF document»)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        source = self.sourceModel()
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(source, QFileSystemModel):
            return super().data(index, role)
        inner = self.mapToSource(index)
        if index.column() == MODIFIED:
            when = source.lastModified(inner)
            if when.isValid():
                return f"{jdate(when.date().toPython())}  {num(when.toString('HH:mm'))}"
        elif index.column() == SIZE:
            return "" if source.isDir(inner) else size_label(source.size(inner))
        elif index.column() == KIND:
            if source.isDir(inner):
                return "پوشه"
            suffix = source.fileInfo(inner).suffix()
            return f"پرونده {suffix.upper()}" if suffix else "پرونده"
        return super().data(index, role)


def _jalali(dialog: QFileDialog) -> None:
    if sys.platform != "win32" and dialog.proxyModel() is None:
        dialog.setProxyModel(JalaliDates(dialog))
        folder = dialog.findChild(QComboBox, "lookInCombo")
        if folder is not None:  # a path reads left to right, whatever the window's direction
            folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


class _DialogsOf(QObject):
    """Catches the dialog a static QFileDialog function makes under ``parent``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QFileDialog):  # type: ignore[attr-defined]
            _jalali(event.child())  # type: ignore[attr-defined]
        return False


@contextlib.contextmanager
def _dates_shown_jalali(parent: QWidget | None) -> Iterator[None]:
    if parent is None or sys.platform == "win32":
        yield
        return
    hook = _DialogsOf()
    parent.installEventFilter(hook)
    try:
        yield
    finally:
        parent.removeEventFilter(hook)


def prepare(dialog: QFileDialog) -> QFileDialog:
    """A QFileDialog made by hand (the yearly export's): the same choice of dialog."""
    dialog.setOptions(dialog.options() | options())
    _jalali(dialog)
    return dialog


def ask_save(parent: QWidget | None, caption: str, title: str, suffix: str, filters: str) -> tuple[Path | None, str]:
    """Where to save a file named after ``title`` (made safe, with ``suffix``): the path
    chosen and the filter the clerk picked; (None, "") when cancelled."""
    start = last_folder() / safe_filename(title, suffix)
    with _dates_shown_jalali(parent):
        path, chosen = QFileDialog.getSaveFileName(parent, caption, str(start), filters, "", options())
    if not path:
        return None, ""
    remember(path)
    return Path(path), chosen


def ask_open(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    """A file to read, starting in the last folder used."""
    with _dates_shown_jalali(parent):
        path, _ = QFileDialog.getOpenFileName(parent, caption, str(last_folder()), filters, "", options())
    if not path:
        return None
    remember(path)
    return Path(path)


def save_bytes(parent: QWidget | None, title: str, target: Path, data: bytes, *, confirmed: bool) -> Path | None:
    """Write ``data`` to ``target``, chosen in a save dialog, whole or not at all
    (output_files.write_bytes). ``confirmed``: the dialog asked about replacing this very
    name; when the program changed the name since (a suffix added) and that file exists,
    the clerk is asked here. A refusal (the database's own files, a full disk, no
    permission) is said in a message box titled ``title``; None then, and when the clerk
    keeps the existing file."""
    if not confirmed and target.exists() and not target.is_dir():
        answer = QMessageBox.question(
            parent,
            title,
            f"پرونده «{isolate_path(target.name)}» در این پوشه هست. جایگزین شود؟",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        output_files.write_bytes(target, data, overwrite=True)
    except output_files.OutputRefused as exc:
        QMessageBox.warning(parent, title, shown(exc))
        return None
    return target


def shown(exc: output_files.OutputRefused) -> str:
    """A refusal's message for a window: each path it names kept left to right, its
    Persian folder names in order (domain.text.isolate_path)."""
    text = str(exc)
    for path in sorted({str(p) for p in exc.paths}, key=len, reverse=True):
        text = text.replace(path, isolate_path(path))
    return text
