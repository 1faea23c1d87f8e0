"""Office admin's account pages: list, add and disable hub users (admins only, every change audited)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from central.hub import accounts, audit
from central.hub.errors import Forbidden
from central.hub.principal import ADMIN, Principal
from central.officekeys import OfficeKeys
from central.store import Store


def _admin(principal: Principal) -> None:
    if principal.role != ADMIN:
        raise Forbidden("only an office admin manages accounts")


def users(store: Store, principal: Principal) -> list[dict[str, Any]]:
    """Every account (no credentials)."""
    _admin(principal)
    return accounts.list_users(store)


def add(store: Store, keys: OfficeKeys, principal: Principal, *, username: str, role: str, password: str,
        organisation_id: str | None, now: datetime) -> accounts.NewUser:
    """Create an account; the caller shows the otpauth URI once."""
    _admin(principal)
    user = accounts.add_user(store, keys, username=username, role=role, password=password,
                             organisation_id=organisation_id or None, now=now)
    audit.record(store, actor=principal, action="user.add", object_id=user.user_id,
                 detail={"role": role, "organisation_id": user.organisation_id}, now=now)
    return user


def disable(store: Store, principal: Principal, *, username: str, now: datetime) -> None:
    """Disable an account and end its sessions (an admin cannot lock themself out)."""
    _admin(principal)
    if username == principal.username:
        raise accounts.AccountRefused("you cannot disable your own account")
    user_id = accounts.disable_user(store, username=username, now=now)
    audit.record(store, actor=principal, action="user.disable", object_id=user_id, now=now)
