"""Role × page × action, every cell, through the real pages (in-process app, SQLite and PostgreSQL).

The expected answers are written out here by hand from the issue's rules, not derived from the code:
coordinators work on every referral, providers only on their organisation's (another's is 404), analysts and
admins never see a person (403); only admins manage users, posts, the directory and the audit log.
"""

from __future__ import annotations

import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from central.app import create_app
from central.hub import referrals as referral_service
from central.hub.accounts import principal_of
from central.hub.principal import Principal
from tests.central.conftest import enrolled_device
from tests.central.hub_support import LEGAL, SHELTER, publish_directory, referral_bundle
from tests.central.hubweb import Clock, add_user, csrf_of, sign_in
from tests.central.test_hub_web_security import CSP

ROLES = ("coordinator", "shelter", "legal", "analyst", "admin", "anonymous")
R = "<R>"  # a referral routed to the shelter

PAGES = {  # path: coordinator, shelter (own org), legal (another org), analyst, admin, not signed in
    "/hub/referrals":            (200, 200, 200, 403, 403, 303),
    f"/hub/referrals/{R}":       (200, 200, 404, 403, 403, 303),
    "/hub/organisations":        (200, 200, 200, 200, 200, 303),
    "/hub/users":                (403, 403, 403, 403, 200, 303),
    "/hub/posts":                (403, 403, 403, 403, 200, 303),
    "/hub/audit":                (403, 403, 403, 403, 200, 303),
    "/hub/audit/export":         (403, 403, 403, 403, 200, 303),
    "/hub/stats":                (200, 403, 403, 200, 403, 303),
    "/hub/stats/report?month=2026-11": (200, 403, 403, 200, 403, 303),
    "/verify":                   (200, 200, 200, 200, 200, 200),
    "/hub/login":                (303, 303, 303, 303, 303, 200),
}

ACTIONS = {  # action: (the step the referral is brought to first, answers in ROLES order without anonymous)
    "route":          ("received",         (303, 404, 404, 403, 403)),
    "reroute":        ("declined",         (303, 403, 404, 403, 403)),
    "acknowledge":    ("routed",           (403, 303, 404, 403, 403)),
    "accept":         ("acknowledged",     (403, 303, 404, 403, 403)),
    "decline":        ("acknowledged",     (403, 303, 404, 403, 403)),
    "arrived":        ("accepted",         (403, 303, 404, 403, 403)),
    "start_services": ("arrived",          (403, 303, 404, 403, 403)),
    "complete":       ("services_started", (403, 303, 404, 403, 403)),
    "person_left":    ("accepted",         (403, 303, 404, 403, 403)),
    "close":          ("routed",           (303, 403, 404, 403, 403)),
}
# how a referral reaches each step (coordinator and shelter acting through the services)
PATH = {"received": [], "routed": ["route"], "acknowledged": ["route", "acknowledge"],
        "declined": ["route", "acknowledge", "decline"], "accepted": ["route", "acknowledge", "accept"],
        "arrived": ["route", "acknowledge", "accept", "arrived"],
        "services_started": ["route", "acknowledge", "accept", "arrived", "start_services"]}

ADMIN_FORMS = {  # POST path and fields: only an admin may (others 403)
    "/hub/users": {"username": "new.user", "role": "analyst", "password": "a long enough password"},
    "/hub/posts/code": {"post_code": "LHR", "post_name": "AHTC Lahore"},
    "/hub/organisations": {"organisation_id": "org-new", "name": "New Shelter", "kind": "ngo"},
}


@pytest.fixture
def hub(service, client):
    clock = Clock()
    service.clock = clock
    publish_directory(service)
    device = enrolled_device(service, client)
    users = {"coordinator": add_user(service, "coord", "coordinator"),
             "shelter": add_user(service, "shelter.user", "provider", SHELTER),
             "legal": add_user(service, "legal.user", "provider", LEGAL),
             "analyst": add_user(service, "analyst", "analyst"),
             "admin": add_user(service, "office.admin", "admin")}
    app = create_app(service)
    browsers = {}
    for role, user in users.items():
        browsers[role] = TestClient(app, raise_server_exceptions=False).__enter__()
        assert sign_in(browsers[role], user, clock).status_code == 303
    browsers["anonymous"] = TestClient(app, raise_server_exceptions=False).__enter__()
    yield service, client, device, browsers, clock
    for browser in browsers.values():
        browser.__exit__(None, None, None)


def principal(service, username: str) -> Principal:
    from central.hub.accounts import accountstore

    return principal_of(accountstore.user_by_name(service.store, username))


def new_referral(service, client, device, number: int, step: str) -> str:
    referral_id = f"ref-{number:04d}-{step}"
    client.upload(referral_bundle(device, referral_id), root=device.root)
    coord, shelter = principal(service, "coord"), principal(service, "shelter.user")
    for action in PATH[step]:
        actor = coord if action == "route" else shelter
        referral_service.act(service.store, actor, referral_id, action, note="reason given",
                             organisation_id=SHELTER if action == "route" else None, now=service.clock())
    return referral_id


def step_of(service, referral_id: str) -> str:
    admin_like = principal(service, "coord")
    return referral_service.detail(service.store, admin_like, referral_id, keys=service.keys)["step"]


def test_every_role_on_every_page(hub):
    service, client, device, browsers, _clock = hub
    referral_id = new_referral(service, client, device, 1, "routed")
    for path, answers in PAGES.items():
        for role, expected in zip(ROLES, answers, strict=True):
            response = browsers[role].get(path.replace(R, referral_id), follow_redirects=False)
            assert response.status_code == expected, f"{role} GET {path}: {response.status_code}, expected {expected}"
            assert response.headers["content-security-policy"] == CSP, f"{role} GET {path}"
            assert response.headers["cache-control"] == "no-store" and response.headers["x-frame-options"] == "DENY"


def test_every_role_on_every_action(hub):
    service, client, device, browsers, _clock = hub
    for number, (action, (step, answers)) in enumerate(ACTIONS.items(), start=10):
        referral_id = new_referral(service, client, device, number, step)
        cells = sorted(zip(ROLES, answers, strict=False), key=lambda cell: cell[1] == 303)  # refusals first
        for role, expected in cells:
            browser = browsers[role]
            page = browser.get("/hub/referrals")  # any page of the session carries its token
            token = csrf_of(page.text) if page.status_code == 200 else csrf_of(browser.get("/hub").text)
            organisation = LEGAL if action == "reroute" else SHELTER
            before = step_of(service, referral_id)
            got = browser.post(f"/hub/referrals/{referral_id}/act", follow_redirects=False,
                               data={"csrf": token, "action": action, "note": "reason given",
                                     "organisation_id": organisation}).status_code
            assert got == expected, f"{role} {action} at {step}: {got}, expected {expected}"
            if expected != 303:
                assert step_of(service, referral_id) == before, f"{role} {action} changed the referral"
        assert step_of(service, referral_id) != step, f"{action} never happened"


def test_only_an_admin_changes_users_posts_and_the_directory(hub):
    service, _client, _device, browsers, _clock = hub
    for path, fields in ADMIN_FORMS.items():
        for role in ("coordinator", "shelter", "legal", "analyst", "admin"):
            browser = browsers[role]
            token = csrf_of(browser.get("/hub/organisations").text)
            got = browser.post(path, data={"csrf": token, **fields}, follow_redirects=False).status_code
            expected = (200, 303) if role == "admin" else (403,)
            assert got in expected, f"{role} POST {path}: {got}"
    assert re.search("new.user", browsers["admin"].get("/hub/users").text)
