"""Decision reviews: negative screening decisions waiting for, or given, a supervisor's second look."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import new_id, now

_KEYS = ("id", "case_id", "case_reference", "classification", "suggested", "override", "is_child", "reason",
         "engine_reasons", "status", "decided_by", "reviewed_by", "review_note", "reviewed_at", "created_at",
         "updated_at")
_SELECT = (
    "SELECT d.id, d.case_id, c.reference, d.classification, d.suggested, d.override, d.is_child, d.reason,"
    " d.engine_reasons, d.status, d.decided_by, d.reviewed_by, d.review_note, d.reviewed_at, d.created_at,"
    " d.updated_at FROM decision_reviews d JOIN cases c ON c.id = d.case_id"
)


def insert(conn: sqlcipher3.Connection, case_id: str, *, classification: str, suggested: str | None,
           override: bool, is_child: bool, reason: str, engine_reasons: list[str], by: str) -> str:
    """A new pending review of the decision `by` just made."""
    rid, stamp = new_id(), now()
    conn.execute(
        "INSERT INTO decision_reviews (id, case_id, classification, suggested, override, is_child, reason,"
        " engine_reasons, decided_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rid, case_id, classification, suggested, int(override), int(is_child), reason,
         json.dumps(engine_reasons, ensure_ascii=False), by, stamp, stamp),
    )
    return rid


def _record(row: tuple[Any, ...]) -> dict[str, Any]:
    rec = dict(zip(_KEYS, row, strict=True))
    rec["override"], rec["is_child"] = bool(rec["override"]), bool(rec["is_child"])
    rec["engine_reasons"] = json.loads(rec["engine_reasons"])
    return rec


def get(conn: sqlcipher3.Connection, review_id: str) -> dict[str, Any] | None:
    with translate_errors():
        row = conn.execute(f"{_SELECT} WHERE d.id = ?", (review_id,)).fetchone()
    return _record(row) if row else None


def list_reviews(conn: sqlcipher3.Connection, *, status: str | None = None, case_id: str | None = None
                 ) -> list[dict[str, Any]]:
    """Reviews, oldest first (a queue is worked from its oldest entry)."""
    clauses, params = [], []
    if status:
        clauses.append("d.status = ?")
        params.append(status)
    if case_id:
        clauses.append("d.case_id = ?")
        params.append(case_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    with translate_errors():
        return [_record(r) for r in conn.execute(f"{_SELECT}{where} ORDER BY d.created_at, d.id", params)]


def latest_for_case(conn: sqlcipher3.Connection, case_id: str) -> dict[str, Any] | None:
    found = list_reviews(conn, case_id=case_id)
    return found[-1] if found else None


def set_outcome(conn: sqlcipher3.Connection, review_id: str, *, status: str, by: str, note: str) -> None:
    stamp = now()
    conn.execute(
        "UPDATE decision_reviews SET status = ?, reviewed_by = ?, review_note = ?, reviewed_at = ?, updated_at = ?"
        " WHERE id = ? AND status = 'pending'",
        (status, by, note, stamp, stamp, review_id),
    )


def pending_case_ids(conn: sqlcipher3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT case_id FROM decision_reviews WHERE status = 'pending'")}


def supersede_pending(conn: sqlcipher3.Connection, case_id: str) -> list[str]:
    """Mark the case's pending reviews superseded (a new decision was recorded); their ids."""
    ids = [r[0] for r in conn.execute("SELECT id FROM decision_reviews WHERE case_id = ? AND status = 'pending'",
                                      (case_id,))]
    conn.execute("UPDATE decision_reviews SET status = 'superseded', updated_at = ? WHERE case_id = ?"
                 " AND status = 'pending'", (now(), case_id))
    return ids
