"""The office's lifecycle reports applied without an office (self-test, demos): through the feed's own code.

A real post learns a referral's steps (received, declined, accepted …) from the signed updates feed
(`app.services.sync_store.apply_update`). Where no office exists — the self-test, a demo post — this applies the
same reports through that same function, so the post's screens show exactly what a feed would leave.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.session import Session
from app.services.sync_store import apply_update
from app.storage import db
from app.sync.port import FeedUpdate, StatusReport


def apply_reports(session: Session, referral_id: str, steps: list[tuple[str, str]], *, version: int) -> int:
    """Apply (status, note) steps a second apart, ending now; returns how many were new."""
    now = datetime.now(UTC)
    reports = [StatusReport(referral_id, status, note,
                            (now - timedelta(seconds=len(steps) - 1 - i)).strftime("%Y-%m-%dT%H:%M:%SZ"))
               for i, (status, note) in enumerate(steps)]
    update = FeedUpdate(version=version, digest=f"{version:064x}", issued_at=now, expires_at=now + timedelta(days=7),
                        raw=b"{}", directory=None, revoked_devices=[], statuses=reports)
    with db.transaction(session.db):
        return apply_update(session.db, update, device_id="replay")
