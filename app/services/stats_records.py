"""Statistical records of the cases (protocol.stats) and the stats bundles that carry those no referral carries."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from app.storage import post, stats
from protocol.stats import FORMAT, age_band


def _day(stamp: str) -> str:
    return stamp[:10]


def _age(person: dict[str, Any], on: str) -> int | None:
    """Age in whole years on the encounter day, from the date of birth or the estimate."""
    dob = person.get("date_of_birth")
    if dob:
        born, day = dt.date.fromisoformat(dob), dt.date.fromisoformat(on)
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    estimate = person.get("estimated_age")
    return int(estimate) if isinstance(estimate, (int, float)) else None


def screenings(row: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(day, classification) of each screening; a case classified with no interview on record (imported, or
    screened on paper) counts as one screening on its encounter day."""
    found = [(at[:10], classification) for at, classification, _ in row["screenings"]]
    if not found and row["classification"]:
        found = [(row["encounter_date"][:10], row["classification"])]
    return found


def _exploitation(screenings: list[tuple[str, str, dict[str, Any]]]) -> list[str]:
    """Exploitation types the latest screening found (single or several instruments)."""
    if not screenings:
        return []
    result = screenings[-1][2]
    found = result.get("exploitation_types") or ([result["exploitation_type"]] if result.get("exploitation_type")
                                                  else [])
    return sorted({str(t) for t in found})


# The post sends the stages it decides; the office's own lifecycle steps (from "received" on) it times itself
# (hub events), so a feed the post applies never makes a record change and travel again.
POST_STAGES = ("drafted", "submitted", "approved")


def _stages(referral: dict[str, Any]) -> dict[str, str]:
    """The first day each of the post's stages was reached (drafted = the day the draft was made)."""
    stages = {"drafted": _day(referral["created_at"])}
    for status, at in referral["events"]:
        if status in POST_STAGES and status not in stages:
            stages[status] = _day(at)
    return stages


def build(row: dict[str, Any], *, stats_id: str, post_code: str) -> dict[str, Any]:
    """The statistical record of one case row (app.storage.stats.case_rows): nothing that names the person."""
    person = row["person"]
    referrals = [{"provider": r["provider_id"], "services": sorted(set(r["services"])), "stages": _stages(r)}
                 for r in row["referrals"]]
    record: dict[str, Any] = {
        "format": FORMAT, "id": stats_id, "post": post_code, "month": row["encounter_date"][:7],
        "sex": person.get("sex") or None, "age_band": age_band(_age(person, row["encounter_date"])),
        "nationality": row["nationality"] or None,
        "classification": row["classification"] or None, "exploitation_types": _exploitation(row["screenings"]),
        "screenings": len(screenings(row)), "status": row["status"],
        "services_needed": sorted(set(row["needs"])),
        "services_referred": sorted({s for r in referrals if "approved" in r["stages"] for s in r["services"]}),
        "referrals": referrals,
    }
    record["revision"] = revision(record)
    return record


def revision(record: dict[str, Any]) -> str:
    """Digest of a record's content (without its revision field): sorted-key JSON, enough to tell a change."""
    body = json.dumps({k: v for k, v in record.items() if k != "revision"}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]


def by_case(conn: Any, case_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """case id -> current record, for every case (or the given ones); statistical ids are made on first use,
    so call inside a transaction."""
    code = post.get(conn)["code"]
    known = stats.sent(conn) if case_ids is None else {}
    return {row["id"]: build(row, stats_id=known[row["id"]][0] if row["id"] in known else stats.stats_id(conn, row["id"]),
                             post_code=code)
            for row in stats.case_rows(conn, case_ids)}


def records(conn: Any) -> list[dict[str, Any]]:
    """Every case's current record."""
    return list(by_case(conn).values())


def for_referral_bundle(conn: Any, case_id: str, *, seq: int) -> list[dict[str, Any]]:
    """The case's record for the referral bundle `seq` (inside the approval's transaction), marked sealed."""
    current = by_case(conn, [case_id])
    stats.mark_sealed(conn, {k: r["revision"] for k, r in current.items()}, seq=seq)
    return list(current.values())


def totals(recs: list[dict[str, Any]]) -> dict[str, int]:
    """What a post and the office can compare: screenings, persons, referrals approved (over all records)."""
    return {"screenings": sum(r["screenings"] for r in recs), "persons": len(recs),
            "referrals": sum(1 for r in recs for x in r["referrals"] if "approved" in x["stages"])}
