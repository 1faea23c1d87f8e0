"""The hub's security over a real socket: `nrm-central serve` on 127.0.0.1, users made with the real CLI."""

from __future__ import annotations

import httpx
import pytest

from tests.central.hubweb import csrf_of
from tests.central.test_hub_web_security import CSP
from tests.e2e.hubbrowser import USER_PASSWORD, ServerClock, add_user
from tests.support.servers import CentralProcess


@pytest.fixture
def served(office_dir, tmp_path, monkeypatch):
    clock = ServerClock(tmp_path / "clock")
    monkeypatch.setenv("NRM_CENTRAL_TEST_CLOCK", str(clock.path))
    admin = add_user(office_dir, "office.admin", "admin")
    with CentralProcess(office_dir, grace=2) as proc:
        yield proc, clock, admin


def sign_in(client: httpx.Client, user, clock) -> httpx.Response:
    clock.move(seconds=30)
    token = csrf_of(client.get("/hub/login").text)
    return client.post("/hub/login", data={"csrf": token, "username": user.username, "password": USER_PASSWORD,
                                           "code": user.code(clock.now())})


def test_served_pages_carry_the_headers_and_refuse_forged_forms(served):
    proc, clock, admin = served
    with httpx.Client(base_url=proc.url) as client:
        login = client.get("/hub/login")
        assert login.headers["content-security-policy"] == CSP and login.headers["cache-control"] == "no-store"
        cookie = login.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "secure" not in cookie  # plain http
        assert sign_in(client, admin, clock).status_code == 303
        for path in ("/hub/users", "/hub/posts", "/hub/audit", "/static/hub.css"):
            response = client.get(path)
            assert response.status_code == 200 and response.headers["x-frame-options"] == "DENY", path
            assert response.headers["content-security-policy"] == CSP and \
                response.headers["referrer-policy"] == "no-referrer" and \
                response.headers["x-content-type-options"] == "nosniff"
        forged = client.post("/hub/posts/code", data={"post_code": "ZZZ", "post_name": "Forged post"})
        assert forged.status_code == 403
        good = client.post("/hub/posts/code", data={"csrf": csrf_of(client.get("/hub/posts").text),
                                                    "post_code": "LHR", "post_name": "AHTC Lahore"})
        assert good.status_code == 200 and "Enrolment code" in good.text


def test_served_session_expires_when_the_server_clock_moves(served):
    proc, clock, admin = served
    with httpx.Client(base_url=proc.url) as client:
        assert sign_in(client, admin, clock).status_code == 303
        assert client.get("/hub/users").status_code == 200
        clock.move(minutes=31)
        expired = client.get("/hub/users")
        assert expired.status_code == 303 and "ended=1" in expired.headers["location"]
        code = admin.code(clock.now())
        clock.move(seconds=0)
        token = csrf_of(client.get("/hub/login").text)
        first = client.post("/hub/login", data={"csrf": token, "username": admin.username,
                                                "password": USER_PASSWORD, "code": code})
        assert first.status_code == 303
        client.cookies.delete("hub_session")
        token = csrf_of(client.get("/hub/login").text)
        replay = client.post("/hub/login", data={"csrf": token, "username": admin.username,
                                                 "password": USER_PASSWORD, "code": code})
        assert replay.status_code == 401
