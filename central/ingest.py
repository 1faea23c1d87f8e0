"""Bundle ingest: every check of DESIGN.md §5 in order; accepted bundles are stored through group commit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from central import accept, hubstore
from central.committer import Committer
from central.errors import BundleConflict
from central.officekeys import OfficeKeys
from central.store import Store
from protocol.audit import verify_segment
from protocol.canonical import format_time, sha256, utcnow
from protocol.envelope import OpenedEnvelope, open_envelope, parse_header
from protocol.errors import AuditChainBroken, ProtocolError
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
    """Verifies envelopes (in the caller's thread) and stores them (in the writer thread)."""

    def __init__(self, store: Store, keys: OfficeKeys, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.store, self.keys, self.clock = store, keys, clock
        self._committer = Committer(store, self._apply)

    def close(self) -> None:
        """Stop the writer after the queued bundles."""
        self._committer.close()

    def ingest(self, data: bytes) -> IngestResult:
        """Verify and store one envelope; the same bytes again return the identical receipt."""
        header = parse_header(data)  # check 1: magic, version, suite, length
        with self.store.read() as conn:  # one connection for the repeat check and the device lookup
            repeat = _repeat(conn, header.bundle_id.hex(), sha256(data).hex())
            if repeat is not None:
                return repeat
            opened = open_envelope(data, recipient_private_key=self.keys.bundle,  # checks 2-7
                                   device_lookup=lambda device_id: self.store.device_key(device_id, conn=conn))
        result: IngestResult = self._committer.submit(_Job(opened, data))
        if result.created:
            log.info("bundle accepted", extra={"event": "bundle.accepted", "bundle_id": opened.bundle_id,
                                               "device_id": opened.device_id, "seq": opened.seq,
                                               "size": len(data)})
        return result

    def _apply(self, conn: Connection, job: _Job) -> IngestResult:
        """In the writer's transaction: repeat check again, checks 8-9, then the writes."""
        opened, now = job.opened, self.clock()
        received_at = format_time(now)
        accept.lock_device(conn, opened.device_id)
        repeat = _repeat(conn, opened.bundle_id, opened.blob_sha256)
        if repeat is not None:
            return repeat
        accept.check_sequence(conn, opened)  # check 8
        try:  # check 9
            segment = verify_segment(opened.payload["audit"], checkpoint=opened.checkpoint)
            fresh = accept.check_audit(conn, opened.device_id, segment)
        except AuditChainBroken as exc:
            accept.flag(conn, opened.device_id, kind="audit_chain_broken", detail=exc.message, at=received_at)
            raise
        receipt = sign_receipt(bundle_id=opened.bundle_id, device_id=opened.device_id, seq=opened.seq,
                               blob_sha256=opened.blob_sha256, audit_accepted=opened.checkpoint,
                               received_at=received_at, signing_key=self.keys.receipt)
        accept.insert_bundle(conn, opened, data=job.data, receipt=receipt, received_at=received_at, fresh=fresh)
        hubstore.index_referral(conn, opened, at=now)  # the hub's queue: received, in the same transaction
        if opened.seq > 1 and not accept.has_seq(conn, opened.device_id, opened.seq - 1):
            accept.flag(conn, opened.device_id, kind="sequence_gap",
                        detail=f"seq {opened.seq} arrived before seq {opened.seq - 1}", at=received_at)
        return IngestResult(receipt, True, opened.bundle_id)


def _repeat(conn: Connection, bundle_id: str, blob_sha256: str) -> IngestResult | None:
    """Idempotency: a stored bundle id answers with its receipt, or a conflict for different bytes."""
    stored = accept.existing(conn, bundle_id)
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
