"""The one way off the GUI thread: a database worker that owns the Session, and a small network pool."""

from __future__ import annotations

import itertools
import logging
import queue
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, QTimer, Signal, Slot

from app.domain.errors import NrmError

log = logging.getLogger(__name__)

PROGRESS_AFTER_MS = 500  # work shorter than this shows no progress indicator
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def message_of(exc: BaseException) -> str:
    """One clear sentence for the user; unexpected errors never show their (possibly personal) text."""
    if isinstance(exc, NrmError):
        from app.ui.labels import message

        return message(exc.message)
    return QCoreApplication.translate(
        "Ops", "Something went wrong and the action was not completed. The details are in the log.")


def log_failure(label: str, exc: BaseException) -> None:
    """Log without personal data: error class and code for expected failures, stack frames for others."""
    if isinstance(exc, NrmError):
        log.info("%s refused (%s)", label or "job", exc.code)
    else:
        # Where, not what: file, line and function only (source lines and messages may quote personal data).
        frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__))
        log.error("%s failed with %s\n%s", label or "job", type(exc).__name__, frames)


@dataclass
class _Job:
    id: int
    fn: Callable[[Any], Any]
    on_done: Done | None
    on_failed: Failed | None
    label: str
    generation: int
    kind: str = "run"  # run | open | close


class _DbWorker(QThread):
    """Runs jobs in order; the only thread that ever touches the Session and its SQLCipher connection."""

    job_finished = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nrm-db-worker")
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self._session: Any = None

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            try:
                result = self._execute(job)
            except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI thread
                self.job_finished.emit(job.id, False, exc)
            else:
                self.job_finished.emit(job.id, True, result)
        self._close()

    def _execute(self, job: _Job) -> Any:
        if job.kind == "open":
            self._close()
            self._session = job.fn(None)
            return self._session.user
        if job.kind == "close":
            self._close()
            return None
        return job.fn(self._session)

    def _close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close()

    def drain(self) -> int:
        dropped = 0
        while True:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                return dropped
            if job is None:
                self.jobs.put(None)
                return dropped
            dropped += 1


class _NetRelay(QObject):
    job_finished = Signal(int, bool, object)


class _NetJob(QRunnable):
    def __init__(self, job: _Job, relay: _NetRelay) -> None:
        super().__init__()
        self.job, self.relay = job, relay

    def run(self) -> None:
        try:
            result = self.job.fn(None)
        except BaseException as exc:  # noqa: BLE001
            self.relay.job_finished.emit(self.job.id, False, exc)
        else:
            self.relay.job_finished.emit(self.job.id, True, result)


class Ops(QObject):
    """Queue work with `run(fn)`; results and failures come back on the GUI thread, in order."""

    busy_started = Signal(str)  # a job has run longer than PROGRESS_AFTER_MS; the label says what it is
    busy_finished = Signal()
    error_shown = Signal(str)  # a failure nobody handled: one sentence for the window's message bar
    delay_started = Signal(float)  # the unlock throttle is making the worker wait this many seconds
    session_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._generation = 0
        self.session_open = False
        self._busy_shown = False
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_AFTER_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._worker = _DbWorker()
        self._worker.job_finished.connect(self.on_worker_job_finished)
        self._worker.start()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _NetRelay()
        self._relay.job_finished.connect(self.on_worker_job_finished)

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def run(self, fn: Callable[[Any], Any], *, on_done: Done | None = None, on_failed: Failed | None = None,
            label: str = "") -> int:
        """Queue `fn(session)` on the database worker."""
        return self._submit(_Job(next(self._ids), fn, on_done, on_failed, label, self._generation))

    def open_session(self, fn: Callable[[], Any], *, on_done: Done | None = None, on_failed: Failed | None = None,
                     label: str = "unlock") -> int:
        """Run `fn()` (which returns a Session, e.g. vault.unlock) on the worker; the worker keeps the Session
        and `on_done` receives only its user."""
        self._generation += 1
        job = _Job(next(self._ids), lambda _none: fn(), on_done, on_failed, label, self._generation, kind="open")
        return self._submit(job)

    def close_session(self, *, on_done: Done | None = None) -> None:
        """Drop queued work, forget results still in flight, then close the store on the worker."""
        self._worker.drain()
        self._generation += 1
        self._jobs.clear()
        self.session_open = False
        self.session_changed.emit(False)
        self._submit(_Job(next(self._ids), lambda _s: None, on_done, None, "lock", self._generation, kind="close"))

    def run_network(self, fn: Callable[[], Any], *, on_done: Done | None = None, on_failed: Failed | None = None,
                    label: str = "") -> int:
        """Queue `fn()` on the network pool (never the database worker: a slow office must not block the UI)."""
        job = _Job(next(self._ids), lambda _none: fn(), on_done, on_failed, label, self._generation)
        self._jobs[job.id] = job
        self._pool.start(_NetJob(job, self._relay))
        self._timer.start()
        return job.id

    def shutdown(self) -> None:
        """Close the session and stop the workers (application exit)."""
        self.close_session()
        self._worker.jobs.put(None)
        self._worker.wait(10_000)
        self._pool.waitForDone(5_000)

    def _submit(self, job: _Job) -> int:
        self._jobs[job.id] = job
        self._worker.jobs.put(job)
        if not self._timer.isActive() and not self._busy_shown:
            self._timer.start()
        return job.id

    @Slot()
    def on_timer_timeout(self) -> None:
        if self._jobs:
            self._busy_shown = True
            labels = [j.label for j in self._jobs.values() if j.label]
            self.busy_started.emit(labels[0] if labels else "")

    @Slot(int, bool, object)
    def on_worker_job_finished(self, job_id: int, ok: bool, result: object) -> None:
        job = self._jobs.pop(job_id, None)
        if not self._jobs:
            self._timer.stop()
            if self._busy_shown:
                self._busy_shown = False
                self.busy_finished.emit()
        if job is None or job.generation != self._generation:
            return  # dropped by a lock: its result must not reach any view
        if ok:
            if job.kind == "open":
                self.session_open = True
                self.session_changed.emit(True)
            if job.on_done is not None:
                job.on_done(result)
            return
        assert isinstance(result, BaseException)
        log_failure(job.label, result)
        if job.on_failed is not None:
            job.on_failed(result)
        else:
            self.error_shown.emit(message_of(result))
