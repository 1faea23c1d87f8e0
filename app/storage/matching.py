"""Cheap candidate lookup for possible same-person detection: the name index, then the stored persons."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlcipher3

from app.domain.model import IdentityDocument, Person
from app.storage.db import translate_errors

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
    sql = ("SELECT c.id, c.reference, c.person FROM case_search s JOIN cases c ON c.num = s.rowid"
           " WHERE case_search MATCH ? ORDER BY s.rank LIMIT ?")
    with translate_errors():
        rows = conn.execute(sql, (query, limit)).fetchall()
    return [(r[0], r[1], person_from_json(json.loads(r[2]))) for r in rows]


def person_from_json(data: dict[str, Any]) -> Person:
    """A Person from the JSON stored in cases.person."""
    dob = data.get("date_of_birth")
    docs = tuple(IdentityDocument(d.get("type", "other"), d.get("number", ""), d.get("issuing_country"))
                 for d in data.get("documents") or ())
    return Person(
        given_name=data.get("given_name", ""), family_name=data.get("family_name", ""),
        name_native=data.get("name_native", ""), aliases=tuple(data.get("aliases") or ()),
        sex=data.get("sex", "unknown"), date_of_birth=dt.date.fromisoformat(dob) if dob else None,
        estimated_age=data.get("estimated_age"), possible_child=bool(data.get("possible_child")),
        nationality=data.get("nationality"), languages=tuple(data.get("languages") or ()), documents=docs,
    )
