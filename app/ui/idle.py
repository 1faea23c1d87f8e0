"""Watches for keyboard and mouse activity anywhere in the app and says when the idle period has run out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    expired = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self.expired)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def remaining_ms(self) -> int:
        return self.timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if self.timer.isActive() and event.type() in ACTIVITY:
            self.timer.start()  # restart: activity resets the idle period
        return False
