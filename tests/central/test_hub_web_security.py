"""Hub pages over HTTP (the real app in-process): headers, cookies, CSRF, session expiry, throttling, TOTP replay."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from central.app import create_app
from central.hub import accounts
from central.web.security import WebSettings
from tests.central.hubweb import Clock, add_user, csrf_of, post_form, sign_in

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; "
       "base-uri 'none'")


@pytest.fixture
def clock(service):
    clock = Clock()
    service.clock = clock
    return clock


@pytest.fixture
def web(service, clock):
    with TestClient(create_app(service), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def admin(service, clock):
    return add_user(service, "admin1", "admin")


def assert_headers(response, *, page: bool = True):
    h = response.headers
    assert h["content-security-policy"] == CSP, response.url
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"
    assert h["x-frame-options"] == "DENY"
    if page:
        assert h["cache-control"] == "no-store", response.url


def test_headers_on_every_page_and_answer(web, admin, clock):
    anonymous = [web.get(p, follow_redirects=False) for p in ("/hub/login", "/hub", "/hub/users", "/hub/lang/ur")]
    assert [r.status_code for r in anonymous] == [200, 303, 303, 303]
    assert sign_in(web, admin, clock).status_code == 303
    pages = [web.get(p) for p in ("/hub/users", "/hub/posts", "/hub/audit", "/hub/audit/export")]
    assert [r.status_code for r in pages] == [200, 200, 200, 200]
    refused = [web.post("/hub/users/disable", data={"username": "x"}), web.get("/hub/nowhere")]
    assert [r.status_code for r in refused] == [403, 404]
    for response in anonymous + pages + refused:
        assert_headers(response)
    for asset in ("/static/hub.css", "/static/hub.js", "/static/fonts/NotoNastaliqUrdu-Regular.ttf"):
        response = web.get(asset)
        assert response.status_code == 200
        assert_headers(response, page=False)
    assert "<script>" not in web.get("/hub/users").text and " style=" not in web.get("/hub/users").text


def test_cookies_are_httponly_strict_and_secure_behind_tls(service, admin, clock):
    for web_settings, base, secure in ((WebSettings(), "http://testserver", False),
                                       (WebSettings(behind_tls_proxy=True), "http://testserver", True),
                                       (WebSettings(), "https://testserver", True)):
        with TestClient(create_app(service, web_settings), base_url=base) as client:
            login_page = client.get("/hub/login")
            response = sign_in(client, admin, clock)
            for raw in [login_page.headers["set-cookie"], response.headers["set-cookie"]]:
                attrs = [a.strip().lower() for a in raw.split(";")]
                assert "httponly" in attrs and "samesite=strict" in attrs and "path=/" in attrs
                assert ("secure" in attrs) is secure, (base, raw)


def test_every_form_needs_its_csrf_token(web, service, admin, clock):
    fresh = TestClient(web.app)  # no form cookie yet: a login post from elsewhere is refused
    page = web.get("/hub/login")
    forged = fresh.post("/hub/login", data={"csrf": csrf_of(page.text), "username": "admin1",
                                             "password": "x", "code": "123456"})
    assert forged.status_code == 403
    assert sign_in(web, admin, clock).status_code == 303
    victim = add_user(service, "coord9", "coordinator")
    for data in ({"username": victim.username}, {"username": victim.username, "csrf": "wrong"},
                 {"username": victim.username, "csrf": ""}):
        response = web.post("/hub/users/disable", data=data)
        assert response.status_code == 403 and "expired" in response.text
    assert all(u["disabled_at"] is None for u in accounts.list_users(service.store))
    assert post_form(web, "/hub/users/disable", {"username": victim.username}, page="/hub/users").status_code == 303
    assert [u["username"] for u in accounts.list_users(service.store) if u["disabled_at"]] == ["coord9"]
    assert web.post("/hub/logout", data={}).status_code == 403
    assert web.get("/hub/users").status_code == 200  # the forged logout ended nothing


def test_session_ends_when_idle_and_after_the_absolute_limit(web, admin, clock):
    assert sign_in(web, admin, clock).status_code == 303
    clock.move(minutes=29)
    assert web.get("/hub/users").status_code == 200
    clock.move(minutes=31)
    ended = web.get("/hub/users", follow_redirects=False)
    assert ended.status_code == 303 and ended.headers["location"].startswith("/hub/login?next=%2Fhub%2Fusers")
    assert "ended=1" in ended.headers["location"]
    assert sign_in(web, admin, clock).status_code == 303
    for _ in range(24):  # active every 29 minutes for 11.6 hours: still signed in
        clock.move(minutes=29)
        assert web.get("/hub/posts").status_code == 200
    clock.move(minutes=29)  # past 12 hours since sign-in
    assert web.get("/hub/posts", follow_redirects=False).status_code == 303


def test_logout_ends_the_session_on_the_server(web, admin, clock):
    assert sign_in(web, admin, clock).status_code == 303
    token = web.cookies.get("hub_session")
    out = post_form(web, "/hub/logout", {}, page="/hub/users")
    assert out.status_code == 303 and out.headers["location"] == "/hub/login?out=1"
    replayed = TestClient(web.app, cookies={"hub_session": token})  # the old cookie, kept by an attacker
    assert replayed.get("/hub/users", follow_redirects=False).status_code == 303


def test_a_totp_code_signs_in_once(web, admin, clock):
    first = sign_in(web, admin, clock)
    assert first.status_code == 303
    code = admin.code(clock())
    post_form(web, "/hub/logout", {}, page="/hub/users")
    form = web.get("/hub/login")
    again = web.post("/hub/login", data={"csrf": csrf_of(form.text), "username": "admin1",
                                         "password": "hub test password 42", "code": code})
    assert again.status_code == 401 and "Wrong username, password or code." in again.text
    assert "hub_session" not in again.headers.get("set-cookie", "")


def test_failed_logins_are_throttled_per_account(web, admin, clock):
    for _ in range(accounts.ACCOUNT_LIMIT):
        assert sign_in(web, admin, clock, password="not the password").status_code == 401
    throttled = sign_in(web, admin, clock)  # right password and code, refused while throttled
    assert throttled.status_code == 429 and "Wait 15 minutes" in throttled.text
    clock.move(minutes=16)
    assert sign_in(web, admin, clock).status_code == 303


def test_login_redirect_goes_only_to_hub_pages(web, admin, clock):
    clock.move(seconds=30)
    form = web.get("/hub/login")
    for target, expected in (("https://evil.example/", "/hub"), ("//evil.example", "/hub"),
                             ("/hub/posts", "/hub/posts")):
        clock.move(seconds=30)
        response = web.post("/hub/login", data={"csrf": csrf_of(form.text), "username": "admin1",
                                                "password": "hub test password 42",
                                                "code": admin.code(clock()), "next": target},
                            follow_redirects=False)
        assert response.headers["location"] == expected
        web.cookies.clear()
        form = web.get("/hub/login")


def test_oversized_forms_are_refused_before_parsing(web, admin, clock):
    assert sign_in(web, admin, clock).status_code == 303
    token = csrf_of(web.get("/hub/users").text)
    big = web.post("/hub/users/disable", data={"csrf": token, "username": "x" * (300 * 1024)})
    assert big.status_code == 413
    upload = web.post("/verify", data={"csrf": token}, files={"pdf": ("l.pdf", b"%PDF" + b"0" * (12 * 1024 * 1024))})
    assert upload.status_code == 413
