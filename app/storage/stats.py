"""What the statistical records and the post dashboard read: the case file in bulk, and which revision was sealed."""

from __future__ import annotations

import json
import secrets
from collections import defaultdict
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors

_CASES = "SELECT id, status, classification, nationality, encounter_date, person FROM cases"
_REFERRALS = "SELECT id, case_id, provider_id, services, status, created_at, urgency FROM referrals"


def case_rows(conn: sqlcipher3.Connection, case_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Every case (or the given ones) with what a statistical record is built from, in case order.

    Each row: id, status, classification, nationality, encounter_date, person (decoded JSON), screenings
    [(created_at, classification, result)], needs [codes], referrals [{id, provider_id, services, status,
    created_at, urgency, events [(status, at)]}].
    """
    with translate_errors():
        where, params = _in("id", case_ids)
        cases = [
            {"id": r[0], "status": r[1], "classification": r[2], "nationality": r[3], "encounter_date": r[4],
             "person": json.loads(r[5]), "screenings": [], "needs": [], "referrals": []}
            for r in conn.execute(_CASES + where + " ORDER BY num", params)]
        by_id = {c["id"]: c for c in cases}
        where, params = _in("case_id", case_ids)
        for case_id, at, classification, result in conn.execute(
                f"SELECT case_id, created_at, classification, result FROM screenings{where} ORDER BY created_at",  # noqa: S608
                params):
            by_id[case_id]["screenings"].append((at, classification, json.loads(result)))
        for case_id, code in conn.execute(f"SELECT case_id, code FROM needs{where} ORDER BY created_at", params):  # noqa: S608
            by_id[case_id]["needs"].append(code)
        referrals = _referrals(conn, where, params)
        for referral in referrals:
            by_id[referral.pop("case_id")]["referrals"].append(referral)
    return cases


def _referrals(conn: sqlcipher3.Connection, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = [{"id": r[0], "case_id": r[1], "provider_id": r[2], "services": json.loads(r[3]), "status": r[4],
             "created_at": r[5], "urgency": r[6], "events": []}
            for r in conn.execute(_REFERRALS + where + " ORDER BY created_at", params)]
    events: dict[str, list[tuple[str, str]]] = defaultdict(list)
    ids = [r["id"] for r in rows]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        marks = ", ".join("?" * len(part))
        for referral_id, status, at in conn.execute(
                f"SELECT referral_id, status, at FROM referral_events WHERE referral_id IN ({marks}) ORDER BY id",  # noqa: S608
                part):
            events[referral_id].append((status, at))
    for row in rows:
        row["events"] = events[row["id"]]
    return rows


def _in(column: str, ids: list[str] | None) -> tuple[str, list[Any]]:
    if ids is None:
        return "", []
    return f" WHERE {column} IN ({', '.join('?' * len(ids))})", list(ids)


def sent(conn: sqlcipher3.Connection) -> dict[str, tuple[str, str | None]]:
    """case id -> (statistical id, revision last sealed or None)."""
    return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT case_id, stats_id, revision FROM stats_sent")}


def stats_id(conn: sqlcipher3.Connection, case_id: str) -> str:
    """The case's random statistical id, created on first use (inside the caller's transaction)."""
    row = conn.execute("SELECT stats_id FROM stats_sent WHERE case_id = ?", (case_id,)).fetchone()
    if row is not None:
        return str(row[0])
    new = secrets.token_hex(16)
    conn.execute("INSERT INTO stats_sent (case_id, stats_id) VALUES (?, ?)", (case_id, new))
    return new


def mark_sealed(conn: sqlcipher3.Connection, revisions: dict[str, str], *, seq: int) -> None:
    """Remember the revision of each case's record that the outbox item `seq` carries."""
    conn.executemany("UPDATE stats_sent SET revision = ?, sealed_seq = ?, waiting_since = NULL WHERE case_id = ?",
                     [(rev, seq, case_id) for case_id, rev in revisions.items()])


def waiting_since(conn: sqlcipher3.Connection, case_ids: list[str], *, now: str) -> str | None:
    """Note `now` for changed records first seen waiting; the oldest waiting time among them."""
    oldest: str | None = None
    for start in range(0, len(case_ids), 500):
        part = case_ids[start:start + 500]
        marks = ", ".join("?" * len(part))
        conn.execute(f"UPDATE stats_sent SET waiting_since = ? WHERE waiting_since IS NULL AND case_id IN ({marks})",  # noqa: S608
                     [now, *part])
        row = conn.execute(f"SELECT min(waiting_since) FROM stats_sent WHERE case_id IN ({marks})", part).fetchone()  # noqa: S608
        if row[0] is not None and (oldest is None or row[0] < oldest):
            oldest = str(row[0])
    return oldest


_FINGERPRINT = ("SELECT (SELECT count(*) FROM cases) || '|' || ifnull((SELECT max(updated_at) FROM cases), '') || '|'"
                " || (SELECT count(*) FROM screenings) || '|' || (SELECT count(*) FROM needs) || '|'"
                " || (SELECT count(*) FROM referrals) || '|' || ifnull((SELECT max(id) FROM referral_events), 0)")


def fingerprint(conn: sqlcipher3.Connection) -> str:
    """Cheap summary of everything a record is built from: it changes whenever a record may have."""
    return str(conn.execute(_FINGERPRINT).fetchone()[0])


def last_fingerprint(conn: sqlcipher3.Connection) -> str | None:
    row = conn.execute("SELECT fingerprint FROM stats_state WHERE id = 1").fetchone()
    return None if row is None else row[0]


def set_fingerprint(conn: sqlcipher3.Connection, value: str) -> None:
    conn.execute("UPDATE stats_state SET fingerprint = ? WHERE id = 1", (value,))


def oldest_waiting(conn: sqlcipher3.Connection) -> str | None:
    """When the oldest change not yet sealed was first seen, or None."""
    row = conn.execute("SELECT min(waiting_since) FROM stats_sent").fetchone()
    return None if row[0] is None else str(row[0])


def pending_reviews(conn: sqlcipher3.Connection) -> int:
    """Negative decisions awaiting a second person's review."""
    return int(conn.execute("SELECT count(*) FROM decision_reviews WHERE status = 'pending'").fetchone()[0])
