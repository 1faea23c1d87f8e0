"""Follow-up after a referral: follow-up dates per referral and per case, the due list, re-referral after a decline."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.errors import InvalidState, NotFound, ValidationFailed
from app.domain.model import ReferralDraft
from app.services import events
from app.services.referrals import validate_draft
from app.services.session import Session
from app.storage import caselife, cases, referrals


def parse_day(text: str | None) -> str | None:
    """A follow-up day as YYYY-MM-DD, or None to clear it; anything else is one clear error."""
    if text is None or text.strip() in ("", "none"):
        return None
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ValidationFailed(f"{text!r} is not a date; write it as YYYY-MM-DD.", path="follow_up_on") from None


def _referral(session: Session, referral_id: str) -> dict[str, Any]:
    found = referrals.get(session.db, referral_id)
    if found is None:
        raise NotFound(f"There is no referral {referral_id!r}.")
    return found


def resolve_case(session: Session, ref_or_id: str) -> str:
    """The id of a case given by reference or id; NotFound otherwise."""
    session.require("case.view")
    case_id = cases.find_id(session.db, ref_or_id)
    if case_id is None:
        raise NotFound(f"There is no case {ref_or_id!r}.")
    return case_id


def set_referral_follow_up(session: Session, referral_id: str, on: str | None) -> str | None:
    """When to next ask about a referral (None clears it); audited against the referral."""
    session.require("referral.draft")
    _referral(session, referral_id)
    day = parse_day(on)
    with session.write("referral.follow_up", referral_id) as conn:
        caselife.set_referral_follow_up(conn, referral_id, day)
    events.publish("referral_did_change", referral_id=referral_id)
    return day


def set_case_follow_up(session: Session, case: str, on: str | None) -> str | None:
    """When to next look at a case (None clears it); a closed case has nothing to follow up."""
    session.require("case.edit")
    case_id = resolve_case(session, case)
    found = cases.get_case(session.db, case_id)
    assert found is not None
    if found["status"] == "closed":
        raise InvalidState("A closed case has no follow-up; re-open it first.")
    day = parse_day(on)
    with session.write("case.follow_up", case_id) as conn:
        caselife.set_case_follow_up(conn, case_id, day)
    events.publish("case_did_change", case_id=case_id)
    return day


def due(session: Session, *, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Follow-ups due today or overdue (open cases only), each marked "today" or "overdue", oldest first."""
    session.require("case.view")
    day = (today or dt.date.today()).isoformat()
    rows = caselife.due(session.db, on_or_before=day)
    for row in rows:
        row["due"] = "today" if row["follow_up_on"] == day else "overdue"
    return rows


def rerefer(session: Session, referral_id: str, *, provider_id: str, reason: str,
            services: tuple[str, ...] = (), urgency: str | None = None, carry: bool = True) -> str:
    """After a decline: a new draft to another organisation, prefilled from the declined one, the reason carried.

    The services and urgency are those of the declined referral unless given; the reason names the decline (and
    the organisation's note, if it gave one) followed by the officer's reason. With `carry=False` the reason is
    kept as given: the desktop prefills it, in the screen's language, from `rereferral_prefill` and the officer
    may edit it. The new draft goes to a supervisor like any other."""
    session.require("referral.draft")
    old = _referral(session, referral_id)
    if old["status"] != "declined":
        raise InvalidState(f"Only a declined referral can be re-referred; this one is {old['status']}.")
    if provider_id == old["provider_id"]:
        raise ValidationFailed("Choose another organisation than the one that declined.", path="organisation")
    if not reason.strip():
        raise ValidationFailed("Say why the person is re-referred.", path="reason")
    decline_note = next((e["note"] for e in reversed(referrals.history(session.db, referral_id))
                         if e["status"] == "declined" and e["note"]), "")
    carried = f"Re-referral after {old['provider_name']} declined"
    carried += f" ({decline_note})." if decline_note else "."
    draft = ReferralDraft(provider_id=provider_id, services=tuple(services or old["services"]),
                          urgency=urgency or old["urgency"],
                          reason=f"{carried} {reason.strip()}" if carry else reason.strip())
    validate_draft(session, draft)
    with session.transaction() as conn:  # the new draft and its link to the declined one: all or nothing
        new_id = referrals.insert(conn, old["case_id"], draft, by=session.user.id)
        caselife.set_rereferral_of(conn, new_id, referral_id)
        session.audit(conn, "referral.draft", new_id)
        session.audit(conn, "referral.rerefer", new_id)
    events.publish("referral_did_change", referral_id=new_id)
    return new_id


def rereferral_prefill(session: Session, referral_id: str) -> dict[str, Any]:
    """What a re-referral form starts with: the declined referral's services, urgency and the decline's note."""
    session.require("referral.view")
    old = _referral(session, referral_id)
    note = next((e["note"] for e in reversed(referrals.history(session.db, referral_id))
                 if e["status"] == "declined"), "")
    return {"referral_id": referral_id, "case_id": old["case_id"], "services": tuple(old["services"]),
            "urgency": old["urgency"], "declined_by": old["provider_name"], "decline_note": note or ""}
