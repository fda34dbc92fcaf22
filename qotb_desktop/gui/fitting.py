"""The window on the screen it opens on (a 1366x768 laptop at 100 to 150% scaling as
well as a large monitor): where it opens and how large, pages that scroll rather than
push the window past the screen, rows of buttons that wrap, and a save confirmed
beside the work."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QLayoutItem, QMainWindow, QScrollArea, QSizePolicy, QWidget

SMALL_SCREEN = QSize(1400, 900)  # a screen smaller than this (in Qt's scaled pixels) opens the window maximised
TOAST_STYLE = (
    "QLabel { background: #e3f4ea; color: #0f5132; border: 1px solid #9fd5b5; border-radius: 6px;"
    " padding: 8px 16px; font-weight: bold; }"
)


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


def clamp(window: QWidget) -> None:
    """Once shown (its frame known): a window larger than the screen, or partly off it
    (remembered on another monitor), brought inside the screen's available area."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    room = available(window)
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if frame.width() > room.width() or frame.height() > room.height():
        if room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height():
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            return
        window.resize((room.size() - extra).boundedTo(inner.size()).expandedTo(window.minimumSize()))
        frame = window.frameGeometry()
    x = min(max(frame.x(), room.left()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.top()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


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


class Toast(QLabel):
    """A save confirmed where the clerk is looking: a brief label at the foot of the page
    in view (the status bar, at the window's edge, says it too)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("saveToast")
        self.setStyleSheet(TOAST_STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, ms: int) -> None:
        self.setText(text)
        self.setMaximumWidth(max(200, self.parentWidget().width() - 40))
        self.setWordWrap(False)
        self.adjustSize()
        if self.width() >= self.maximumWidth():
            self.setWordWrap(True)
            self.adjustSize()
        room = self.parentWidget().rect()
        self.move(room.center().x() - self.width() // 2, room.bottom() - self.height() - 24)
        self.raise_()
        self.show()
        self._timer.start(ms)


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
