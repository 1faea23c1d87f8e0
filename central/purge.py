"""Retention at the office (issue 16): what is due under the office's rules, the audited purge of one referral,
legal holds, and reclaiming the space so deleted content is gone from the database files (docs/retention.md).

What a purge removes, for one referral: the stored envelopes' bytes (the bundle row keeps id, device, sequence
number, the hash of its bytes, its audit checkpoint and the signed receipt, so a replay is still recognised as a
repeat and answered with its receipt), the free text of its lifecycle events and of the statuses the feed carries
(provider and coordinator notes), the case facts of its hub index row (services, child flag), its entries in the
same-person index and the pairs that name it. What stays: the skeleton rows (step, times, organisations, post), the
statistical records (kept forever), the posts' audit chains and the office audit log (no personal data), the claim
of the referral id. A tombstone `retention.purge` in the office audit log says which referral, which rule, when, who.

Adding a rule is one line in `RULES` (a name and the function that selects what is due).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from central import hubstore, retention, withdrawals
from central.errors import CentralError
from central.hub import audit
from central.hub.errors import Forbidden, NotFound
from central.hub.principal import ADMIN, COORDINATOR, Principal
from central.matchtables import hub_duplicates, hub_match_cases, hub_match_tags
from central.retentiontables import retention_holds, retention_purges
from central.store import Store
from central.tables import (
    bundles,
    device_files,
    devices,
    feed_files,
    feed_versions,
    hub_events,
    hub_referrals,
    statuses,
)
from protocol.feed import device_file_name
from protocol.retention import Policy
from protocol.signing import parse_doc

SYSTEM = "system"
CLOSED = "closed"
MAX_REASON = 500
# The tables a purge changes (their freed space is reclaimed afterwards).
TOUCHED = ("bundles", "hub_events", "statuses", "hub_referrals", "hub_match_cases", "hub_match_tags",
           "hub_duplicates", "retention_purges", "device_files", "feed_files")


class PurgeRefused(CentralError):
    """A referral that may not be purged now: under legal hold, or still open."""

    code, status = "purge_refused", 409

    def __init__(self, message: str, *, code: str = "purge_refused") -> None:
        super().__init__(message)
        self.code = code


# --- the rules ------------------------------------------------------------------------------------------
Selector = Callable[[Connection, Policy, datetime], Iterable[tuple[str, str]]]


@dataclass(frozen=True)
class Rule:
    """A retention rule at the office: its name (as in the policy and the tombstones) and what it selects —
    (referral id, since when) pairs that are due at `now`. `allow_open`: may purge a referral not yet closed."""

    name: str
    select: Selector
    allow_open: bool = False


def closed_referrals(conn: Connection, policy: Policy, now: datetime) -> list[tuple[str, str]]:
    """office.closed_referral: referrals closed (the hub's last step) longer ago than the policy's period."""
    cutoff = hubstore.stamp(now - timedelta(days=policy.days["office.closed_referral"]))
    query = (select(hub_referrals.c.referral_id, hub_referrals.c.step_at)
             .where(hub_referrals.c.step == CLOSED, hub_referrals.c.step_at < cutoff)
             .order_by(hub_referrals.c.step_at, hub_referrals.c.referral_id))
    return [(r.referral_id, r.step_at) for r in conn.execute(query)]


# In order; a referral due under several rules is purged under the first. ONE LINE per rule, e.g. for consent
# withdrawal: Rule("office.withdrawn_referral", withdrawals.due, allow_open=True).
def withdrawn_referrals(conn: Connection, policy: Policy, now: datetime) -> list[tuple[str, str]]:
    """office.withdrawn_referral: referrals a consent withdrawal covers, once every organisation told has confirmed
    it stopped and deleted, or `withdrawals.PURGE_AFTER` after the office received the withdrawal (issue 16)."""
    return withdrawals.due_for_purge(conn, now)


RULES: tuple[Rule, ...] = (
    Rule("office.closed_referral", closed_referrals),
    Rule("office.withdrawn_referral", withdrawn_referrals, allow_open=True),
)


# --- the plan -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    """A referral due for purge (or kept, with why): id, rule, since when it counts."""

    referral_id: str
    rule: str
    since: str
    why: str | None = None  # kept: "legal_hold" | "open"


@dataclass
class Plan:
    """What a run purges now (`due`) and what it would but must keep (`kept`)."""

    due: list[Item] = field(default_factory=list)
    kept: list[Item] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"due": [asdict(i) for i in self.due], "kept": [asdict(i) for i in self.kept]}


def _open(conn: Connection, referral_id: str) -> bool:
    step = conn.execute(select(hub_referrals.c.step).where(hub_referrals.c.referral_id == referral_id)).scalar()
    return step != CLOSED


def _rearrived(conn: Connection) -> list[tuple[str, str]]:
    """Referrals purged before whose bundles hold bytes again (a post sent the referral once more): due again."""
    query = (select(bundles.c.referral_id, retention_purges.c.rule).distinct()
             .join(retention_purges, retention_purges.c.referral_id == bundles.c.referral_id)
             .where(func.length(bundles.c.blob) > 0).order_by(bundles.c.referral_id))
    return [(r[0], r[1]) for r in conn.execute(query)]


def plan(conn: Connection, *, policy: Policy, now: datetime, rules: Iterable[Rule] = RULES) -> Plan:
    """Every referral due under the rules at `now`, and those kept (legal hold, still open), without changing
    anything; purged referrals are not listed again unless their bundles hold bytes again."""
    purged = set(conn.execute(select(retention_purges.c.referral_id)).scalars())
    held = set(conn.execute(select(retention_holds.c.referral_id)).scalars())
    found = Plan()
    seen: set[str] = set()
    rules = tuple(rules)
    again = [(rid, rule, "", _allows_open(rule, rules)) for rid, rule in _rearrived(conn)]
    candidates = again + [(rid, rule.name, since, rule.allow_open) for rule in rules
                          for rid, since in rule.select(conn, policy, now)]
    for rid, rule_name, since, allow_open in candidates:
        if rid in seen or (rid in purged and since):
            continue
        seen.add(rid)
        if rid in held:
            found.kept.append(Item(rid, rule_name, since, "legal_hold"))
        elif not allow_open and _open(conn, rid):
            found.kept.append(Item(rid, rule_name, since, "open"))
        else:
            found.due.append(Item(rid, rule_name, since))
    return found


# --- the purge of one referral --------------------------------------------------------------------------
def purge_referral(target: Store | Connection, referral_id: str, *, rule: str, actor: str | Principal,
                   now: datetime, allow_open: bool = False) -> dict[str, int]:
    """Remove everything personal the office holds about one referral, in one transaction with its tombstone.

    `target` is the store (a transaction of its own) or the caller's write transaction. Refused (PurgeRefused)
    under legal hold, or while the referral is open unless `allow_open`; NotFound for an unknown referral.
    Returns counts of what was changed. Call `reclaim` after a batch so the freed space is overwritten."""
    if isinstance(target, Store):
        with target.write() as conn:
            return purge_referral(conn, referral_id, rule=rule, actor=actor, now=now, allow_open=allow_open)
    conn = target
    _actor_may_run(actor)
    if not rule or len(rule) > 64:
        raise ValueError("a purge names its rule (a short code)")
    row = hubstore.referral(conn, referral_id)
    has_bundles = conn.execute(select(func.count()).select_from(bundles)
                               .where(bundles.c.referral_id == referral_id)).scalar_one()
    if row is None and not has_bundles:
        raise NotFound("no such referral")
    if conn.execute(select(retention_holds.c.referral_id)
                    .where(retention_holds.c.referral_id == referral_id)).first() is not None:
        raise PurgeRefused("the referral is under legal hold", code="legal_hold")
    if not allow_open and (row is None or row["step"] != CLOSED):
        raise PurgeRefused("the referral is still open", code="referral_open")
    if conn.dialect.name == "sqlite":  # freed cells and pages are zeroed, not just unlinked
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    counts = _remove(conn, referral_id)
    at = hubstore.stamp(now)
    who = actor.user_id if isinstance(actor, Principal) else actor
    done = conn.execute(update(retention_purges).where(retention_purges.c.referral_id == referral_id)
                        .values(rule=rule, purged_at=at, actor=who)).rowcount
    if not done:
        conn.execute(insert(retention_purges).values(referral_id=referral_id, rule=rule, purged_at=at, actor=who))
    _tombstone(conn, referral_id, rule=rule, actor=actor, now=now, counts=counts)
    return counts


def _remove(conn: Connection, rid: str) -> dict[str, int]:
    """The deletions and clearings themselves (see the module's docstring)."""
    counts = {"bundles": conn.execute(update(bundles).where(bundles.c.referral_id == rid,
                                                              func.length(bundles.c.blob) > 0)
                                      .values(blob=b"")).rowcount}
    counts["notes"] = conn.execute(update(hub_events).where(hub_events.c.referral_id == rid,
                                                            hub_events.c.note.is_not(None))
                                   .values(note=None)).rowcount
    counts["statuses"] = conn.execute(update(statuses).where(statuses.c.referral_id == rid,
                                                             statuses.c.note.is_not(None))
                                      .values(note=None)).rowcount
    conn.execute(update(hub_referrals).where(hub_referrals.c.referral_id == rid)
                 .values(is_child=None, services="[]"))
    cases = conn.execute(select(hub_match_cases.c.device_id, hub_match_cases.c.case_id)
                         .where(hub_match_cases.c.referral_id == rid)).all()
    counts["match_cases"] = len(cases)
    for device_id, case_id in cases:
        conn.execute(delete(hub_match_tags).where(hub_match_tags.c.device_id == device_id,
                                                  hub_match_tags.c.case_id == case_id))
        conn.execute(delete(hub_match_cases).where(hub_match_cases.c.device_id == device_id,
                                                   hub_match_cases.c.case_id == case_id))
    counts["pairs"] = conn.execute(delete(hub_duplicates).where(
        or_(hub_duplicates.c.a_referral == rid, hub_duplicates.c.b_referral == rid))).rowcount
    # the post's sealed files in the feed carried the statuses' notes (sealed to the post's key): every stored
    # one goes, with the cache; the next GET /v1/feed seals the post's file anew and publishes a new version
    owners = conn.execute(select(devices.c.device_id, devices.c.box_key).where(devices.c.device_id.in_(
        select(bundles.c.device_id).where(bundles.c.referral_id == rid).distinct()))).all()
    counts["feed_files"] = 0
    for device_id, box_key in owners:
        conn.execute(delete(device_files).where(device_files.c.device_id == device_id))
        counts["feed_files"] += conn.execute(delete(feed_files).where(
            feed_files.c.name == device_file_name(device_id, bytes(box_key)))).rowcount
    return counts


def prune_feed_files(conn: Connection, *, now: datetime) -> int:
    """Delete the stored files of expired feed versions (a post refuses an expired feed anyway): the posts'
    sealed files in them carried the statuses' notes. The files the newest version lists always stay."""
    live: set[str] = set()
    newest = conn.execute(select(func.max(feed_versions.c.version))).scalar()
    query = select(feed_versions.c.body).where(or_(feed_versions.c.expires_at >= hubstore.stamp(now),
                                                   feed_versions.c.version == newest))
    for body in conn.execute(query).scalars():
        live |= {str(f["sha256"]) for f in parse_doc("feed", bytes(body)).body.get("files", [])}
    # only the posts' sealed files (devices/…): the shared files' bytes recur across versions (a feed published
    # meanwhile may list an old one again); a sealed file is listed again only while its device's cache holds it
    stored = set(conn.execute(select(feed_files.c.sha256).where(feed_files.c.name.like("devices/%"))).scalars())
    gone = sorted(stored - live)
    for sha in gone:
        conn.execute(delete(feed_files).where(feed_files.c.sha256 == sha))
    return len(gone)


def _tombstone(conn: Connection, referral_id: str, *, rule: str, actor: str | Principal, now: datetime,
               counts: dict[str, int]) -> None:
    """The office audit entry of a purge: kind, id, rule, when, who, how many rows — no personal data."""
    _audit(conn, actor, action="retention.purge", object_id=referral_id, now=now,
           detail={"kind": "referral", "rule": rule, **counts})


def _audit(conn: Connection, actor: str | Principal, *, action: str, object_id: str | None, now: datetime,
           detail: dict[str, Any]) -> None:
    """An office audit entry by a hub user, or by a named non-user actor (`system`, role system)."""
    if isinstance(actor, Principal):
        audit.record_in(conn, actor=actor, action=action, object_id=object_id, detail=detail, now=now)
        return
    body = {"at": hubstore.stamp(now), "actor": actor, "role": SYSTEM, "action": action,
            "object_id": object_id, "detail": audit._clean_detail(detail)}  # noqa: SLF001 - the same checks
    hubstore.append_audit(conn, body)


def purged(conn: Connection, referral_id: str) -> dict[str, Any] | None:
    """The purge record of a referral (rule, when, who), or None when it was not purged."""
    row = conn.execute(select(retention_purges).where(retention_purges.c.referral_id == referral_id)).first()
    return None if row is None else dict(row._mapping)


# --- a run ----------------------------------------------------------------------------------------------
@dataclass
class RunResult:
    """What a run found (`plan`) and, with --apply, what it purged and what it had to keep after all."""

    applied: bool
    plan: Plan
    purged: list[Item] = field(default_factory=list)
    refused: list[Item] = field(default_factory=list)
    feed_files: int = 0  # stored files of expired feed versions removed
    reclaimed: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"applied": self.applied, **self.plan.as_dict(), "purged": [asdict(i) for i in self.purged],
                "refused": [asdict(i) for i in self.refused], "feed_files": self.feed_files,
                "reclaimed": self.reclaimed}


def _actor_may_run(actor: str | Principal) -> None:
    if isinstance(actor, Principal) and actor.role not in (ADMIN, COORDINATOR):
        raise Forbidden("only an office admin or a coordinator runs the retention purge")


def run(store: Store, *, apply: bool, now: datetime, actor: str | Principal = SYSTEM,
        progress: Callable[[int, int], None] | None = None) -> RunResult:
    """List what is due (dry run), or purge exactly that: one transaction per referral, each re-checked inside
    it (a hold set meanwhile wins), then the space is reclaimed. A dry run changes nothing and is not audited."""
    _actor_may_run(actor)
    policy = retention.current(store)
    with store.read() as conn:
        found = plan(conn, policy=policy, now=now)
    result = RunResult(apply, found)
    if not apply:
        return result
    total = len(found.due)
    for done, item in enumerate(found.due, start=1):
        try:
            purge_referral(store, item.referral_id, rule=item.rule, actor=actor, now=now,
                           allow_open=_allows_open(item.rule))
            result.purged.append(item)
        except PurgeRefused as exc:
            result.refused.append(Item(item.referral_id, item.rule, item.since, exc.code))
        if progress is not None:
            progress(done, total)
    with store.write() as conn:
        result.feed_files = prune_feed_files(conn, now=now)
        if result.purged or result.refused:  # a run that found nothing to do leaves no entry (it runs daily)
            _audit(conn, actor, action="retention.run", object_id=None, now=now,
                   detail={"purged": len(result.purged), "kept": len(found.kept) + len(result.refused),
                           "feed_files": result.feed_files})
    if result.purged or result.feed_files:
        result.reclaimed = reclaim(store)
    return result


def _allows_open(rule: str, rules: Iterable[Rule] = RULES) -> bool:
    return any(r.name == rule and r.allow_open for r in rules)


def reclaim(store: Store, tables: Iterable[str] = TOUCHED) -> dict[str, Any]:
    """Make deleted content unreadable in the files: on SQLite a VACUUM with secure_delete on (every page is
    rewritten, the file shrinks) and the WAL checkpointed and truncated; on PostgreSQL VACUUM of the touched
    tables (dead rows' space is freed for reuse; WAL archives and backups need their own retention)."""
    lock = getattr(store, "_write_lock", None)
    with lock if lock is not None else contextlib.nullcontext(), store.engine.connect() as raw:
        conn = raw.execution_options(isolation_level="AUTOCOMMIT")
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            conn.exec_driver_sql("VACUUM")
            busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            return {"vacuum": "sqlite", "checkpoint_complete": busy == 0}
        quote = conn.dialect.identifier_preparer.quote
        for name in tables:
            conn.exec_driver_sql(f"VACUUM {quote(name)}")
        return {"vacuum": "postgresql", "tables": list(tables)}


# --- legal holds ----------------------------------------------------------------------------------------
def _may_hold(principal: Principal) -> None:
    if principal.role not in (ADMIN, COORDINATOR):
        raise Forbidden("only an office admin or a coordinator sets or lifts a legal hold")


def set_hold(store: Store, principal: Principal, referral_id: str, *, reason: str, now: datetime) -> dict[str, Any]:
    """Put a referral under legal hold (an investigation, a court order): no rule purges it until lifted.
    The reason stays in the hold row only (the audit entry says who, when, which referral)."""
    _may_hold(principal)
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON:
        raise PurgeRefused(f"give the reason for the hold (at most {MAX_REASON} characters)", code="hold_reason")
    with store.write() as conn:
        if hubstore.referral(conn, referral_id) is None:
            raise NotFound("no such referral")
        if purged(conn, referral_id) is not None:
            raise PurgeRefused("the referral was purged already", code="purged")
        row = {"referral_id": referral_id, "reason": reason, "set_by": principal.user_id,
               "set_at": hubstore.stamp(now)}
        if conn.execute(update(retention_holds).where(retention_holds.c.referral_id == referral_id)
                        .values(**row)).rowcount == 0:
            conn.execute(insert(retention_holds).values(**row))
        audit.record_in(conn, actor=principal, action="retention.hold.set", object_id=referral_id, now=now)
    return row


def release_hold(store: Store, principal: Principal, referral_id: str, *, now: datetime) -> None:
    """Lift a legal hold (the referral is purged at the next run if a rule selects it)."""
    _may_hold(principal)
    with store.write() as conn:
        if conn.execute(delete(retention_holds).where(retention_holds.c.referral_id == referral_id)).rowcount == 0:
            raise NotFound("the referral is not under legal hold")
        audit.record_in(conn, actor=principal, action="retention.hold.release", object_id=referral_id, now=now)


def holds(store: Store, principal: Principal) -> list[dict[str, Any]]:
    """Every legal hold, oldest first."""
    _may_hold(principal)
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(retention_holds).order_by(retention_holds.c.set_at))]
