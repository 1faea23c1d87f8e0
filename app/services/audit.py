"""Audit use cases: verify the chain, read a case's trail."""

from __future__ import annotations

from typing import Any

from app.domain.errors import IntegrityFailure
from app.services.session import Session
from app.storage import audit
from app.storage.audit import ChainReport


def verify(session: Session) -> ChainReport:
    """Recompute the whole chain; raise IntegrityFailure naming the first broken entry."""
    session.require("audit.verify")
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
