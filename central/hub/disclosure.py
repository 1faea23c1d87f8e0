"""What of a referral's case data a hub user may see: the letters' consent rules applied to the bundle's case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from protocol import disclosure

HEALTH_NEEDS = frozenset({"medical_emergency", "medical_care", "psychosocial"})


def _age(person: dict[str, Any], today: dt.date) -> int | None:
    """Age in whole years from the date of birth, else the estimate."""
    born = person.get("date_of_birth")
    if isinstance(born, str):
        try:
            day = dt.date.fromisoformat(born)
        except ValueError:
            day = None
        if day is not None:
            return today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    estimate = person.get("estimated_age")
    return estimate if isinstance(estimate, int) else None


def case_fields(case: dict[str, Any] | None, *, today: dt.date) -> dict[str, Any]:
    """The bundle's case as the letters' person fields (full_name, sex, age, ...), needs as codes."""
    if not case:
        return {}
    person = case.get("person") or {}
    name = " ".join(str(person[k]) for k in ("given_name", "family_name") if person.get(k)).strip()
    fields: dict[str, Any] = {
        "full_name": name or None, "sex": person.get("sex"), "age": _age(person, today),
        "is_child": case.get("is_child"), "nationality": person.get("nationality"),
        "languages": person.get("languages"),
        # documents as "type number" and encounters as "circumstance|place|YYYY-MM-DD", as the letters carry them:
        # the pages put each into words in the reader's language (central/web/present.py)
        "identity_document": [f"{d.get('type', 'other')} {d.get('number', '')}".strip()
                              for d in case.get("documents") or [] if isinstance(d, dict)],
        "screening_outcome": case.get("classification"),
        "circumstances": [f"{e.get('circumstance')}|{e.get('place')}|{e.get('date')}"
                          for e in case.get("encounters") or [] if isinstance(e, dict)],
        "needs": [n["code"] for n in case.get("needs") or [] if n.get("code") not in HEALTH_NEEDS],
        "health_needs": [n["code"] for n in case.get("needs") or [] if n.get("code") in HEALTH_NEEDS],
    }
    return {k: v for k, v in fields.items() if v not in (None, "", [])}


def for_coordinator(case: dict[str, Any] | None, *, today: dt.date) -> dict[str, Any]:
    """Everything the person released to the office (the post already limited the bundle to that consent)."""
    return case_fields(case, today=today)


def for_provider(case: dict[str, Any] | None, *, service_types: Iterable[str], consented: Iterable[str],
                 today: dt.date) -> dict[str, Any]:
    """What a letter to this organisation would print: its services' needs ∩ the person's consent for it."""
    services = [s for s in service_types if s in disclosure.SERVICE_TYPES]
    granted = [c for c in consented if c in disclosure.CATEGORIES]
    fields = disclosure.allowed_fields(services, granted)
    return {k: v for k, v in case_fields(case, today=today).items() if k in fields}
