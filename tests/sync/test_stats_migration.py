"""Migration 009 on a post whose outbox holds sealed envelopes and receipts: the rebuild keeps them byte for byte,
they stay immutable, and the outbox then takes stats items (no referral) but no referral item without one."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from app.storage import db, outbox
from app.storage import referrals as referral_store
from tests.e2e.postkit import PostKit, build_post


def _snapshot(conn) -> list[tuple]:
    rows = conn.execute("SELECT o.seq, o.bundle_id, o.referral_id, o.envelope, o.state, r.receipt FROM outbox o"
                        " JOIN receipts r ON r.bundle_id = o.bundle_id ORDER BY o.seq").fetchall()
    return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]


def test_sealed_items_survive_migration_009(tmp_path, monkeypatch):
    older = tmp_path / "migrations-before-009"
    older.mkdir()
    for number, source in db.migrations():
        if number < 9:
            shutil.copy(source, older / source.name)
    monkeypatch.setattr(db, "migrations_dir", lambda: older)
    kit = PostKit(tmp_path / "post", build_post(tmp_path / "post", 2))
    with kit.unlock("admin") as s:
        assert db.schema_version(s.db) < 9
        with db.transaction(s.db) as conn:  # what an enrolled post of the earlier schema holds after a sync
            for seq, referral_id in enumerate(kit.submitted, start=1):
                envelope = bytes([seq]) * 300
                conn.execute("INSERT INTO outbox (seq, bundle_id, referral_id, envelope, blob_sha256, audit_size,"
                             " audit_head, state, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, 'acknowledged', 'x')",
                             (seq, f"{seq:032x}", referral_id, envelope, hashlib.sha256(envelope).hexdigest(),
                              "0" * 64))
                conn.execute("INSERT INTO receipts VALUES (?, ?, ?, 'x', 1, ?, 'x', 'http')",
                             (f"{seq:032x}", seq, b"receipt-%d" % seq, "0" * 64))
        before = _snapshot(s.db)
    assert len(before) == 2

    monkeypatch.undo()  # this version's migrations again: 009 runs at the next unlock
    with kit.unlock("admin") as s:
        assert db.schema_version(s.db) == db.migrations()[-1][0]
        assert _snapshot(s.db) == before
        assert [r["kind"] for r in outbox.items(s.db)] == ["referral", "referral"]
        assert s.db.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(Exception, match="never changes"):
            s.db.execute("UPDATE outbox SET envelope = x'00' WHERE seq = 1")
        with pytest.raises(Exception, match="kept"):
            s.db.execute("DELETE FROM receipts")
        with db.transaction(s.db) as conn:
            outbox.add(conn, seq=3, bundle_id="3" * 32, referral_id=None, envelope=b"stats", blob_sha256="0" * 64,
                       audit_size=1, audit_head="0" * 64)
        with pytest.raises(Exception, match="CHECK"):
            s.db.execute("INSERT INTO outbox (seq, bundle_id, kind, envelope, blob_sha256, audit_size, audit_head,"
                         " created_at) VALUES (4, 'b4', 'referral', x'00', 'h', 1, 'h', 'x')")
        assert [r["kind"] for r in outbox.items(s.db)] == ["referral", "referral", "stats"]
        assert referral_store.get(s.db, kit.submitted[0]) is not None
