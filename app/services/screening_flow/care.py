"""Validation of the consent, needs and referral steps, and the services suggested from needs and flags."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.domain import places
from app.domain.errors import ValidationFailed
from app.domain.model import Consent, Need, Organisation, ReferralDraft
from app.domain.picklists import (
    CONSENT_METHODS,
    CONSENT_PURPOSES,
    DATA_CATEGORIES,
    GUARDIAN_RELATIONSHIPS,
    INVOLVEMENT_ANSWERS,
    NEEDS,
    SERVICES,
    URGENCIES,
)

# What each recorded need asks of the service directory.
NEED_SERVICES = {
    "medical_emergency": ("medical",), "medical_care": ("medical",), "shelter": ("shelter",),
    "food_clothing": ("shelter",), "psychosocial": ("psychosocial",), "legal_aid": ("legal_aid",),
    "interpretation": ("interpretation",), "family_tracing": ("family_tracing",),
    "child_protection": ("child_protection",), "safety": ("shelter", "legal_aid"),
    "return_reintegration": ("return_reintegration",),
}
# Immediate-need flags of the vulnerability assessment, as needs to record.
FLAG_NEEDS = {
    "medical_emergency": "medical_emergency", "unaccompanied_child": "child_protection",
    "pregnancy": "medical_care", "disability": "medical_care", "safety_threat": "safety",
    "no_safe_accommodation": "shelter", "severe_distress": "psychosocial", "interpreter_needed": "interpretation",
    "return_requested": "return_reintegration",
}
URGENCY_OF = {"immediate": "emergency", "high": "urgent", "standard": "routine"}


def _fail(message: str, path: str) -> None:
    raise ValidationFailed(message, path=path)


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())


def check_consents(data: Mapping[str, Any], *, child: bool, interpreter_needed: bool, organisations: set[str],
                   today: dt.date) -> dict[str, Any]:
    consents = [_consent(c, f"consents[{n}]", child=child, interpreter_needed=interpreter_needed,
                         organisations=organisations, today=today) for n, c in enumerate(data.get("consents") or [])]
    declined = bool(data.get("declined"))
    if not consents and not declined:
        _fail("Record the person's consent for each purpose and organisation, or record that they declined.",
              "consents")
    if consents and declined:
        _fail("Consent is recorded as both given and declined; remove one.", "declined")
    seen = set()
    for n, c in enumerate(consents):
        key = (c["purpose"], c["recipient_id"])
        if key in seen:
            _fail("The same purpose and recipient are recorded twice.", f"consents[{n}]")
        seen.add(key)
    return {"declined": declined, "consents": consents, **(check_guardian(data) if child and consents else {})}


def check_guardian(data: Mapping[str, Any]) -> dict[str, Any]:
    """A child's guardian: how related, and whether they could be involved in the exploitation.

    A guardian who could be involved ("yes" or "unknown") must not speak for the child: a child-protection
    officer takes the guardian's part instead.
    """
    relationship = data.get("guardian_relationship")
    if relationship not in GUARDIAN_RELATIONSHIPS:
        _fail("Say how the guardian is related to the child.", "guardian_relationship")
    involved = data.get("guardian_involved")
    if involved not in INVOLVEMENT_ANSWERS:
        _fail("Answer whether the guardian could be involved in the exploitation: yes, no or unknown.",
              "guardian_involved")
    if involved != "no":
        _fail("This guardian could be involved in the exploitation: ask a child-protection officer to take "
              "the guardian's part in the consent instead.", "guardian_involved")
    return {"guardian_relationship": relationship, "guardian_involved": involved}


def guardian_warning(involved: Any) -> bool:
    """True when the guardian could be involved in the exploitation (the page warns at once)."""
    return involved in ("yes", "unknown")


def _consent(raw: Mapping[str, Any], path: str, *, child: bool, interpreter_needed: bool, organisations: set[str],
             today: dt.date) -> dict[str, Any]:
    purpose = raw.get("purpose")
    if purpose not in CONSENT_PURPOSES:
        _fail("Choose what the consent is for: assistance, referral or data sharing.", f"{path}.purpose")
    recipient = raw.get("recipient_id") or None
    if recipient is not None and recipient not in organisations:
        _fail("Choose the recipient from the service directory, or the central office.", f"{path}.recipient_id")
    method = raw.get("method")
    if method not in CONSENT_METHODS:
        _fail("Choose how consent was given: written or verbal.", f"{path}.method")
    out = {"purpose": purpose, "recipient_id": recipient, "method": method,
           "given_on": _given_on(raw.get("given_on"), f"{path}.given_on", today=today),
           "data_categories": _categories(raw.get("data_categories") or [], f"{path}.data_categories", purpose),
           "interpreter": _clean(raw.get("interpreter")), "witness": _clean(raw.get("witness")),
           "guardian": _clean(raw.get("guardian"))}
    if method == "verbal" and not out["witness"]:
        _fail("Verbal consent needs a witness: enter the witness's name.", f"{path}.witness")
    if child and not out["guardian"]:
        _fail("The person is a child: enter the guardian who took part in the consent.", f"{path}.guardian")
    if interpreter_needed and not out["interpreter"]:
        _fail("An interpreter is needed: enter who interpreted the consent.", f"{path}.interpreter")
    return out


def _given_on(value: Any, path: str, *, today: dt.date) -> str:
    try:
        day = dt.date.fromisoformat(str(value)) if value else today
    except ValueError:
        _fail("Enter the date as year-month-day.", path)
    if day > today:
        _fail("Consent cannot be dated in the future.", path)
    return day.isoformat()


def _categories(raw: Iterable[Any], path: str, purpose: Any) -> list[str]:
    chosen = list(dict.fromkeys(raw))
    if any(c not in DATA_CATEGORIES for c in chosen):
        _fail("Choose data categories from the list.", path)
    if purpose == "data_sharing" and not chosen:
        _fail("Consent to share data must say which data may be shared.", path)
    return chosen


def consent_of(data: Mapping[str, Any]) -> Consent:
    return Consent(purpose=data["purpose"], recipient_id=data["recipient_id"], method=data["method"],
                   given_on=dt.date.fromisoformat(data["given_on"]), data_categories=tuple(data["data_categories"]),
                   interpreter=data["interpreter"], witness=data["witness"], guardian=data["guardian"])


def check_needs(data: Mapping[str, Any]) -> dict[str, Any]:
    needs: list[dict[str, str]] = []
    for n, raw in enumerate(data.get("needs") or []):
        if raw.get("code") not in NEEDS:
            _fail("Choose the need from the list.", f"needs[{n}].code")
        if any(x["code"] == raw["code"] for x in needs):
            _fail("This need is recorded twice.", f"needs[{n}].code")
        needs.append({"code": raw["code"], "note": _clean(raw.get("note"))})
    return {"needs": needs}


def need_of(data: Mapping[str, Any]) -> Need:
    return Need(code=data["code"], note=data["note"])


def check_referrals(data: Mapping[str, Any], *, organisations: Mapping[str, Organisation]) -> dict[str, Any]:
    out: list[dict[str, Any]] = []
    for n, raw in enumerate(data.get("referrals") or []):
        out.append(_referral(raw, f"referrals[{n}]", organisations))
        if [r["provider_id"] for r in out].count(out[-1]["provider_id"]) > 1:
            _fail("Refer to each organisation once; add the services to one referral.", f"referrals[{n}].provider_id")
    return {"referrals": out}


def _referral(raw: Mapping[str, Any], path: str, organisations: Mapping[str, Organisation]) -> dict[str, Any]:
    org = organisations.get(raw.get("provider_id") or "")
    if org is None:
        _fail("Choose the organisation from the service directory.", f"{path}.provider_id")
    services = list(dict.fromkeys(raw.get("services") or []))
    if not services or any(s not in SERVICES for s in services):
        _fail("Choose one or more services to request.", f"{path}.services")
    missing = [s for s in services if s not in org.services]
    if missing:
        _fail(f"{org.name} does not offer: {', '.join(missing)}.", f"{path}.services")
    if raw.get("urgency") not in URGENCIES:
        _fail("Choose the urgency: routine, urgent or emergency.", f"{path}.urgency")
    reason = _clean(raw.get("reason"))
    if not reason:
        _fail("Say why the person is referred to this organisation.", f"{path}.reason")
    return {"provider_id": org.id, "services": services, "urgency": raw["urgency"], "reason": reason}


def referral_of(data: Mapping[str, Any]) -> ReferralDraft:
    return ReferralDraft(provider_id=data["provider_id"], services=tuple(data["services"]), urgency=data["urgency"],
                         reason=data["reason"])


def suggested_needs(flags: Iterable[str], *, child: bool) -> list[str]:
    """Needs the vulnerability flags (and being a child) point to, in the picklist's order."""
    wanted = {FLAG_NEEDS[f] for f in flags if f in FLAG_NEEDS} | ({"child_protection"} if child else set())
    return [n for n in NEEDS if n in wanted]


def suggested_services(needs: Iterable[str], vulnerability_services: Iterable[str]) -> list[str]:
    wanted = {s for n in needs for s in NEED_SERVICES.get(n, ())} | set(vulnerability_services)
    return [s for s in SERVICES if s in wanted]


def suggested_referrals(services: list[str], organisations: Iterable[Organisation], *, urgency: str,
                        consented: Sequence[str] = (), near: str = "") -> list[dict[str, Any]]:
    """Referral drafts: first to every organisation the person consented to be referred to (in the consent's
    order), then, for the services still uncovered, to the organisations nearest to `near` (the place of the
    encounter), each with the services it offers."""
    orgs = {o.id: o for o in organisations}
    left, chosen = list(services), []
    for org_id in dict.fromkeys(consented):
        org = orgs.get(org_id)
        if org is None:
            continue
        offered = [s for s in left if s in org.services] or [s for s in services if s in org.services]
        chosen.append(_draft(org.id, offered or list(org.services[:1]), urgency))
        left = [s for s in left if s not in offered]
    taken = {d["provider_id"] for d in chosen}
    for org in _nearest_first([o for o in orgs.values() if o.id not in taken], near=near, wanted=left):
        offered = [s for s in left if s in org.services]
        if offered:
            chosen.append(_draft(org.id, offered, urgency))
            left = [s for s in left if s not in offered]
    return chosen


def _draft(provider_id: str, services: list[str], urgency: str) -> dict[str, Any]:
    return {"provider_id": provider_id, "services": services, "urgency": urgency, "reason": ""}


def _nearest_first(orgs: list[Organisation], *, near: str, wanted: list[str]) -> list[Organisation]:
    """Known distance first (nearest first), unknown areas last; among equals, the one covering more services."""
    def key(pair: tuple[int, Organisation]) -> tuple[float, int, int]:
        index, org = pair
        km = places.distance_between(near, org.area) if near else None
        return (km if km is not None else math.inf, -len(set(org.services) & set(wanted)), index)

    return [org for _, org in sorted(enumerate(orgs), key=key)]
