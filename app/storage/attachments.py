"""Attachments kept as BLOBs inside the encrypted store (never as files in the clear)."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import new_id, now

_META = "id, case_id, kind, media_type, file_name, size, sha256, added_by, created_at"
_KEYS = tuple(k.strip() for k in _META.split(","))


def insert(conn: sqlcipher3.Connection, case_id: str, *, kind: str, media_type: str, file_name: str,
           content: bytes, sha256: str, by: str) -> str:
    attachment_id, stamp = new_id(), now()
    conn.execute(
        "INSERT INTO attachments (id, case_id, kind, media_type, file_name, size, sha256, content, added_by,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (attachment_id, case_id, kind, media_type, file_name, len(content), sha256, content, by, stamp, stamp),
    )
    return attachment_id


def list_for_case(conn: sqlcipher3.Connection, case_id: str) -> list[dict[str, Any]]:
    """The case's attachments without their bytes, oldest first."""
    with translate_errors():
        rows = conn.execute(f"SELECT {_META} FROM attachments WHERE case_id = ? ORDER BY created_at, id",  # noqa: S608
                            (case_id,)).fetchall()
    return [dict(zip(_KEYS, r, strict=True)) for r in rows]


def get(conn: sqlcipher3.Connection, attachment_id: str) -> dict[str, Any] | None:
    """One attachment's description, or None."""
    with translate_errors():
        row = conn.execute(f"SELECT {_META} FROM attachments WHERE id = ?", (attachment_id,)).fetchone()  # noqa: S608
    return dict(zip(_KEYS, row, strict=True)) if row else None


def content(conn: sqlcipher3.Connection, attachment_id: str) -> bytes | None:
    with translate_errors():
        row = conn.execute("SELECT content FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    return bytes(row[0]) if row else None
