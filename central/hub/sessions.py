"""Server-side hub sessions: a random token in the cookie, its hash in the store, idle and absolute limits."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from central import accountstore
from central.hub import audit
from central.hub.accounts import principal_of, stamp
from central.hub.principal import Principal
from central.store import Store
from protocol.canonical import parse_time


@dataclass(frozen=True)
class Policy:
    """How long a session lives: since the last request (idle) and since login (absolute)."""

    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=12)


@dataclass(frozen=True)
class Session:
    """A live session: who acts, and the CSRF token every form of this session must carry."""

    principal: Principal
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def open_session(store: Store, principal: Principal, *, now: datetime) -> tuple[str, Session]:
    """A new session after a successful login: (cookie token, session)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    accountstore.add_session(store, token_sha256=_digest(token), user_id=principal.user_id, csrf=csrf,
                             created_at=stamp(now), seen_at=stamp(now))
    return token, Session(principal, csrf)


def resume(store: Store, token: str, *, now: datetime, policy: Policy) -> Session | None:
    """The session of a cookie token if it is alive (and then its idle timer restarts); None otherwise."""
    digest = _digest(token)
    row = accountstore.session(store, digest)
    if row is None:
        return None
    expired = (now - parse_time(row["seen_at"]) > policy.idle
               or now - parse_time(row["created_at"]) > policy.absolute)
    user = None if expired else accountstore.user_by_id(store, row["user_id"])
    if user is None or user["disabled_at"]:
        accountstore.end_session(store, digest)
        return None
    accountstore.touch_session(store, digest, at=stamp(now))
    return Session(principal_of(user), row["csrf"])


def close_session(store: Store, token: str, *, actor: Principal | None, now: datetime) -> None:
    """Log out: the token stops working at once."""
    accountstore.end_session(store, _digest(token))
    if actor is not None:
        audit.record(store, actor=actor, action="logout", object_id=actor.user_id, now=now)


def sweep(store: Store, *, now: datetime, policy: Policy) -> int:
    """Delete sessions past either limit (called at login, so the table does not grow)."""
    return accountstore.end_stale_sessions(store, seen_before=stamp(now - policy.idle),
                                           created_before=stamp(now - policy.absolute))
