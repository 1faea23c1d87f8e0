"""Bundle ingest: every check of DESIGN.md §5 in order, then one transaction that stores bundle and receipt."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError, OperationalError

from central import accept
from central.errors import BundleConflict, StoreUnavailable
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


class Ingestor:
    """Verifies and stores envelopes for one office (keys + store)."""

    def __init__(self, store: Store, keys: OfficeKeys, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.store, self.keys, self.clock = store, keys, clock

    def ingest(self, data: bytes) -> IngestResult:
        """Verify and store one envelope; the same bytes again return the identical receipt."""
        header = parse_header(data)  # check 1: magic, version, suite, length
        bundle_id = header.bundle_id.hex()
        repeat = self._repeat(bundle_id, data)
        if repeat is not None:
            return repeat
        opened = open_envelope(data, recipient_private_key=self.keys.bundle,  # checks 2-7
                               device_lookup=self.store.device_key)
        try:
            return self._store(opened, data)
        except IntegrityError:
            # a concurrent upload of the same bundle (or sequence number) committed first
            repeat = self._repeat(bundle_id, data)
            if repeat is not None:
                return repeat
            with self.store.read() as conn:
                accept.check_sequence(conn, opened)
            raise StoreUnavailable("a concurrent write conflicted; retry") from None
        except OperationalError as exc:
            raise StoreUnavailable("the store is busy or unreachable; retry later") from exc

    def _repeat(self, bundle_id: str, data: bytes) -> IngestResult | None:
        """Idempotency: a stored bundle id answers with its receipt, or 409 for different bytes."""
        with self.store.read() as conn:
            stored = accept.existing(conn, bundle_id)
        if stored is None:
            return None
        if stored.blob_sha256 != sha256(data).hex():
            raise BundleConflict("this bundle id was already stored with different bytes")
        return IngestResult(stored.receipt, False, bundle_id)

    def _store(self, opened: OpenedEnvelope, data: bytes) -> IngestResult:
        """Checks 8-9 and the writes, in one transaction under the device's lock."""
        received_at = format_time(self.clock())
        try:
            with self.store.write() as conn:
                accept.lock_device(conn, opened.device_id)
                stored = accept.existing(conn, opened.bundle_id)
                if stored is not None:
                    if stored.blob_sha256 != opened.blob_sha256:
                        raise BundleConflict("this bundle id was already stored with different bytes")
                    return IngestResult(stored.receipt, False, opened.bundle_id)
                accept.check_sequence(conn, opened)
                segment = verify_segment(opened.payload["audit"], checkpoint=opened.checkpoint)
                fresh = accept.check_audit(conn, opened.device_id, segment)
                receipt = sign_receipt(
                    bundle_id=opened.bundle_id, device_id=opened.device_id, seq=opened.seq,
                    blob_sha256=opened.blob_sha256, audit_accepted=opened.checkpoint,
                    received_at=received_at, signing_key=self.keys.receipt)
                accept.insert_bundle(conn, opened, data=data, receipt=receipt, received_at=received_at,
                                     fresh=fresh)
        except AuditChainBroken as exc:
            self.store.add_flag(opened.device_id, kind="audit_chain_broken", detail=exc.message, at=received_at)
            raise
        self._flag_gaps(opened, at=received_at)
        log.info("bundle accepted", extra={"event": "bundle.accepted", "bundle_id": opened.bundle_id,
                                           "device_id": opened.device_id, "seq": opened.seq, "size": len(data)})
        return IngestResult(receipt, True, opened.bundle_id)

    def _flag_gaps(self, opened: OpenedEnvelope, *, at: str) -> None:
        """A sequence number beyond the next expected one opens a gap: flag it (the feed asks for a resend)."""
        if opened.seq > 1 and not self.store.has_seq(opened.device_id, opened.seq - 1):
            self.store.add_flag(opened.device_id, kind="sequence_gap",
                                detail=f"seq {opened.seq} arrived before seq {opened.seq - 1}", at=at)


def missing_seqs(seqs: list[int]) -> list[int]:
    """Sequence numbers below the highest held one that are not held (ascending)."""
    held = set(seqs)
    return [n for n in range(1, (max(seqs) if seqs else 0) + 1) if n not in held]


def refuse(exc: ProtocolError, data: bytes) -> None:
    """Log a refused bundle without personal data (only the code and the visible bundle id)."""
    bundle_id = data[7:23].hex() if data[:4] == b"NRMB" and len(data) >= 23 else None
    log.warning("bundle refused", extra={"event": "bundle.refused", "code": exc.code, "bundle_id": bundle_id})
