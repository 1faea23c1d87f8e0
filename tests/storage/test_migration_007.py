"""Migration 007 upgrades a saved store of schema 5 in place: cases keep everything, gain identity and history."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from app.storage import audit, case_edits, cases, db

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "stores"
KEY = bytes(range(32))  # the test key of the saved stores (tests/vectors only)


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "post.db"
    shutil.copy(SAVED / "post-v5-identity.db", path)
    conn = db.open_store(path, KEY)
    assert db.schema_version(conn) == 5
    before = conn.execute("SELECT id, reference, person, display_name, is_child FROM cases ORDER BY num").fetchall()
    applied = db.migrate(conn, path)
    assert 7 in applied and applied == [n for n, _ in db.migrations() if n > 5]
    yield conn, path, before
    conn.close()


def test_cases_keep_their_data_and_read_with_empty_identity(upgraded):
    conn, path, before = upgraded
    after = conn.execute("SELECT id, reference, person, display_name, is_child FROM cases ORDER BY num").fetchall()
    assert after == before and [r[1] for r in after] == ["OLD-2026-000001", "OLD-2026-000002"]
    case = cases.get_case(conn, after[1][0])
    assert case is not None
    assert case["identity"] == {} and case["investigation"] == {} and case["group_id"] is None
    assert case["person"]["documents"][0]["number"] == "35202-0000000-1"
    assert [c.reference for c in cases.list_cases(conn, cases.CaseFilter(search="بلال"))] == ["OLD-2026-000002"]
    assert audit.verify(conn).ok
    assert (path.parent / "post.db.before-v6").exists()  # the schema-5 file, copied aside before upgrading


def test_the_history_table_refuses_an_empty_reason_and_any_rewrite(upgraded):
    conn, _, before = upgraded
    case_id = before[1][0]
    user = conn.execute("SELECT created_by FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    with db.transaction(conn):
        case_edits.insert_change(conn, case_id, field="identity.phone", old="", new="0300 1234567",
                                 reason="the person gave it", by=user, audit_seq=1)
    with pytest.raises(sqlcipher3.IntegrityError):
        case_edits.insert_change(conn, case_id, field="identity.phone", old="", new="1", reason="  ", by=user,
                                 audit_seq=1)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE case_changes SET new_value = ?", (json.dumps("0"),))
    assert [c["new"] for c in case_edits.changes(conn, case_id)] == ["0300 1234567"]
