"""Helpers for the hub's service tests: principals, a directory, and referral bundles shaped like the post's."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from central.hub import organisations
from central.hub.principal import ADMIN, ANALYST, COORDINATOR, PROVIDER, Principal
from central.service import Service
from tests.support.device import PostDevice

SHELTER, LEGAL, CLINIC = "org-shelter", "org-legal", "org-clinic"
COORD = Principal("u-coord", "coord", COORDINATOR)
SHELTER_USER = Principal("u-shelter", "shelter", PROVIDER, SHELTER)
LEGAL_USER = Principal("u-legal", "legal", PROVIDER, LEGAL)
ANALYST_USER = Principal("u-analyst", "analyst", ANALYST)
ADMIN_USER = Principal("u-admin", "admin", ADMIN)
NAME = "Zainab Bibi"


def publish_directory(service: Service) -> None:
    """Two organisations in the directory (a third, the clinic, is known only from a referral)."""
    organisations.save(service.store, ADMIN_USER, {"id": SHELTER, "name": "Dar-ul-Aman Shelter",
                                                   "services": ["shelter"], "kind": "government"})
    organisations.save(service.store, ADMIN_USER, {"id": LEGAL, "name": "Legal Aid Society",
                                                   "services": ["legal_aid"], "kind": "ngo"})


def referral_bundle(device: PostDevice, referral_id: str, *, provider: str = SHELTER, urgency: str = "urgent",
                    recipient_categories: tuple[str, ...] = ("identity", "needs"), child: bool = False,
                    at: datetime | None = None) -> bytes:
    """An approved referral as the post seals it (app.services.sync_payload shapes), with a named person."""
    referral = {"id": referral_id, "case_id": "c-" + referral_id, "case_reference": "ISB-2026-000042",
                "post_code": device.post_code, "provider_id": provider, "provider_name": f"{provider} (as the post knows it)",
                "services": ["shelter"], "urgency": urgency, "reason": "needs a safe place", "drafted_by": "u1",
                "approved_by": "u2", "approved_at": "2026-12-01T10:00:00Z",
                "recipient_categories": list(recipient_categories)}
    case: dict[str, Any] = {
        "id": "c-" + referral_id, "reference": "ISB-2026-000042", "is_child": child,
        "consented_categories": ["identity", "needs", "health", "screening"],
        "person": {"given_name": "Zainab", "family_name": "Bibi", "sex": "female", "estimated_age": 24,
                   "nationality": "PK"},
        "classification": "presumed_victim_trafficking",
        "screenings": [], "needs": [{"code": "shelter", "note": ""}, {"code": "medical_care", "note": ""}]}
    return device.seal_next(referral, case=case, at=at)
