"""Referral services of the hub: the queue, one referral within disclosure, and lifecycle actions — all audited."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from central import hubstore, purge, withdrawals
from central.hub import audit, lifecycle, organisations, timers
from central.hub import disclosure as hub_disclosure
from central.hub import withdrawals as hub_withdrawals
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import COORDINATOR, PROVIDER, Principal
from central.officekeys import OfficeKeys
from central.store import Store
from protocol.canonical import format_time, utcnow
from protocol.envelope import DeviceKey, open_envelope
from protocol.steps import STEPS

QUEUE_LIMIT = 500


def _may_work(principal: Principal) -> None:
    """Only coordinators and providers work on referrals; analysts and admins never see a person."""
    if principal.role not in (COORDINATOR, PROVIDER):
        raise Forbidden(f"a {principal.role} does not see individual referrals")


def _summary(row: dict[str, Any], *, rules: timers.Timers, now: datetime, names: dict[str, str]) -> dict[str, Any]:
    """An index row as the queue shows it: no names, only what sorts and filters."""
    found = timers.due(row, rules)
    return {"referral_id": row["referral_id"], "post_code": row["post_code"], "urgency": row["urgency"],
            "is_child": None if row["is_child"] is None else bool(row["is_child"]),
            "services": json.loads(row["services"]), "step": row["step"], "step_at": row["step_at"],
            "received_at": row["received_at"], "requested_org": row["requested_org"],
            "assigned_org": row["assigned_org"], "organisation_name": names.get(row["assigned_org"] or ""),
            "awaiting": found[0] if found else None, "due_at": format_time(found[1]) if found else None,
            "overdue": bool(found and now > found[1])}


def queue(store: Store, principal: Principal, *, status: str | None = None, post: str | None = None,
          organisation: str | None = None, urgency: str | None = None, child: bool | None = None,
          overdue: bool | None = None, now: datetime | None = None) -> list[dict[str, Any]]:
    """Referrals the principal may work on, newest first, filtered; a provider only ever sees its organisation's."""
    _may_work(principal)
    now = now or utcnow()
    if status is not None and status not in STEPS:
        raise Refused("unknown status filter", code="bad_filter", status=422)
    if principal.role == PROVIDER:
        if organisation not in (None, principal.organisation_id):
            return []
        organisation = principal.organisation_id
    rules = timers.current(store)
    filters = {"step": status, "post_code": post, "assigned_org": organisation, "urgency": urgency,
               "is_child": None if child is None else int(child)}
    with store.read() as conn:
        rows = hubstore.queue(conn, filters=filters, limit=QUEUE_LIMIT,
                              overdue_cutoffs=timers.cutoffs(rules, now) if overdue else None)
        if principal.role == PROVIDER and not any(v is not None for k, v in filters.items() if k != "assigned_org"):
            # issue 16: a withdrawn referral it once received, to confirm deletion
            rows += hub_withdrawals.notified_rows(conn, principal, have={r["referral_id"] for r in rows})
        stopped = withdrawals.covered(conn, [r["referral_id"] for r in rows])
    names = {o["organisation_id"]: o["name"] for o in organisations.all_organisations(store)}
    found = [_summary(r, rules=rules, now=now, names=names) for r in rows]
    found = [withdrawals.redact_summary(r, stopped[r["referral_id"]]) if r["referral_id"] in stopped
             else {**r, "withdrawn": None} for r in found]
    if overdue is False:
        found = [r for r in found if not r["overdue"]]
    audit.record(store, actor=principal, action="referral.queue", object_id=None, now=now,
                 detail={"count": len(found), "status": status, "overdue": overdue})
    return found


def _row(store: Store, principal: Principal, referral_id: str) -> dict[str, Any]:
    """The index row, if this principal may know the referral exists (NotFound otherwise)."""
    with store.read() as conn:
        row = hubstore.referral(conn, referral_id)
        told = (row is not None and principal.role == PROVIDER and principal.organisation_id is not None
                and referral_id in withdrawals.notified_referrals(conn, principal.organisation_id))
    if row is None or not (lifecycle.may_see(principal, assigned_org=row["assigned_org"]) or told):
        raise NotFound("no such referral")
    return row


def _opened_payload(store: Store, keys: OfficeKeys, bundle_id: str) -> dict[str, Any]:
    """The referral's latest bundle, decrypted in memory (devices revoked later keep what they sent)."""
    with store.read() as conn:
        blob = hubstore.bundle_blob(conn, bundle_id)
    if blob is None:
        raise NotFound("the referral's bundle is missing")

    def lookup(device_id: str) -> DeviceKey | None:
        key = store.device_key(device_id)
        return None if key is None else DeviceKey(key.signing_public, False)

    return open_envelope(blob, recipient_private_key=keys.bundle, device_lookup=lookup).payload


def _case(principal: Principal, payload: dict[str, Any], *, org: dict[str, Any] | None, assigned: str | None,
          today: Any) -> tuple[dict[str, Any], list[str]]:
    """The case within disclosure, and the categories that allowed it."""
    referral, case = payload.get("referral") or {}, payload.get("case")
    if principal.role == COORDINATOR:
        return hub_disclosure.for_coordinator(case, today=today), sorted((case or {}).get("consented_categories", []))
    # the person consented per organisation: what they agreed for the one the post chose
    consented = referral.get("recipient_categories") or [] if assigned == referral.get("provider_id") else []
    services = (org or {}).get("services") or referral.get("services") or []
    shown = hub_disclosure.for_provider(case, service_types=services, consented=consented, today=today)
    return shown, sorted(set(consented) & set((case or {}).get("consented_categories", [])))


def detail(store: Store, principal: Principal, referral_id: str, *, keys: OfficeKeys,
           now: datetime | None = None) -> dict[str, Any]:
    """One referral: index facts, the timeline, the actions this principal may take, the case within disclosure."""
    _may_work(principal)
    now = now or utcnow()
    row = _row(store, principal, referral_id)
    names = {o["organisation_id"]: o for o in organisations.all_organisations(store)}
    with store.read() as conn:
        gone = purge.purged(conn, referral_id)  # issue 16: purged under a retention rule, nothing left to open
        stopped = withdrawals.covered(conn, [referral_id]).get(referral_id)
    purged = None if gone is None else {"rule": gone["rule"], "at": gone["purged_at"]}
    if stopped is not None:  # issue 16: the case data is never decrypted again; ids, times and the notice only
        return {**hub_withdrawals.withdrawn_detail(store, principal, row, stopped, names=names, now=now),
                "purged": purged}
    payload = {} if gone else _opened_payload(store, keys, row["bundle_id"])
    org = names.get(row["assigned_org"] or "")
    case, categories = _case(principal, payload, org=org, assigned=row["assigned_org"], today=now.date())
    with store.read() as conn:
        timeline = hubstore.events(conn, referral_id)
    referral = payload.get("referral") or {}
    out = _summary(row, rules=timers.current(store), now=now, names={k: v["name"] for k, v in names.items()})
    out.update({"case_reference": referral.get("case_reference"), "reason": referral.get("reason"),
                "requested_org_name": referral.get("provider_name"), "case": case,
                "disclosed_categories": categories,
                "timeline": [{k: e[k] for k in ("step", "action", "actor", "actor_role", "organisation_id", "at",
                                                "note")} for e in timeline],
                "actions": lifecycle.actions_for(principal, step=row["step"], assigned_org=row["assigned_org"]),
                "purged": purged, "withdrawn": None, "may_record_withdrawal": principal.role == COORDINATOR})
    audit.record(store, actor=principal, action="referral.view", object_id=referral_id, now=now,
                 detail={"fields": len(case)})
    return out


def act(store: Store, principal: Principal, referral_id: str, action: str, *, note: str | None = None,
        organisation_id: str | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Take one lifecycle action; its event, the post's status and the audit entry commit together."""
    _may_work(principal)
    note = note.strip() if note else None
    if note is not None and len(note) > 2000:
        raise Refused("a note is at most 2000 characters", code="note_too_long", status=422)
    row = _row(store, principal, referral_id)
    with store.read() as conn:
        if withdrawals.covered(conn, [referral_id]):
            raise Refused("the person withdrew consent: this referral is no longer processed", code="withdrawn",
                          status=409)
    change = lifecycle.check(principal, step=row["step"], assigned_org=row["assigned_org"], action=action,
                             note=note, organisation_id=organisation_id)
    org = organisations.find(store, change.organisation_id) if change.organisation_id else None
    if lifecycle.TRANSITIONS[action].needs_organisation and org is None:
        raise Refused("no such organisation", code="unknown_organisation", status=422)
    at = hubstore.stamp(now or utcnow())
    with store.write() as conn:
        if not hubstore.move(conn, referral_id, expected=(row["step"], row["assigned_org"]), step=change.target,
                             organisation_id=change.organisation_id, at=at):
            raise Refused("the referral moved meanwhile; reload it", code="stale", status=409)
        hubstore.add_event(conn, referral_id, step=change.target, action=action, actor=principal.user_id,
                           role=principal.role, organisation_id=change.organisation_id, at=at, note=note,
                           device_id=row["device_id"], feed_note=_feed_note(change.target, org, note))
        audit.record_in(conn, actor=principal, action=f"referral.{action}", object_id=referral_id, now=now,
                        detail={"from_step": row["step"], "to_step": change.target,
                                "organisation_id": change.organisation_id})
    return {"referral_id": referral_id, "step": change.target, "step_at": at,
            "assigned_org": change.organisation_id}


def _feed_note(step: str, org: dict[str, Any] | None, note: str | None) -> str | None:
    """What the post's history says next to the step: where it was routed, and the reason given."""
    if step == "routed" and org is not None:
        return f"{org['name']} — {note}" if note else org["name"]
    return note
