"""The office audit log: append-only, hash-chained like the posts' (protocol.audit), never personal data."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from central import hubstore
from central.hub.errors import Forbidden
from central.hub.principal import ADMIN, Principal
from central.store import Store
from protocol.audit import GENESIS, entry_hash
from protocol.canonical import canonical, utcnow
from protocol.errors import AuditChainBroken

SYSTEM = "system"
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_VALUE = 200
# The columns that make up a chained entry (hashed in canonical form, "hash" left out).
ENTRY_FIELDS = ("seq", "at", "actor", "role", "action", "object_id", "detail", "prev")


def _clean_detail(detail: dict[str, Any] | None) -> dict[str, Any]:
    """Detail is ids, codes, counts and flags: short scalars under short snake_case keys, never free text."""
    clean: dict[str, Any] = {}
    for key, value in (detail or {}).items():
        if not _KEY.match(key):
            raise ValueError(f"audit detail key {key!r} is not a short snake_case name")
        if value is not None and not isinstance(value, (str, int, bool)):
            raise ValueError(f"audit detail {key} must be a string, number, flag or null")
        if isinstance(value, str) and len(value) > MAX_VALUE:
            raise ValueError(f"audit detail {key} is too long for an id or code")
        clean[key] = value
    return clean


def record(store: Store, *, actor: Principal | None, action: str, object_id: str | None,
           detail: dict[str, Any] | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Append one entry in a transaction of its own; returns the entry with its hash."""
    with store.write() as conn:
        return record_in(conn, actor=actor, action=action, object_id=object_id, detail=detail, now=now)


def record_in(conn: Connection, *, actor: Principal | None, action: str, object_id: str | None,
              detail: dict[str, Any] | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Append one entry inside the caller's transaction (so an action and its entry commit together)."""
    if not action or len(action) > 64:
        raise ValueError("audit action must be a short non-empty code")
    body = {"at": hubstore.stamp(now or utcnow()), "actor": actor.user_id if actor else SYSTEM,
            "role": actor.role if actor else SYSTEM, "action": action, "object_id": object_id,
            "detail": _clean_detail(detail)}
    return hubstore.append_audit(conn, body)


def _rows(store: Store, *, after: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
    with store.read() as conn:
        return hubstore.audit_rows(conn, after=after, limit=limit)


def _admin(principal: Principal) -> None:
    if principal.role != ADMIN:
        raise Forbidden("only an office admin reads the audit log")


def entries(store: Store, principal: Principal, *, after: int = 0, limit: int = 200,
            action: str | None = None) -> list[dict[str, Any]]:
    """A page of entries for an admin (oldest first after `after`); reading the log is itself audited."""
    _admin(principal)
    found = [e for e in _rows(store, after=after, limit=limit) if action is None or e["action"] == action]
    record(store, actor=principal, action="audit.view", object_id=None, detail={"after": after, "count": len(found)})
    return found


def count(store: Store) -> int:
    """How many entries the log holds."""
    with store.read() as conn:
        return hubstore.audit_count(conn)


def verify(store: Store) -> int:
    """Re-hash the whole chain from genesis; the number of entries, or AuditChainBroken at the first bad one."""
    prev, seq = GENESIS, 0
    for entry in _rows(store):
        seq += 1
        body = {k: entry[k] for k in ENTRY_FIELDS}
        if entry["seq"] != seq or entry["prev"] != prev or entry_hash(body) != entry["hash"]:
            raise AuditChainBroken(f"office audit entry {entry['seq']} does not follow the chain")
        prev = entry["hash"]
    return seq


def export(store: Store, principal: Principal) -> bytes:
    """The whole log as JSON lines (canonical entries with their hashes), for an admin; audited."""
    _admin(principal)
    verify(store)
    lines = [canonical(e) for e in _rows(store)]
    record(store, actor=principal, action="audit.export", object_id=None, detail={"count": len(lines)})
    return b"".join(line + b"\n" for line in lines)
