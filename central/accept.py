"""The acceptance transaction: sequence check, audit-chain mirror, bundle row and receipt, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from central.tables import audit_entries, bundles, devices
from protocol.audit import Segment, check_extends
from protocol.canonical import canonical
from protocol.envelope import OpenedEnvelope
from protocol.errors import AuditChainBroken, ReplayedSequence


@dataclass(frozen=True)
class Stored:
    """A stored bundle's receipt and whether this call stored it (False: it was already there)."""

    receipt: bytes
    blob_sha256: str
    created: bool


def lock_device(conn: Connection, device_id: str) -> None:
    """Serialise bundles of one device (row lock on PostgreSQL; SQLite already has a single writer)."""
    conn.execute(select(devices.c.device_id).where(devices.c.device_id == device_id).with_for_update())


def existing(conn: Connection, bundle_id: str) -> Stored | None:
    """The stored receipt for a bundle id, if any."""
    row = conn.execute(select(bundles.c.receipt, bundles.c.blob_sha256)
                       .where(bundles.c.bundle_id == bundle_id)).first()
    return None if row is None else Stored(bytes(row.receipt), row.blob_sha256, False)


def check_sequence(conn: Connection, opened: OpenedEnvelope) -> None:
    """Check 8: no other bundle of this device holds this sequence number."""
    query = select(bundles.c.bundle_id).where(bundles.c.device_id == opened.device_id, bundles.c.seq == opened.seq)
    if conn.execute(query).first() is not None:
        raise ReplayedSequence(f"sequence number {opened.seq} was already delivered")


def check_audit(conn: Connection, device_id: str, segment: Segment) -> list[dict[str, object]]:
    """Check 9: the segment agrees with held entries around and inside it; returns the entries to add."""
    lo, hi = segment.first_seq - 1, segment.checkpoint.size + 1
    query = select(audit_entries.c.seq, audit_entries.c.prev, audit_entries.c.hash).where(
        audit_entries.c.device_id == device_id, audit_entries.c.seq >= lo, audit_entries.c.seq <= hi)
    held = {r.seq: r for r in conn.execute(query)}
    before = held[lo].hash if lo in held else None
    after_prev = held[hi].prev if hi in held else None
    check_extends(segment, before=before, after_prev=after_prev)
    fresh = []
    for entry in segment.entries:
        row = held.get(entry["seq"])
        if row is not None and row.hash != entry["hash"]:
            raise AuditChainBroken(f"audit entry {entry['seq']} differs from the one the office holds")
        if row is None:
            fresh.append(entry)
    return fresh


def insert_bundle(
    conn: Connection, opened: OpenedEnvelope, *, data: bytes, receipt: bytes, received_at: str,
    fresh: list[dict[str, object]],
) -> None:
    """Write the bundle row and the new audit entries."""
    conn.execute(insert(bundles).values(
        bundle_id=opened.bundle_id, device_id=opened.device_id, seq=opened.seq, blob_sha256=opened.blob_sha256,
        blob=data, size=len(data), referral_id=str(opened.payload["referral"]["id"])[:64],
        created_at=opened.created_at, received_at=received_at, audit_size=opened.checkpoint.size,
        audit_head=opened.checkpoint.head, receipt=receipt,
    ))
    if fresh:
        conn.execute(insert(audit_entries), [
            {"device_id": opened.device_id, "seq": e["seq"], "prev": e["prev"], "hash": e["hash"],
             "entry": canonical(e), "bundle_id": opened.bundle_id}
            for e in fresh
        ])
