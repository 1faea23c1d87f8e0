"""The practice post's permanent mark and its practice attempts (migration 011)."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.storage.ids import new_id, now


def mark(conn: sqlcipher3.Connection) -> None:
    """Mark this store as a practice post, for good (the row cannot be updated or deleted)."""
    conn.execute("INSERT INTO training_mark (id, marked_at) VALUES (1, ?)", (now(),))


def is_marked(conn: sqlcipher3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM training_mark WHERE id = 1").fetchone() is not None


def add_attempt(conn: sqlcipher3.Connection, *, trainee_id: str, scenario_id: str, scenario_version: str,
                lang: str, attempt: dict[str, Any], feedback: dict[str, Any], score: int) -> str:
    attempt_id = new_id()
    conn.execute(
        "INSERT INTO training_attempts (id, trainee_id, scenario_id, scenario_version, lang, attempt, feedback, score,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (attempt_id, trainee_id, scenario_id, scenario_version, lang, json.dumps(attempt, sort_keys=True),
         json.dumps(feedback, sort_keys=True, ensure_ascii=False), score, now()))
    return attempt_id


def attempts(conn: sqlcipher3.Connection, *, trainee_id: str | None = None) -> list[dict[str, Any]]:
    """Every attempt (or one trainee's), oldest first, with the trainee's user name."""
    sql = ("SELECT a.id, a.trainee_id, u.username, a.scenario_id, a.scenario_version, a.lang, a.attempt, a.feedback,"
           " a.score, a.created_at FROM training_attempts a JOIN users u ON u.id = a.trainee_id")
    args: tuple[Any, ...] = ()
    if trainee_id is not None:
        sql += " WHERE a.trainee_id = ?"
        args = (trainee_id,)
    rows = conn.execute(sql + " ORDER BY a.created_at, a.id", args).fetchall()
    keys = ("id", "trainee_id", "username", "scenario_id", "scenario_version", "lang", "attempt", "feedback", "score",
            "created_at")
    out = []
    for row in rows:
        item = dict(zip(keys, row, strict=True))
        item["attempt"], item["feedback"] = json.loads(item["attempt"]), json.loads(item["feedback"])
        out.append(item)
    return out
