"""The post dashboard's figures (supervisor and admin): counts and times over the post's own cases, no names."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from app.services import stats_records
from app.services.session import Session
from app.storage import stats
from protocol.canonical import parse_time, utcnow
from protocol.stats import days_between, percentile

# The post's own timers (hours per urgency) for a referral approved but not yet acknowledged by the office;
# the hub's timers replace them once the office has reported on the referral (an "overdue" step in the feed).
OWN_TIMERS = {"emergency": 4, "urgent": 24, "routine": 72}
_WAITING = ("approved", "sent", "received", "routed")


def figures(session: Session, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """`nrm-desk stats` and the Dashboard page: what the issue lists, computed at `now` (UTC)."""
    session.require("stats.view")
    return compute(stats.case_rows(session.db), pending_reviews=stats.pending_reviews(session.db),
                   now=now or utcnow())


def compute(rows: list[dict[str, Any]], *, pending_reviews: int, now: dt.datetime) -> dict[str, Any]:
    """The figures from case rows (app.storage.stats.case_rows); pure, so tests can count the same rows by hand."""
    month = now.strftime("%Y-%m")
    screenings = [s for r in rows for s in stats_records.screenings(r) if s[0][:7] == month]
    referrals = [(r, x) for r in rows for x in r["referrals"]]
    approved = [(r, x, _first(x, "approved")) for r, x in referrals]
    to_approved = [days_between(r["encounter_date"], day) for r, _, day in approved if day]
    to_ack = [days_between(day, ack) for _, x, day in approved if day and (ack := _first(x, "acknowledged"))]
    return {
        "month": month,
        "open_cases": sum(1 for r in rows if r["status"] != "closed"),
        "screenings_this_month": len(screenings),
        "classifications_this_month": dict(sorted(Counter(s[1] or "unclassified" for s in screenings).items())),
        "referrals_by_stage": dict(sorted(Counter(x["status"] for _, x in referrals).items())),
        "referrals_overdue": sum(1 for _, x in referrals if overdue(x, now=now)),
        "decisions_awaiting_review": pending_reviews,
        "days_encounter_to_approved": _summary(to_approved),
        "days_approved_to_acknowledged": _summary(to_ack),
        "totals": totals(rows),
    }


def totals(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Comparable with the office's totals: screenings, persons (cases), referrals approved."""
    return {"screenings": sum(len(stats_records.screenings(r)) for r in rows), "persons": len(rows),
            "referrals": sum(1 for r in rows for x in r["referrals"] if _first(x, "approved"))}


def overdue(referral: dict[str, Any], *, now: dt.datetime) -> bool:
    """Late by the hub's word (an "overdue" report after the referral's last step), else by the post's timer."""
    if referral["status"] not in _WAITING:
        return False
    steps = [at for status, at in referral["events"] if status != "overdue"]
    late = [at for status, at in referral["events"] if status == "overdue"]
    if late:
        return max(parse_time(a) for a in late) >= max(parse_time(a) for a in steps)
    if any(status in ("received", "routed") for status, _ in referral["events"]):
        return False  # the office holds it and has not called it late
    approved = _first(referral, "approved", full=True)
    hours = OWN_TIMERS.get(referral["urgency"], OWN_TIMERS["routine"])
    return approved is not None and now - parse_time(approved) > dt.timedelta(hours=hours)


def _first(referral: dict[str, Any], status: str, *, full: bool = False) -> str | None:
    for name, at in referral["events"]:
        if name == status:
            return str(at) if full else str(at)[:10]
    return None


def _summary(days: list[int]) -> dict[str, int | None]:
    return {"count": len(days), "median": percentile(days, 50), "p90": percentile(days, 90)}
