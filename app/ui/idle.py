"""Watches for keyboard and mouse activity anywhere in the app: warns before the idle period runs out, then says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


WARN_BEFORE_MS = 30_000  # the warning comes this long before the lock (half the period when it is shorter)


class IdleWatcher(QObject):
    expired = Signal()
    warned = Signal(int)  # seconds left before the lock
    resumed = Signal()  # activity after a warning

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.warn_timer = QTimer(self, singleShot=True)
        self.warn_timer.timeout.connect(self.on_warn_timer_timeout)
        self.warning_shown = False
        self._set_warning(interval_ms)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def _set_warning(self, interval_ms: int) -> None:
        self.warn_timer.setInterval(max(interval_ms - WARN_BEFORE_MS, interval_ms // 2))

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        self._set_warning(interval_ms)
        if self.timer.isActive():
            self.start()

    def start(self) -> None:
        self.timer.start()
        self.warn_timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.warn_timer.stop()
        self.warning_shown = False

    def on_warn_timer_timeout(self) -> None:
        self.warning_shown = True
        self.warned.emit(max(1, round(self.timer.remainingTime() / 1000)))

    def on_timer_timeout(self) -> None:
        self.warning_shown = False
        self.expired.emit()

    def remaining_ms(self) -> int:
        return self.timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if self.timer.isActive() and event.type() in ACTIVITY:
            self.start()  # restart: activity resets the idle period
            if self.warning_shown:
                self.warning_shown = False
                self.resumed.emit()
        return False
