"""Re-emits the plain-Python events of app.services.events as Qt signals, safe to publish from any thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services import events


class EventBridge(QObject):
    """Signals are emitted in the publishing thread (the database worker); Qt queues them to GUI receivers."""

    event_published = Signal(str, dict)  # every event, by name, with its payload (ids and counts only)
    session_opened = Signal(str)
    case_changed = Signal(str)
    cases_imported = Signal(int)
    referral_changed = Signal(str)
    referral_approved = Signal(str)
    user_changed = Signal(str)

    _SIMPLE = {
        "session_did_open": ("session_opened", "user_id"),
        "case_did_change": ("case_changed", "case_id"),
        "cases_did_import": ("cases_imported", "count"),
        "referral_did_change": ("referral_changed", "referral_id"),
        "referral_did_approve": ("referral_approved", "referral_id"),
        "user_did_change": ("user_changed", "user_id"),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: list[Callable[[], None]] = []
        for name in self._SIMPLE:
            self._unsubscribe.append(events.subscribe(name, self._listener(name)))

    def _listener(self, name: str) -> Callable[..., None]:
        signal_name, key = self._SIMPLE[name]

        def listener(**payload: Any) -> None:
            getattr(self, signal_name).emit(payload.get(key))
            self.event_published.emit(name, dict(payload))

        return listener

    def subscribe(self, name: str) -> None:
        """Also forward another event (e.g. sync_did_finish) through `event_published`."""
        self._unsubscribe.append(events.subscribe(name, lambda **p: self.event_published.emit(name, dict(p))))

    def close(self) -> None:
        while self._unsubscribe:
            self._unsubscribe.pop()()
