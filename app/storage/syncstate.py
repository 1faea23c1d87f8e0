"""The post's sync state (enrolment, sequence counter, feed state, pass history), office reports, refusals."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import now

_FIELDS = ("server_url", "root_json", "enrolled_at", "pending_enrol", "next_seq", "acked_size", "acked_head",
           "sealed_size", "feed_version", "feed_digest", "feed_issued_at", "feed_expires_at", "feed_raw",
           "trusted_time", "revoked_devices", "revoked_at", "last_attempt_at", "last_success_at", "last_error",
           "failures", "next_attempt_at", "online")


def get(conn: sqlcipher3.Connection) -> dict[str, Any]:
    """The one sync_state row as a dict (BLOBs as bytes, JSON columns decoded)."""
    with translate_errors():
        row = conn.execute("SELECT " + ", ".join(_FIELDS) + " FROM sync_state WHERE id = 1").fetchone()  # noqa: S608
    state = dict(zip(_FIELDS, row, strict=True))
    for name in ("root_json", "feed_raw"):
        if state[name] is not None:
            state[name] = bytes(state[name])
    state["revoked_devices"] = json.loads(state["revoked_devices"])
    state["pending_enrol"] = json.loads(state["pending_enrol"]) if state["pending_enrol"] else None
    return state


def update(conn: sqlcipher3.Connection, **changes: Any) -> None:
    """Set some columns of sync_state (names checked against the known columns)."""
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown sync_state columns: {sorted(unknown)}")
    values = [json.dumps(v) if k in ("revoked_devices", "pending_enrol") and v is not None else v
              for k, v in changes.items()]
    assignments = ", ".join(f"{k} = ?" for k in changes)
    conn.execute(f"UPDATE sync_state SET {assignments} WHERE id = 1", values)  # noqa: S608 — checked names


def take_seq(conn: sqlcipher3.Connection) -> int:
    """The next per-device sequence number (inside the sealing transaction)."""
    seq = int(conn.execute("SELECT next_seq FROM sync_state WHERE id = 1").fetchone()[0])
    conn.execute("UPDATE sync_state SET next_seq = ? WHERE id = 1", (seq + 1,))
    return seq


def raise_acked(conn: sqlcipher3.Connection, size: int, head: str) -> None:
    """Remember the highest audit checkpoint the office acknowledged."""
    conn.execute("UPDATE sync_state SET acked_size = ?, acked_head = ? WHERE id = 1 AND acked_size < ?",
                 (size, head, size))


def add_office_status(conn: sqlcipher3.Connection, *, referral_id: str, status: str, note: str, at: str) -> bool:
    """Record one office report; False when it was already applied (reports repeat in every feed)."""
    cursor = conn.execute(
        "INSERT INTO office_status (referral_id, status, note, at, applied_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(referral_id, status, at) DO NOTHING", (referral_id, status, note, at, now()))
    return bool(cursor.rowcount == 1)


def office_step_times(conn: sqlcipher3.Connection, referral_id: str) -> list[str]:
    """When each office lifecycle step of a referral happened (overdue notices are not steps)."""
    cursor = conn.execute("SELECT at FROM office_status WHERE referral_id = ? AND status != 'overdue'", (referral_id,))
    return [r[0] for r in cursor]


def office_statuses(conn: sqlcipher3.Connection) -> list[dict[str, Any]]:
    cursor = conn.execute("SELECT referral_id, status, note, at FROM office_status ORDER BY at, id")
    return [dict(zip(("referral_id", "status", "note", "at"), r, strict=True)) for r in cursor]


def add_refusal(conn: sqlcipher3.Connection, *, kind: str, ref: str, code: str, message: str) -> None:
    """Log refused inbound material (no personal data: codes, bundle ids, versions)."""
    conn.execute("INSERT INTO sync_quarantine (kind, ref, code, message, at) VALUES (?, ?, ?, ?, ?)",
                 (kind, ref, code, message, now()))


def refusals(conn: sqlcipher3.Connection, *, limit: int = 50) -> list[dict[str, Any]]:
    cursor = conn.execute("SELECT kind, ref, code, message, at FROM sync_quarantine ORDER BY id DESC LIMIT ?",
                          (limit,))
    return [dict(zip(("kind", "ref", "code", "message", "at"), r, strict=True)) for r in cursor]


def referral_known(conn: sqlcipher3.Connection, referral_id: str) -> bool:
    return conn.execute("SELECT 1 FROM referrals WHERE id = ?", (referral_id,)).fetchone() is not None


def approved_without_envelope(conn: sqlcipher3.Connection) -> list[str]:
    """Approved referrals that have no envelope yet (approved before enrolment), oldest approval first."""
    cursor = conn.execute(
        "SELECT r.id FROM referrals r WHERE r.status = 'approved'"
        " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.referral_id = r.id)"
        " ORDER BY (SELECT max(e.id) FROM referral_events e WHERE e.referral_id = r.id AND e.status = 'approved')")
    return [r[0] for r in cursor]


def approved_at(conn: sqlcipher3.Connection, referral_id: str) -> str | None:
    row = conn.execute("SELECT max(at) FROM referral_events WHERE referral_id = ? AND status = 'approved'",
                       (referral_id,)).fetchone()
    return row[0] if row else None
