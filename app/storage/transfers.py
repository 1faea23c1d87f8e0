"""Case transfers between posts (issue 14): the transfer rows at both ends and the office's list of other posts."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import now

OPEN_OUT = ("requested", "approved", "at_office", "delivered")
READ_ONLY = ("approved", "at_office", "delivered", "accepted")  # the sending post's case is read-only in these


def _dicts(conn: sqlcipher3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    with translate_errors():
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def insert(conn: sqlcipher3.Connection, **row: Any) -> None:
    stamp = now()
    row = {"state_at": stamp, **row, "created_at": stamp, "updated_at": stamp}
    cols = ", ".join(row)
    conn.execute(f"INSERT INTO transfers ({cols}) VALUES ({', '.join('?' for _ in row)})",  # noqa: S608 — own keys
                 tuple(row.values()))


def update(conn: sqlcipher3.Connection, transfer_id: str, **changes: Any) -> None:
    changes = {**changes, "updated_at": now()}
    sets = ", ".join(f"{k} = ?" for k in changes)
    conn.execute(f"UPDATE transfers SET {sets} WHERE id = ?", (*changes.values(), transfer_id))  # noqa: S608


def get(conn: sqlcipher3.Connection, transfer_id: str) -> dict[str, Any] | None:
    found = _dicts(conn, "SELECT t.*, c.reference AS local_reference FROM transfers t LEFT JOIN cases c"
                         " ON c.id = t.case_id WHERE t.id = ?", (transfer_id,))
    return found[0] if found else None


def find(conn: sqlcipher3.Connection, prefix: str) -> list[dict[str, Any]]:
    """Transfers whose id starts with `prefix` (commands accept the first 8 characters or more)."""
    return _dicts(conn, "SELECT id FROM transfers WHERE id LIKE ? || '%'", (prefix.lower(),))


def listing(conn: sqlcipher3.Connection, *, direction: str | None = None,
            states: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Transfers without their documents, newest first."""
    sql = ("SELECT t.id, t.direction, t.case_id, t.case_reference, c.reference AS local_reference, t.other_post,"
           " t.other_post_name, t.reason, t.state, t.note, t.requested_by, t.requested_at, t.approved_by,"
           " t.approved_at, t.answered_by, t.answered_at, t.state_at, t.attachments_sent, t.attachments_left"
           " FROM transfers t LEFT JOIN cases c ON c.id = t.case_id WHERE 1 = 1")
    params: list[Any] = []
    if direction:
        sql += " AND t.direction = ?"
        params.append(direction)
    if states:
        sql += f" AND t.state IN ({', '.join('?' for _ in states)})"
        params += list(states)
    return _dicts(conn, sql + " ORDER BY t.created_at DESC", params)


def for_case(conn: sqlcipher3.Connection, case_id: str) -> list[dict[str, Any]]:
    """The case's outgoing transfers, newest first (without documents)."""
    return _dicts(conn, "SELECT id, other_post, other_post_name, reason, state, note, requested_at, approved_at,"
                        " state_at FROM transfers WHERE direction = 'out' AND case_id = ? ORDER BY created_at DESC",
                  (case_id,))


def read_only(conn: sqlcipher3.Connection, case_id: str) -> dict[str, Any] | None:
    """The approved outgoing transfer that makes this case read-only here, if any."""
    found = _dicts(conn, "SELECT id, other_post, other_post_name, state FROM transfers WHERE direction = 'out'"
                         " AND case_id = ? AND state IN ('approved', 'at_office', 'delivered', 'accepted')"
                         " ORDER BY created_at DESC LIMIT 1", (case_id,))
    return found[0] if found else None


def open_out(conn: sqlcipher3.Connection, case_id: str) -> dict[str, Any] | None:
    found = _dicts(conn, "SELECT id, state FROM transfers WHERE direction = 'out' AND case_id = ?"
                         " AND state IN ('requested', 'approved', 'at_office', 'delivered')", (case_id,))
    return found[0] if found else None


# ----- other posts (from the office's feed) -----
def save_posts(conn: sqlcipher3.Connection, posts: list[dict[str, Any]]) -> None:
    """Replace the list of other posts with the office's current one."""
    conn.execute("DELETE FROM transfer_posts")
    stamp = now()
    conn.executemany("INSERT INTO transfer_posts (code, name, devices, updated_at) VALUES (?, ?, ?, ?)",
                     [(p["code"], p["name"], json.dumps(p["devices"], sort_keys=True), stamp) for p in posts])


def posts(conn: sqlcipher3.Connection) -> list[dict[str, Any]]:
    rows = _dicts(conn, "SELECT code, name, devices FROM transfer_posts ORDER BY name, code")
    return [{**r, "devices": json.loads(r["devices"])} for r in rows]


def post(conn: sqlcipher3.Connection, code: str) -> dict[str, Any] | None:
    return next((p for p in posts(conn) if p["code"] == code), None)
