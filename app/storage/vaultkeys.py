"""The public keys the keystore may hold, and user removals in progress (inside the encrypted store)."""

from __future__ import annotations

import sqlcipher3

from app.storage.ids import now


def expected(conn: sqlcipher3.Connection) -> set[tuple[str, str]]:
    """Every (slot id, base64 public key) pair the store knows; 'recovery' names the recovery slot."""
    return {(r[0], r[1]) for r in conn.execute("SELECT slot_id, public_key FROM vault_keys")}


def add(conn: sqlcipher3.Connection, slot_id: str, public_key: str) -> None:
    kind = "recovery" if slot_id == "recovery" else "user"
    conn.execute("INSERT OR IGNORE INTO vault_keys (slot_id, kind, public_key, added_at) VALUES (?, ?, ?, ?)",
                 (slot_id, kind, public_key, now()))


def forget(conn: sqlcipher3.Connection, slot_id: str, public_key: str | None = None) -> None:
    """Drop a slot's keys (all of them, or one superseded key)."""
    if public_key is None:
        conn.execute("DELETE FROM vault_keys WHERE slot_id = ?", (slot_id,))
    else:
        conn.execute("DELETE FROM vault_keys WHERE slot_id = ? AND public_key = ?", (slot_id, public_key))


def request_removal(conn: sqlcipher3.Connection, slot_id: str, *, by: str) -> None:
    conn.execute("INSERT OR IGNORE INTO vault_removals (slot_id, requested_by, requested_at) VALUES (?, ?, ?)",
                 (slot_id, by, now()))


def pending_removals(conn: sqlcipher3.Connection) -> dict[str, str]:
    """Slot id → who asked for its removal, for removals whose rekey has not completed."""
    return {r[0]: r[1] for r in conn.execute("SELECT slot_id, requested_by FROM vault_removals ORDER BY requested_at")}


def finish_removal(conn: sqlcipher3.Connection, slot_id: str) -> None:
    conn.execute("DELETE FROM vault_removals WHERE slot_id = ?", (slot_id,))
    forget(conn, slot_id)
