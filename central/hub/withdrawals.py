"""Consent withdrawal in the hub (issue 16): the withdrawn referral's page, a provider's confirmation that it stopped
processing and deleted, and a coordinator recording a withdrawal the person asked the office for — all audited.

A withdrawn referral shows only ids, times, the timeline without its notes, and the withdrawal's progress; the case
data is never decrypted for it again (central.withdrawals)."""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from central import hubstore, withdrawals
from central.hub import audit
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import COORDINATOR, PROVIDER, Principal
from central.store import Store
from protocol.canonical import utcnow

MAX_REASON = 2000


def notified_rows(conn: Connection, principal: Principal, *, have: set[str]) -> list[dict[str, Any]]:
    """Index rows of withdrawn referrals the provider's organisation received but no longer holds in its queue."""
    told = withdrawals.notified_referrals(conn, principal.organisation_id or "")
    rows = [hubstore.referral(conn, rid) for rid in sorted(told) if rid not in have]
    return [r for r in rows if r is not None]


def withdrawn_detail(store: Store, principal: Principal, row: dict[str, Any], withdrawal: dict[str, Any], *,
                     names: dict[str, dict[str, Any]], now: datetime) -> dict[str, Any]:
    """The page of a withdrawn referral: ids, times, the timeline (no notes), who was told and who confirmed."""
    rid = row["referral_id"]
    with store.read() as conn:
        timeline = withdrawals.redact_timeline(hubstore.events(conn, rid))
        told = withdrawals.notices(conn, rid)
    mine = next((n for n in told if principal.role == PROVIDER and n["organisation_id"] == principal.organisation_id),
                None)
    org = names.get(row["assigned_org"] or "")
    out = {"referral_id": rid, "post_code": row["post_code"], "step": row["step"], "step_at": row["step_at"],
           "received_at": row["received_at"], "assigned_org": row["assigned_org"],
           "organisation_name": org["name"] if org else None, "requested_org": row["requested_org"],
           "requested_org_name": None, "urgency": None, "is_child": None, "services": [], "awaiting": None,
           "due_at": None, "overdue": False, "case_reference": None, "reason": None, "case": {},
           "disclosed_categories": [], "actions": [], "may_record_withdrawal": False,
           "timeline": [{k: e[k] for k in ("step", "action", "actor", "actor_role", "organisation_id", "at", "note")}
                        for e in timeline],
           "withdrawn": {**withdrawal, "notices": [{k: n[k] for k in ("organisation_id", "notified_at", "confirmed_at",
                                                                     "confirmed_by")} for n in told],
                         "mine": mine, "may_confirm": mine is not None and mine["confirmed_at"] is None}}
    audit.record(store, actor=principal, action="referral.view", object_id=rid, now=now,
                 detail={"fields": 0, "withdrawn": True})
    return out


def confirm(store: Store, principal: Principal, referral_id: str, *, now: datetime | None = None) -> dict[str, Any]:
    """A provider confirms its organisation stopped processing and deleted the referral's data; in the timeline."""
    if principal.role != PROVIDER or not principal.organisation_id:
        raise Forbidden("only the organisation told confirms it deleted the data", code="wrong_role")
    at = hubstore.stamp(now or utcnow())
    with store.write() as conn:
        told = withdrawals.notified_referrals(conn, principal.organisation_id).get(referral_id)
        if told is None:
            raise NotFound("no such referral")
        if not withdrawals.confirm(conn, referral_id, organisation_id=principal.organisation_id,
                                   by=principal.user_id, role=principal.role, at=at):
            raise Refused("your organisation already confirmed this", code="already_confirmed", status=409)
        audit.record_in(conn, actor=principal, action="withdrawal.confirm", object_id=referral_id, now=now,
                        detail={"organisation_id": principal.organisation_id,
                                "withdrawal_id": told["withdrawal_id"]})
    return {"referral_id": referral_id, "organisation_id": principal.organisation_id, "confirmed_at": at}


def record(store: Store, principal: Principal, referral_id: str, *, reason: str,
           now: datetime | None = None) -> dict[str, Any]:
    """A coordinator records the person's withdrawal made to the office (reason required); the organisations that
    received the referral are told, the post learns it from its device file. Audited, one transaction."""
    if principal.role != COORDINATOR:
        raise Forbidden("only a coordinator records a withdrawal at the office", code="wrong_role")
    reason = reason.strip()
    if not reason:
        raise Refused("say why, or in the person's words how, the consent was withdrawn", code="reason_required",
                      status=422)
    if len(reason) > MAX_REASON:
        raise Refused("a reason is at most 2000 characters", code="note_too_long", status=422)
    moment = now or utcnow()
    at = hubstore.stamp(moment)
    wid = str(uuid.uuid4())
    with store.write() as conn:
        held = withdrawals.device_of(conn, referral_id)
        if held is None:
            raise NotFound("no such referral")
        if withdrawals.covered(conn, [referral_id]):
            raise Refused("the consent for this referral was already withdrawn", code="already_withdrawn",
                          status=409)
        withdrawals.record(conn, withdrawal_id=wid, referral_id=referral_id, device_id=held[0], reason=reason,
                           by=principal.user_id, role=principal.role, at=at,
                           withdrawn_on=dt.date.fromisoformat(at[:10]).isoformat())
        audit.record_in(conn, actor=principal, action="withdrawal.record", object_id=referral_id, now=now,
                        detail={"withdrawal_id": wid})
    return {"referral_id": referral_id, "withdrawal_id": wid, "received_at": at}
