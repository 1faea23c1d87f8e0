"""Hub accounts: Argon2id + TOTP login, replay refused, throttling, disabling, sessions with idle/absolute limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import select

from central.accounttables import hub_sessions, hub_users
from central.hub import accounts, credentials, sessions
from central.officekeys import OfficeKeys

T0 = datetime(2026, 12, 1, 9, 0, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def keys() -> OfficeKeys:
    return OfficeKeys.generate()


def secret_of(uri: str) -> bytes:
    """What an authenticator app reads from the otpauth:// URI."""
    import base64

    value = parse_qs(urlparse(uri).query)["secret"][0]
    return base64.b32decode(value + "=" * (-len(value) % 8))


def code(uri: str, moment: datetime) -> str:
    return credentials.code_at(secret_of(uri), int(moment.timestamp()) // 30)


def test_login_needs_password_and_a_fresh_code(store, keys):
    user = accounts.add_user(store, keys, username="coord", role="coordinator", password=PASSWORD, now=T0)
    assert user.provisioning_uri.startswith("otpauth://totp/")
    first = code(user.provisioning_uri, T0)
    who = accounts.login(store, keys, username="coord", password=PASSWORD, code=first, address="10.0.0.1", now=T0)
    assert (who.username, who.role, who.organisation_id) == ("coord", "coordinator", None)
    with pytest.raises(accounts.LoginFailed) as replay:  # the same code again, same step: refused
        accounts.login(store, keys, username="coord", password=PASSWORD, code=first, address="10.0.0.1", now=T0)
    assert replay.value.reason == "code_replayed"
    later = T0 + timedelta(seconds=30)  # the next step's code works
    accounts.login(store, keys, username="coord", password=PASSWORD, code=code(user.provisioning_uri, later),
                   address="10.0.0.1", now=later)
    with pytest.raises(accounts.LoginFailed) as older:  # an older, unused code inside the window: still refused
        accounts.login(store, keys, username="coord", password=PASSWORD, code=first, address="10.0.0.1", now=later)
    assert older.value.reason == "code_replayed"


def test_wrong_password_or_code_fail_with_one_sentence(store, keys):
    user = accounts.add_user(store, keys, username="prov", role="provider", organisation_id="org-1",
                             password=PASSWORD, now=T0)
    good = code(user.provisioning_uri, T0)
    wrong_code = f"{(int(good) + 1) % 1_000_000:06d}"
    failures = [
        dict(username="prov", password=PASSWORD + "x", code=good),
        dict(username="prov", password=PASSWORD, code=wrong_code),
        dict(username="nobody", password=PASSWORD, code=good),
    ]
    reasons = []
    for attempt in failures:
        with pytest.raises(accounts.LoginFailed) as exc:
            accounts.login(store, keys, address="10.0.0.2", now=T0, **attempt)
        assert exc.value.message == "wrong username, password or code"
        reasons.append(exc.value.reason)
    assert reasons == ["wrong_password", "wrong_code", "unknown_user"]


def test_secrets_and_passwords_are_not_stored_in_clear(store, keys):
    user = accounts.add_user(store, keys, username="adm", role="admin", password=PASSWORD, now=T0)
    with store.read() as conn:
        row = conn.execute(select(hub_users).where(hub_users.c.username == "adm")).one()._mapping
    assert PASSWORD not in row["password_hash"] and row["password_hash"].startswith("$argon2id$")
    assert secret_of(user.provisioning_uri) not in bytes(row["totp_secret"])
    with pytest.raises(credentials.CredentialError):  # another office's keys cannot open it
        credentials.open_secret(OfficeKeys.generate(), bytes(row["totp_secret"]), user_id=row["user_id"])


def test_failed_logins_throttle_the_account_then_the_address(store, keys):
    user = accounts.add_user(store, keys, username="target", role="coordinator", password=PASSWORD, now=T0)
    for _ in range(accounts.ACCOUNT_LIMIT):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(store, keys, username="target", password="guess-guess-1", code="000000",
                           address="10.0.0.3", now=T0)
    with pytest.raises(accounts.LoginThrottled):  # even the right password and code are refused now
        accounts.login(store, keys, username="target", password=PASSWORD, code=code(user.provisioning_uri, T0),
                       address="10.0.0.4", now=T0)
    after = T0 + accounts.THROTTLE_WINDOW + timedelta(seconds=30)
    accounts.login(store, keys, username="target", password=PASSWORD, code=code(user.provisioning_uri, after),
                   address="10.0.0.4", now=after)
    from central import accountstore  # failures older than the window are forgotten, not kept for ever

    assert accountstore.count_failures(store, kind="address", subject="10.0.0.3", since="2000-01-01T00:00:00Z") == 0
    # one address trying many accounts is throttled even when no single account reaches its limit
    for i in range(accounts.ADDRESS_LIMIT):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(store, keys, username=f"spray{i}", password="guess-guess-1", code="000000",
                           address="10.9.9.9", now=after)
    with pytest.raises(accounts.LoginThrottled):
        accounts.login(store, keys, username="target", password=PASSWORD,
                       code=code(user.provisioning_uri, after + timedelta(seconds=30)), address="10.9.9.9",
                       now=after + timedelta(seconds=30))


def test_account_rules(store, keys):
    with pytest.raises(accounts.AccountRefused, match="organisation"):
        accounts.add_user(store, keys, username="prov1", role="provider", password=PASSWORD, now=T0)
    with pytest.raises(accounts.AccountRefused, match="only a provider"):
        accounts.add_user(store, keys, username="ana1", role="analyst", organisation_id="org", password=PASSWORD,
                          now=T0)
    with pytest.raises(accounts.AccountRefused, match="at least"):
        accounts.add_user(store, keys, username="ana2", role="analyst", password="short", now=T0)
    with pytest.raises(accounts.AccountRefused, match="role"):
        accounts.add_user(store, keys, username="ana3", role="root", password=PASSWORD, now=T0)
    accounts.add_user(store, keys, username="ana4", role="analyst", password=PASSWORD, now=T0)
    with pytest.raises(accounts.AccountRefused, match="taken"):
        accounts.add_user(store, keys, username="ana4", role="analyst", password=PASSWORD, now=T0)
    listed = accounts.list_users(store)
    assert [u["username"] for u in listed] == ["ana4"] and "password_hash" not in listed[0]


def test_sessions_expire_when_idle_and_absolutely(store, keys):
    user = accounts.add_user(store, keys, username="sess", role="coordinator", password=PASSWORD, now=T0)
    who = accounts.login(store, keys, username="sess", password=PASSWORD, code=code(user.provisioning_uri, T0),
                         address="10.0.0.5", now=T0)
    policy = sessions.Policy(idle=timedelta(minutes=30), absolute=timedelta(hours=2))
    token, opened = sessions.open_session(store, who, now=T0)
    with store.read() as conn:  # only the token's hash is stored
        assert conn.execute(select(hub_sessions.c.token_sha256)).scalar_one() != token
    moment = T0
    for _ in range(4):  # activity every 29 minutes keeps it alive...
        moment += timedelta(minutes=29)
        resumed = sessions.resume(store, token, now=moment, policy=policy)
        assert resumed is not None and resumed.csrf == opened.csrf and resumed.principal == who
    moment += timedelta(minutes=29)  # ...but not beyond the absolute limit (2 h 25 min after login)
    assert sessions.resume(store, token, now=moment, policy=policy) is None
    token2, _ = sessions.open_session(store, who, now=moment)
    assert sessions.resume(store, token2, now=moment + timedelta(minutes=31), policy=policy) is None
    assert sessions.resume(store, token2, now=moment, policy=policy) is None  # gone, not just expired
    token3, _ = sessions.open_session(store, who, now=moment)
    accounts.disable_user(store, username="sess", now=moment)
    assert sessions.resume(store, token3, now=moment, policy=policy) is None
    with pytest.raises(accounts.LoginFailed):
        later = moment + timedelta(minutes=1)
        accounts.login(store, keys, username="sess", password=PASSWORD, code=code(user.provisioning_uri, later),
                       address="10.0.0.5", now=later)
