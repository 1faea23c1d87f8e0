"""Helpers for hub page tests: a movable clock, users of each role, signing in through the real login form."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

from central.hub import accounts, credentials

PASSWORD = "hub test password 42"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Clock:
    """The office's clock in a test: starts at a fixed time, moves only when told."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 12, 1, 8, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def move(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class User:
    """A hub account and the TOTP secret its authenticator app holds."""

    username: str
    role: str
    organisation_id: str | None
    secret: bytes
    provisioning_uri: str

    def code(self, moment: datetime) -> str:
        return credentials.code_at(self.secret, int(moment.timestamp()) // 30)


def secret_of(uri: str) -> bytes:
    """What an authenticator app reads from an otpauth:// URI."""
    value = parse_qs(urlparse(uri).query)["secret"][0]
    return base64.b32decode(value + "=" * (-len(value) % 8))


def add_user(service, username: str, role: str, organisation_id: str | None = None) -> User:
    made = accounts.add_user(service.store, service.keys, username=username, role=role, password=PASSWORD,
                             organisation_id=organisation_id, now=service.clock())
    return User(username, role, organisation_id, secret_of(made.provisioning_uri), made.provisioning_uri)


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def sign_in(client, user: User, clock: Clock, *, password: str = PASSWORD, code: str | None = None):
    """Fill in the real login form (a fresh TOTP step each time: codes are good once)."""
    clock.move(seconds=30)
    form = client.get("/hub/login")
    data = {"csrf": csrf_of(form.text), "username": user.username, "password": password,
            "code": code or user.code(clock()), "next": "/hub"}
    return client.post("/hub/login", data=data, follow_redirects=False)


def post_form(client, path: str, data: dict, *, page: str | None = None):
    """POST a form with the CSRF token taken from the page that shows it."""
    token = csrf_of(client.get(page or path).text)
    return client.post(path, data={"csrf": token, **data}, follow_redirects=False)
