"""Referral use cases: draft, submit, approve (never one's own draft, never without consent), return."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.errors import NotFound, PermissionDenied, Refused, ValidationFailed
from app.domain.model import ReferralDraft
from app.domain.picklists import SERVICES, URGENCIES
from app.domain.referral_flow import check_transition, is_editable
from app.services import events, sealing, transfer
from app.services.session import Session
from app.storage import cases, directory, referrals

OVERRIDE_NOTE = "consent overridden: "  # how an approval without the needed consent is noted in the history


def _get(session: Session, referral_id: str) -> dict[str, Any]:
    found = referrals.get(session.db, referral_id)
    if found is None:
        raise NotFound(f"There is no referral {referral_id!r}.")
    return found


def validate_draft(session: Session, draft: ReferralDraft) -> None:
    """The organisation is in the directory, the services and urgency are from the lists."""
    if directory.get(session.db, draft.provider_id) is None:
        raise ValidationFailed(f"Unknown organisation {draft.provider_id!r}.", path="provider")
    if not draft.services or any(s not in SERVICES for s in draft.services):
        raise ValidationFailed("Choose one or more services from the list.", path="services")
    if draft.urgency not in URGENCIES:
        raise ValidationFailed(f"Unknown urgency {draft.urgency!r}.", path="urgency")


def draft_referral(session: Session, case_id: str, draft: ReferralDraft) -> str:
    session.require("referral.draft")
    if cases.get_case(session.db, case_id) is None:
        raise NotFound(f"There is no case {case_id!r}.")
    transfer.writable(session.db, case_id)  # issue 14: transferred away, read-only here
    validate_draft(session, draft)
    with session.transaction() as conn:
        referral_id = referrals.insert(conn, case_id, draft, by=session.user.id)
        session.audit(conn, "referral.draft", referral_id)
    events.publish("referral_did_change", referral_id=referral_id)
    return referral_id


def edit_draft(session: Session, referral_id: str, draft: ReferralDraft) -> None:
    session.require("referral.draft")
    current = _get(session, referral_id)
    if not is_editable(current["status"]):
        raise Refused(f"A referral that is {current['status']} can no longer be edited.")
    validate_draft(session, draft)
    with session.write("referral.edit", referral_id) as conn:
        referrals.update_draft(conn, referral_id, draft)
    events.publish("referral_did_change", referral_id=referral_id)


def _move(session: Session, referral_id: str, status: str, *, action: str, note: str = "") -> None:
    current = _get(session, referral_id)
    check_transition(current["status"], status)
    with session.write(action, referral_id) as conn:
        referrals.set_status(conn, referral_id, status, by=session.user.id, note=note)
    events.publish("referral_did_change", referral_id=referral_id)


def submit(session: Session, referral_id: str) -> None:
    session.require("referral.submit")
    _move(session, referral_id, "submitted", action="referral.submit")


def missing_consent(session: Session, referral: dict[str, Any]) -> str | None:
    """Why the person's consent does not cover this referral, or None when it does."""
    case = cases.get_case(session.db, referral["case_id"])
    assert case is not None
    today = dt.date.today().isoformat()
    for consent in case["consents"]:
        if consent["purpose"] != "referral" or consent["withdrawn_on"] and consent["withdrawn_on"] <= today:
            continue
        if consent["recipient_id"] != referral["provider_id"]:
            continue
        if case["is_child"] and not consent["guardian"]:
            return "a child's consent needs a guardian"
        return None
    return "no active consent to refer this person to this organisation"


def approval_summary(session: Session, referral_id: str) -> dict[str, Any]:
    """What a supervisor reads before approving: case, person, organisation, services, urgency, child flag, consent."""
    session.require("referral.approve")
    referral = _get(session, referral_id)
    case = cases.get_case(session.db, referral["case_id"])
    org = directory.get(session.db, referral["provider_id"])
    if case is None or org is None:
        raise NotFound("The referral's case or organisation is missing from the store.")
    person = case["person"]
    latin = " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
    return {"referral_id": referral_id, "case_reference": case["reference"], "person": latin,
            "person_native": person.get("name_native") or "", "is_child": bool(case["is_child"]),
            "organisation": org.name, "organisation_ur": org.name_ur, "area": org.area,
            "services": tuple(referral["services"]), "urgency": referral["urgency"],
            "consent_problem": missing_consent(session, referral)}


def override_reason(session: Session, referral_id: str) -> str | None:
    """The reason a supervisor recorded when approving this referral without the consent it needed, if so."""
    for event in reversed(referrals.history(session.db, referral_id)):
        if event["status"] == "approved":
            note = event["note"] or ""
            return note[len(OVERRIDE_NOTE):].strip() or None if note.startswith(OVERRIDE_NOTE) else None
    return None


def approve(session: Session, referral_id: str, *, override_reason: str | None = None) -> None:
    """Supervisor approval; never of one's own draft; consent needed unless overridden with a reason."""
    session.require("referral.approve")
    referral = _get(session, referral_id)
    if referral["drafted_by"] == session.user.id:
        raise PermissionDenied("You cannot approve a referral you drafted; another supervisor must approve it.")
    check_transition(referral["status"], "approved")
    problem = missing_consent(session, referral)
    if problem and not (override_reason and override_reason.strip()):
        raise Refused(f"Cannot approve: {problem}. Record the consent, or override with a reason.")
    with session.transaction() as conn:
        if problem:
            session.require("consent.override")
            session.audit(conn, "consent.override", referral_id)  # break-the-glass
        note = f"{OVERRIDE_NOTE}{override_reason.strip()}" if problem and override_reason else ""
        referrals.set_status(conn, referral_id, "approved", by=session.user.id, note=note)
        session.audit(conn, "referral.approve", referral_id)
        cases.set_status(conn, referral["case_id"], "referred")
        sealing.seal_referral(conn, referral_id)  # the outbound envelope, in this same transaction
    events.publish("referral_did_approve", referral_id=referral_id)


def return_referral(session: Session, referral_id: str, *, note: str) -> None:
    session.require("referral.return")
    if not note.strip():
        raise ValidationFailed("Say what the officer should change when returning a referral.")
    referral = _get(session, referral_id)
    if referral["drafted_by"] == session.user.id:
        raise PermissionDenied("You cannot review a referral you drafted.")
    _move(session, referral_id, "returned", action="referral.return", note=note.strip())


def list_referrals(session: Session, *, status: str | None = None, queue: bool = False) -> list[dict[str, Any]]:
    session.require("referral.view")
    return referrals.list_referrals(session.db, status=status, queue=queue)


def approval_queue(session: Session) -> list[dict[str, Any]]:
    """Submitted referrals, most urgent then oldest first, excluding the supervisor's own drafts."""
    session.require("referral.approve")
    queue = referrals.list_referrals(session.db, status="submitted", queue=True)
    return [r for r in queue if r["drafted_by"] != session.user.id]


def history(session: Session, referral_id: str) -> list[dict[str, Any]]:
    session.require("referral.view")
    return referrals.history(session.db, referral_id)
