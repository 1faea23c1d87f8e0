"""Work in progress (screening interviews) kept in the encrypted store, saved on every change."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import now


def save(conn: sqlcipher3.Connection, draft_id: str, *, kind: str, owner_id: str, state: dict[str, Any]) -> None:
    """Insert or replace the draft's state (one statement: atomic on its own)."""
    stamp = now()
    conn.execute(
        "INSERT INTO drafts (id, kind, owner_id, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        (draft_id, kind, owner_id, json.dumps(state, ensure_ascii=False, sort_keys=True), stamp, stamp),
    )


def load(conn: sqlcipher3.Connection, draft_id: str) -> dict[str, Any] | None:
    """The draft row with its state decoded, or None."""
    with translate_errors():
        row = conn.execute("SELECT id, kind, owner_id, state, created_at, updated_at FROM drafts WHERE id = ?",
                           (draft_id,)).fetchone()
    return _record(row) if row else None


def list_for(conn: sqlcipher3.Connection, owner_id: str, *, kind: str) -> list[dict[str, Any]]:
    """One owner's drafts of one kind, most recently changed first."""
    with translate_errors():
        rows = conn.execute(
            "SELECT id, kind, owner_id, state, created_at, updated_at FROM drafts WHERE owner_id = ? AND kind = ?"
            " ORDER BY updated_at DESC", (owner_id, kind)).fetchall()
    return [_record(r) for r in rows]


def delete(conn: sqlcipher3.Connection, draft_id: str) -> None:
    conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))


def _record(row: tuple[Any, ...]) -> dict[str, Any]:
    keys = ("id", "kind", "owner_id", "state", "created_at", "updated_at")
    record = dict(zip(keys, row, strict=True))
    record["state"] = json.loads(record["state"])
    return record
