"""Emergency referrals: released by an officer when no supervisor is present, approved by a supervisor afterwards.

The officer gives a reason; the referral becomes approved-in-emergency at once (urgency "emergency"), its bundle is
sealed for the office in the same transaction and its letter may be issued by that officer. It stays marked
("emergency, waiting for approval") until a supervisor other than the officer approves it. The person's consent is
still needed: only a supervisor may override consent (DESIGN.md §1, step 3).
"""

from __future__ import annotations

from typing import Any

from app.domain.errors import InvalidState, NotFound, PermissionDenied, Refused, ValidationFailed
from app.services import events, sealing
from app.services.referrals import missing_consent
from app.services.session import Session
from app.storage import caselife, cases, referrals

RELEASABLE = ("draft", "submitted", "returned")


def release(session: Session, referral_id: str, *, reason: str) -> int | None:
    """Release a referral as an emergency without a supervisor; returns the outbox sequence (None before enrolment)."""
    session.require("referral.emergency")
    if not reason.strip():
        raise ValidationFailed("Say why the referral cannot wait for a supervisor.", path="reason")
    referral = referrals.get(session.db, referral_id)
    if referral is None:
        raise NotFound(f"There is no referral {referral_id!r}.")
    if referral["status"] not in RELEASABLE:
        raise InvalidState(f"A referral that is {referral['status']} cannot be released as an emergency.")
    problem = missing_consent(session, referral)
    if problem:
        raise Refused(f"Cannot release: {problem}. Record the consent first; only a supervisor may override it.")
    with session.transaction() as conn:
        conn.execute("UPDATE referrals SET urgency = 'emergency' WHERE id = ?", (referral_id,))
        if referral["status"] != "submitted":
            referrals.add_event(conn, referral_id, status="submitted", by=session.user.id)
        referrals.set_status(conn, referral_id, "approved", by=session.user.id,
                             note=f"emergency release: {reason.strip()}")
        conn.execute("UPDATE referrals SET approved_by = NULL WHERE id = ?", (referral_id,))  # no supervisor yet
        caselife.add_emergency(conn, referral_id, reason=reason.strip(), by=session.user.id)
        session.audit(conn, "referral.emergency_release", referral_id)
        cases.set_status(conn, referral["case_id"], "referred")
        seq = sealing.seal_referral(conn, referral_id)
    events.publish("referral_did_approve", referral_id=referral_id)
    return seq


def approve(session: Session, referral_id: str, *, note: str = "") -> None:
    """A supervisor (not the releasing officer) approves an emergency release afterwards; the mark goes."""
    session.require("referral.approve")
    found = caselife.emergency(session.db, referral_id)
    if found is None:
        raise NotFound(f"The referral {referral_id!r} was not released as an emergency.")
    if found["approved_by"] is not None:
        raise InvalidState("This emergency referral is already approved.")
    if found["released_by"] == session.user.id:
        raise PermissionDenied("You released this referral; another supervisor must approve it.")
    with session.transaction() as conn:
        caselife.approve_emergency(conn, referral_id, by=session.user.id, note=note.strip())
        conn.execute("UPDATE referrals SET approved_by = ? WHERE id = ?", (session.user.id, referral_id))
        session.audit(conn, "referral.emergency_approve", referral_id)
    events.publish("referral_did_change", referral_id=referral_id)


def pending(session: Session) -> list[dict[str, Any]]:
    """Emergency releases waiting for a supervisor's approval (the supervisor's queue)."""
    session.require("referral.view")
    return caselife.emergencies_pending(session.db)


def marking(session: Session, referral_id: str) -> dict[str, Any] | None:
    """The emergency release of a referral ({reason, released_by, released_at, approved_by, …}), or None."""
    session.require("referral.view")
    return caselife.emergency(session.db, referral_id)
