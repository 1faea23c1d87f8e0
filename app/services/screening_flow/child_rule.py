"""A child's interview ends with a referral to child protection, unless a supervisor records why not (audited)."""

from __future__ import annotations

from typing import Any

from app.domain.errors import AuthenticationFailed, PermissionDenied, Refused, ValidationFailed
from app.domain.roles import allows
from app.services.screening_flow.flow import ScreeningFlow
from app.services.session import Session
from app.storage import audit, drafts, users
from app.storage.ids import now

WAIVER_ACTION = "child_protection.waive"


def referred(flow: ScreeningFlow) -> bool:
    """A referral draft of this interview asks for child protection."""
    return any("child_protection" in r.get("services", []) for r in flow.data.get("referrals", {}).get("referrals", []))


def status(flow: ScreeningFlow) -> dict[str, Any]:
    """What the review page shows: whether the rule applies, is met by a referral, or was waived (and by whom)."""
    applies = flow.is_child()
    return {"applies": applies, "referred": referred(flow), "waiver": flow.state.get("child_waiver"),
            "blocked": applies and not referred(flow) and not flow.state.get("child_waiver")}


def check(flow: ScreeningFlow) -> None:
    """At finish: refuse a child's case with neither a child-protection referral nor a supervisor's waiver."""
    if status(flow)["blocked"]:
        raise Refused("This is a child: add a referral to child protection, or ask a supervisor to record why "
                      "there is none.")


def record_waiver(session: Session, flow: ScreeningFlow, *, reason: str, username: str | None = None,
                  password: str | None = None) -> dict[str, Any]:
    """A supervisor records why this child is not referred to child protection; break-the-glass, audited.

    The interviewing supervisor may record it in their own name; an officer's interview needs a supervisor to
    sign with their own user name and password at the officer's desk.
    """
    session.require("screening.run")
    if not flow.is_child():
        raise ValidationFailed("The person is not a child: no waiver is needed.")
    clean = " ".join(reason.split())
    if len(clean) < 10:
        raise ValidationFailed("Write why the child is not referred to child protection (at least a sentence).",
                               path="reason")
    supervisor = _supervisor(session, username, password)
    waiver = {"by": supervisor, "reason": clean, "at": now()}
    flow.state["child_waiver"] = waiver
    with session.transaction() as conn:  # the waiver and its audit entry: one transaction
        drafts.save(conn, flow.draft_id, kind="screening", owner_id=session.user.id, state=flow.state)
        audit.append(conn, actor=supervisor, action=WAIVER_ACTION, object_id=flow.draft_id)
    return waiver


def _supervisor(session: Session, username: str | None, password: str | None) -> str:
    """The id of the supervisor recording the waiver: the session's user, or one who signs with a password."""
    if not username:
        session.require(WAIVER_ACTION)
        return session.user.id
    try:
        slot = session.keystore.unlock(username, password or "").slot_id
    except AuthenticationFailed:
        with session.transaction() as conn:
            audit.append(conn, actor="unknown", action="login.failed")
        raise AuthenticationFailed("The supervisor's user name or password is wrong.") from None
    user = users.by_id(session.db, slot)
    if user is None or not user.active or not allows(user.role, WAIVER_ACTION):
        raise PermissionDenied("Only an active supervisor can record why a child is not referred.")
    return user.id
