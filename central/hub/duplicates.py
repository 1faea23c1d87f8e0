"""Possible same-person pairs across posts for coordinators to confirm or dismiss (issue 13).

The office never merges two cases: a coordinator looks at both referrals (each shows only what its person
consented to) and decides. The decision is audited; a confirmation goes to both posts in their next feed file
(central.publish) and shows on each case there. A dismissed pair stays dismissed when more bundles arrive."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from central import matchindex
from central.hub import audit
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import COORDINATOR, Principal
from central.store import Store
from protocol.canonical import format_time, utcnow

DECISIONS = {"confirm": "confirmed", "dismiss": "dismissed"}
STATUSES = matchindex.STATUSES


def _may_decide(principal: Principal) -> None:
    if principal.role != COORDINATOR:
        raise Forbidden("only a coordinator sees and decides possible same-person pairs", code="wrong_role")


def listing(store: Store, principal: Principal, *, status: str | None = "open") -> list[dict[str, Any]]:
    """Pairs in one state (all with None), newest first: post codes, case references, score and fields only."""
    _may_decide(principal)
    if status is not None and status not in matchindex.STATUSES:
        raise Refused("the state is open, confirmed or dismissed", code="bad_status", status=422)
    with store.read() as conn:
        return matchindex.pairs(conn, status=status)


def decide(store: Store, principal: Principal, pair_id: str, decision: str, *,
           now: datetime | None = None) -> dict[str, Any]:
    """Confirm or dismiss one open pair; the decision and its audit entry commit together."""
    _may_decide(principal)
    if decision not in DECISIONS:
        raise Refused("decide confirm or dismiss", code="bad_decision", status=422)
    at = format_time(now or utcnow())
    with store.write() as conn:
        found = matchindex.pair(conn, pair_id)
        if found is None:
            raise NotFound("no such pair")
        if not matchindex.decide(conn, pair_id, status=DECISIONS[decision], by=principal.user_id, at=at):
            raise Refused("this pair was already decided", code="already_decided", status=409)
        audit.record_in(conn, actor=principal, action=f"duplicate.{decision}", object_id=pair_id, now=now,
                        detail={"a_post": found["a_post"], "b_post": found["b_post"], "score": found["score"]})
    return {**found, "status": DECISIONS[decision], "decided_by": principal.user_id, "decided_at": at}
