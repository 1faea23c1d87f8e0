"""Audit use cases: verify the chain, read a case's trail."""

from __future__ import annotations

from typing import Any

from app.domain.errors import IntegrityFailure
from app.services.session import Session
from app.storage import audit, db
from app.storage.audit import ChainReport


def verify(session: Session) -> ChainReport:
    """Check every page of the store, then recompute the chain; raise IntegrityFailure on the first fault."""
    session.require("audit.verify")
    damaged = db.damaged_pages(session.db)
    if damaged:
        raise IntegrityFailure(f"The store is damaged: {len(damaged)} page(s) failed their integrity check.")
    report = audit.verify(session.db)
    if not report.ok:
        raise IntegrityFailure(
            f"The audit log is broken at entry {report.first_broken}: {report.reason}."
        )
    session.record("audit.verify")
    return report


def trail(session: Session, object_ids: list[str]) -> list[dict[str, Any]]:
    """Audit entries about these records (a case and its referrals), oldest first."""
    session.require("case.view")
    return audit.entries_for_object(session.db, object_ids)
