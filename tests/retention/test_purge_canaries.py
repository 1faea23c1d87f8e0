"""Issue 16: a purge leaves no trace of any record kind: canaries in every field are gone from the decrypted store,
the name index, the WAL and the raw file (scanned without the key and, page by page, with it)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from app.services import audit, retention
from app.storage import db
from tests.conftest import run_cli
from tests.retention.retention_kit import CANARIES, decrypted_pages, decrypted_wal_frames, needles, plant

LATER = datetime.now(UTC) + timedelta(days=400)  # past every post period of the default policy


def _dump(conn) -> str:
    """Every row of every ordinary table, as text (what a reader of the decrypted store sees)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                                         " 'CREATE VIRTUAL%' AND name NOT LIKE 'case_search%'")]
    return "\n".join(repr(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables)  # noqa: S608


def _fts_terms(conn) -> set[str]:
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, case_search, row)")
    return {r[0] for r in conn.execute("SELECT term FROM temp.words")}


def _raw_hits(post_dir, key) -> list[str]:
    hits = []
    plain = needles(CANARIES.values())
    for path in post_dir.iterdir():
        if path.is_file() and any(n in path.read_bytes() for n in plain):
            hits.append(f"{path.name} (without the key)")
    pages = decrypted_pages(post_dir / "post.db", key) + decrypted_wal_frames(post_dir / "post.db-wal", key)
    for word in CANARIES.values():
        if any(n in page for page in pages for n in needles([word])):
            hits.append(f"{word} (decrypted page)")
    return hits


def test_every_canary_is_gone_after_purge_and_vacuum(post, tmp_path):
    with post.unlock("officer") as officer:
        case_id = plant(officer, tmp_path)
        key = officer.dmk
    with post.unlock("supervisor") as s:
        before = _raw_hits(post.dir, key)
        # The scan is real: before the purge, with the key, every canary is readable in some page or WAL frame.
        assert sorted(h for h in before if "decrypted" in h) == sorted(f"{w} (decrypted page)" for w in CANARIES.values())
        assert not [h for h in before if "without the key" in h]
        assert "qzcorrectedcanary" in _fts_terms(s.db)  # the corrected name replaced the first in the index
        result = retention.apply(s, now=LATER)
        assert {(d.kind, d.id) for d in result.due if d.kind == "case"} == {("case", case_id)}
        assert result.removed["case"] == 1 and result.removed["note"] == 1 and result.removed["decision_review"] == 1
        assert result.removed["draft"] == 1
        for kind in ("case_change", "companion", "attachment", "closure"):
            assert result.removed[kind] == 1, kind
        dump = _dump(s.db)
        assert not [w for w in CANARIES.values() if w in dump]
        assert not [t for t in _fts_terms(s.db) if t.startswith("qz")]
        assert s.db.execute("SELECT count(*) FROM case_search WHERE case_search MATCH 'qzcorrectedcanary'").fetchone()[0] == 0
        assert audit.verify(s).ok
    assert _raw_hits(post.dir, key) == []


def test_tombstones_name_kind_rule_and_id_and_audit_verify_passes(post):
    with post.unlock("officer") as officer:
        case_id = plant(officer)
    with post.unlock("supervisor") as s:
        retention.apply(s, now=LATER)
        rows = s.db.execute("SELECT actor, action, object_id FROM audit_log WHERE action LIKE 'retention.purge%'"
                            " ORDER BY seq").fetchall()
        supervisor_id = s.user.id
    kinds = {(action, oid == case_id) for _, action, oid in rows}
    assert ("retention.purge:case:post.inactive_case", True) in kinds
    assert ("retention.purge:draft:post.unfinished_interview", False) in kinds
    assert {actor for actor, _, _ in rows} == {supervisor_id}
    text = repr(rows)
    assert not [w for w in CANARIES.values() if w in text]
    verified = run_cli("audit", "verify", "--user", "supervisor", "--json", data_dir=post.dir)
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["ok"] is True


def test_the_store_is_switched_to_incremental_vacuum_and_the_wal_emptied(post):
    with post.unlock("officer") as officer:
        plant(officer)
    with post.unlock("supervisor") as s:
        assert s.db.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
        retention.apply(s, now=LATER)
        assert s.db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
        assert s.db.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert s.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    wal = post.dir / "post.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_store_opened_after_the_purge_still_opens_and_migrates_cleanly(post):
    with post.unlock("officer") as officer:
        plant(officer)
    with post.unlock("supervisor") as s:
        retention.apply(s, now=LATER)
        latest = db.migrations()[-1][0]
        assert db.schema_version(s.db) == latest
    listed = run_cli("case", "list", "--user", "officer", "--json", data_dir=post.dir)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
