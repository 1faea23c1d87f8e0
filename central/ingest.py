"""Bundle ingest: every check of DESIGN.md §5 in order; accepted bundles are stored through group commit."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from central import accept, hubstore, matchindex, statstore, transfers, withdrawals
from central.committer import Committer
from central.errors import BundleConflict
from central.officekeys import OfficeKeys
from central.store import Store
from protocol.audit import verify_segment
from protocol.canonical import format_time, sha256, utcnow
from protocol.envelope import DeviceKey, OpenedEnvelope, open_envelope, parse_header
from protocol.errors import AuditChainBroken, ProtocolError
from protocol.keys import key_id, key_id_bytes
from protocol.receipt import sign_receipt

log = logging.getLogger("central.ingest")


@dataclass(frozen=True)
class IngestResult:
    """The receipt bytes, and whether the bundle is new (201) or a repeat of stored bytes (200)."""

    receipt: bytes
    created: bool
    bundle_id: str


@dataclass(frozen=True)
class _Job:
    """A verified envelope waiting for the writer."""

    opened: OpenedEnvelope
    data: bytes


class Ingestor:
    """Verifies envelopes (in the caller's thread) and stores them (group commit, in the leader's thread).

    Device signing keys are cached in memory once seen unrevoked (a device's key never changes); revocation
    is checked again under the device's row lock inside the transaction, so a cached key cannot let a
    revoked device in. A bundle whose verification fails is checked against stored bytes first, so a repeat
    or a conflicting upload gets the same answer it always did.
    """

    def __init__(self, store: Store, keys: OfficeKeys, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.store, self.keys, self.clock = store, keys, clock
        self._keys: dict[str, bytes] = {}
        self._name_key = matchindex.name_index_key(keys)  # derived once, not per bundle
        self._bundle_key_id, self._receipt_key_id = key_id_bytes(keys.bundle), key_id(keys.receipt)
        self._open = threading.local()  # the batch of the transaction this thread is writing
        self._committer = Committer(store, self._apply, flush=self._flush,
                                    order=lambda job: job.opened.device_id)

    def close(self) -> None:
        """Stop the writer after the queued bundles."""
        self._committer.close()

    def ingest(self, data: bytes) -> IngestResult:
        """Verify and store one envelope; the same bytes again return the identical receipt."""
        header = parse_header(data)  # check 1: magic, version, suite, length
        try:
            opened = open_envelope(data, recipient_private_key=self.keys.bundle,  # checks 2-7
                                   device_lookup=self._device_key, recipient_key_id=self._bundle_key_id)
        except ProtocolError:
            repeat = self._stored(header.bundle_id.hex(), sha256(data).hex())
            if repeat is not None:
                return repeat
            raise
        statstore.check_payload(opened.payload)  # a malformed statistical record refuses the bundle, before storing
        withdrawals.check_payload(opened.payload)  # issue 16: likewise a malformed withdrawal
        result: IngestResult = self._committer.submit(_Job(opened, data))
        if result.created:
            log.info("bundle accepted", extra={"event": "bundle.accepted", "bundle_id": opened.bundle_id,
                                               "device_id": opened.device_id, "seq": opened.seq,
                                               "size": len(data)})
        return result

    def _device_key(self, device_id: str) -> DeviceKey | None:
        """A cached key, else the store's answer (cached when the device is not revoked)."""
        cached = self._keys.get(device_id)
        if cached is not None:
            return DeviceKey(cached, False)
        key = self.store.device_key(device_id)
        if key is not None and not key.revoked:
            self._keys[device_id] = key.signing_public
        return key

    def _stored(self, bundle_id: str, blob_sha256: str) -> IngestResult | None:
        with self.store.read() as conn:
            return _repeat(accept.existing(conn, bundle_id), bundle_id, blob_sha256)

    def _batch_of(self, conn: Connection) -> accept.Batch:
        """The batch of the transaction on `conn` (a new transaction, even after a failed one, starts empty)."""
        current: tuple[Connection, accept.Batch] | None = getattr(self._open, "batch", None)
        if current is None or current[0] is not conn:
            current = self._open.batch = (conn, accept.Batch())
        return current[1]

    def _flush(self, conn: Connection) -> None:
        """At the end of each transaction: write what its bundles queued."""
        self._batch_of(conn).flush(conn)
        self._open.batch = None

    def _apply(self, conn: Connection, job: _Job) -> IngestResult:
        """In the writer's transaction: one read of what is held, checks 8-9 and the owner, then queue the rows."""
        batch = self._batch_of(conn)
        opened, now = job.opened, self.clock()
        received_at = format_time(now)
        try:  # check 9, first part: the entries themselves (no database needed)
            segment = verify_segment(opened.payload["audit"], checkpoint=opened.checkpoint)
        except AuditChainBroken as exc:
            repeat = _repeat(accept.existing(conn, opened.bundle_id), opened.bundle_id, opened.blob_sha256)
            if repeat is not None:
                return repeat
            accept.flag(batch, opened.device_id, kind="audit_chain_broken", detail=exc.message, at=received_at)
            raise
        held = accept.known(conn, opened, segment, batch)  # locks the device row
        repeat = _repeat(held.stored, opened.bundle_id, opened.blob_sha256)
        if repeat is not None:
            return repeat
        accept.check_sequence(opened, held)  # check 8
        try:  # check 9, second part: against the chain the office holds
            fresh = accept.check_audit(segment, held)
        except AuditChainBroken as exc:
            accept.flag(batch, opened.device_id, kind="audit_chain_broken", detail=exc.message, at=received_at)
            raise
        accept.check_owner(opened, held)  # a referral id has one owner device
        receipt = sign_receipt(bundle_id=opened.bundle_id, device_id=opened.device_id, seq=opened.seq,
                               blob_sha256=opened.blob_sha256, audit_accepted=opened.checkpoint,
                               received_at=received_at, signing_key=self.keys.receipt,
                               signing_key_id=self._receipt_key_id)
        accept.accept(batch, opened, data=job.data, receipt=receipt, received_at=received_at, fresh=fresh,
                      claim=held.owner is None)
        if "referral" in opened.payload:  # the hub's queue, same transaction (a stats bundle names no referral)
            hubstore.index_referral(conn, batch.hub, opened, at=now, held=held.hub)
            matchindex.index_case(conn, opened, name_key=self._name_key, at=now)  # issue 13
        statstore.keep(conn, opened, received_at=received_at)
        transfers.keep(conn, opened, received_at=received_at)  # issue 14: a "transfer" bundle (central/transfers.py)
        withdrawals.keep(conn, opened, received_at=received_at)  # issue 16: a withdrawal bundle's item, stored once
        if opened.seq > 1 and not held.has_prev:
            accept.flag(batch, opened.device_id, kind="sequence_gap",
                        detail=f"seq {opened.seq} arrived before seq {opened.seq - 1}", at=received_at)
        return IngestResult(receipt, True, opened.bundle_id)


def _repeat(stored: accept.Stored | None, bundle_id: str, blob_sha256: str) -> IngestResult | None:
    """Idempotency: a stored bundle id answers with its receipt, or a conflict for different bytes."""
    if stored is None:
        return None
    if stored.blob_sha256 != blob_sha256:
        raise BundleConflict("this bundle id was already stored with different bytes")
    return IngestResult(stored.receipt, False, bundle_id)


MAX_RESEND = 1000


def missing_seqs(seqs: list[int], *, limit: int = MAX_RESEND) -> list[int]:
    """Sequence numbers below the highest held one that are not held (ascending, at most `limit`)."""
    missing: list[int] = []
    expected = 1
    for seq in sorted(set(seqs)):
        missing.extend(range(expected, min(seq, expected + limit - len(missing))))
        if len(missing) >= limit:
            return missing[:limit]
        expected = seq + 1
    return missing


def refuse(exc: ProtocolError, data: bytes) -> None:
    """Log a refused bundle without personal data (only the code and the visible bundle id)."""
    bundle_id = data[7:23].hex() if data[:4] == b"NRMB" and len(data) >= 23 else None
    log.warning("bundle refused", extra={"event": "bundle.refused", "code": exc.code, "bundle_id": bundle_id})
