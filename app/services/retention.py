"""Retention use cases at the post: what is due (dry run), the purge itself, legal holds (docs/retention.md).

The rules and their periods come from the policy the office published in the signed feed (protocol/retention.py);
until one arrives, the built-in defaults apply. Nothing the office has not receipted is purged, nor a case under a
legal hold. Each purged record leaves a tombstone in the audit chain: action `retention.purge:<kind>:<rule>`, the
record's id, the time and who (a user, or "system" for the automatic run at unlock) — no personal data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.errors import NotFound, ValidationFailed
from app.services import events
from app.services.session import Session
from app.storage import audit, cases, db
from app.storage import retention as store
from protocol import retention as rp

Progress = Callable[[int, int], None]
BATCH = 50  # progress is reported after each batch of cases (all in one transaction: nothing half-applied)


@dataclass(frozen=True)
class Due:
    """One record due for purge: kind ("case" or "draft"), id, case reference (cases only), rule, and since when."""

    kind: str
    id: str
    rule: str
    last_activity: str
    reference: str = ""


@dataclass(frozen=True)
class Kept:
    """A case a rule would purge that is kept, and why: "legal_hold" or "not_receipted"."""

    case_id: str
    reference: str
    rule: str
    why: str


@dataclass
class Plan:
    policy_version: int
    now: str
    due: list[Due] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)  # after --apply: rows removed per kind of record

    def as_dict(self) -> dict[str, Any]:
        return {"policy_version": self.policy_version, "now": self.now, "due": [asdict(d) for d in self.due],
                "kept": [asdict(k) for k in self.kept], "removed": dict(self.removed)}


def _utc(moment: datetime | None) -> datetime:
    return (moment or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds") + "Z"


def current_policy(conn: Any) -> rp.Policy:
    """The policy in force: the newest the office published, else the built-in defaults."""
    body = store.stored_policy(conn)
    return rp.parse(json.loads(body)) if body else rp.DEFAULTS


def _case_rule(case: store.CaseActivity) -> str | None:
    """Which post rule applies to a case, if any."""
    if case.status == "closed" or (case.referrals and not case.open_referrals):
        return "post.closed_case"
    if case.receipted == 0:
        return "post.inactive_case"  # no referral reached the office (one still on its way is kept: see _plan)
    return None


def plan(session: Session, *, now: datetime | None = None, system: bool = False) -> Plan:
    """What a purge would remove now, and what it keeps; read-only."""
    if not system:
        session.require("retention.run")
    found = _plan(session.db, _utc(now))
    if not system:
        session.record("retention.plan")  # a listing of case references: audited like any other listing
    return found


def _plan(conn: Any, moment: datetime) -> Plan:
    policy = current_policy(conn)
    result = Plan(policy.version, _stamp(moment))
    shortest = min(policy.days["post.closed_case"], policy.days["post.inactive_case"])
    for case in store.case_activity(conn, changed_before=_stamp(moment - timedelta(days=shortest))):
        rule = _case_rule(case)
        if rule is None or case.last_activity >= _stamp(moment - timedelta(days=policy.days[rule])):
            continue
        if case.held:
            result.kept.append(Kept(case.case_id, case.reference, rule, "legal_hold"))
        elif case.receipted < case.sealed or case.unsealed:
            result.kept.append(Kept(case.case_id, case.reference, rule, "not_receipted"))
        else:
            result.due.append(Due("case", case.case_id, rule, case.last_activity, case.reference))
    cutoff = _stamp(moment - timedelta(days=policy.days["post.unfinished_interview"]))
    result.due += [Due("draft", d, "post.unfinished_interview", at) for d, at in store.stale_drafts(conn, before=cutoff)]
    return result


def apply(session: Session, *, now: datetime | None = None, system: bool = False,
          progress: Progress | None = None) -> Plan:
    """Purge what is due (the same list `plan` gives at the same moment), with tombstones; then reclaim the space."""
    if not system:
        session.require("retention.run")
    actor = "system" if system else session.user.id
    with session.transaction() as conn:  # one transaction: planned and purged under the same write lock
        result = _plan(conn, _utc(now))
        due_cases = [d for d in result.due if d.kind == "case"]
        drafts = [d for d in result.due if d.kind == "draft"]
        for start in range(0, len(due_cases), BATCH):
            batch = due_cases[start:start + BATCH]
            _tombstones(conn, batch, actor)
            for kind, count in store.purge_cases(conn, [d.id for d in batch]).items():
                result.removed[kind] = result.removed.get(kind, 0) + count
            if progress:
                progress(start + len(batch), len(result.due))
        if drafts:
            _tombstones(conn, drafts, actor)
            result.removed["draft"] = store.delete_drafts(conn, [d.id for d in drafts])
    if progress and result.due:
        progress(len(result.due), len(result.due))
    if result.due:
        with db.translate_errors():
            store.reclaim(session.db)
        events.publish("retention_did_purge", count=len(result.due))
    return result


def _tombstones(conn: Any, due: list[Due], actor: str) -> None:
    for item in due:
        audit.append(conn, actor=actor, action=f"retention.purge:{item.kind}:{item.rule}", object_id=item.id)


# ----- legal holds -----
def set_hold(session: Session, ref_or_id: str, *, reason: str) -> str:
    """A supervisor suspends purge of one case, with the reason (an investigation, a court order)."""
    session.require("retention.hold")
    if not reason.strip():
        raise ValidationFailed("Give the reason for the legal hold (an investigation, a court order).")
    case_id = _case_id(session, ref_or_id)
    with session.write("retention.hold.set", case_id) as conn:
        store.set_hold(conn, case_id, reason=reason.strip(), by=session.user.id)
    return case_id


def release_hold(session: Session, ref_or_id: str) -> str:
    session.require("retention.hold")
    case_id = _case_id(session, ref_or_id)
    with session.write("retention.hold.release", case_id) as conn:
        if not store.release_hold(conn, case_id):
            raise NotFound(f"The case {ref_or_id} is not under a legal hold.")
    return case_id


def list_holds(session: Session) -> list[dict[str, Any]]:
    session.require("retention.hold")
    return store.holds(session.db)


def _case_id(session: Session, ref_or_id: str) -> str:
    case_id = cases.find_id(session.db, ref_or_id)
    if case_id is None:
        raise NotFound(f"There is no case {ref_or_id!r}.")
    return case_id


# ----- the policy from the feed -----
def store_policy(conn: Any, policy: rp.Policy) -> None:
    """Inside the feed's transaction: keep the newer policy feedcheck verified (the post cannot loosen it: only a
    newer feed from the office changes it)."""
    from protocol.canonical import canonical

    store.store_policy(conn, version=policy.version, body=canonical(policy.as_dict()).decode("utf-8"))
    audit.append(conn, actor="system", action="retention.policy", object_id=str(policy.version))


def policy_state(conn: Any) -> tuple[int, str | None]:
    """(version, digest) of the policy in force, for the feed check."""
    policy = current_policy(conn)
    return (policy.version, policy.digest) if policy.version else (0, None)
