"""After the referral: follow-up dates, closures and re-opening, emergency releases, re-referral links."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import new_id, now


def _dicts(conn: sqlcipher3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    with translate_errors():
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# ----- follow-up -----
def set_referral_follow_up(conn: sqlcipher3.Connection, referral_id: str, on: str | None) -> None:
    conn.execute("UPDATE referrals SET follow_up_on = ?, updated_at = ? WHERE id = ?", (on, now(), referral_id))


def set_case_follow_up(conn: sqlcipher3.Connection, case_id: str, on: str | None) -> None:
    conn.execute("UPDATE cases SET follow_up_on = ?, updated_at = ? WHERE id = ?", (on, now(), case_id))


def referral_follow_up(conn: sqlcipher3.Connection, referral_id: str) -> str | None:
    row = conn.execute("SELECT follow_up_on FROM referrals WHERE id = ?", (referral_id,)).fetchone()
    return row[0] if row else None


def due(conn: sqlcipher3.Connection, *, on_or_before: str) -> list[dict[str, Any]]:
    """Follow-ups due on or before a day, cases not closed: one row per case or referral, oldest date first."""
    return _dicts(
        conn,
        "SELECT 'case' AS kind, c.id AS case_id, c.reference, c.display_name, c.name_native, NULL AS referral_id,"
        " NULL AS provider_name, c.status, c.follow_up_on"
        " FROM cases c WHERE c.follow_up_on IS NOT NULL AND c.follow_up_on <= ? AND c.status != 'closed'"
        " UNION ALL "
        "SELECT 'referral', c.id, c.reference, c.display_name, c.name_native, r.id, o.name, r.status,"
        " r.follow_up_on FROM referrals r JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.provider_id"
        " WHERE r.follow_up_on IS NOT NULL AND r.follow_up_on <= ? AND c.status != 'closed'"
        " AND r.status NOT IN ('closed')"
        " ORDER BY follow_up_on, reference",
        (on_or_before, on_or_before),
    )


# ----- re-referral -----
def set_rereferral_of(conn: sqlcipher3.Connection, referral_id: str, previous_id: str) -> None:
    conn.execute("UPDATE referrals SET rereferral_of = ? WHERE id = ?", (previous_id, referral_id))


def rereferrals_of(conn: sqlcipher3.Connection, referral_id: str) -> list[str]:
    return [r["id"] for r in _dicts(conn, "SELECT id FROM referrals WHERE rereferral_of = ? ORDER BY created_at",
                                    (referral_id,))]


# ----- closure -----
def add_closure(conn: sqlcipher3.Connection, case_id: str, *, outcome: str, note: str, by: str) -> str:
    closure_id, stamp = new_id(), now()
    conn.execute(
        "INSERT INTO case_closures (id, case_id, outcome, note, requested_by, requested_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (closure_id, case_id, outcome, note, by, stamp, stamp, stamp))
    return closure_id


def decide_closure(conn: sqlcipher3.Connection, closure_id: str, *, status: str, by: str, note: str = "") -> None:
    stamp = now()
    conn.execute(
        "UPDATE case_closures SET status = ?, decided_by = ?, decided_at = ?, updated_at = ?,"
        " note = CASE WHEN ? = '' THEN note ELSE note || CASE WHEN note = '' THEN '' ELSE ' — ' END || ? END"
        " WHERE id = ?", (status, by, stamp, stamp, note, note, closure_id))


def reopen_closure(conn: sqlcipher3.Connection, closure_id: str, *, reason: str, by: str) -> None:
    stamp = now()
    conn.execute("UPDATE case_closures SET status = 'reopened', reopen_reason = ?, reopened_by = ?, reopened_at = ?,"
                 " updated_at = ? WHERE id = ?", (reason, by, stamp, stamp, closure_id))


def closures(conn: sqlcipher3.Connection, case_id: str) -> list[dict[str, Any]]:
    return _dicts(conn, "SELECT * FROM case_closures WHERE case_id = ? ORDER BY requested_at, id", (case_id,))


def pending_closures(conn: sqlcipher3.Connection) -> list[dict[str, Any]]:
    return _dicts(conn, "SELECT k.*, c.reference FROM case_closures k JOIN cases c ON c.id = k.case_id"
                        " WHERE k.status = 'pending' ORDER BY k.requested_at")


# ----- emergency releases -----
def add_emergency(conn: sqlcipher3.Connection, referral_id: str, *, reason: str, by: str) -> None:
    conn.execute("INSERT INTO emergency_releases (referral_id, reason, released_by, released_at) VALUES (?, ?, ?, ?)",
                 (referral_id, reason, by, now()))


def approve_emergency(conn: sqlcipher3.Connection, referral_id: str, *, by: str, note: str) -> None:
    conn.execute("UPDATE emergency_releases SET approved_by = ?, approved_at = ?, note = ? WHERE referral_id = ?",
                 (by, now(), note, referral_id))


def emergency(conn: sqlcipher3.Connection, referral_id: str) -> dict[str, Any] | None:
    found = _dicts(conn, "SELECT * FROM emergency_releases WHERE referral_id = ?", (referral_id,))
    return found[0] if found else None


def emergencies_pending(conn: sqlcipher3.Connection) -> list[dict[str, Any]]:
    return _dicts(conn, "SELECT e.*, c.reference FROM emergency_releases e JOIN referrals r ON r.id = e.referral_id"
                        " JOIN cases c ON c.id = r.case_id WHERE e.approved_by IS NULL ORDER BY e.released_at")
