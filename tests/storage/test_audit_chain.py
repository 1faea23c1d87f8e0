"""The audit chain: append-only by trigger, and any edit or deletion made around the triggers is found."""

from __future__ import annotations

import json

import pytest

from app.storage import db
from tests.conftest import AMINA, run_cli


def _with_key(post):
    with post.unlock("admin") as s:
        return s.dmk


def _seeded(post, tmp_path):
    doc = tmp_path / "cases.json"
    doc.write_text(json.dumps(AMINA))
    assert run_cli("case", "import", "--user", "officer", str(doc), data_dir=post.dir).returncode == 0
    assert run_cli("case", "show", "--user", "officer", "ISB-2026-000001", data_dir=post.dir).returncode == 0


def test_triggers_refuse_update_and_delete(post):
    with post.unlock("admin") as s:
        for sql in ("UPDATE audit_log SET action = 'x' WHERE seq = 1", "DELETE FROM audit_log WHERE seq = 1"):
            with pytest.raises(Exception, match="append-only"):
                s.db.execute(sql)


def test_intact_chain_verifies(post, tmp_path):
    _seeded(post, tmp_path)
    result = run_cli("audit", "verify", "--user", "supervisor", "--json", data_dir=post.dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ok"] is True


TAMPERING = {
    "edit-action": "UPDATE audit_log SET action = 'audit.forged' WHERE seq = {n}",
    "edit-actor": "UPDATE audit_log SET actor = 'someone-else' WHERE seq = {n}",
    "edit-time": "UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = {n}",
    "delete": "DELETE FROM audit_log WHERE seq = {n}",
    "rehash-one": "UPDATE audit_log SET action = 'audit.forged', hash = '{rehash}' WHERE seq = {n}",
}


def _forged_hash(conn, n: int) -> str:
    """What a forger with the key would write: entry n edited and re-hashed correctly."""
    from protocol.audit import entry_hash

    row = conn.execute("SELECT seq, at, actor, action, object_id, prev FROM audit_log WHERE seq = ?", (n,)).fetchone()
    entry = dict(zip(("seq", "at", "actor", "action", "object_id", "prev"), row, strict=True))
    entry["object_id"] = entry["object_id"] or None
    entry["action"] = "audit.forged"
    return entry_hash(entry)


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_tampering_around_the_triggers_is_detected(post, tmp_path, kind):
    _seeded(post, tmp_path)
    key = _with_key(post)
    conn = db.open_store(post.dir / "post.db", key)
    size = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    target = size // 2
    conn.executescript(
        "BEGIN; DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
        + TAMPERING[kind].format(n=target, rehash=_forged_hash(conn, target)) + ";"
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END;"
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END;"
        "COMMIT;"
    )
    conn.close()
    result = run_cli("audit", "verify", "--user", "supervisor", data_dir=post.dir)
    assert result.returncode == 4, result.stderr
    expected = target + 1 if kind == "rehash-one" else target
    assert f"broken at entry {expected}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
