"""What a bundle carries: the referral, the case data the person's consent releases to the central office."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.matching import office_name_keys
from app.storage.matching import father_names, person_from_json
from protocol import doctag
from protocol.disclosure import CATEGORIES

# Needs that are health data: they travel only with the "health" category.
HEALTH_NEEDS = frozenset({"medical_emergency", "medical_care", "psychosocial"})
PERSON_IDENTITY = ("given_name", "family_name", "name_native", "aliases", "sex", "date_of_birth", "estimated_age",
                   "possible_child", "nationality", "languages")


def central_categories(case: dict[str, Any], *, today: str | None = None) -> frozenset[str] | None:
    """Categories released to the central office (consent with no recipient), or None without such consent."""
    today = today or dt.date.today().isoformat()
    granted: set[str] = set()
    found = False
    for consent in case["consents"]:
        if consent["recipient_id"] is not None or consent["purpose"] not in ("referral", "data_sharing"):
            continue
        if consent["withdrawn_on"] and consent["withdrawn_on"] <= today:
            continue
        if case["is_child"] and not consent["guardian"]:
            continue  # a child's consent needs a guardian
        found = True
        granted.update(consent["data_categories"] or [])
    return frozenset(granted) if found else None


def case_payload(case: dict[str, Any], categories: frozenset[str] | None) -> dict[str, Any] | None:
    """Only what the categories allow; None when the person gave the central office no consent at all."""
    if categories is None:
        return None
    out: dict[str, Any] = {"id": case["id"], "reference": case["reference"], "is_child": bool(case["is_child"]),
                           "consented_categories": sorted(categories)}
    person = case["person"]
    if "identity" in categories:
        out["person"] = {k: person.get(k) for k in PERSON_IDENTITY if person.get(k) not in (None, "", [])}
    if "documents" in categories:
        out["documents"] = person.get("documents") or []
    if "screening" in categories:
        out["classification"] = case["classification"]
        out["screenings"] = [{"instrument_id": s["instrument_id"], "instrument_version": s["instrument_version"],
                              "classification": s["classification"], "reason": s["reason"],
                              "created_at": s["created_at"]} for s in case["screenings"]]
    if categories & {"case_history", "circumstances"}:
        out["encounters"] = [{"date": e["date"], "place": e["place"], "circumstance": e["circumstance"]}
                             for e in case["encounters"]]
    needs = [n for n in case["needs"] if _need_allowed(n["code"], categories)]
    if needs:
        out["needs"] = [{"code": n["code"], "note": n["note"]} for n in needs]
    result: dict[str, Any] = _plain(out)
    return result


def match_payload(case: dict[str, Any], categories: frozenset[str] | None,
                  document_key: tuple[str, bytes] | None) -> dict[str, Any] | None:
    """What the office compares to find this person at other posts (protocol.doctag), or None when nothing.

    Document numbers travel only as keyed tags (for every case, consented or not); the name keys only when the
    person consented to share identity with the office, who could then read the names anyway."""
    out: dict[str, Any] = {"v": doctag.VERSION}
    person = case["person"]
    if document_key is not None:
        tags = {doctag.document_tag(document_key[1], str(d.get("number") or "")) for d in person.get("documents") or []}
        found = sorted(t for t in tags if t)
        if found:
            out["documents"] = {"key_id": document_key[0], "tags": found}
    if categories is not None and "identity" in categories:
        met = min((e["date"] for e in case.get("encounters") or []), default=None)
        father, father_native = father_names(case.get("identity"))
        keys = office_name_keys(person_from_json(person), father_name=father, father_name_native=father_native,
                                on=dt.date.fromisoformat(met) if met else None)
        out.update({k: v for k, v in keys.items() if v})
    return out if len(out) > 1 else None


def _need_allowed(code: str, categories: frozenset[str]) -> bool:
    if code in HEALTH_NEEDS:
        return "health" in categories
    return bool(categories & {"case_history", "needs"})


def recipient_categories(case: dict[str, Any], *, recipient_id: str, today: dt.date) -> frozenset[str]:
    """Data categories of the newest active referral consent for this recipient; empty without one."""
    day = today.isoformat()
    for consent in reversed(case["consents"]):
        if consent["purpose"] != "referral" or consent["recipient_id"] != recipient_id:
            continue
        if consent["withdrawn_on"] and consent["withdrawn_on"] <= day:
            continue
        if case["is_child"] and not consent["guardian"]:
            continue  # a child's consent needs a guardian
        return frozenset(c for c in consent["data_categories"] or () if c in CATEGORIES)
    return frozenset()


def referral_payload(referral: dict[str, Any], *, post_code: str, approved_at: str | None,
                     recipient_categories: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The referral itself: what the office needs to follow it up (no person data).

    `recipient_categories` is what the person consented to share with the organisation referred to: the hub
    shows that organisation's users no more than a letter to it would print (protocol.disclosure).
    """
    result: dict[str, Any] = _plain({
        "id": referral["id"], "case_id": referral["case_id"], "case_reference": referral["case_reference"],
        "post_code": post_code, "provider_id": referral["provider_id"], "provider_name": referral["provider_name"],
        "services": list(referral["services"]), "urgency": referral["urgency"], "reason": referral["reason"],
        "drafted_by": referral["drafted_by"], "approved_by": referral["approved_by"], "approved_at": approved_at,
        "recipient_categories": sorted(recipient_categories),
    })
    return result


def _plain(value: Any) -> Any:
    """Canonical JSON carries no floats: whole numbers become ints, others text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return int(value) if value.is_integer() else repr(value)
    return value
