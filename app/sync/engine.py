"""One sync pass: probe, upload in sequence order, verify receipts, fetch and verify the feed, apply it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Protocol

from app.sync.backoff import Backoff
from app.sync.feedcheck import check_feed
from app.sync.port import Identity, OutboxItem, PassReport, SyncStore
from app.sync.transport import Answer, Unreachable
from protocol.canonical import sha256, utcnow
from protocol.errors import ProtocolError, ReceiptMismatch
from protocol.receipt import Receipt, verify_receipt

log = logging.getLogger(__name__)
PAGE = 100  # envelopes read from the store at a time
ACK_BATCH = 32  # verified receipts stored per transaction (one fsync for many bundles)
QUICK_RETRY_LIMIT = 5.0  # seconds: a longer Retry-After ends the pass and waits for the next one


class Transport(Protocol):
    """What the engine calls on the office (HttpTransport, or a test double)."""

    def probe(self) -> Answer: ...
    def upload(self, envelope: bytes) -> Answer: ...
    def feed(self) -> Answer: ...
    def feed_file(self, sha256: str) -> Answer: ...


class NotEnrolled(Exception):
    """The post has no device id and pinned root.json yet."""


class _StopPass(Exception):
    """Internal: a transient failure ends the pass early."""

    def __init__(self, code: str, retry_after: float | None = None) -> None:
        super().__init__(code)
        self.code, self.retry_after = code, retry_after


class SyncEngine:
    """Runs passes against one office for one post store; holds no state between passes but timing."""

    def __init__(self, store: SyncStore, transport: Transport, *, clock: Callable[[], datetime] = utcnow,
                 backoff: Backoff | None = None, sleep: Callable[[float], None] = time.sleep, tries: int = 3,
                 failures: Callable[[], int] | None = None) -> None:
        self.store, self.transport, self.clock, self.sleep, self.tries = store, transport, clock, sleep, tries
        self.backoff = backoff or Backoff()
        self._verified: list[tuple[OutboxItem, Receipt]] = []
        self.failures = failures or (lambda: 0)

    def run_pass(self) -> PassReport:
        """One pass; never raises for network trouble (the report says what happened)."""
        identity = self.store.identity()
        if identity is None:
            raise NotEnrolled("This post is not enrolled with the central office yet.")
        report = PassReport(revoked=identity.revoked)
        try:
            if not identity.revoked:
                self._run(identity, report)
        except Unreachable as exc:
            report.transient = exc.code
        except _StopPass as stop:
            report.transient, report.retry_after = stop.code, stop.retry_after
        report.pending = self.store.pending_count()
        self.store.pass_finished(report, delay=self._delay(report))
        return report

    def _run(self, identity: Identity, report: PassReport) -> None:
        probe = self._get(self.transport.probe)
        report.reachable = True
        if not probe.ok:
            raise _StopPass(probe.error or f"http_{probe.status}", probe.retry_after)
        self._upload_all(identity, report)
        if report.revoked:
            return
        resend = self._feed(identity, report)
        if resend and not report.revoked:
            self._upload_all(identity, report)  # the office asked for bundles it lacks: one more round

    def _delay(self, report: PassReport) -> float | None:
        """None after a good pass (backoff resets), else the jittered wait before the next one."""
        if report.reachable and not report.transient and not report.problems:
            return None
        return self.backoff.delay(self.failures() + 1, retry_after=report.retry_after)

    def _get(self, call: Callable[..., Answer], *args: str) -> Answer:
        """A read-only request, retried a few times within the pass on network trouble or 5xx/408/429."""
        for attempt in range(1, self.tries + 1):
            try:
                answer = call(*args)
            except Unreachable:
                if attempt == self.tries:
                    raise
                self.sleep(self.backoff.rand() * min(1.0, 0.1 * 2**attempt))
                continue
            wait = answer.retry_after
            if not answer.transient or attempt == self.tries or (wait is not None and wait > QUICK_RETRY_LIMIT):
                return answer
            self.sleep(wait if wait is not None else self.backoff.rand() * min(1.0, 0.1 * 2**attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    # ----- uploads -----
    def _upload_all(self, identity: Identity, report: PassReport) -> None:
        self._verified = []
        try:
            for item in self._each_pending():
                self._deliver(identity, item, report)
                if len(self._verified) >= ACK_BATCH:
                    self._flush(report)
                if report.revoked:
                    break
        except Exception:
            self._flush(report)  # keep what was verified; a crash (BaseException) loses only re-sendable work
            raise
        self._flush(report)

    def _each_pending(self) -> Iterator[OutboxItem]:
        """Pending items in sequence order, read a page at a time (a long offline spell stays in bounds)."""
        after = 0
        while page := self.store.pending(after=after, limit=PAGE):
            yield from page
            after = page[-1].seq

    def _flush(self, report: PassReport) -> None:
        """Store verified receipts in one transaction (a lost batch is harmless: resending gets the same receipt)."""
        if self._verified:
            self.store.acknowledged(self._verified, via="http")
            report.acknowledged += len(self._verified)
            self._verified = []

    def _deliver(self, identity: Identity, item: OutboxItem, report: PassReport) -> None:
        if sha256(item.envelope).hex() != item.blob_sha256:
            self.store.quarantined(item.seq, code="local_corruption", message="the stored envelope changed")
            report.quarantined += 1
            return
        for attempt in range(1, self.tries + 1):
            try:
                answer = self.transport.upload(item.envelope)
            except Unreachable as exc:
                self.store.attempted(item.seq, code=exc.code, message=exc.message)
                if attempt == self.tries:
                    raise
                self.sleep(self.backoff.rand() * min(1.0, 0.1 * 2**attempt))
                continue
            report.sent += 1
            if self._handle(identity, item, answer, report, last=attempt == self.tries):
                return

    def _handle(self, identity: Identity, item: OutboxItem, answer: Answer, report: PassReport, *,
                last: bool) -> bool:
        """Act on one upload answer; True when the item is settled for this pass."""
        code = answer.error or f"http_{answer.status}"
        if answer.ok:
            self._receipt(identity, item, answer.body, report)
            return True
        self.store.attempted(item.seq, code=code, message=answer.message or f"HTTP {answer.status}")
        if code == "revoked_device":
            report.revoked = True
            return True
        if answer.permanent:
            self.store.quarantined(item.seq, code=code, message=answer.message or f"HTTP {answer.status}")
            report.quarantined += 1
            return True
        wait = answer.retry_after
        if last or (wait is not None and wait > QUICK_RETRY_LIMIT):
            raise _StopPass(code, wait)
        self.sleep(wait if wait is not None else self.backoff.rand())
        return False

    def _receipt(self, identity: Identity, item: OutboxItem, body: bytes, report: PassReport) -> None:
        """Verify against the pinned receipt key and the stored bytes; only then acknowledge."""
        try:
            receipt = verify_receipt(body, receipt_public_key=identity.root.key_for("receipt").public,
                                     envelope=item.envelope)
            _check_addressed(receipt, identity, item)
        except ProtocolError as exc:
            self.store.attempted(item.seq, code=exc.code, message=exc.message)
            self.store.refused(kind="receipt", ref=item.bundle_id, code=exc.code, message=exc.message)
            report.problems.append(exc.code)
            return
        self._verified.append((item, receipt))

    # ----- feed -----
    def _feed(self, identity: Identity, report: PassReport) -> bool:
        """Fetch, verify and apply the feed; True when it asked for bundles to be sent again."""
        answer = self._get(self.transport.feed)
        if not answer.ok:
            raise _StopPass(answer.error or f"feed_http_{answer.status}", answer.retry_after)
        try:
            update = check_feed(answer.body, identity=identity, state=self.store.feed_state(), now=self.clock(),
                                fetch=self._file)
        except ProtocolError as exc:
            self.store.refused(kind="feed", ref="", code=exc.code, message=exc.message)
            report.problems.append(exc.code)
            return False
        report.feed_version = update.version
        report.statuses_applied = self.store.apply_feed(update)
        report.feed_applied = not update.unchanged
        if update.revokes(identity.device_id):
            report.revoked = True
        return bool(update.resend)

    def _file(self, digest: str) -> bytes:
        answer = self._get(self.transport.feed_file, digest)
        if not answer.ok:
            raise _StopPass(answer.error or f"file_http_{answer.status}", answer.retry_after)
        return answer.body


def _check_addressed(receipt: Receipt, identity: Identity, item: OutboxItem) -> None:
    """A valid receipt must also be about this device's item (same device id and sequence number)."""
    if receipt.device_id != identity.device_id or receipt.seq != item.seq:
        raise ReceiptMismatch("the receipt names another device or sequence number")
