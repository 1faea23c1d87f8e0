"""The audit log: append a chained entry, verify the whole chain, read entries for bundles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from protocol.audit import GENESIS, entry_hash, make_entry
from protocol.canonical import format_time, utcnow


def append(conn: sqlcipher3.Connection, *, actor: str, action: str, object_id: str | None = None) -> dict[str, Any]:
    """Append one entry: actor is a user id (or "system"), never a name; object_id is a record's UUID."""
    return append_many(conn, actor=actor, items=[(action, object_id)])[0]


def append_many(
    conn: sqlcipher3.Connection, *, actor: str, items: Iterable[tuple[str, str | None]]
) -> list[dict[str, Any]]:
    """Append (action, object_id) entries in order: the same chain as `append` one by one, with one read of the
    head and one multi-row insert (an import appends thousands in its transaction)."""
    seq, prev = head(conn)
    entries = []
    for action, object_id in items:
        seq += 1
        entry = make_entry(seq=seq, at=format_time(utcnow()), actor=actor, action=action,
                           object_id=object_id or None, prev=prev)
        entries.append(entry)
        prev = entry["hash"]
    conn.executemany(
        "INSERT INTO audit_log (seq, at, actor, action, object_id, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(e["seq"], e["at"], e["actor"], e["action"], e["object_id"] or "", e["prev"], e["hash"]) for e in entries],
    )
    return entries


def _row_entry(row: sqlcipher3.Row | tuple[Any, ...]) -> dict[str, Any]:
    seq, at, actor, action, object_id, prev, hash_ = row
    return {"seq": seq, "at": at, "actor": actor, "action": action, "object_id": object_id or None,
            "prev": prev, "hash": hash_}


_COLUMNS = "seq, at, actor, action, object_id, prev, hash"


def entries_after(conn: sqlcipher3.Connection, seq: int, *, limit: int | None = None) -> list[dict[str, Any]]:
    sql = f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq"  # noqa: S608 — constant columns
    params: tuple[Any, ...] = (seq,)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    with translate_errors():
        return [_row_entry(r) for r in conn.execute(sql, params)]


def entries_for_object(conn: sqlcipher3.Connection, object_ids: list[str]) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(object_ids))
    sql = f"SELECT {_COLUMNS} FROM audit_log WHERE object_id IN ({marks}) ORDER BY seq"  # noqa: S608
    with translate_errors():
        return [_row_entry(r) for r in conn.execute(sql, object_ids)]


def head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def hash_at(conn: sqlcipher3.Connection, seq: int) -> str | None:
    """The stored hash of entry `seq` (None when there is no such entry)."""
    with translate_errors():
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    return str(row[0]) if row else None


@dataclass(frozen=True)
class Anchor:
    """An audit checkpoint this post sent or the office receipted, with the bytes that prove it."""

    size: int
    head: str
    bundle_id: str
    receipt: bytes | None
    envelope: bytes  # empty once a retention purge cleared the sealed copy
    blob_sha256: str = ""


def anchors(conn: sqlcipher3.Connection) -> tuple[Anchor | None, Anchor | None]:
    """(the highest checkpoint the office receipted, the highest checkpoint sealed into an envelope)."""
    with translate_errors():
        receipted = conn.execute(
            "SELECT r.audit_size, r.audit_head, r.bundle_id, r.receipt, o.envelope, o.blob_sha256 FROM receipts r"
            " JOIN outbox o ON o.bundle_id = r.bundle_id ORDER BY r.audit_size DESC, r.seq DESC LIMIT 1").fetchone()
        sealed = conn.execute("SELECT audit_size, audit_head, bundle_id, NULL, envelope, blob_sha256 FROM outbox"
                              " ORDER BY audit_size DESC, seq DESC LIMIT 1").fetchone()
    return (_anchor(receipted), _anchor(sealed))


def _anchor(row: tuple[Any, ...] | None) -> Anchor | None:
    if row is None:
        return None
    return Anchor(int(row[0]), str(row[1]), str(row[2]), bytes(row[3]) if row[3] is not None else None,
                  bytes(row[4]), str(row[5]))


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    size: int
    head: str
    first_broken: int | None = None
    reason: str = ""
    anchored: int = 0  # entries covered by the checkpoint the office receipted (0: none yet)


def verify(conn: sqlcipher3.Connection) -> ChainReport:
    """Recompute every link; report the first entry whose hash, predecessor or position is wrong."""
    prev, expected_seq, last_hash = GENESIS, 1, GENESIS
    with translate_errors():
        cursor = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")  # noqa: S608
        for row in cursor:
            entry = _row_entry(row)
            problem = _problem(entry, expected_seq=expected_seq, prev=prev)
            if problem:
                return ChainReport(False, expected_seq - 1, last_hash, expected_seq, problem)
            prev = last_hash = entry["hash"]
            expected_seq += 1
    return ChainReport(True, expected_seq - 1, last_hash)


def _problem(entry: dict[str, Any], *, expected_seq: int, prev: str) -> str:
    if entry["seq"] != expected_seq:
        return "it is missing"
    if entry["prev"] != prev:
        return "does not link to the entry before it"
    try:
        if entry_hash(entry) != entry["hash"]:
            return "its content does not match its hash"
    except Exception:  # noqa: BLE001 — a mangled field is a broken entry, whatever the parser says
        return "its fields are damaged"
    return ""
