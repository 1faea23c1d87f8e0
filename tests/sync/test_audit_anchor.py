"""Issue 18 item 10: `audit verify` at the post checks that the local chain extends the checkpoint the office receipted."""

from __future__ import annotations

import json

import pytest

from app.services import sync, sync_transfer
from app.storage import audit, db
from app.sync.backoff import Backoff
from protocol.audit import make_entry
from tests.conftest import run_cli
from tests.e2e.postkit import PASSWORD, fresh_post, new_office


@pytest.fixture
def office(tmp_path_factory):
    """One office per test: posts copied from one template share referral ids, and an id belongs to one device."""
    office = new_office(tmp_path_factory.mktemp("anchor")).start()
    yield office
    office.stop()


@pytest.fixture
def delivered(tmp_path, office):
    """An enrolled post whose two approved referrals the office receipted; (kit, the store key)."""
    kit = fresh_post(tmp_path, referrals=3)
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_online(admin, server=office.url, code=office.code())
    with kit.unlock("supervisor") as session:
        kit.approve(2, session=session)
        report = sync.run_pass(session.db, actor="system", backoff=Backoff(base=0.0, cap=0.0), sleep=lambda _s: None)
        assert report.acknowledged == 2, report
        dmk = session.dmk
    return kit, dmk


def _verify(kit):
    return run_cli("audit", "verify", "--user", "supervisor", "--json", data_dir=kit.dir, password=PASSWORD)


def _raw(kit, dmk):
    """The store opened with its key, as someone who learnt the key would, append-only triggers dropped."""
    conn = db.open_store(kit.dir / "post.db", dmk)
    conn.executescript("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")
    return conn


def test_intact_log_extends_the_receipted_checkpoint(delivered):
    kit, _ = delivered
    result = _verify(kit)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["ok"] and 0 < figures["anchored"] <= figures["size"]


def test_a_cut_tail_is_an_integrity_failure(delivered):
    kit, dmk = delivered
    anchored = json.loads(_verify(kit).stdout)["anchored"]
    conn = _raw(kit, dmk)
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (anchored - 3,))  # a chain that still verifies on its own
    assert audit.verify(conn).ok
    conn.close()
    result = _verify(kit)
    assert result.returncode == 4, result.stderr
    assert "The audit log was" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_fully_recomputed_chain_is_an_integrity_failure(delivered):
    kit, dmk = delivered
    conn = _raw(kit, dmk)
    rows = conn.execute("SELECT seq, at, actor, action, object_id FROM audit_log ORDER BY seq").fetchall()
    conn.execute("DELETE FROM audit_log")
    prev = "0" * 64
    for seq, at, actor, action, object_id in rows:  # one entry hidden, every hash recomputed from the first
        entry = make_entry(seq=seq, at=at, actor=actor, action="case.view" if seq == 3 else action,
                           object_id=object_id or None, prev=prev)
        conn.execute("INSERT INTO audit_log (seq, at, actor, action, object_id, prev, hash) VALUES (?,?,?,?,?,?,?)",
                     (seq, at, actor, entry["action"], object_id, prev, entry["hash"]))
        prev = entry["hash"]
    assert audit.verify(conn).ok
    conn.close()
    result = _verify(kit)
    assert result.returncode == 4
    assert "The audit log was rewritten" in result.stderr


def test_removed_receipts_are_an_integrity_failure(delivered):
    kit, dmk = delivered
    conn = db.open_store(kit.dir / "post.db", dmk)
    with pytest.raises(Exception, match="receipts are kept"):
        conn.execute("DELETE FROM receipts")  # refused by the store itself
    conn.executescript("DROP TRIGGER receipts_no_delete; DELETE FROM receipts;")
    conn.close()
    result = _verify(kit)
    assert result.returncode == 4
    assert "receipts were removed" in result.stderr
