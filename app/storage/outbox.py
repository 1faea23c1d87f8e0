"""The transactional outbox: sealed envelopes by sequence number, their attempts, and verified receipts."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import now

_ITEM = ("seq", "bundle_id", "kind", "referral_id", "blob_sha256", "audit_size", "audit_head", "state", "attempts",
         "last_attempt_at", "error_code", "last_error", "exported_at", "created_at", "acknowledged_at")


def _item(row: tuple[Any, ...], *, with_bytes: bool) -> dict[str, Any]:
    rec = dict(zip(_ITEM, row[: len(_ITEM)], strict=True))
    if with_bytes:
        rec["envelope"] = bytes(row[len(_ITEM)])
    return rec


def _select(with_bytes: bool) -> str:
    return "SELECT " + ", ".join(_ITEM) + (", envelope" if with_bytes else "") + " FROM outbox"  # noqa: S608 — constant columns


def add(
    conn: sqlcipher3.Connection, *, seq: int, bundle_id: str, referral_id: str | None, envelope: bytes,
    blob_sha256: str, audit_size: int, audit_head: str, kind: str | None = None,
) -> None:
    """Store one sealed envelope (inside the sealing transaction); no referral id: a stats bundle unless `kind`
    says otherwise (a transfer, issue 14; a withdrawal, issue 16)."""
    conn.execute(
        "INSERT INTO outbox (seq, bundle_id, kind, referral_id, envelope, blob_sha256, audit_size, audit_head,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, bundle_id, kind or ("stats" if referral_id is None else "referral"), referral_id, envelope, blob_sha256,
         audit_size, audit_head, now()),
    )


def items(conn: sqlcipher3.Connection, *, state: str | None = None, with_bytes: bool = False, after: int = 0,
          limit: int | None = None) -> list[dict[str, Any]]:
    """Outbox items in sequence order (above `after`), optionally of one state."""
    sql, params = _select(with_bytes) + " WHERE seq > ?", list[Any]([after])
    if state:
        sql += " AND state = ?"
        params.append(state)
    sql += " ORDER BY seq"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    with translate_errors():
        return [_item(r, with_bytes=with_bytes) for r in conn.execute(sql, params)]


def by_bundle(conn: sqlcipher3.Connection, bundle_id: str) -> dict[str, Any] | None:
    """One item with its bytes, by bundle id."""
    row = conn.execute(_select(True) + " WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return _item(row, with_bytes=True) if row else None


def by_seq(conn: sqlcipher3.Connection, seq: int) -> dict[str, Any] | None:
    """One item without its bytes, by sequence number."""
    row = conn.execute(_select(False) + " WHERE seq = ?", (seq,)).fetchone()
    return _item(row, with_bytes=False) if row else None


def referral_ids(conn: sqlcipher3.Connection) -> set[str]:
    """Referrals that already have an envelope (sealed once, never twice)."""
    return {r[0] for r in conn.execute("SELECT referral_id FROM outbox WHERE referral_id IS NOT NULL")}


def counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    """Number of items per state (every state present, zero when empty)."""
    found = {"pending": 0, "acknowledged": 0, "quarantined": 0}
    for state, number in conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"):
        found[state] = number
    return found


def record_attempt(conn: sqlcipher3.Connection, seq: int, *, code: str | None, message: str | None) -> None:
    """Count one upload attempt and keep its error (None after a success)."""
    conn.execute("UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, error_code = ?, last_error = ?"
                 " WHERE seq = ?", (now(), code, message, seq))


def quarantine(conn: sqlcipher3.Connection, seq: int, *, code: str, message: str) -> None:
    """A permanent refusal: the item stops being sent and is shown to the admin."""
    conn.execute("UPDATE outbox SET state = 'quarantined', error_code = ?, last_error = ? WHERE seq = ?",
                 (code, message, seq))


def release(conn: sqlcipher3.Connection, seq: int) -> None:
    """Put a quarantined (or, on a resend request, acknowledged) item back in the queue; never one whose sealed copy
    a retention purge cleared (there are no bytes left to send)."""
    conn.execute("UPDATE outbox SET state = 'pending', error_code = NULL, last_error = NULL WHERE seq = ?"
                 " AND cleared_at IS NULL", (seq,))


def mark_exported(conn: sqlcipher3.Connection, seqs: list[int]) -> None:
    stamp = now()
    conn.executemany("UPDATE outbox SET exported_at = ? WHERE seq = ?", [(stamp, s) for s in seqs])


def acknowledge(
    conn: sqlcipher3.Connection, seq: int, *, receipt: bytes, received_at: str, audit_size: int, audit_head: str,
    via: str,
) -> bool:
    """Store a verified receipt and mark the item delivered; False when it was already acknowledged."""
    row = conn.execute("SELECT bundle_id, state FROM outbox WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        raise LookupError(f"no outbox item {seq}")
    conn.execute(
        "INSERT INTO receipts (bundle_id, seq, receipt, received_at, audit_size, audit_head, verified_at, via)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(bundle_id) DO NOTHING",
        (row[0], seq, receipt, received_at, audit_size, audit_head, now(), via),
    )
    if row[1] == "acknowledged":
        return False
    conn.execute("UPDATE outbox SET state = 'acknowledged', acknowledged_at = ?, error_code = NULL,"
                 " last_error = NULL WHERE seq = ?", (now(), seq))
    return True


def receipt(conn: sqlcipher3.Connection, bundle_id: str) -> bytes | None:
    row = conn.execute("SELECT receipt FROM receipts WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return bytes(row[0]) if row else None


def receipts_without_bundle(conn: sqlcipher3.Connection) -> int:
    """Receipts that name no stored envelope (must always be zero; a check for tests and self-test)."""
    row = conn.execute("SELECT count(*) FROM receipts r LEFT JOIN outbox o ON o.bundle_id = r.bundle_id"
                       " WHERE o.bundle_id IS NULL OR o.blob_sha256 IS NULL").fetchone()
    return int(row[0])


def acknowledged_without_receipt(conn: sqlcipher3.Connection) -> int:
    """Acknowledged items lacking a stored receipt (must always be zero)."""
    row = conn.execute("SELECT count(*) FROM outbox o LEFT JOIN receipts r ON r.bundle_id = o.bundle_id"
                       " WHERE o.state = 'acknowledged' AND r.bundle_id IS NULL").fetchone()
    return int(row[0])
