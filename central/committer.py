"""Group commit: whoever finds no writer at work becomes the writer and commits every queued bundle at once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from sqlalchemy import Connection

from central.errors import CentralError, StoreUnavailable
from central.store import Store
from protocol.errors import ProtocolError

log = logging.getLogger("central.committer")
MAX_BATCH = 128

Apply = Callable[[Connection, Any], Any]
Item = tuple[Any, "Future[Any]"]


class Committer:
    """Leader/follower group commit, without timers or a thread of its own.

    A lone request commits its own bundle at once. Under load, requests that arrive while a commit (and
    its fsync) is running queue up, and the next leader commits all of them in one transaction. Every
    request gets its answer only after the transaction holding its bundle committed.
    """

    def __init__(self, store: Store, apply: Apply, *, group: bool | None = None,
                 flush: Callable[[Connection], None] | None = None, order: Callable[[Any], Any] | None = None,
                 ) -> None:
        """`group` defaults to True on SQLite (one writer, fsync-bound) and False on PostgreSQL, where
        each request then commits its own transaction in parallel (rows locked per device). `flush` runs
        after a batch's jobs, inside their transaction, before the commit; `order` sorts a batch's jobs (by
        device: every process then locks device rows in the same order, so batches cannot deadlock)."""
        self.store, self.apply, self.flush, self.order = store, apply, flush, order
        self.group = store.is_sqlite if group is None else group
        self._mutex = threading.Lock()
        self._pending: list[Item] = []
        self._writing = False

    def submit(self, job: Any) -> Any:
        """Queue one job, lead the commits if nobody does, and return its result (or raise its error)."""
        future: Future[Any] = Future()
        if not self.group:
            self._commit([(job, future)])
            return future.result()
        with self._mutex:
            self._pending.append((job, future))
            lead = not self._writing
            self._writing = True
        if lead:
            self._lead()
        return future.result()

    def close(self) -> None:
        """Nothing to stop: every submit returns only after its commit."""

    def _lead(self) -> None:
        """Commit batches until the queue is empty, then hand leadership back."""
        while True:
            with self._mutex:
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                if not batch:
                    self._writing = False
                    return
            self._commit(batch)

    def _ordered(self, batch: list[Item]) -> list[Item]:
        """The batch in `order` (when given)."""
        order = self.order
        return batch if order is None else sorted(batch, key=lambda item: order(item[0]))

    def _commit(self, batch: list[Item]) -> None:
        """Apply each job; refused jobs fail alone, a failed commit fails every job of the batch (they retry).

        A transaction that lost its database connection before its commit (the server restarted) ran nothing
        that counts: it is run once more on a fresh connection. One that lost it during the commit is not (it
        may have committed); its requests get 503 and their retry finds the bundles stored."""
        for attempt in (1, 2):
            accepted: list[tuple[Future[Any], Any]] = []
            refused: list[tuple[Future[Any], Exception]] = []
            committing = False
            try:
                with self.store.write(retried=True) as conn:
                    for job, future in self._ordered(batch):
                        try:
                            accepted.append((future, self.apply(conn, job)))
                        except (ProtocolError, CentralError) as exc:
                            refused.append((future, exc))  # answered after the commit (which holds its flags)
                    if self.flush is not None:
                        self.flush(conn)
                    committing = True  # leaving the block commits
            except Exception as exc:  # noqa: BLE001 - every waiting request must get an answer, whatever failed
                if attempt == 1 and not committing and self.store.connection_lost(exc):
                    log.warning("connection lost, transaction retried", extra={"event": "store.retry"})
                    continue
                log.error("batch commit failed", extra={"event": "store.error", "code": exc.__class__.__name__})
                for _, future in batch:
                    future.set_exception(StoreUnavailable("the store could not commit; retry"))
                return
            break
        for future, error in refused:
            future.set_exception(error)
        for future, result in accepted:
            future.set_result(result)
