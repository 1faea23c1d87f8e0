"""Corrections to a case after intake (with their history), people travelling together and companions."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.db import translate_errors
from app.storage.ids import new_id, now


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def intake_encounter(conn: sqlcipher3.Connection, case_id: str) -> dict[str, Any] | None:
    """The first encounter of the case (the one intake recorded), as plain data."""
    with translate_errors():
        row = conn.execute("SELECT id, date, place, circumstance, notes FROM encounters WHERE case_id = ?"
                           " ORDER BY date, created_at LIMIT 1", (case_id,)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "date": row[1], "place": row[2], "circumstance": row[3], "notes": row[4]}


def save_details(
    conn: sqlcipher3.Connection, case_id: str, *, person: dict[str, Any], identity: dict[str, Any],
    investigation: dict[str, Any], encounter: dict[str, Any], is_child: bool, search_terms: list[str],
) -> None:
    """Write corrected details: the person JSON and its listed columns, the name index, identity, investigation,
    the intake encounter. Inside the caller's transaction."""
    stamp = now()
    display = " ".join(p for p in (person.get("given_name", ""), person.get("family_name", "")) if p)
    conn.execute(
        "UPDATE cases SET person = ?, display_name = ?, name_native = ?, nationality = ?, is_child = ?,"
        " identity = ?, investigation = ?, encounter_date = ?, updated_at = ? WHERE id = ?",
        (_dumps(person), display, person.get("name_native") or "", person.get("nationality"), int(is_child),
         _dumps(identity), _dumps(investigation), encounter["date"], stamp, case_id),
    )
    num = conn.execute("SELECT num FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    conn.execute("DELETE FROM case_search WHERE rowid = ?", (num,))
    conn.execute("INSERT INTO case_search (rowid, terms) VALUES (?, ?)", (num, " ".join(search_terms)))
    conn.execute("UPDATE encounters SET date = ?, place = ?, circumstance = ?, notes = ?, updated_at = ?"
                 " WHERE id = ?", (encounter["date"], encounter["place"], encounter["circumstance"],
                                   encounter["notes"], stamp, encounter["id"]))


def save_identity(conn: sqlcipher3.Connection, case_id: str, *, identity: dict[str, Any],
                  investigation: dict[str, Any], extra_terms: list[str]) -> None:
    """Identity and investigation of a case just imported; the father's or husband's name joins the name index."""
    conn.execute("UPDATE cases SET identity = ?, investigation = ? WHERE id = ?",
                 (_dumps(identity), _dumps(investigation), case_id))
    if extra_terms:
        num = conn.execute("SELECT num FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        person = json.loads(conn.execute("SELECT person FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
        terms = [person.get("given_name", ""), person.get("family_name", ""), person.get("name_native", ""),
                 *person.get("aliases", []), *(d.get("number", "") for d in person.get("documents", [])),
                 *extra_terms]
        conn.execute("DELETE FROM case_search WHERE rowid = ?", (num,))
        conn.execute("INSERT INTO case_search (rowid, terms) VALUES (?, ?)", (num, " ".join(t for t in terms if t)))


def insert_change(conn: sqlcipher3.Connection, case_id: str, *, field: str, old: Any, new: Any, reason: str,
                  by: str, audit_seq: int) -> str:
    cid, stamp = new_id(), now()
    conn.execute(
        "INSERT INTO case_changes (id, case_id, field, old_value, new_value, reason, changed_by, audit_seq,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (cid, case_id, field, _dumps(old), _dumps(new), reason, by, audit_seq, stamp, stamp),
    )
    return cid


def changes(conn: sqlcipher3.Connection, case_id: str) -> list[dict[str, Any]]:
    """The history of corrections, oldest first, with the name of who made each."""
    with translate_errors():
        rows = conn.execute(
            "SELECT c.id, c.field, c.old_value, c.new_value, c.reason, c.changed_by, u.username, c.audit_seq,"
            " c.created_at FROM case_changes c LEFT JOIN users u ON u.id = c.changed_by WHERE c.case_id = ?"
            " ORDER BY c.created_at, c.id", (case_id,)).fetchall()
    return [{"id": r[0], "field": r[1], "old": json.loads(r[2]), "new": json.loads(r[3]), "reason": r[4],
             "changed_by": r[5], "changed_by_name": r[6] or "", "audit_seq": r[7], "at": r[8]} for r in rows]


# ---------------------------------------------------------------- people together

def group_of(conn: sqlcipher3.Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT group_id FROM cases WHERE id = ?", (case_id,)).fetchone()
    return row[0] if row else None


def create_group(conn: sqlcipher3.Connection, *, note: str, by: str) -> str:
    gid, stamp = new_id(), now()
    conn.execute("INSERT INTO case_groups (id, note, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                 (gid, note, by, stamp, stamp))
    return gid


def set_group(conn: sqlcipher3.Connection, case_id: str, group_id: str | None) -> None:
    conn.execute("UPDATE cases SET group_id = ?, updated_at = ? WHERE id = ?", (group_id, now(), case_id))


def group_members(conn: sqlcipher3.Connection, group_id: str) -> list[dict[str, Any]]:
    with translate_errors():
        rows = conn.execute("SELECT id, reference, display_name, name_native, is_child, status FROM cases"
                            " WHERE group_id = ? ORDER BY reference", (group_id,)).fetchall()
    return [{"id": r[0], "reference": r[1], "display_name": r[2], "name_native": r[3], "is_child": bool(r[4]),
             "status": r[5]} for r in rows]


def group_note(conn: sqlcipher3.Connection, group_id: str) -> str:
    row = conn.execute("SELECT note FROM case_groups WHERE id = ?", (group_id,)).fetchone()
    return str(row[0]) if row else ""


def insert_companion(conn: sqlcipher3.Connection, case_id: str, *, name: str, relation: str, held_documents: bool,
                     possible_exploiter: bool, note: str, by: str) -> str:
    cid, stamp = new_id(), now()
    conn.execute(
        "INSERT INTO companions (id, case_id, name, relation, held_documents, possible_exploiter, note,"
        " recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (cid, case_id, name, relation, int(held_documents), int(possible_exploiter), note, by, stamp, stamp),
    )
    return cid


def companions(conn: sqlcipher3.Connection, case_id: str) -> list[dict[str, Any]]:
    with translate_errors():
        rows = conn.execute("SELECT id, name, relation, held_documents, possible_exploiter, note, created_at"
                            " FROM companions WHERE case_id = ? ORDER BY created_at", (case_id,)).fetchall()
    return [{"id": r[0], "name": r[1], "relation": r[2], "held_documents": bool(r[3]),
             "possible_exploiter": bool(r[4]), "note": r[5], "created_at": r[6]} for r in rows]
