"""The post follows the office's lifecycle reports in time order; an overdue notice is history, never a status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.sync_store import apply_update
from app.storage import db, referrals
from app.sync.port import FeedUpdate, StatusReport
from tests.e2e.postkit import fresh_post

T0 = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


def _feed(version: int, reports: list[tuple[str, str, int]], referral_id: str) -> FeedUpdate:
    statuses = [StatusReport(referral_id, status, note, (T0 + timedelta(hours=h)).strftime("%Y-%m-%dT%H:%M:%SZ"))
                for status, note, h in reports]
    return FeedUpdate(version=version, digest=f"{version:064x}", issued_at=T0 + timedelta(days=2),
                      expires_at=T0 + timedelta(days=9), raw=b"{}", directory=None, revoked_devices=[],
                      statuses=statuses)


def test_declined_then_routed_again_and_overdue_stays_in_history(tmp_path):
    kit = fresh_post(tmp_path, referrals=1)
    (rid,) = kit.approve(1)
    steps = [("received", "", 0), ("routed", "Shelter A", 1), ("acknowledged", "", 2), ("declined", "no beds", 3),
             ("routed", "Legal Aid — shelter full", 4), ("overdue", "acknowledge", 30)]
    with kit.unlock("admin") as s:
        with db.transaction(s.db):
            applied = apply_update(s.db, _feed(1, steps, rid), device_id="dev-1")
        assert applied == 6
        assert referrals.get(s.db, rid)["status"] == "routed"  # the newest step, not the furthest in the list
        office = [(h["status"], h["note"]) for h in referrals.history(s.db, rid) if h["source"] == "office"]
        assert office == [(st, note) for st, note, _ in steps]
        with db.transaction(s.db):  # the same reports in the next feed change nothing
            assert apply_update(s.db, _feed(2, steps, rid), device_id="dev-1") == 0
        with db.transaction(s.db):
            assert apply_update(s.db, _feed(3, [*steps, ("acknowledged", "", 31)], rid), device_id="dev-1") == 1
        assert referrals.get(s.db, rid)["status"] == "acknowledged"
