"""Referrals and their status history."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.domain.model import ReferralDraft
from app.storage.db import translate_errors
from app.storage.ids import new_id, now

INSERT_REFERRAL = ("INSERT INTO referrals (id, case_id, provider_id, services, urgency, reason, status, drafted_by,"
                   " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)")
INSERT_EVENT = "INSERT INTO referral_events (referral_id, status, at, by, note, source) VALUES (?, ?, ?, ?, ?, ?)"


def draft_rows(case_id: str, draft: ReferralDraft, *, by: str) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The rows of a new draft referral: (referral row, its first status event); the id is the first column."""
    rid, stamp = new_id(), now()
    return ((rid, case_id, draft.provider_id, json.dumps(list(draft.services)), draft.urgency, draft.reason, by,
             stamp, stamp),
            (rid, "draft", now(), by, "", "post"))


def insert(conn: sqlcipher3.Connection, case_id: str, draft: ReferralDraft, *, by: str) -> str:
    referral, event = draft_rows(case_id, draft, by=by)
    conn.execute(INSERT_REFERRAL, referral)
    conn.execute(INSERT_EVENT, event)
    return str(referral[0])


def update_draft(conn: sqlcipher3.Connection, referral_id: str, draft: ReferralDraft) -> None:
    conn.execute(
        "UPDATE referrals SET provider_id = ?, services = ?, urgency = ?, reason = ?, updated_at = ? WHERE id = ?",
        (draft.provider_id, json.dumps(list(draft.services)), draft.urgency, draft.reason, now(), referral_id),
    )


def add_event(
    conn: sqlcipher3.Connection, referral_id: str, *, status: str, by: str, note: str = "", source: str = "post",
    at: str | None = None,
) -> None:
    conn.execute(INSERT_EVENT, (referral_id, status, at or now(), by, note, source))


def set_status(
    conn: sqlcipher3.Connection, referral_id: str, status: str, *, by: str, note: str = "", source: str = "post",
    at: str | None = None,
) -> None:
    extra = ", approved_by = ?" if status == "approved" else ""
    params: list[Any] = [status, now()]
    if extra:
        params.append(by)
    conn.execute(f"UPDATE referrals SET status = ?, updated_at = ?{extra} WHERE id = ?",  # noqa: S608
                 [*params, referral_id])
    add_event(conn, referral_id, status=status, by=by, note=note, source=source, at=at)


_SELECT = (
    "SELECT r.id, r.case_id, c.reference, r.provider_id, o.name, r.services, r.urgency, r.reason, r.status,"
    " r.drafted_by, r.approved_by, r.created_at, r.updated_at,"
    " (SELECT max(e.at) FROM referral_events e WHERE e.referral_id = r.id AND e.status = 'submitted'),"
    # the case's latest screening decision overrode the engine's suggestion (shown in the approval queue)
    " coalesce((SELECT json_extract(s.result, '$.decision.override') FROM screenings s WHERE s.case_id = r.case_id"
    " ORDER BY s.created_at DESC, s.rowid DESC LIMIT 1), 0)"
    " FROM referrals r JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.provider_id"
)
_KEYS = ("id", "case_id", "case_reference", "provider_id", "provider_name", "services", "urgency", "reason",
         "status", "drafted_by", "approved_by", "created_at", "updated_at", "submitted_at", "decision_override")


def _record(row: tuple[Any, ...]) -> dict[str, Any]:
    rec = dict(zip(_KEYS, row, strict=True))
    rec["services"] = json.loads(rec["services"])
    rec["decision_override"] = bool(rec["decision_override"])
    return rec


def get(conn: sqlcipher3.Connection, referral_id: str) -> dict[str, Any] | None:
    with translate_errors():
        row = conn.execute(f"{_SELECT} WHERE r.id = ?", (referral_id,)).fetchone()
    return _record(row) if row else None


_URGENCY_ORDER = "CASE r.urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END"


def list_referrals(
    conn: sqlcipher3.Connection, *, status: str | None = None, case_id: str | None = None, queue: bool = False
) -> list[dict[str, Any]]:
    """Referrals, newest first; `queue` orders an approval queue: most urgent, then oldest first."""
    clauses, params = [], []
    if status:
        clauses.append("r.status = ?")
        params.append(status)
    if case_id:
        clauses.append("r.case_id = ?")
        params.append(case_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    order = f"{_URGENCY_ORDER}, r.updated_at ASC" if queue else "r.created_at DESC"
    with translate_errors():
        return [_record(r) for r in conn.execute(f"{_SELECT}{where} ORDER BY {order}", params)]


def history(conn: sqlcipher3.Connection, referral_id: str) -> list[dict[str, Any]]:
    cursor = conn.execute(
        "SELECT status, at, by, note, source FROM referral_events WHERE referral_id = ? ORDER BY id", (referral_id,)
    )
    return [dict(zip(("status", "at", "by", "note", "source"), r, strict=True)) for r in cursor]
