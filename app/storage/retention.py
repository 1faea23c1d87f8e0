"""Retention at the post: which records are due, and the purge of each kind of record (docs/retention.md).

Every kind of record a case owns is one entry of `KINDS`: its table and the statement that removes the rows of a set
of cases. A new kind (say, attachments) is one more entry. Kinds whose table does not exist in this store are
skipped, so an entry can land before the migration that creates its table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import now

# The cases' last activity: the latest change to the case or anything hanging off it.
_ACTIVITY = """
SELECT c.id, c.reference, c.status,
  max(c.updated_at,
      coalesce((SELECT max(updated_at) FROM encounters WHERE case_id = c.id), ''),
      coalesce((SELECT max(updated_at) FROM screenings WHERE case_id = c.id), ''),
      coalesce((SELECT max(updated_at) FROM consents WHERE case_id = c.id), ''),
      coalesce((SELECT max(updated_at) FROM notes WHERE case_id = c.id), ''),
      coalesce((SELECT max(updated_at) FROM referrals WHERE case_id = c.id), ''),
      coalesce((SELECT max(e.at) FROM referral_events e JOIN referrals r ON r.id = e.referral_id
                WHERE r.case_id = c.id), '')) AS last_activity,
  (SELECT count(*) FROM referrals r WHERE r.case_id = c.id) AS referrals,
  (SELECT count(*) FROM referrals r WHERE r.case_id = c.id AND r.status <> 'closed') AS open_referrals,
  (SELECT count(*) FROM outbox o JOIN referrals r ON r.id = o.referral_id WHERE r.case_id = c.id) AS sealed,
  (SELECT count(*) FROM outbox o JOIN referrals r ON r.id = o.referral_id
    WHERE r.case_id = c.id AND o.state = 'acknowledged') AS receipted,
  (SELECT count(*) FROM referrals r WHERE r.case_id = c.id
    AND r.status IN ('approved', 'sent') AND r.id NOT IN (SELECT referral_id FROM outbox)) AS unsealed,
  EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id) AS held
FROM cases c
"""


@dataclass(frozen=True)
class CaseActivity:
    """What the retention rules need to know about one case (no personal data: ids, counts and times)."""

    case_id: str
    reference: str
    status: str
    last_activity: str
    referrals: int
    open_referrals: int
    sealed: int
    receipted: int
    unsealed: int
    held: bool


def case_activity(conn: sqlcipher3.Connection, *, changed_before: str) -> list[CaseActivity]:
    """Cases whose own row last changed before `changed_before` (a case changed since cannot have been idle that
    long, whatever its children say: that keeps the unlock-time check to the old cases)."""
    with translate_errors():
        rows = conn.execute(_ACTIVITY + " WHERE c.updated_at < ? ORDER BY c.updated_at", (changed_before,)).fetchall()
    return [CaseActivity(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), int(r[6]), int(r[7]), int(r[8]), bool(r[9]))
            for r in rows]


def stale_drafts(conn: sqlcipher3.Connection, *, before: str) -> list[tuple[str, str]]:
    """Unfinished interviews (id, last saved) not saved since `before`."""
    with translate_errors():
        rows = conn.execute("SELECT id, updated_at FROM drafts WHERE updated_at < ? ORDER BY updated_at",
                            (before,)).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


@dataclass(frozen=True)
class Kind:
    """One kind of record a case owns: its table and how to remove the rows of the cases in `temp.purge_cases`."""

    name: str
    table: str
    delete: str


_IN_CASES = "case_id IN (SELECT id FROM temp.purge_cases)"
_IN_REFERRALS = "referral_id IN (SELECT id FROM referrals WHERE case_id IN (SELECT id FROM temp.purge_cases))"


def _delete(table: str, where: str) -> str:
    return f"DELETE FROM {table} WHERE {where}"  # noqa: S608 — constant table names and conditions


# Children before parents (foreign keys); the case row and its name-index entry last.
KINDS: tuple[Kind, ...] = (
    Kind("referral_event", "referral_events", _delete("referral_events", _IN_REFERRALS)),
    Kind("office_status", "office_status", _delete("office_status", _IN_REFERRALS)),
    # The sealed copy goes; the row keeps the numbers and the hash the office's receipt signed.
    Kind("outbox_copy", "outbox",
         "UPDATE outbox SET envelope = X'', cleared_at = :now WHERE cleared_at IS NULL AND " + _IN_REFERRALS),  # noqa: S608
    Kind("emergency_release", "emergency_releases", _delete("emergency_releases", _IN_REFERRALS)),
    Kind("referral", "referrals", _delete("referrals", _IN_CASES)),
    Kind("encounter", "encounters", _delete("encounters", _IN_CASES)),
    Kind("screening", "screenings", _delete("screenings", _IN_CASES)),
    Kind("consent", "consents", _delete("consents", _IN_CASES)),
    Kind("need", "needs", _delete("needs", _IN_CASES)),
    Kind("note", "notes", _delete("notes", _IN_CASES)),
    Kind("decision_review", "decision_reviews", _delete("decision_reviews", _IN_CASES)),
    Kind("attachment", "attachments", _delete("attachments", _IN_CASES)),
    # Corrections keep old and new values (names, dates of birth): they go with the case (issue 14).
    Kind("case_change", "case_changes", _delete("case_changes", _IN_CASES)),
    Kind("companion", "companions", _delete("companions", _IN_CASES)),
    Kind("closure", "case_closures", _delete("case_closures", _IN_CASES)),
    Kind("same_person_link", "same_person_links", _delete("same_person_links", _IN_CASES)),
    # A transfer keeps the whole case document sent or received (issue 14): it goes with the case.
    Kind("transfer", "transfers", _delete("transfers", _IN_CASES)),
    # Where a withdrawal reached (issue 16): ids only, but of a case that no longer exists.
    Kind("withdrawal_progress", "withdrawal_sync", _delete("withdrawal_sync", _IN_CASES)),
    Kind("name_index", "case_search",
         _delete("case_search", "rowid IN (SELECT num FROM cases WHERE id IN (SELECT id FROM temp.purge_cases))")),
    Kind("case", "cases", _delete("cases", "id IN (SELECT id FROM temp.purge_cases)")),
    # A group left without any case holds only its note: it goes too.
    Kind("case_group", "case_groups",
         _delete("case_groups", "id NOT IN (SELECT group_id FROM cases WHERE group_id IS NOT NULL)")),
)


def _tables(conn: sqlcipher3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def purge_cases(conn: sqlcipher3.Connection, case_ids: list[str]) -> dict[str, int]:
    """Inside the caller's transaction: remove every record of these cases; rows removed per kind."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS purge_cases (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.purge_cases")
    conn.executemany("INSERT INTO temp.purge_cases (id) VALUES (?)", [(c,) for c in case_ids])
    present, counts = _tables(conn), {}
    params: dict[str, Any] = {"now": now()}
    for kind in KINDS:
        if kind.table not in present:
            continue
        counts[kind.name] = conn.execute(kind.delete, params if ":now" in kind.delete else {}).rowcount
    conn.execute("DELETE FROM temp.purge_cases")
    return counts


def delete_drafts(conn: sqlcipher3.Connection, draft_ids: list[str]) -> int:
    conn.executemany("DELETE FROM drafts WHERE id = ?", [(d,) for d in draft_ids])
    return len(draft_ids)


def reclaim(conn: sqlcipher3.Connection) -> None:
    """After a purge (outside any transaction): merge the name index so deleted names leave its pages, free the
    emptied pages (incremental vacuum; the first time, a full VACUUM switches the store to incremental mode), and
    empty the WAL, which still holds the old pages. secure_delete is on, so freed space is zeroed first."""
    conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    if int(conn.execute("PRAGMA auto_vacuum").fetchone()[0]) != 2:
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("VACUUM")
    else:
        conn.execute("PRAGMA incremental_vacuum").fetchall()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


# ----- legal holds -----
def holds(conn: sqlcipher3.Connection) -> list[dict[str, Any]]:
    with translate_errors():
        rows = conn.execute("SELECT h.case_id, c.reference, h.reason, h.set_by, h.set_at FROM legal_holds h"
                            " JOIN cases c ON c.id = h.case_id ORDER BY h.set_at").fetchall()
    return [dict(zip(("case_id", "reference", "reason", "set_by", "set_at"), r, strict=True)) for r in rows]


def set_hold(conn: sqlcipher3.Connection, case_id: str, *, reason: str, by: str) -> None:
    conn.execute("INSERT INTO legal_holds (case_id, reason, set_by, set_at) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT(case_id) DO UPDATE SET reason = excluded.reason, set_by = excluded.set_by,"
                 " set_at = excluded.set_at", (case_id, reason, by, now()))


def release_hold(conn: sqlcipher3.Connection, case_id: str) -> bool:
    return bool(conn.execute("DELETE FROM legal_holds WHERE case_id = ?", (case_id,)).rowcount > 0)


# ----- the policy received from the office -----
def stored_policy(conn: sqlcipher3.Connection) -> str | None:
    row = conn.execute("SELECT body FROM retention_policy WHERE id = 1").fetchone()
    return str(row[0]) if row else None


def store_policy(conn: sqlcipher3.Connection, *, version: int, body: str) -> None:
    conn.execute("INSERT INTO retention_policy (id, version, body, received_at) VALUES (1, ?, ?, ?)"
                 " ON CONFLICT(id) DO UPDATE SET version = excluded.version, body = excluded.body,"
                 " received_at = excluded.received_at", (version, body, now()))
