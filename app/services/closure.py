"""Closing a case with an outcome (asked by one person, approved by a supervisor who did not ask) and re-opening it."""

from __future__ import annotations

from typing import Any

from app.domain.errors import InvalidState, NotFound, PermissionDenied, ValidationFailed
from app.domain.picklists import CLOSURE_OUTCOMES
from app.services import events, transfer
from app.services.session import Session
from app.storage import caselife, cases

OUTCOMES = CLOSURE_OUTCOMES
# Referral statuses that mean the post released it: a re-opened case with one of these is "referred" again.
_RELEASED = frozenset({"approved", "sent", "received", "routed", "acknowledged", "accepted", "declined", "arrived",
                       "services_started", "completed", "person_left", "closed"})


def _case(session: Session, ref_or_id: str) -> dict[str, Any]:
    case_id = cases.find_id(session.db, ref_or_id)
    found = cases.get_case(session.db, case_id) if case_id else None
    if found is None:
        raise NotFound(f"There is no case {ref_or_id!r}.")
    return found


def _pending(session: Session, case_id: str) -> dict[str, Any] | None:
    return next((c for c in caselife.closures(session.db, case_id) if c["status"] == "pending"), None)


def request_closure(session: Session, case: str, *, outcome: str, note: str = "") -> str:
    """Ask to close a case with an outcome; it closes when a supervisor other than the asker approves."""
    session.require("case.close")
    found = _case(session, case)
    if outcome not in OUTCOMES:
        raise ValidationFailed(f"Unknown outcome {outcome!r}; choose one of {', '.join(OUTCOMES)}.", path="outcome")
    if outcome == "other" and not note.strip():
        raise ValidationFailed("Say what the outcome was when it is \"other\".", path="note")
    if found["status"] == "closed":
        raise InvalidState("This case is already closed.")
    transfer.writable(session.db, found["id"])  # issue 14: transferred away, read-only here
    if _pending(session, found["id"]) is not None:
        raise InvalidState("A closure of this case is already waiting for a supervisor.")
    with session.write("case.close_request", found["id"]) as conn:
        closure_id = caselife.add_closure(conn, found["id"], outcome=outcome, note=note.strip(), by=session.user.id)
    events.publish("case_did_change", case_id=found["id"])
    return closure_id


def approve_closure(session: Session, case: str) -> dict[str, Any]:
    """A supervisor approves the waiting closure (never one they asked for): the case is closed, follow-up cleared."""
    session.require("case.close_approve")
    found = _case(session, case)
    pending = _pending(session, found["id"])
    if pending is None:
        raise InvalidState("No closure of this case is waiting for approval.")
    if pending["requested_by"] == session.user.id:
        raise PermissionDenied("You cannot approve a closure you asked for; another supervisor must approve it.")
    with session.write("case.close", found["id"]) as conn:
        caselife.decide_closure(conn, pending["id"], status="approved", by=session.user.id)
        cases.set_status(conn, found["id"], "closed")
        caselife.set_case_follow_up(conn, found["id"], None)
    events.publish("case_did_change", case_id=found["id"])
    return {**pending, "status": "approved", "decided_by": session.user.id}


def return_closure(session: Session, case: str, *, note: str) -> None:
    """A supervisor sends the closure back (the case stays open), saying why."""
    session.require("case.close_approve")
    if not note.strip():
        raise ValidationFailed("Say why the case should stay open.", path="note")
    found = _case(session, case)
    pending = _pending(session, found["id"])
    if pending is None:
        raise InvalidState("No closure of this case is waiting for approval.")
    with session.write("case.close_return", found["id"]) as conn:
        caselife.decide_closure(conn, pending["id"], status="returned", by=session.user.id, note=note.strip())
    events.publish("case_did_change", case_id=found["id"])


def reopen(session: Session, case: str, *, reason: str) -> str:
    """Re-open a closed case with a reason; it returns to "referred" if a referral was ever released, else "open"."""
    session.require("case.close")
    if not reason.strip():
        raise ValidationFailed("Say why the case is re-opened.", path="reason")
    found = _case(session, case)
    if found["status"] != "closed":
        raise InvalidState("Only a closed case can be re-opened.")
    closed = [c for c in caselife.closures(session.db, found["id"]) if c["status"] == "approved"]
    status = "referred" if any(r["status"] in _RELEASED for r in found["referrals"]) else "open"
    with session.write("case.reopen", found["id"]) as conn:
        if closed:
            caselife.reopen_closure(conn, closed[-1]["id"], reason=reason.strip(), by=session.user.id)
        cases.set_status(conn, found["id"], status)
    events.publish("case_did_change", case_id=found["id"])
    return status


def closures(session: Session, case: str) -> list[dict[str, Any]]:
    session.require("case.view")
    return caselife.closures(session.db, _case(session, case)["id"])


def closure_queue(session: Session) -> list[dict[str, Any]]:
    """Closures waiting for a supervisor, excluding the supervisor's own requests."""
    session.require("case.close_approve")
    return [c for c in caselife.pending_closures(session.db) if c["requested_by"] != session.user.id]
