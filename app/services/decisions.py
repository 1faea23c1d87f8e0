"""Four eyes on negative screening decisions: open a review at finish, list the queue, approve or return it."""

from __future__ import annotations

from typing import Any

from app.domain.errors import NotFound, PermissionDenied, ValidationFailed
from app.services import events
from app.services.session import Session
from app.storage import decisions

# Decisions that send a person away without protection unless someone refers them: a supervisor looks again.
NEGATIVE = ("no_protection_concern", "vulnerable_migrant", "smuggled_migrant_vulnerable")
STATUSES = ("pending", "approved", "returned", "superseded")


def needs_review(classification: str, *, referrals: int) -> bool:
    """A negative decision without any referral needs a supervisor's review."""
    return classification in NEGATIVE and referrals == 0


def supersede(session: Session, conn: Any, case_id: str) -> None:
    """Inside the caller's transaction: a new decision on the case replaces any review still pending; audited."""
    for review_id in decisions.supersede_pending(conn, case_id):
        session.audit(conn, "decision.review.supersede", review_id)


def open_review(session: Session, conn: Any, case_id: str, *, decision: dict[str, Any], is_child: bool) -> str:
    """Inside the caller's transaction: queue the decision just recorded for a supervisor; audited."""
    review_id = decisions.insert(
        conn, case_id, classification=decision["code"], suggested=decision.get("suggested"),
        override=bool(decision.get("override")), is_child=is_child, reason=decision["reason"],
        engine_reasons=list(decision.get("engine_reasons") or []), by=session.user.id)
    session.audit(conn, "decision.review.open", review_id)
    return review_id


def get(session: Session, review_id: str) -> dict[str, Any]:
    session.require("case.view")
    return _get(session, review_id)


def _get(session: Session, review_id: str) -> dict[str, Any]:
    found = decisions.get(session.db, review_id)
    if found is None:
        raise NotFound(f"There is no decision review {review_id!r}.")
    return found


def _reviewable(session: Session, review_id: str) -> dict[str, Any]:
    session.require("decision.review")
    review = _get(session, review_id)
    if review["decided_by"] == session.user.id:
        raise PermissionDenied("You cannot review your own decision; another supervisor must review it.")
    if review["status"] != "pending":
        raise ValidationFailed(f"This decision was already reviewed ({review['status']}).")
    return review


def approve(session: Session, review_id: str, *, note: str = "") -> None:
    """A supervisor other than the deciding officer confirms the decision."""
    review = _reviewable(session, review_id)
    with session.transaction() as conn:
        decisions.set_outcome(conn, review_id, status="approved", by=session.user.id, note=note.strip())
        session.audit(conn, "decision.review.approve", review_id)
    _published(review)


def return_decision(session: Session, review_id: str, *, note: str) -> None:
    """Send the decision back to the officer with what to reconsider (the note is required)."""
    if not note.strip():
        raise ValidationFailed("Say what the officer should reconsider when returning a decision.", path="note")
    review = _reviewable(session, review_id)
    with session.transaction() as conn:
        decisions.set_outcome(conn, review_id, status="returned", by=session.user.id, note=note.strip())
        session.audit(conn, "decision.review.return", review_id)
    _published(review)


def _published(review: dict[str, Any]) -> None:
    events.publish("decision_did_change", review_id=review["id"])
    events.publish("case_did_change", case_id=review["case_id"])


def queue(session: Session) -> list[dict[str, Any]]:
    """Pending reviews this supervisor may take (never their own decisions), oldest first."""
    session.require("decision.review")
    return [r for r in decisions.list_reviews(session.db, status="pending") if r["decided_by"] != session.user.id]


def list_reviews(session: Session, *, status: str | None = None) -> list[dict[str, Any]]:
    session.require("case.view")
    if status is not None and status not in STATUSES:
        raise ValidationFailed(f"Unknown review status {status!r}; use one of {', '.join(STATUSES)}.",
                               path="status")
    return decisions.list_reviews(session.db, status=status)


def for_case(session: Session, case_id: str) -> dict[str, Any] | None:
    """The latest decision review of a case (pending means "decision awaiting review"), or None."""
    session.require("case.view")
    return decisions.latest_for_case(session.db, case_id)
