"""Hub accounts: add, list and disable users; log in with password + TOTP, throttled per account and address."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from central import accountstore
from central.errors import CentralError
from central.hub import audit, credentials
from central.hub.principal import PROVIDER, ROLES, Principal
from central.officekeys import OfficeKeys
from central.store import Store
from protocol.canonical import format_time

MIN_PASSWORD = 12
THROTTLE_WINDOW = timedelta(minutes=15)
ACCOUNT_LIMIT = 5    # failed logins per account in the window before the account is throttled
ADDRESS_LIMIT = 20   # failed logins from one address in the window (many accounts tried from one place)
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


class AccountRefused(CentralError):
    """An account change that cannot be made as asked."""

    code, status = "account_refused", 422


class LoginFailed(CentralError):
    """Wrong username, password or code (one sentence for all, so nothing is told apart)."""

    code, status = "login_failed", 401

    def __init__(self, reason: str) -> None:
        super().__init__("wrong username, password or code")
        self.reason = reason  # for the office audit log only, never shown


class LoginThrottled(CentralError):
    """Too many failed logins for this account or from this address."""

    code, status = "login_throttled", 429


@dataclass(frozen=True)
class NewUser:
    """A created account and the otpauth:// URI its owner loads into an authenticator app."""

    user_id: str
    username: str
    role: str
    organisation_id: str | None
    provisioning_uri: str


def stamp(moment: datetime) -> str:
    """Whole-second UTC timestamps, so stored times compare correctly as text."""
    return format_time(moment.replace(microsecond=0))


def _check_new(*, username: str, role: str, password: str, organisation_id: str | None) -> None:
    if not _USERNAME.match(username):
        raise AccountRefused("a username is 3 to 64 lower-case letters, digits, dots, dashes or underscores")
    if role not in ROLES:
        raise AccountRefused(f"the role must be one of {', '.join(ROLES)}")
    if role == PROVIDER and not organisation_id:
        raise AccountRefused("a provider belongs to one organisation: give --organisation")
    if role != PROVIDER and organisation_id:
        raise AccountRefused("only a provider belongs to an organisation")
    if len(password) < MIN_PASSWORD:
        raise AccountRefused(f"use a password of at least {MIN_PASSWORD} characters")


def add_user(store: Store, keys: OfficeKeys, *, username: str, role: str, password: str,
             organisation_id: str | None = None, now: datetime) -> NewUser:
    """Create an account: Argon2id hash, a fresh TOTP secret sealed under the office key."""
    _check_new(username=username, role=role, password=password, organisation_id=organisation_id)
    user_id, secret = uuid.uuid4().hex, credentials.new_totp_secret()
    row = {"user_id": user_id, "username": username, "role": role, "organisation_id": organisation_id,
           "password_hash": credentials.hash_password(password), "totp_last_step": 0,
           "totp_secret": credentials.seal_secret(keys, secret, user_id=user_id), "created_at": stamp(now)}
    if not accountstore.add_user(store, **row):
        raise AccountRefused(f"the username {username} is taken")
    return NewUser(user_id, username, role, organisation_id, credentials.provisioning_uri(secret, username=username))


def list_users(store: Store) -> list[dict[str, Any]]:
    """Every account without credentials."""
    return accountstore.users(store)


def disable_user(store: Store, *, username: str, now: datetime) -> str:
    """Disable an account and end its sessions; returns the user id."""
    user_id = accountstore.disable_user(store, username, at=stamp(now))
    if user_id is None:
        raise AccountRefused(f"no user {username}")
    return user_id


def principal_of(row: dict[str, Any]) -> Principal:
    """The acting identity of a user row."""
    return Principal(row["user_id"], row["username"], row["role"], row["organisation_id"])


def _throttled(store: Store, *, username: str, address: str, now: datetime) -> bool:
    since = stamp(now - THROTTLE_WINDOW)
    return (accountstore.count_failures(store, kind="account", subject=username, since=since) >= ACCOUNT_LIMIT
            or accountstore.count_failures(store, kind="address", subject=address, since=since) >= ADDRESS_LIMIT)


def _fail(store: Store, *, username: str, address: str, now: datetime, reason: str,
          user_id: str | None = None) -> LoginFailed:
    for kind, subject in (("account", username), ("address", address)):
        accountstore.add_failure(store, kind=kind, subject=subject[:128], at=stamp(now))
    audit.record(store, actor=None, action="login.failed", object_id=user_id, detail={"reason": reason}, now=now)
    return LoginFailed(reason)


def login(store: Store, keys: OfficeKeys, *, username: str, password: str, code: str, address: str,
          now: datetime) -> Principal:
    """Check password and TOTP code (a code is good once); raise LoginFailed or LoginThrottled."""
    username = username.strip().lower()[:64]
    if _throttled(store, username=username, address=address, now=now):
        audit.record(store, actor=None, action="login.throttled", object_id=None, now=now)
        raise LoginThrottled("too many failed logins; wait 15 minutes and try again")
    row = accountstore.user_by_name(store, username)
    if row is None:
        credentials.burn_password_time(password)
        raise _fail(store, username=username, address=address, now=now, reason="unknown_user")
    if not credentials.verify_password(password, row["password_hash"]):
        raise _fail(store, username=username, address=address, now=now, reason="wrong_password",
                    user_id=row["user_id"])
    secret = credentials.open_secret(keys, bytes(row["totp_secret"]), user_id=row["user_id"])
    step = credentials.matching_step(secret, code, unix_time=int(now.timestamp()))
    if step is None:
        raise _fail(store, username=username, address=address, now=now, reason="wrong_code",
                    user_id=row["user_id"])
    if row["disabled_at"]:
        raise _fail(store, username=username, address=address, now=now, reason="disabled",
                    user_id=row["user_id"])
    if not accountstore.use_totp_step(store, row["user_id"], step):
        raise _fail(store, username=username, address=address, now=now, reason="code_replayed",
                    user_id=row["user_id"])
    accountstore.clear_failures(store, kind="account", subject=username)
    accountstore.prune_failures(store, before=stamp(now - THROTTLE_WINDOW))
    principal = principal_of(row)
    audit.record(store, actor=principal, action="login", object_id=principal.user_id, now=now)
    return principal


def usernames(store: Store) -> dict[str, str]:
    """user id -> username, for showing who took a step (staff names, never a person's)."""
    return {u["user_id"]: u["username"] for u in accountstore.users(store)}
