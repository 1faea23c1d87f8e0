"""Upgrading a store written before sync existed: 002_sync applies, and referrals approved then are sealed at enrolment."""

from __future__ import annotations

from app.services import referrals, sealing, sync, sync_transfer, vault
from app.storage import db, outbox
from tests.e2e.postkit import PASSWORD, build_post, new_office


def test_referrals_approved_under_schema_1_are_sealed_after_upgrade_and_enrolment(tmp_path, monkeypatch):
    real = db.migrations
    monkeypatch.setattr(db, "migrations", lambda: real()[:1])  # the application before 002_sync ...
    monkeypatch.setattr(sealing, "seal_referral", lambda _conn, _rid: None)  # ... had no outbox either
    post = tmp_path / "post"
    ids = build_post(post, 2)
    with vault.unlock(post, "supervisor", PASSWORD, sleep=lambda _s: None) as supervisor:
        assert db.schema_version(supervisor.db) == 1
        for referral_id in ids:
            referrals.approve(supervisor, referral_id)
    monkeypatch.undo()

    office = new_office(tmp_path).start()
    try:
        with vault.unlock(post, "admin", PASSWORD, sleep=lambda _s: None) as admin:
            assert db.schema_version(admin.db) == db.migrations()[-1][0]  # migrated on unlock
            assert (post / "post.db.before-v2").exists()  # the encrypted copy kept aside
            assert sync.status(admin.db)["waiting_for_enrolment"] == 2
            assert sync_transfer.enroll_online(admin, server=office.url, code=office.code())["sealed"] == 2
            assert sync.run(admin).acknowledged == 2
            assert outbox.counts(admin.db)["acknowledged"] == 2
        assert sorted(r["referral_id"] for r in office.referrals()) == sorted(ids)
    finally:
        office.stop()
