"""`nrm-central demo` also makes a hub account per role, each able to sign in with the printed otpauth URI."""

from __future__ import annotations

import json

from central.hub import accounts, credentials
from central.service import open_service
from protocol.canonical import utcnow
from tests.central.hubweb import secret_of
from tests.e2e.postkit import central


def test_demo_prints_a_working_account_per_role(tmp_path, monkeypatch):
    monkeypatch.setenv("NRM_CENTRAL_USER_PASSWORD", "demo-post-pass-8841")
    monkeypatch.setenv("NRM_CENTRAL_PASSPHRASE", "demo-office-pass-8841")
    rc, out = central("demo", "--data-dir", str(tmp_path / "office"), "--json")
    assert rc == 0, out
    users = json.loads(out)["hub_users"]
    assert {"coordinator", "admin", "analyst"} <= set(users)
    providers = [name for name in users if name.startswith("provider-")]
    assert providers and all(uri.startswith("otpauth://totp/") for uri in users.values())
    service = open_service(tmp_path / "office", passphrase="demo-office-pass-8841")
    try:
        now = utcnow()
        for name in ("coordinator", providers[0]):
            code = credentials.code_at(secret_of(users[name]), int(now.timestamp()) // 30)
            who = accounts.login(service.store, service.keys, username=name, password="demo-post-pass-8841",
                                 code=code, address="127.0.0.1", now=now)
            assert who.role == ("coordinator" if name == "coordinator" else "provider")
            assert who.role == "coordinator" or who.organisation_id
    finally:
        service.close()
