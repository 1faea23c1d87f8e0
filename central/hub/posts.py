"""Posts and their devices for the office admin: enrolment codes, listing with activity, revocation — audited."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from central import enrol
from central.hub import audit
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import ADMIN, Principal
from central.store import Store
from protocol.canonical import format_time, utcnow


def _admin(principal: Principal) -> None:
    if principal.role != ADMIN:
        raise Forbidden("only an office admin manages posts and devices")


def listing(store: Store, principal: Principal) -> list[dict[str, Any]]:
    """Every device with its post, bundles held, last arrival and open flags (no keys, no personal data)."""
    _admin(principal)
    index = store.bundle_index()
    flags = store.flags()
    out = []
    for device in store.devices():
        held = [b for b in index if b["device_id"] == device["device_id"]]
        out.append({"device_id": device["device_id"], "post_code": device["post_code"],
                    "post_name": device["post_name"], "enrolled_at": device["enrolled_at"],
                    "revoked_at": device["revoked_at"], "bundles": len(held),
                    "last_received_at": max((b["received_at"] for b in held), default=None),
                    "flags": sum(1 for f in flags if f["device_id"] == device["device_id"])})
    return out


def revoke(store: Store, principal: Principal, device_id: str, *, now: datetime | None = None) -> None:
    """Revoke a device: its bundles are refused from now on and the feed tells every post."""
    _admin(principal)
    if not store.revoke_device(device_id, at=format_time(now or utcnow())):
        raise NotFound("no such device")
    audit.record(store, actor=principal, action="device.revoke", object_id=device_id, now=now)


def enrolment_code(store: Store, principal: Principal, *, post_code: str, post_name: str,
                   now: datetime | None = None, ttl_hours: int = 72) -> tuple[str, str]:
    """A one-time enrolment code for a post (shown once, never stored) and when it expires."""
    _admin(principal)
    if not post_code.strip() or not post_name.strip() or len(post_code) > 32 or len(post_name) > 200:
        raise Refused("a post needs a code (at most 32 characters) and a name", code="bad_post", status=422)
    code, expires = enrol.issue_code(store, post_code=post_code.strip(), post_name=post_name.strip(),
                                     now=now or utcnow(), ttl=timedelta(hours=ttl_hours))
    audit.record(store, actor=principal, action="device.enrol_code", object_id=post_code.strip(), now=now)
    return code, expires
