"""Cheap candidate lookup for possible same-person detection: the name index, then the stored persons."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from app.domain.model import IdentityDocument, Person
from app.storage.db import translate_errors


@dataclass(frozen=True)
class RecordedPerson(Person):
    """A stored person with the father's or husband's name recorded with the case's identity (issue 14), which the
    matcher compares when both records carry one (app.domain.matching reads these two attributes)."""

    father_name: str = ""
    father_name_native: str = ""


def father_names(identity: dict[str, Any] | None) -> tuple[str, str]:
    """The father's or husband's name (Latin, Urdu script) from a case's identity JSON, or empty strings."""
    identity = identity or {}
    if not identity.get("relation"):
        return "", ""
    return str(identity.get("relation_name") or ""), str(identity.get("relation_name_native") or "")

CANDIDATE_LIMIT = 100


def _or_query(words: list[str]) -> str:
    quoted = ['"' + w.replace('"', '""') + '"' for w in words if w.strip()]
    return " OR ".join(quoted)


def candidates(conn: sqlcipher3.Connection, words: list[str], *, limit: int = CANDIDATE_LIMIT
               ) -> list[tuple[str, str, Person]]:
    """Cases whose names, aliases or document numbers contain any of `words` (best-ranked first)."""
    query = _or_query(words)
    if not query:
        return []
    sql = ("SELECT c.id, c.reference, c.person, c.identity FROM case_search s JOIN cases c ON c.num = s.rowid"
           " WHERE case_search MATCH ? ORDER BY s.rank LIMIT ?")
    with translate_errors():
        rows = conn.execute(sql, (query, limit)).fetchall()
    return [(r[0], r[1], person_from_json(json.loads(r[2]), father=father_names(json.loads(r[3] or "{}"))))
            for r in rows]


def person_from_json(data: dict[str, Any], *, father: tuple[str, str] = ("", "")) -> Person:
    """A Person from the JSON stored in cases.person (with the father's or husband's name when one is given)."""
    dob = data.get("date_of_birth")
    docs = tuple(IdentityDocument(d.get("type", "other"), d.get("number", ""), d.get("issuing_country"))
                 for d in data.get("documents") or ())
    return RecordedPerson(
        father_name=father[0], father_name_native=father[1],
        given_name=data.get("given_name", ""), family_name=data.get("family_name", ""),
        name_native=data.get("name_native", ""), aliases=tuple(data.get("aliases") or ()),
        sex=data.get("sex", "unknown"), date_of_birth=dt.date.fromisoformat(dob) if dob else None,
        estimated_age=data.get("estimated_age"), possible_child=bool(data.get("possible_child")),
        nationality=data.get("nationality"), languages=tuple(data.get("languages") or ()), documents=docs,
    )


# --- one person across posts: the office's document matching key and its same-person confirmations ----------
def save_match_key(conn: sqlcipher3.Connection, key_id: str, key: bytes, *, at: str) -> bool:
    """Keep a document matching key the office sent (True when new)."""
    cursor = conn.execute("INSERT OR IGNORE INTO match_keys (key_id, key, received_at) VALUES (?, ?, ?)",
                          (key_id, key, at))
    return bool(cursor.rowcount)


def current_match_key(conn: sqlcipher3.Connection) -> tuple[str, bytes] | None:
    """The newest document matching key, or None before the office has sent one."""
    with translate_errors():
        row = conn.execute("SELECT key_id, key FROM match_keys ORDER BY received_at DESC, key_id LIMIT 1").fetchone()
    return (row[0], bytes(row[1])) if row else None


def save_link(conn: sqlcipher3.Connection, *, case_id: str, other_post: str, other_reference: str, status: str,
              decided_at: str, at: str) -> bool:
    """Record (or update) the office's decision that a case here is the same person as one at another post."""
    known = conn.execute("SELECT status, decided_at FROM same_person_links WHERE case_id = ? AND other_post = ?"
                         " AND other_reference = ?", (case_id, other_post, other_reference)).fetchone()
    if known is not None and (known[0], known[1]) == (status, decided_at):
        return False
    conn.execute("INSERT INTO same_person_links (case_id, other_post, other_reference, status, decided_at,"
                 " received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, other_post, other_reference)"
                 " DO UPDATE SET status = excluded.status, decided_at = excluded.decided_at,"
                 " received_at = excluded.received_at", (case_id, other_post, other_reference, status, decided_at, at))
    return True


def links_of(conn: sqlcipher3.Connection, case_id: str) -> list[dict[str, str]]:
    """The office's confirmed same-person links of one case (another post's code and case reference)."""
    with translate_errors():
        rows = conn.execute("SELECT other_post, other_reference, decided_at FROM same_person_links"
                            " WHERE case_id = ? AND status = 'confirmed' ORDER BY decided_at, other_reference",
                            (case_id,)).fetchall()
    return [{"other_post": r[0], "other_reference": r[1], "decided_at": r[2]} for r in rows]
