"""End to end: the real desktop code against `nrm-central serve` on 127.0.0.1 — enrol, approve offline, sync."""

from __future__ import annotations

import json

import pytest

from app.domain.errors import OfficeUnreachable
from app.services import sync, sync_transfer
from app.storage import outbox, referrals
from protocol.keys import parse_root
from protocol.receipt import verify_receipt
from tests.e2e.postkit import cli, fresh_post, new_office


@pytest.fixture
def office(tmp_path):
    office = new_office(tmp_path)
    yield office
    office.stop()


def _enrol(kit, office) -> None:
    with kit.unlock("admin") as s:
        sync_transfer.enroll_online(s, server=office.url, code=office.code())


def _verified_receipts(kit) -> int:
    """Re-verify every stored receipt against the pinned key and the stored envelope bytes."""
    with kit.unlock("admin") as s:
        root = parse_root(sync.syncstate.get(s.db)["root_json"])
        key = root.key_for("receipt").public
        items = outbox.items(s.db, with_bytes=True)
        for item in items:
            assert item["state"] == "acknowledged"
            verify_receipt(outbox.receipt(s.db, item["bundle_id"]), receipt_public_key=key, envelope=item["envelope"])
        return len(items)


def test_offline_approvals_reach_the_office_exactly_once(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=8)
    office.start()
    _enrol(kit, office)
    office.stop()
    kit.approve(8)  # the office is down: approvals are sealed into the outbox
    with kit.unlock("admin") as s, pytest.raises(OfficeUnreachable):
        sync.run(s, timeout=2)
    assert sync.status(kit.unlock("admin").db)["pending"] == 8

    office.start()
    with kit.unlock("admin") as s:
        report = sync.run(s)
        assert report.ok and report.acknowledged == 8
        sync.run(s)  # a second pass sends nothing and changes nothing

    at_office = [r["referral_id"] for r in office.referrals()]
    assert sorted(at_office) == sorted(kit.approved)  # every referral, exactly once
    assert [b["seq"] for b in office.bundles()] == list(range(1, 9))
    assert _verified_receipts(kit) == 8


def test_office_status_comes_back_into_the_referral_history(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=6)
    kit.approve(2)  # approved before enrolment: sealed when the post enrols
    office.start()
    _enrol(kit, office)
    with kit.unlock("admin") as s:
        assert sync.run(s).acknowledged == 2
    first = kit.approved[0]
    office.set_status(first, "accepted")
    office.set_status(first, "services_started", note="Shelter place from tonight")
    with kit.unlock("admin") as s:
        report = sync.run(s)
        assert report.statuses_applied == 2  # the hub's "received" came with the first pass
        history = referrals.history(s.db, first)
        assert referrals.get(s.db, first)["status"] == "services_started"
        sync.run(s)  # the same reports again in the next feed are not applied twice
        assert referrals.history(s.db, first) == history
    office_rows = [h for h in history if h["source"] == "office"]
    assert [h["status"] for h in office_rows] == ["received", "accepted", "services_started"]
    assert office_rows[2]["note"] == "Shelter place from tonight" and office_rows[2]["by"] == "office"
    assert [h["status"] for h in history if h["source"] == "post"][-1] == "sent"


def test_cli_exit_codes_and_status(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=6)
    office.start()
    assert cli(kit, "sync", "enroll", "--server", office.url, "--code", office.code()).returncode == 0
    kit.approve(3)
    office.stop()
    down = cli(kit, "sync", "run", "--timeout", "2")
    assert down.returncode == 5, down.stderr
    assert "cannot be reached" in down.stderr and "Traceback" not in down.stderr
    office.start()
    done = cli(kit, "sync", "run", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["acknowledged"] == 3
    state = json.loads(cli(kit, "sync", "status", "--json").stdout)
    assert (state["pending"], state["quarantined"], state["acknowledged"]) == (0, 0, 3)
    assert state["last_success"] and state["feed_version"] >= 1 and state["feed_age_seconds"] >= 0


def test_enrolment_code_is_single_use_and_refused_clearly(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=6)
    office.start()
    code = office.code()
    bad = cli(kit, "sync", "enroll", "--server", office.url, "--code", "AAAA-BBBB-CCCC-DDDD-EEEE")
    assert bad.returncode == 1 and "does not know this enrolment code" in bad.stderr
    assert cli(kit, "sync", "enroll", "--server", office.url, "--code", code).returncode == 0
    again = cli(kit, "sync", "enroll", "--server", office.url, "--code", code)
    assert again.returncode == 1 and "already enrolled" in again.stderr


def test_office_holds_only_what_consent_allows(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=6)
    office.start()
    _enrol(kit, office)
    kit.approve(1)
    with kit.unlock("admin") as s:
        sync.run(s)
    from tests.e2e.postkit import central

    rc, out = central("referrals", "show", "--data-dir", str(office.dir), kit.approved[0], "--json")
    detail = json.loads(out)
    case = detail["case"]
    assert case["consented_categories"] == ["identity", "screening"]  # the consent given to the central office
    assert case["person"]["given_name"].startswith("Test") and "classification" in case
    assert "documents" not in case and "needs" not in case and "private note" not in out
    assert detail["referral"]["provider_id"] == "org-shelter" and detail["referral"]["approved_by"]


def test_restored_backup_reusing_a_sequence_number_is_quarantined_and_shown(tmp_path, office):
    import shutil

    kit = fresh_post(tmp_path, referrals=6)
    office.start()
    _enrol(kit, office)
    backup = tmp_path / "backup"
    shutil.copytree(kit.dir, backup)
    kit.approve(1)
    with kit.unlock("admin") as s:
        sync.run(s)
    shutil.rmtree(kit.dir)
    shutil.copytree(backup, kit.dir)  # the post is restored from yesterday's copy
    kit.submitted.pop(0)
    kit.approve(1)  # sealed as seq 1 again, with other content
    result = cli(kit, "sync", "run")
    assert result.returncode == 1 and "quarantined" in result.stderr
    state = json.loads(cli(kit, "sync", "status", "--json").stdout)
    assert state["quarantined"] == 1 and state["pending"] == 0
    with kit.unlock("admin") as s:
        rows = sync.outbox_rows(s.db)
        assert rows[0]["state"] == "quarantined" and rows[0]["error_code"] == "sequence_replayed"
        attempts = rows[0]["attempts"]
        sync.run_pass(s.db, actor="system")
        assert sync.outbox_rows(s.db)[0]["attempts"] == attempts  # never retried by itself
