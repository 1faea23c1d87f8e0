"""Office statistics (coordinator, analyst): the posts' statistical records and the hub's own referral timings.

Counts of persons are k-suppressed per table: a cell with fewer than k persons (but not none) is withheld, and
when that leaves one withheld cell in a table, the next smallest is withheld too, so no cell can be worked out by
subtraction from the others. Totals over the whole period are shown as they are (a post compares its own).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from central import statstore
from central.hub import audit
from central.hub.errors import Forbidden, Refused
from central.hub.principal import ANALYST, COORDINATOR, Principal
from central.store import Store
from central.tables import hub_events, hub_referrals
from protocol.canonical import parse_time
from protocol.stats import AGE_BANDS, days_between, percentile

K_DEFAULT = 5
SETTING = "stats_k"
DIMENSIONS = ("post", "nationality", "sex", "age_band", "classification", "month")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def may_view(principal: Principal) -> None:
    """Coordinators and analysts see aggregates; providers and admins do not."""
    if principal.role not in (COORDINATOR, ANALYST):
        raise Forbidden(f"a {principal.role} does not see office statistics")


def check_month(value: str | None, *, name: str) -> str | None:
    """YYYY-MM or None; a bad value is refused with one sentence."""
    if value is not None and not _MONTH.match(value):
        raise Refused(f"{name} must be a month as YYYY-MM, such as 2026-11", code="bad_month", status=422)
    return value


def suppress(counts: dict[str, int], k: int) -> dict[str, int | None]:
    """Counts with small cells withheld (None): primary (0 < n < k) and, if only one, a secondary one."""
    if k <= 1:
        return dict(counts)
    hidden = {key for key, n in counts.items() if 0 < n < k}
    if len(hidden) == 1:
        others = sorted((n, key) for key, n in counts.items() if n > 0 and key not in hidden)
        if others:
            hidden.add(others[0][1])
    return {key: None if key in hidden else n for key, n in counts.items()}


def configured_k(store: Store) -> int:
    """The office's k (settings table, set from config.json "stats_k"), else 5."""
    raw = store.setting(SETTING)
    return int(raw.decode()) if raw else K_DEFAULT


def set_k(store: Store, k: int) -> int:
    """Store the office's k for every worker (from config.json at serve)."""
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= 100:
        raise Refused("stats_k must be a whole number from 1 to 100", code="bad_k", status=422)
    store.put_setting(SETTING, str(k).encode())
    return k


def records(store: Store, *, start: str | None = None, end: str | None = None) -> list[dict[str, Any]]:
    """Statistical records whose encounter month lies in [start, end] (YYYY-MM, both optional)."""
    with store.read() as conn:
        found = statstore.all_records(conn)
    return [r for r in found if (start is None or r["month"] >= start) and (end is None or r["month"] <= end)]


def figures(store: Store, principal: Principal, *, start: str | None = None, end: str | None = None,
            k: int | None = None) -> dict[str, Any]:
    """`/hub/stats`, `nrm-central stats` and the monthly report: the same figures, k-suppressed."""
    may_view(principal)
    return compute(records(store, start=check_month(start, name="--from"), end=check_month(end, name="--to")),
                   organisations=organisation_times(store), k=k or configured_k(store), start=start, end=end)


def compute(recs: list[dict[str, Any]], *, organisations: dict[str, dict[str, Any]], k: int,
            start: str | None = None, end: str | None = None) -> dict[str, Any]:
    """Figures from records (pure: tests count the same records by hand)."""
    by: dict[str, dict[str, int | None]] = {}
    for dim in DIMENSIONS:
        counts = Counter(str(r["post_code"] if dim == "post" else r[dim] or "unknown") for r in recs)
        if dim == "age_band":
            counts = Counter({band: counts.get(band, 0) for band in AGE_BANDS})
        by[dim] = suppress(dict(sorted(counts.items())), k)
    return {
        "period": {"from": start, "to": end}, "k": k,
        "totals": totals(recs),
        "persons_by": by,
        "referrals_by_post": suppress(dict(sorted(Counter(
            r["post_code"] for r in recs for x in r["referrals"] if "approved" in x["stages"]).items())), k),
        "days_drafted_to_approved": _summary(_to_approved(recs), k),
        "organisations": {org: _org(v, k) for org, v in sorted(organisations.items())},
    }


def totals(recs: Iterable[dict[str, Any]]) -> dict[str, int]:
    """screenings, persons and referrals approved: the same definition as the post's (app/services/dashboard.py)."""
    found = list(recs)
    return {"screenings": sum(r["screenings"] for r in found), "persons": len(found),
            "referrals": sum(1 for r in found for x in r["referrals"] if "approved" in x["stages"])}


def _to_approved(recs: list[dict[str, Any]]) -> list[int]:
    """Days from the draft to the supervisor's approval (the record holds the encounter only as a month)."""
    return [days_between(x["stages"]["drafted"], x["stages"]["approved"]) for r in recs for x in r["referrals"]
            if "approved" in x["stages"] and "drafted" in x["stages"]]


def _summary(values: list[int], k: int) -> dict[str, int | None]:
    shown = len(values) >= k
    return {"count": len(values) if shown or not values else None,
            "median": percentile(values, 50) if shown else None, "p90": percentile(values, 90) if shown else None}


def _org(v: dict[str, Any], k: int) -> dict[str, Any]:
    shown = v["referrals"] >= k
    decided = v["accepted"] + v["declined"]
    return {"referrals": v["referrals"] if shown or not v["referrals"] else None,
            "hours_to_acknowledge": _summary(v["ack"], k) if shown else _summary([], k),
            "hours_to_accept": _summary(v["accept"], k) if shown else _summary([], k),
            "decline_rate_percent": round(100 * v["declined"] / decided) if shown and decided >= k else None}


def organisation_times(store: Store) -> dict[str, dict[str, Any]]:
    """Per assigned organisation, from the hub's own lifecycle events: referrals, hours to acknowledge (from
    routing) and to accept (from acknowledgement), accepted and declined counts."""
    with store.read() as conn:
        orgs = {r.referral_id: r.assigned_org for r in conn.execute(
            select(hub_referrals.c.referral_id, hub_referrals.c.assigned_org))}
        steps: dict[str, dict[str, str]] = defaultdict(dict)
        for row in conn.execute(select(hub_events.c.referral_id, hub_events.c.step, hub_events.c.at)
                                .order_by(hub_events.c.id)):
            steps[row.referral_id].setdefault(row.step, row.at)
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"referrals": 0, "ack": [], "accept": [], "accepted": 0,
                                                          "declined": 0})
    for referral_id, org in orgs.items():
        if not org:
            continue
        seen, v = steps.get(referral_id, {}), out[org]
        v["referrals"] += 1
        for name, first, second in (("ack", "routed", "acknowledged"), ("accept", "acknowledged", "accepted")):
            if first in seen and second in seen:
                v[name].append(_hours(seen[first], seen[second]))
        v["accepted"] += "accepted" in seen
        v["declined"] += "declined" in seen
    return dict(out)


def _hours(first: str, second: str) -> int:
    return int((parse_time(second) - parse_time(first)).total_seconds() // 3600)


def monthly(store: Store, principal: Principal, *, month: str, k: int | None = None) -> dict[str, Any]:
    """The figures of one month for the monthly report; the report's making is audited."""
    check_month(month, name="--month")
    found = figures(store, principal, start=month, end=month, k=k)
    audit.record(store, actor=principal, action="stats.report", object_id=month, detail={"k": found["k"]})
    return found


def operator(store: Store, username: str) -> Principal:
    """The hub account an office command acts as (`--as`): it must exist and be active; its role decides."""
    from central import accountstore
    from central.hub.accounts import principal_of

    row = accountstore.user_by_name(store, username)
    if row is None or row["disabled_at"]:
        raise Forbidden(f"no active hub account {username!r}; name one with --as (see nrm-central user list)")
    return principal_of(row)
