"""Background sync for the app: passes run on their own thread, one at a time, woken by timer, network and approvals.

Use (the main window owns one runner per unlocked session):

    runner = SyncRunner(ctx)          # ctx: app.ui.context.AppContext
    runner.start()                    # opens its own store connection via ctx.ops, then runs when due
    runner.sync_now()                 # skip the backoff wait (the "Sync now" action)
    runner.snapshot_changed.connect(...)   # dict: {"status": ..., "outbox": [...], "refusals": [...]}

It follows `ctx.signals.locked/unlocked` by itself (stops on lock, starts again on unlock).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from app.services.sync import BackgroundSync, TransportFactory

log = logging.getLogger(__name__)
TICK_MS = 5_000  # how often the runner asks whether a pass is due (the backoff decides)


class _Worker(QObject):
    """Lives on the sync thread; the only user of the BackgroundSync connection."""

    finished = Signal(object, dict)  # PassReport or None, snapshot
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.handle: BackgroundSync | None = None

    @Slot(object)
    def adopt(self, handle: BackgroundSync) -> None:
        self.close()
        self.handle = handle
        self.snapshot()

    @Slot(bool)
    def run_pass(self, force: bool) -> None:
        if self.handle is None:
            self.finished.emit(None, {})
            return
        try:
            report = self.handle.run(force=force)
            self.finished.emit(report, self.handle.snapshot())
        except Exception as exc:  # noqa: BLE001 — the GUI gets one sentence; the log gets the class only
            log.warning("sync pass failed: %s", type(exc).__name__)
            self.failed.emit(getattr(exc, "message", "") or type(exc).__name__)
            self.finished.emit(None, self._safe_snapshot())

    @Slot()
    def snapshot(self) -> None:
        self.finished.emit(False, self._safe_snapshot())

    def _safe_snapshot(self) -> dict[str, Any]:
        try:
            return self.handle.snapshot() if self.handle else {}
        except Exception:  # noqa: BLE001
            return {}

    @Slot()
    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class SyncRunner(QObject):
    """Runs sync passes off the GUI thread, never two at once; results arrive as signals on the GUI thread."""

    pass_started = Signal()
    pass_finished = Signal(object)  # PassReport, or None when no pass was due
    snapshot_changed = Signal(dict)
    failed = Signal(str)
    busy_changed = Signal(bool)

    _run_requested = Signal(bool)
    _snapshot_requested = Signal()
    _adopt_requested = Signal(object)
    _close_requested = Signal()

    def __init__(self, ctx: Any, *, interval_ms: int = TICK_MS, transport_factory: TransportFactory | None = None,
                 timeout: float = 30.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.factory, self.timeout = ctx, transport_factory, timeout
        self.busy, self.snapshot, self._again, self._active = False, {}, None, False
        self._thread = QThread(self)
        self._thread.setObjectName("nrm-sync")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._run_requested.connect(self._worker.run_pass)
        self._snapshot_requested.connect(self._worker.snapshot)
        self._adopt_requested.connect(self._worker.adopt)
        self._close_requested.connect(self._worker.close)
        self._worker.finished.connect(self.on_worker_finished)
        self._worker.failed.connect(self.failed)
        self._thread.start()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._connect_context()
        self._network = _watch_network(self)

    def _connect_context(self) -> None:
        signals = getattr(self.ctx, "signals", None)
        if signals is not None:
            signals.locked.connect(self.stop)
            signals.unlocked.connect(self.start)
        bridge = getattr(self.ctx, "bridge", None)
        if bridge is not None:  # published on the database worker: a slot of ours queues it to the GUI thread
            bridge.referral_approved.connect(self.on_referral_approved)

    @Slot(str)
    def on_referral_approved(self, _referral_id: str) -> None:
        self.request(force=False)

    @Slot()
    def start(self) -> None:
        """Open the worker's own connection (through ctx.ops, on the database worker), then run when due."""
        self._active = True
        factory, timeout = self.factory, self.timeout
        self.ctx.ops.run(lambda s: BackgroundSync.open(s, transport_factory=factory, timeout=timeout),
                         on_done=self._on_opened, on_failed=lambda exc: self.failed.emit(str(exc)),
                         label="sync")

    def _on_opened(self, handle: BackgroundSync) -> None:
        if not self._active:
            handle.close()
            return
        self._adopt_requested.emit(handle)
        self._timer.start()
        self.request(force=False)

    @Slot()
    def stop(self) -> None:
        """On lock: no more passes; the worker closes its connection (after a pass in flight ends)."""
        self._active = False
        self._timer.stop()
        self._again = None
        self._close_requested.emit()

    def sync_now(self) -> None:
        """The "Sync now" action: a pass at once, skipping the backoff wait."""
        self.request(force=True)

    def refresh(self) -> None:
        """Re-read status and outbox (after a USB import, say) without a pass."""
        if self._active:
            self._snapshot_requested.emit()

    def request(self, *, force: bool) -> None:
        """Ask for a pass; while one runs, remember to run another right after (never two at once)."""
        if not self._active:
            return
        if self.busy:
            self._again = bool(self._again) or force
            return
        self._set_busy(True)
        self.pass_started.emit()
        self._run_requested.emit(force)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    @Slot(object, dict)
    def on_worker_finished(self, report: object, snapshot: dict) -> None:
        if snapshot:
            self.snapshot = snapshot
            self.snapshot_changed.emit(snapshot)
        if report is False:  # a snapshot only
            return
        self._set_busy(False)
        self.pass_finished.emit(report)
        again, self._again = self._again, None
        if again is not None:
            self.request(force=again)

    @Slot()
    def on_timer_timeout(self) -> None:
        self.request(force=False)

    @Slot(object)
    def on_network_reachability_changed(self, reachability: Any) -> None:
        """The network came back: try at once instead of waiting out the backoff."""
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.request(force=True)

    def shutdown(self) -> None:
        """Application exit: stop, close the connection, end the thread."""
        self.stop()
        self._thread.quit()
        self._thread.wait(60_000)


def _watch_network(runner: SyncRunner) -> Any:
    """QNetworkInformation where a backend exists; else None (the periodic tick's probe covers it)."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return None
    try:
        if not QNetworkInformation.loadDefaultBackend():
            return None
        info = QNetworkInformation.instance()
    except (AttributeError, RuntimeError):
        return None
    if info is not None:
        info.reachabilityChanged.connect(runner.on_network_reachability_changed)
    return info
