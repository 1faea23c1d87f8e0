"""Consent withdrawals at the office (issue 16): stored from the post's withdrawal bundles (or recorded by a
coordinator), the covered referrals hidden everywhere, the organisations told and their confirmations kept.

From the moment a withdrawal is stored, every page and command that would show a covered referral's case data
shows only ids and times and "consent withdrawn" instead (`covered`, `redact_*`); the statistical records, which
name nobody, stay. The organisations that received a covered referral (every organisation it was ever routed to)
get a notice on their hub pages and confirm that they stopped processing and deleted the data; the office records
who confirmed and when, in the referral's timeline. The post learns how far each withdrawal has reached from its
device file (`for_device`). `referrals_to_purge` is the query the office purge uses to delete what it may not keep.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from central import hubstore
from central.tables import hub_events, hub_referrals
from central.withdrawaltables import withdrawal_notices, withdrawal_referrals, withdrawals
from protocol.canonical import parse_time
from protocol.envelope import OpenedEnvelope
from protocol.errors import MalformedData, PayloadMalformed
from protocol.withdrawal import KIND, check_item

Row = dict[str, Any]
# The timeline actions of a withdrawal (hub_events.action; the step stays the referral's step when it happened).
WITHDRAWN, CONFIRMED = "consent_withdrawn", "deletion_confirmed"
# Until every organisation told has confirmed, the office keeps a covered referral this long, then purges it anyway.
PURGE_AFTER = timedelta(days=30)


# ----- ingest ---------------------------------------------------------------------------------------------------
def check_payload(payload: dict[str, Any]) -> dict[str, Any] | None:
    """The bundle's withdrawal item, well-formed, or None for another kind; PayloadMalformed refuses the bundle."""
    if payload.get("kind") != KIND and "withdrawal" not in payload:
        return None
    if payload.get("kind") != KIND or "referral" in payload or payload.get("stats"):
        raise PayloadMalformed("payload is malformed (a withdrawal bundle carries only its withdrawal)")
    try:
        return check_item(payload.get("withdrawal"))
    except MalformedData as exc:
        raise PayloadMalformed(f"payload is malformed ({exc})") from None


def keep(conn: Connection, opened: OpenedEnvelope, *, received_at: str) -> bool:
    """In the ingest transaction: store a withdrawal bundle's item once, and tell the organisations; True if stored.

    The withdrawal id belongs to the first bundle that carried it: a repeat (or another bundle naming it) changes
    nothing. A referral the withdrawal names that another device sent is not covered by it.
    """
    item = check_payload(opened.payload)
    if item is None:
        return False
    if conn.execute(select(withdrawals.c.withdrawal_id).where(withdrawals.c.withdrawal_id == item["id"])).first():
        return False
    conn.execute(insert(withdrawals).values(
        withdrawal_id=item["id"], device_id=opened.device_id, source="post", consent_id=item["consent_id"],
        case_id=item["case_id"], categories=json.dumps(item["categories"]), withdrawn_on=item["withdrawn_on"],
        bundle_id=opened.bundle_id, recorded_by=None, reason=None, received_at=received_at))
    _cover(conn, item["id"], [(r["id"], r["provider"]) for r in item["referrals"]], device_id=opened.device_id,
           at=hubstore.stamp(parse_time(received_at)), actor=opened.device_id, role="system")  # hub: whole seconds
    return True


def record(conn: Connection, *, withdrawal_id: str, referral_id: str, device_id: str, reason: str, by: str,
           role: str, at: str, withdrawn_on: str) -> None:
    """A coordinator records, on the person's request, a withdrawal covering one referral (inside their transaction)."""
    conn.execute(insert(withdrawals).values(
        withdrawal_id=withdrawal_id, device_id=device_id, source="office", consent_id=None, case_id=None,
        categories="[]", withdrawn_on=withdrawn_on, bundle_id=None, recorded_by=by, reason=reason, received_at=at))
    requested = conn.execute(select(hub_referrals.c.requested_org)
                             .where(hub_referrals.c.referral_id == referral_id)).scalar_one_or_none()
    _cover(conn, withdrawal_id, [(referral_id, requested)], device_id=device_id, at=at, actor=by, role=role)


def _cover(conn: Connection, withdrawal_id: str, refs: list[tuple[str, str | None]], *, device_id: str, at: str,
           actor: str, role: str) -> None:
    """The covered referrals, a notice to each organisation that received one, the timeline entries."""
    held = {r.referral_id: r for r in conn.execute(
        select(hub_referrals.c.referral_id, hub_referrals.c.device_id, hub_referrals.c.step,
               hub_referrals.c.assigned_org).where(hub_referrals.c.referral_id.in_([rid for rid, _ in refs])))}
    for rid, org in refs:
        index = held.get(rid)
        if index is not None and index.device_id != device_id:
            continue  # another post's referral: this device's withdrawal cannot cover it
        conn.execute(insert(withdrawal_referrals).values(withdrawal_id=withdrawal_id, referral_id=rid,
                                                         organisation_id=org))
        if index is None:
            continue  # not at the office yet: hidden when it arrives, and no organisation received it
        for organisation in sorted(received_by(conn, rid, assigned=index.assigned_org)):
            conn.execute(insert(withdrawal_notices).values(withdrawal_id=withdrawal_id, referral_id=rid,
                                                           organisation_id=organisation, notified_at=at))
        conn.execute(insert(hub_events).values(referral_id=rid, step=index.step, action=WITHDRAWN, actor=actor,
                                               actor_role=role, organisation_id=None, at=at, note=None))


def received_by(conn: Connection, referral_id: str, *, assigned: str | None) -> set[str]:
    """Every organisation the referral was ever routed to (each may hold its data)."""
    found = {r[0] for r in conn.execute(select(hub_events.c.organisation_id).where(
        hub_events.c.referral_id == referral_id, hub_events.c.organisation_id.is_not(None)))}
    return found | ({assigned} if assigned else set())


# ----- what the office may no longer show ----------------------------------------------------------------------
def covered(conn: Connection, referral_ids: Iterable[str] | None = None) -> dict[str, Row]:
    """referral id -> its withdrawal (id, source, received_at, withdrawn_on), for covered referrals (of the given)."""
    query = (select(withdrawal_referrals.c.referral_id, withdrawals.c.withdrawal_id, withdrawals.c.source,
                    withdrawals.c.received_at, withdrawals.c.withdrawn_on)
             .join(withdrawals, withdrawals.c.withdrawal_id == withdrawal_referrals.c.withdrawal_id)
             .order_by(withdrawals.c.received_at))
    if referral_ids is not None:
        wanted = list(referral_ids)
        if not wanted:
            return {}
        query = query.where(withdrawal_referrals.c.referral_id.in_(wanted))
    found: dict[str, Row] = {}
    for r in conn.execute(query):
        found.setdefault(r.referral_id, {"withdrawal_id": r.withdrawal_id, "source": r.source,
                                         "received_at": r.received_at, "withdrawn_on": r.withdrawn_on})
    return found


def notices(conn: Connection, referral_id: str) -> list[Row]:
    """The organisations told about the referral's withdrawal, with their confirmations."""
    query = (select(withdrawal_notices).where(withdrawal_notices.c.referral_id == referral_id)
             .order_by(withdrawal_notices.c.notified_at, withdrawal_notices.c.organisation_id))
    return [dict(r._mapping) for r in conn.execute(query)]


def notified_referrals(conn: Connection, organisation_id: str) -> dict[str, Row]:
    """referral id -> the organisation's notice, for every withdrawn referral it received."""
    query = select(withdrawal_notices).where(withdrawal_notices.c.organisation_id == organisation_id)
    return {r.referral_id: dict(r._mapping) for r in conn.execute(query)}


def confirm(conn: Connection, referral_id: str, *, organisation_id: str, by: str, role: str, at: str) -> bool:
    """Record the organisation's confirmation that it stopped processing and deleted; False when nothing to confirm."""
    done = conn.execute(update(withdrawal_notices).where(
        withdrawal_notices.c.referral_id == referral_id, withdrawal_notices.c.organisation_id == organisation_id,
        withdrawal_notices.c.confirmed_at.is_(None)).values(confirmed_at=at, confirmed_by=by)).rowcount
    if not done:
        return False
    step = conn.execute(select(hub_referrals.c.step).where(hub_referrals.c.referral_id == referral_id)).scalar_one()
    conn.execute(insert(hub_events).values(referral_id=referral_id, step=step, action=CONFIRMED, actor=by,
                                           actor_role=role, organisation_id=organisation_id, at=at, note=None))
    return True


def redact_summary(row: Row, withdrawal: Row) -> Row:
    """A queue row of a covered referral: ids, post, times and the withdrawal; nothing about the person or the need."""
    keep = ("referral_id", "post_code", "step", "step_at", "received_at", "assigned_org", "organisation_name",
            "requested_org")
    return {**{k: row.get(k) for k in keep}, "urgency": None, "is_child": None, "services": [], "awaiting": None,
            "due_at": None, "overdue": False, "withdrawn": withdrawal}


def redact_timeline(events: list[Row]) -> list[Row]:
    """The timeline of a covered referral: who did what when, without the notes (they may describe the person)."""
    return [{**e, "note": None} for e in events]


# ----- back to the post ------------------------------------------------------------------------------------------
def for_device(conn: Connection, device_id: str) -> list[Row]:
    """Every withdrawal of this device's referrals, with how far it has reached (the device file's `withdrawals`)."""
    rows = conn.execute(select(withdrawals).where(withdrawals.c.device_id == device_id)
                        .order_by(withdrawals.c.received_at, withdrawals.c.withdrawal_id)).all()
    if not rows:
        return []
    ids = [r.withdrawal_id for r in rows]
    refs: dict[str, list[str]] = {}
    for r in conn.execute(select(withdrawal_referrals).where(withdrawal_referrals.c.withdrawal_id.in_(ids))
                          .order_by(withdrawal_referrals.c.referral_id)):
        refs.setdefault(r.withdrawal_id, []).append(r.referral_id)
    told: dict[str, list[Row]] = {}
    for n in conn.execute(select(withdrawal_notices).where(withdrawal_notices.c.withdrawal_id.in_(ids))
                          .order_by(withdrawal_notices.c.organisation_id, withdrawal_notices.c.referral_id)):
        told.setdefault(n.withdrawal_id, []).append(dict(n._mapping))
    out = []
    for w in rows:
        providers = _per_organisation(told.get(w.withdrawal_id, []))
        state = ("received" if not providers else
                 "confirmed" if all(p["confirmed_at"] for p in providers) else "notified")
        out.append({"id": w.withdrawal_id, "source": w.source, "state": state, "received_at": w.received_at,
                    "referrals": refs.get(w.withdrawal_id, []), "providers": providers})
    return out


def _per_organisation(rows: list[Row]) -> list[Row]:
    """One entry per organisation: told when first told, confirmed when it confirmed every referral it received."""
    by_org: dict[str, list[Row]] = {}
    for n in rows:
        by_org.setdefault(n["organisation_id"], []).append(n)
    return [{"organisation_id": org, "notified_at": min(n["notified_at"] for n in found),
             "confirmed_at": max(n["confirmed_at"] for n in found) if all(n["confirmed_at"] for n in found) else None}
            for org, found in sorted(by_org.items())]


# ----- the office purge (wired into `nrm-central retention run` at merge) ----------------------------------------
def referrals_to_purge(conn: Connection, now: datetime, *, after: timedelta = PURGE_AFTER) -> list[str]:
    """Referral ids whose case data the office must now delete: covered by a withdrawal, and either every
    organisation told has confirmed (or none was told), or `after` has passed since the office stored it."""
    return [rid for rid, _ in due_for_purge(conn, now, after=after)]


def due_for_purge(conn: Connection, now: datetime, *, after: timedelta = PURGE_AFTER) -> list[tuple[str, str]]:
    """(referral id, when the office received its withdrawal) for each of `referrals_to_purge`, sorted by id."""
    told: dict[str, list[bool]] = {}
    for n in conn.execute(select(withdrawal_notices.c.referral_id, withdrawal_notices.c.confirmed_at)):
        told.setdefault(n.referral_id, []).append(n.confirmed_at is not None)
    cutoff = now - after
    return sorted((rid, str(w["received_at"])) for rid, w in covered(conn).items()
                  if all(told.get(rid, [])) or parse_time(w["received_at"]) <= cutoff)


def device_of(conn: Connection, referral_id: str) -> tuple[str, str] | None:
    """(device id, step) of an indexed referral."""
    row = conn.execute(select(hub_referrals.c.device_id, hub_referrals.c.step)
                       .where(hub_referrals.c.referral_id == referral_id)).first()
    return None if row is None else (row.device_id, row.step)


