"""The window on the screen it opens on (a 1366x768 laptop at 100 to 150% scaling as
well as a large monitor): where it opens and how large, pages that scroll rather than
push the window past the screen, rows of buttons that wrap, and a save confirmed
in a row of its own."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QLayoutItem, QMainWindow, QScrollArea, QSizePolicy, QStatusBar, QTableView, QWidget

from qotb_desktop.domain.rules import load_edition

FRAME = QSize(16, 40)  # a window manager's border and title bar, about, before a window's frame is known
SMALL_SCREEN = QSize(1400, 900)  # a screen smaller than this (in Qt's scaled pixels) opens the window maximised
CONFIRM_STYLE = (  # the status bar while it confirms a save; the account and database keep their look
    "QStatusBar { background: #e3f4ea; color: #0f5132; border-top: 1px solid #9fd5b5; font-weight: bold; }"
    " QStatusBar QLabel { font-weight: normal; }"
)
SAVED_STYLE = "QLabel { color: #0f5132; font-weight: bold; }"  # a dialog's own «saved in ...» line


def available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QMainWindow, geometry: QByteArray | None) -> None:
    """Before the first show: the remembered geometry (then clamped when shown), else
    maximised on a small screen, else the form's own size centred."""
    if isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry):
        return
    room = available(window)
    if room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    size = window.size().boundedTo(room.size())
    window.setGeometry(QRect(room.center() - QPoint(size.width() // 2, size.height() // 2), size))


def clamp(window: QWidget, *, maximise: bool = True) -> None:
    """Once shown (its frame known): a window larger than the screen, or partly off it
    (remembered on another monitor), brought inside the screen's available area (on a
    small screen maximised, unless ``maximise`` is false: a dialog is made smaller)."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    room = available(window)
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if frame.width() > room.width() or frame.height() > room.height():
        if maximise and (room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height()):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            return
        window.resize((room.size() - extra).boundedTo(inner.size()).expandedTo(window.minimumSize()))
        frame = window.frameGeometry()
    x = min(max(frame.x(), room.left()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.top()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def fit_dialog(dialog: QWidget) -> None:
    """Before the first show: a window sized for a large screen (a print preview of
    900x1000) made no larger than the screen's available area, less a window manager's
    title bar and border, and centred on it (``clamp`` corrects with the real frame)."""
    room = available(dialog)
    size = dialog.size().boundedTo(room.size() - FRAME).expandedTo(dialog.minimumSize())
    dialog.resize(size)
    top_left = room.center() - QPoint(size.width() // 2, (size.height() + FRAME.height()) // 2)
    dialog.move(max(top_left.x(), room.left()), max(top_left.y(), room.top()))


def rows_in_view(table: QTableView, rows: int) -> None:
    """A table at least as tall as ``rows`` rows and its header (the council's seats)."""
    height = rows * table.verticalHeader().defaultSectionSize() + table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(height + 2 * table.frameWidth())


def council_seats() -> int:
    """How many seats the council has (the rules data, art. 3-1)."""
    return len(load_edition().council.seats)


def scrolled(page: QWidget) -> QScrollArea:
    """A page in a frameless scroll area: a page that needs more room than the window
    has scrolls, instead of its minimum size pushing the window past the screen (or
    the navigation pane aside)."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


class Confirmation(QObject):
    """A save confirmed in a row of its own that covers nothing: the status bar, always
    on screen right under the page, turns green for a few seconds, its message bold. (A
    label floating at the foot of the page hid table cells and the «ثبت برگه امتیاز»
    button while it lasted.) The account and database stay beside it."""

    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self._bar = bar
        self._text = ""
        bar.messageChanged.connect(self._changed)

    def say(self, text: str, ms: int) -> None:
        self._text = text
        self._bar.setStyleSheet(CONFIRM_STYLE)
        self._bar.showMessage(text, ms)

    def _changed(self, message: str) -> None:
        if not message or message != self._text:  # gone, or another message in its place
            self._text = ""
            self._bar.setStyleSheet("")

    def isVisible(self) -> bool:  # noqa: N802 (as a widget's)
        return bool(self._text)

    def text(self) -> str:
        return self._text


class FlowLayout(QLayout):
    """Widgets in rows that wrap to the width there is (a row of buttons on a narrow
    window, or at 150% scaling), right to left in a right-to-left window."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        # Not Qt's height-for-width, which would size the whole page (in its scroll area)
        # for the narrowest wrap: the holder asks for the height its rows take at the
        # width it was given.
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        holder = self.parentWidget()
        if holder is not None and holder.minimumHeight() != height:
            holder.setMinimumHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        gap = self.spacing()
        x, y, row = 0, 0, 0
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x and x + hint.width() > rect.width():
                x, y, row = 0, y + row + gap, 0
            if move:
                left = rect.right() + 1 - x - hint.width() if rtl else rect.x() + x
                item.setGeometry(QRect(QPoint(left, rect.y() + y), hint))
            x += hint.width() + gap
            row = max(row, hint.height())
        return y + row


def flow(holder: QWidget) -> FlowLayout:
    """The buttons a form placed in ``holder`` (without a layout), in a FlowLayout, in
    the form's order."""
    layout = FlowLayout(holder)
    for child in holder.children():
        if isinstance(child, QWidget):
            layout.addWidget(child)
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return layout
