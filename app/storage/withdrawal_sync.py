"""Withdrawals that travel (issue 16): what each one covers and how far the office reports it has reached."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.ids import now

_COLUMNS = ("withdrawal_id", "consent_id", "case_id", "referral_ids", "source", "sealed_seq", "state", "received_at",
            "providers", "created_at", "updated_at")


def sent_referrals(conn: sqlcipher3.Connection, case_id: str) -> list[tuple[str, str | None]]:
    """(referral id, organisation) of the case's referrals that have a sealed bundle (the office may hold them)."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT r.id, r.provider_id FROM referrals r JOIN outbox o ON o.referral_id = r.id WHERE r.case_id = ?"
        " ORDER BY o.seq", (case_id,))]


def add(conn: sqlcipher3.Connection, *, withdrawal_id: str, consent_id: str | None, case_id: str,
        referral_ids: list[str], source: str, sealed_seq: int | None, state: str = "sealed") -> None:
    stamp = now()
    conn.execute("INSERT INTO withdrawal_sync (withdrawal_id, consent_id, case_id, referral_ids, source, sealed_seq,"
                 " state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (withdrawal_id, consent_id, case_id, json.dumps(referral_ids), source, sealed_seq, state, stamp,
                  stamp))


def get(conn: sqlcipher3.Connection, withdrawal_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT " + ", ".join(_COLUMNS) + " FROM withdrawal_sync WHERE withdrawal_id = ?",  # noqa: S608
                       (withdrawal_id,)).fetchone()
    return None if row is None else _decoded(row)


def for_case(conn: sqlcipher3.Connection, case_id: str) -> list[dict[str, Any]]:
    """The case's withdrawals, oldest first, each with the state of the outbox item that carries it."""
    rows = conn.execute("SELECT " + ", ".join("w." + c for c in _COLUMNS) + ", o.state FROM withdrawal_sync w"  # noqa: S608
                        " LEFT JOIN outbox o ON o.seq = w.sealed_seq WHERE w.case_id = ? ORDER BY w.created_at",
                        (case_id,)).fetchall()
    return [{**_decoded(r[:len(_COLUMNS)]), "outbox_state": r[len(_COLUMNS)]} for r in rows]


def report(conn: sqlcipher3.Connection, withdrawal_id: str, *, state: str, received_at: str,
           providers: list[dict[str, Any]]) -> bool:
    """Store the office's report of one withdrawal; True when it changed anything."""
    text = json.dumps(providers, sort_keys=True)
    cur = conn.execute("UPDATE withdrawal_sync SET state = ?, received_at = ?, providers = ?, updated_at = ?"
                       " WHERE withdrawal_id = ? AND NOT (state = ? AND received_at IS ? AND providers = ?)",
                       (state, received_at, text, now(), withdrawal_id, state, received_at, text))
    return bool(cur.rowcount)


def case_of_referral(conn: sqlcipher3.Connection, referral_id: str) -> str | None:
    row = conn.execute("SELECT case_id FROM referrals WHERE id = ?", (referral_id,)).fetchone()
    return None if row is None else str(row[0])


def _decoded(row: tuple[Any, ...]) -> dict[str, Any]:
    rec = dict(zip(_COLUMNS, row, strict=True))
    rec["referral_ids"] = json.loads(rec["referral_ids"])
    rec["providers"] = json.loads(rec["providers"])
    return rec
