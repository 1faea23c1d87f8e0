"""The hub's SQL: office audit chain, the non-identifying referral index, lifecycle events, organisations seen."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from central.tables import (
    bundles,
    hub_events,
    hub_organisations,
    hub_referrals,
    office_audit,
    statuses,
)
from protocol.audit import GENESIS, entry_hash
from protocol.canonical import canonical, format_time
from protocol.envelope import OpenedEnvelope
from protocol.errors import AuditChainBroken

Row = dict[str, Any]
SYSTEM = "system"
URGENCIES = ("routine", "urgent", "emergency")
_RETRIES = 5
_AUDIT_LOCK = 0x6E726D61  # "nrma": the advisory lock id of the office audit chain


def stamp(moment: datetime) -> str:
    """Hub times are whole seconds, so that text order is time order in SQL."""
    return format_time(moment.replace(microsecond=0))


# --- office audit log ---------------------------------------------------------------------------------
def append_audit(conn: Connection, body: Row) -> Row:
    """Append the next chained entry inside the caller's transaction (appenders queue on PostgreSQL)."""
    if conn.dialect.name == "postgresql":  # held to commit: one appender at a time, so the chain never forks
        conn.execute(select(func.pg_advisory_xact_lock(_AUDIT_LOCK)))
    for _ in range(_RETRIES):
        try:
            with conn.begin_nested():
                return _append(conn, body)
        except IntegrityError:
            continue
    raise AuditChainBroken("the office audit log is too busy to append to; try again")


def _append(conn: Connection, body: Row) -> Row:
    """Insert the next chained entry after the current head."""
    last = conn.execute(select(office_audit.c.seq, office_audit.c.hash)
                        .order_by(office_audit.c.seq.desc()).limit(1)).first()
    seq, prev = (1, GENESIS) if last is None else (int(last.seq) + 1, str(last.hash))
    entry = {**body, "seq": seq, "prev": prev}
    entry["hash"] = entry_hash(entry)
    conn.execute(insert(office_audit).values(**{**entry, "detail": canonical(entry["detail"]).decode("utf-8")}))
    return entry


def audit_rows(conn: Connection, *, after: int = 0, limit: int | None = None) -> list[Row]:
    """Entries after `after`, oldest first, with detail decoded."""
    query = select(office_audit).where(office_audit.c.seq > after).order_by(office_audit.c.seq)
    if limit is not None:
        query = query.limit(limit)
    return [{**dict(r._mapping), "detail": json.loads(r.detail)} for r in conn.execute(query)]


def audit_count(conn: Connection) -> int:
    """How many entries the office audit log holds."""
    return int(conn.execute(select(func.count()).select_from(office_audit)).scalar_one())


# --- intake: a referral bundle arrives ----------------------------------------------------------------
def _text(value: Any, *, limit: int = 64) -> str | None:
    """A short string from a signed but untrusted payload, or None."""
    return value[:limit] if isinstance(value, str) and value.strip() else None


def index_fields(opened: OpenedEnvelope) -> Row:
    """What the queue needs from a bundle, nothing that names the person."""
    referral = opened.payload.get("referral") or {}
    case = opened.payload.get("case")
    urgency = referral.get("urgency") if referral.get("urgency") in URGENCIES else "routine"
    services = [s for s in referral.get("services") or [] if isinstance(s, str)][:20]
    child = case.get("is_child") if isinstance(case, dict) and isinstance(case.get("is_child"), bool) else None
    return {"requested_org": _text(referral.get("provider_id")), "urgency": urgency,
            "is_child": None if child is None else int(child), "services": json.dumps(sorted(services)),
            "provider_name": _text(referral.get("provider_name"), limit=200)}


@dataclass
class Intake:
    """The hub rows an ingest transaction adds, written with its other rows (one multi-row insert per table).

    A referral indexed earlier in the same transaction is found here, as if its row were already written."""

    referrals: dict[str, Row] = field(default_factory=dict)  # new index rows, by referral id
    events: list[Row] = field(default_factory=list)
    statuses: list[Row] = field(default_factory=list)
    organisations: dict[str, Row] = field(default_factory=dict)  # first seen in this transaction

    def flush(self, conn: Connection) -> None:
        """Write the queued rows (organisations another post named meanwhile are left as they are)."""
        if self.organisations:
            conn.execute(_SEEN[conn.dialect.name], list(self.organisations.values()))
        for table, rows in ((hub_referrals, list(self.referrals.values())), (hub_events, self.events),
                            (statuses, self.statuses)):
            if rows:
                conn.execute(insert(table), rows)
        self.referrals, self.events, self.statuses, self.organisations = {}, [], [], {}


_SEEN = {"postgresql": postgresql.insert(hub_organisations).on_conflict_do_nothing(),
         "sqlite": sqlite.insert(hub_organisations).on_conflict_do_nothing()}


@dataclass(frozen=True)
class Held:
    """What the ingest transaction's state query found for the hub: the bundle's post, whether its referral is
    indexed already, whether the organisation it names was seen before."""

    post_code: str
    indexed: bool
    organisation_seen: bool


def index_referral(conn: Connection, intake: Intake, opened: OpenedEnvelope, *, at: datetime, held: Held) -> bool:
    """In the ingest transaction: index a new referral as received (True), or point a known one at this bundle."""
    referral_id = str(opened.payload["referral"]["id"])
    fields = index_fields(opened)
    name = fields.pop("provider_name")
    pending = intake.referrals.get(referral_id)
    if pending is not None:  # indexed by an earlier bundle of this transaction
        pending.update(bundle_id=opened.bundle_id, **fields)
        return False
    if held.indexed:
        conn.execute(update(hub_referrals).where(hub_referrals.c.referral_id == referral_id)
                     .values(bundle_id=opened.bundle_id, **fields))
        return False
    when = stamp(at)
    intake.referrals[referral_id] = dict(
        referral_id=referral_id, device_id=opened.device_id, post_code=held.post_code, bundle_id=opened.bundle_id,
        assigned_org=None, received_at=when, step="received", step_at=when, **fields)
    intake.events.append(_event_row(referral_id, step="received", action="receive", actor=SYSTEM, role=SYSTEM,
                                    organisation_id=None, at=when, note=None))
    intake.statuses.append(_status_row(referral_id, device_id=opened.device_id, step="received", note=None, at=when))
    org = fields["requested_org"]
    if org is not None and not held.organisation_seen and org not in intake.organisations:
        intake.organisations[org] = _organisation_row(org, name=name or org, at=when)
    return True


def _organisation_row(organisation_id: str, *, name: str, at: str) -> Row:
    return {"organisation_id": organisation_id, "name": name, "name_ur": "", "kind": "ngo", "area": "",
            "services": "[]", "in_directory": 0, "first_seen_at": at}


def organisations_seen(conn: Connection) -> list[Row]:
    """Every organisation first seen in a referral, oldest first."""
    query = select(hub_organisations).order_by(hub_organisations.c.first_seen_at, hub_organisations.c.organisation_id)
    return [dict(r._mapping) for r in conn.execute(query)]


# --- the lifecycle ------------------------------------------------------------------------------------
def add_event(conn: Connection, referral_id: str, *, step: str, action: str, actor: str, role: str,
              organisation_id: str | None, at: str, note: str | None, device_id: str, feed_note: str | None) -> None:
    """One lifecycle step: its event row and the status the next feed carries to the post."""
    conn.execute(insert(hub_events).values(**_event_row(referral_id, step=step, action=action, actor=actor, role=role,
                                                         organisation_id=organisation_id, at=at, note=note)))
    conn.execute(insert(statuses).values(**_status_row(referral_id, device_id=device_id, step=step, note=feed_note,
                                                       at=at)))


def _event_row(referral_id: str, *, step: str, action: str, actor: str, role: str, organisation_id: str | None,
               at: str, note: str | None) -> Row:
    return {"referral_id": referral_id, "step": step, "action": action, "actor": actor, "actor_role": role,
            "organisation_id": organisation_id, "at": at, "note": note}


def _status_row(referral_id: str, *, device_id: str, step: str, note: str | None, at: str) -> Row:
    return {"referral_id": referral_id, "device_id": device_id, "status": step, "note": note, "at": at}


def move(conn: Connection, referral_id: str, *, expected: tuple[str, str | None], step: str,
         organisation_id: str | None, at: str) -> bool:
    """Move the index row if it still has the expected (step, organisation); False when someone moved it first."""
    expected_step, expected_org = expected
    same_org = (hub_referrals.c.assigned_org.is_(None) if expected_org is None
                else hub_referrals.c.assigned_org == expected_org)
    result = conn.execute(update(hub_referrals).where(hub_referrals.c.referral_id == referral_id)
                          .where(hub_referrals.c.step == expected_step, same_org)
                          .values(step=step, step_at=at, assigned_org=organisation_id))
    return result.rowcount == 1


def referral(conn: Connection, referral_id: str) -> Row | None:
    """One index row."""
    row = conn.execute(select(hub_referrals).where(hub_referrals.c.referral_id == referral_id)).first()
    return None if row is None else dict(row._mapping)


def events(conn: Connection, referral_id: str) -> list[Row]:
    """The timeline of one referral, oldest first."""
    query = select(hub_events).where(hub_events.c.referral_id == referral_id).order_by(hub_events.c.id)
    return [dict(r._mapping) for r in conn.execute(query)]


def bundle_blob(conn: Connection, bundle_id: str) -> bytes | None:
    """The stored envelope of a bundle."""
    blob = conn.execute(select(bundles.c.blob).where(bundles.c.bundle_id == bundle_id)).scalar_one_or_none()
    return None if blob is None else bytes(blob)


def queue(conn: Connection, *, filters: Row, overdue_cutoffs: Iterable[tuple[str, str, str]] | None,
          limit: int) -> list[Row]:
    """Index rows matching the filters, newest first; `overdue_cutoffs` (step, urgency, step_at before) or None."""
    query = select(hub_referrals).order_by(hub_referrals.c.received_at.desc(), hub_referrals.c.referral_id)
    for name, value in filters.items():
        if value is not None:
            query = query.where(hub_referrals.c[name] == value)
    if overdue_cutoffs is not None:
        clauses = [and_(hub_referrals.c.step == s, hub_referrals.c.urgency == u, hub_referrals.c.step_at < c)
                   for s, u, c in overdue_cutoffs]
        query = query.where(or_(*clauses) if clauses else hub_referrals.c.referral_id.is_(None))
    return [dict(r._mapping) for r in conn.execute(query.limit(limit))]


def open_for_device(conn: Connection, device_id: str, *, steps: Iterable[str]) -> list[Row]:
    """A device's referrals waiting at one of these steps (for overdue reports in its feed file)."""
    query = select(hub_referrals).where(hub_referrals.c.device_id == device_id,
                                        hub_referrals.c.step.in_(list(steps)))
    return [dict(r._mapping) for r in conn.execute(query.order_by(hub_referrals.c.referral_id))]
