"""The post row, its device keys and the yearly case-reference counter."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.ids import now


def create(conn: sqlcipher3.Connection, *, code: str, name: str, signing_key: bytes, box_key: bytes) -> None:
    stamp = now()
    conn.execute("INSERT INTO post (id, code, name, created_at) VALUES (1, ?, ?, ?)", (code, name, stamp))
    conn.execute(
        "INSERT INTO device_keys (id, signing_key, box_key, created_at) VALUES (1, ?, ?, ?)",
        (signing_key, box_key, stamp),
    )


def get(conn: sqlcipher3.Connection) -> dict[str, Any]:
    row = conn.execute("SELECT code, name, device_id, created_at, settings FROM post WHERE id = 1").fetchone()
    if row is None:
        raise LookupError("post not initialised")
    return {"code": row[0], "name": row[1], "device_id": row[2], "created_at": row[3],
            "settings": json.loads(row[4])}


def device_keys(conn: sqlcipher3.Connection) -> tuple[bytes, bytes]:
    row = conn.execute("SELECT signing_key, box_key FROM device_keys WHERE id = 1").fetchone()
    return bytes(row[0]), bytes(row[1])


def set_device_id(conn: sqlcipher3.Connection, device_id: str) -> None:
    conn.execute("UPDATE post SET device_id = ? WHERE id = 1", (device_id,))


def update_settings(conn: sqlcipher3.Connection, changes: dict[str, Any]) -> dict[str, Any]:
    settings = get(conn)["settings"]
    settings.update(changes)
    conn.execute("UPDATE post SET settings = ? WHERE id = 1", (json.dumps(settings, sort_keys=True),))
    return settings  # type: ignore[no-any-return]


def next_case_number(conn: sqlcipher3.Connection, year: int, *, count: int = 1) -> int:
    """Post-scoped, per-year sequence for references like ISB-2026-000042 (call inside a transaction).

    Takes `count` numbers at once and returns the first; the others follow it without gaps."""
    row = conn.execute("SELECT last FROM case_counters WHERE year = ?", (year,)).fetchone()
    number = (row[0] if row else 0) + 1
    conn.execute(
        "INSERT INTO case_counters (year, last) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last = excluded.last",
        (year, number + count - 1),
    )
    return number
