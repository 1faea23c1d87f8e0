"""The acceptance steps inside the writer's transaction: sequence, audit-chain mirror, bundle row and receipt."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, insert, select

from central.tables import audit_entries, bundles, devices, flags
from protocol.audit import Segment, check_extends
from protocol.canonical import canonical
from protocol.envelope import OpenedEnvelope
from protocol.errors import AuditChainBroken, ReplayedSequence, RevokedDevice

# Built once: SQLAlchemy then reuses the compiled form (this path runs for every bundle).
_LOCK = select(devices.c.revoked_at).where(devices.c.device_id == bindparam("d")).with_for_update()
_EXISTING = select(bundles.c.receipt, bundles.c.blob_sha256).where(bundles.c.bundle_id == bindparam("b"))
_HAS_SEQ = select(bundles.c.bundle_id).where(bundles.c.device_id == bindparam("d"), bundles.c.seq == bindparam("s"))
_AROUND = select(audit_entries.c.seq, audit_entries.c.prev, audit_entries.c.hash).where(
    audit_entries.c.device_id == bindparam("d"), audit_entries.c.seq >= bindparam("lo"),
    audit_entries.c.seq <= bindparam("hi"))
_INSERT_BUNDLE = insert(bundles)
_INSERT_AUDIT = insert(audit_entries)
_INSERT_FLAG = insert(flags)


@dataclass(frozen=True)
class Stored:
    """A stored bundle's receipt and the hash of its bytes."""

    receipt: bytes
    blob_sha256: str


def lock_device(conn: Connection, device_id: str) -> None:
    """Serialise bundles of one device across processes (row lock on PostgreSQL; SQLite has one writer).

    Revocation is checked again under the lock, so a device revoked while its bundle was being verified
    cannot slip in.
    """
    row = conn.execute(_LOCK, {"d": device_id}).first()
    if row is None or row.revoked_at is not None:
        raise RevokedDevice("device is revoked")


def existing(conn: Connection, bundle_id: str) -> Stored | None:
    """The stored receipt for a bundle id, if any."""
    row = conn.execute(_EXISTING, {"b": bundle_id}).first()
    return None if row is None else Stored(bytes(row.receipt), row.blob_sha256)


def has_seq(conn: Connection, device_id: str, seq: int) -> bool:
    """Whether a bundle with this sequence number is held for the device."""
    return conn.execute(_HAS_SEQ, {"d": device_id, "s": seq}).first() is not None


def flag(conn: Connection, device_id: str, *, kind: str, detail: str, at: str) -> None:
    """Record something a coordinator must look at (gap, broken chain)."""
    conn.execute(_INSERT_FLAG, {"device_id": device_id, "kind": kind, "detail": detail, "at": at})


def check_sequence(conn: Connection, opened: OpenedEnvelope) -> None:
    """Check 8: no other bundle of this device holds this sequence number."""
    if has_seq(conn, opened.device_id, opened.seq):
        raise ReplayedSequence(f"sequence number {opened.seq} was already delivered")


def check_audit(conn: Connection, device_id: str, segment: Segment) -> list[dict[str, object]]:
    """Check 9: the segment agrees with held entries around and inside it; returns the entries to add."""
    lo, hi = segment.first_seq - 1, segment.checkpoint.size + 1
    held = {r.seq: r for r in conn.execute(_AROUND, {"d": device_id, "lo": lo, "hi": hi})}
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
    conn.execute(_INSERT_BUNDLE, {
        "bundle_id": opened.bundle_id, "device_id": opened.device_id, "seq": opened.seq,
        "blob_sha256": opened.blob_sha256, "blob": data, "size": len(data),
        "referral_id": str(opened.payload["referral"]["id"])[:64], "created_at": opened.created_at,
        "received_at": received_at, "audit_size": opened.checkpoint.size, "audit_head": opened.checkpoint.head,
        "receipt": receipt,
    })
    if fresh:
        conn.execute(_INSERT_AUDIT, [
            {"device_id": opened.device_id, "seq": e["seq"], "prev": e["prev"], "hash": e["hash"],
             "entry": canonical(e), "bundle_id": opened.bundle_id}
            for e in fresh
        ])
