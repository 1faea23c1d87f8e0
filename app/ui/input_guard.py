"""One application-wide guard against input that changes a value the user did not mean to change.

- A drop-down, spin box or date field under the mouse pointer takes the wheel only when it has the keyboard
  focus; otherwise the wheel scrolls the page it sits on (a referral's organisation once changed silently
  while an officer scrolled a long page).
- Tab and Shift+Tab leave a date field instead of stepping between its year, month and day sections.
- Alt+Up and Alt+Down never step a date: Alt+Down opens the calendar when the field has one, else nothing.
- A dialog never opens larger than the screen's free area (1366×768 laptops): its buttons stay on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QWidget,
)

_GUARD_NAME = "nrm_input_guard"


class InputGuard(QObject):
    """The event filter; install it once with `install()`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
            return False
        if kind == QEvent.Type.Wheel and isinstance(watched, (QComboBox, QAbstractSpinBox)):
            return self._guard_wheel(watched, event)  # type: ignore[arg-type]
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(watched, QDateTimeEdit):
            return self._guard_date_key(watched, event)  # type: ignore[arg-type]
        return False

    @staticmethod
    def _guard_wheel(widget: QWidget, event: QWheelEvent) -> bool:
        if widget.hasFocus():
            return False
        area = _scroll_area_of(widget)
        if area is not None:  # the page under the control scrolls, as if the control were not there
            viewport = area.viewport()
            moved = QWheelEvent(viewport.mapFromGlobal(event.globalPosition()), event.globalPosition(),
                                event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
                                event.phase(), event.inverted(), event.source())
            QCoreApplication.sendEvent(viewport, moved)  # Qt does not pass a sent wheel event on to parents
        event.accept()
        return True

    @staticmethod
    def _guard_date_key(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if event.type() == QEvent.Type.KeyPress:
                forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                parent = edit.parentWidget()
                if parent is not None:
                    parent.focusNextPrevChild(forward)
            event.accept()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            if event.type() == QEvent.Type.KeyPress and key == Qt.Key.Key_Down and edit.calendarPopup():
                return False  # Qt opens the calendar; the date changes only when a day is picked
            event.accept()
            return True
        return False


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window that is larger than its screen's free area, and move it fully onto it."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.size()  # title bar and borders
    width = min(window.width(), area.width() - frame.width())
    height = min(window.height(), area.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    left = min(max(window.x(), area.left()), area.right() - window.frameGeometry().width() + 1)
    top = min(max(window.y(), area.top()), area.bottom() - window.frameGeometry().height() + 1)
    if (left, top) != (window.x(), window.y()):
        window.move(left, top)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scrolling ancestor (a page, a list), if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install(app: QCoreApplication | None = None) -> InputGuard:
    """Install the guard on the application once (later calls return the one already installed)."""
    app = app or QCoreApplication.instance()
    assert app is not None
    existing = app.findChild(InputGuard, _GUARD_NAME)
    if existing is not None:
        return existing
    guard = InputGuard(app)
    guard.setObjectName(_GUARD_NAME)
    app.installEventFilter(guard)
    return guard
