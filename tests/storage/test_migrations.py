"""Upgrades from saved stores of earlier schema versions; numbering; refusal of newer stores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.errors import Refused
from app.storage import audit, db

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "stores"
V1_KEY = bytes(range(32))  # the test key the saved schema-1 store was made with (tests/vectors only)


def test_migrations_are_numbered_from_one():
    """Ascending, distinct, from 001; gaps are allowed (each branch takes its own number)."""
    numbers = [n for n, _ in db.migrations()]
    assert numbers[:2] == [1, 2] and numbers == sorted(set(numbers))


def test_saved_schema_1_store_upgrades_keeping_its_data(tmp_path):
    path = tmp_path / "post.db"
    shutil.copy(SAVED / "post-v1.db", path)
    conn = db.open_store(path, V1_KEY)
    assert db.schema_version(conn) == 1
    applied = db.migrate(conn, path)
    assert applied == [n for n, _ in db.migrations() if n > 1]
    assert db.schema_version(conn) == db.migrations()[-1][0]
    assert conn.execute("SELECT reference FROM cases").fetchall() == [("OLD-2026-000001",)]
    assert audit.verify(conn).ok
    conn.close()
    backup = tmp_path / "post.db.before-v2"
    assert backup.exists() and not backup.read_bytes().startswith(b"SQLite format 3")
    old = db.open_store(backup, V1_KEY)  # the copy is the untouched schema-1 store, still encrypted
    assert db.schema_version(old) == 1
    old.close()


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "post.db"
    shutil.copy(SAVED / "post-v1.db", path)
    broken = tmp_path / "migrations"
    broken.mkdir()
    for number, source in db.migrations():
        target = broken / source.name
        target.write_text(source.read_text() if number == 1 else "CREATE TABLE half_done (x);\nSELECT no_such_fn();\n")
    monkeypatch.setattr(db, "migrations_dir", lambda: broken)
    conn = db.open_store(path, V1_KEY)
    with pytest.raises(Exception, match="no_such_fn"):
        db.migrate(conn, path)
    assert db.schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_newer_store_is_refused(tmp_path):
    path = tmp_path / "post.db"
    shutil.copy(SAVED / "post-v1.db", path)
    conn = db.open_store(path, V1_KEY)
    conn.execute("PRAGMA user_version = 999")
    with pytest.raises(Refused, match="newer NRM Desk"):
        db.migrate(conn, path)
    conn.close()


def test_saved_schema_1_store_gains_decision_reviews_that_refuse_a_self_review(tmp_path):
    import sqlcipher3

    path = tmp_path / "post.db"
    shutil.copy(SAVED / "post-v1.db", path)
    conn = db.open_store(path, V1_KEY)
    db.migrate(conn, path)
    case_id, user = conn.execute("SELECT id, created_by FROM cases").fetchone()
    insert = ("INSERT INTO decision_reviews (id, case_id, classification, reason, decided_by, reviewed_by,"
              " created_at, updated_at) VALUES (?, ?, 'no_protection_concern', 'r', ?, ?, 't', 't')")
    conn.execute(insert, ("r1", case_id, user, None))
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(insert, ("r2", case_id, user, user))  # the store itself refuses reviewing one's own decision
    assert [r[0] for r in conn.execute("SELECT id FROM decision_reviews")] == ["r1"]
    conn.close()


def _words(conn) -> list[tuple]:
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, case_search, instance)")
    found = conn.execute("SELECT doc, col, offset, term FROM temp.words ORDER BY doc, offset").fetchall()
    conn.execute("DROP TABLE temp.words")
    return found


def test_migration_005_rebuilds_the_name_index_with_the_same_words(tmp_path):
    """The contentless name index is rebuilt with a prefix index: every word at its place, search still finds."""
    from app.storage import cases

    path = tmp_path / "post.db"
    shutil.copy(SAVED / "post-v1.db", path)
    conn = db.open_store(path, V1_KEY)
    before = _words(conn)
    assert before
    db.migrate(conn, path)
    assert _words(conn) == before
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'case_search'").fetchone()[0]
    assert "prefix = '3'" in sql and "contentless_delete = 1" in sql
    name = conn.execute("SELECT display_name FROM cases").fetchone()[0]
    for text in (name[:3], name.split()[-1][:4], name):
        found = cases.list_cases(conn, cases.CaseFilter(search=text))
        assert [c.reference for c in found] == ["OLD-2026-000001"], text
    assert cases.list_cases(conn, cases.CaseFilter(search="zzq")) == []
    conn.close()
