"""Office admin's posts page: enrolled devices, one-time enrolment codes, revocation (audited)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from central import enrol
from central.hub import audit
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import ADMIN, Principal
from central.store import Store
from protocol.canonical import format_time

CODE_TTL = timedelta(hours=72)


def _admin(principal: Principal) -> None:
    if principal.role != ADMIN:
        raise Forbidden("only an office admin manages posts and devices")


def devices(store: Store, principal: Principal) -> list[dict[str, Any]]:
    """Every device with its post, enrolment and revocation times (no keys)."""
    _admin(principal)
    return [{k: v for k, v in d.items() if k not in ("signing_key", "box_key")} for d in store.devices()]


def issue_code(store: Store, principal: Principal, *, post_code: str, post_name: str,
               now: datetime) -> tuple[str, str]:
    """A one-time enrolment code for a post: (code, expiry); shown once, stored only as its MAC key."""
    _admin(principal)
    post_code, post_name = post_code.strip().upper(), post_name.strip()
    if not (2 <= len(post_code) <= 12 and post_code.replace("-", "").isalnum()):
        raise Refused("a post code is 2 to 12 letters or digits", code="bad_post_code", status=422)
    if not 2 <= len(post_name) <= 200:
        raise Refused("give the post's name", code="bad_post_name", status=422)
    code, expires = enrol.issue_code(store, post_code=post_code, post_name=post_name, now=now, ttl=CODE_TTL)
    audit.record(store, actor=principal, action="post.enrol_code", object_id=post_code, now=now)
    return code, expires


def revoke(store: Store, principal: Principal, *, device_id: str, now: datetime) -> None:
    """Revoke a device: its bundles are refused from now on and the feed lists it."""
    _admin(principal)
    if not store.revoke_device(device_id, at=format_time(now)):
        raise NotFound("no such device")
    audit.record(store, actor=principal, action="device.revoke", object_id=device_id, now=now)
