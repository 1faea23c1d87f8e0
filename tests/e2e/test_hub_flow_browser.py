"""The NRM hub end to end in Debian's Chromium: a real post syncs referrals to `nrm-central serve`; a coordinator
routes one, the shelter acknowledges and accepts it, the post's next sync brings those steps into its referral
history; another organisation's provider cannot open it; a decline is re-routed; overdue shows when the clock
moves. English and Urdu, with screenshots of every referral page."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.e2e.hubbrowser import CHROMIUM, ServerClock, add_user, launch, shoot, sign_in
from tests.e2e.postkit import central, cli, fresh_post, new_office

pytestmark = pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian's chromium is not installed (make sysdeps)")

DIRECTORY = {"type": "nrm/directory", "v": 1, "organisations": [
    {"id": "org-shelter", "name": "Roshni Shelter", "name_ur": "روشنی پناہ گاہ", "kind": "ngo",
     "area": "Peshawar", "services": ["shelter"]},
    {"id": "org-legal", "name": "Legal Aid Society", "name_ur": "قانونی امداد سوسائٹی", "kind": "ngo",
     "area": "Islamabad", "services": ["legal_aid", "shelter"]},
]}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def world(tmp_path, monkeypatch):
    """A post with approved referrals synced to a served office that has a directory and hub users."""
    kit = fresh_post(tmp_path, referrals=6)
    office = new_office(tmp_path)
    clock = ServerClock(tmp_path / "clock")
    monkeypatch.setenv("NRM_CENTRAL_TEST_CLOCK", str(clock.path))
    directory = tmp_path / "directory.json"
    directory.write_text(json.dumps(DIRECTORY), "utf-8")
    assert central("directory", "publish", "--data-dir", str(office.dir), str(directory))[0] == 0
    users = {"coord": add_user(office.dir, "coord", "coordinator"),
             "shelter": add_user(office.dir, "shelter.user", "provider", "org-shelter"),
             "legal": add_user(office.dir, "legal.user", "provider", "org-legal"),
             "admin": add_user(office.dir, "office.admin", "admin")}
    office.start()
    assert cli(kit, "sync", "enroll", "--server", office.url, "--code", office.code()).returncode == 0
    kit.approve(3)
    synced = cli(kit, "sync", "run")
    assert synced.returncode == 0, synced.stderr
    yield kit, office, clock, users
    office.stop()


def act(page, action: str, *, organisation: str | None = None, note: str | None = None) -> None:
    form = page.locator(f"form[data-action={action}]")
    if organisation:
        form.locator("select[name=organisation_id]").select_option(organisation)
    if note:
        form.locator("textarea[name=note]").fill(note)
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()


def step_badge(page) -> str:
    return page.locator("main p span.badge").first.inner_text()


def post_history(kit, referral_id: str) -> list[str]:
    from app.storage import referrals

    with kit.unlock("admin") as session:
        return [h["status"] for h in referrals.history(session.db, referral_id) if h["source"] == "office"]


def test_route_acknowledge_accept_reach_the_post_and_stay_private(world, browser):
    kit, office, clock, users = world
    first, second, _third = kit.approved
    coordinator = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    sign_in(coordinator, office.url, users["coord"], clock)
    coordinator.goto(office.url + "/hub/referrals")
    assert coordinator.locator(f"a[href='/hub/referrals/{first}']").count() == 1
    coordinator.click(f"a[href='/hub/referrals/{first}']")
    assert "Test" in coordinator.inner_text("#summary-h + dl")  # the name the person agreed to share
    act(coordinator, "route", organisation="org-shelter")
    assert step_badge(coordinator) == "Routed"

    shelter = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    sign_in(shelter, office.url, users["shelter"], clock, lang="ur")
    shelter.goto(office.url + "/hub/referrals")
    assert shelter.locator("table.list tbody a.open").count() == 1  # only what is routed to the shelter
    shelter.goto(f"{office.url}/hub/referrals/{first}")
    act(shelter, "acknowledge")
    assert step_badge(shelter) == "وصولی کی تصدیق ہو گئی"
    act(shelter, "accept")
    assert step_badge(shelter) == "قبول کیا گیا"

    synced = cli(kit, "sync", "run")
    assert synced.returncode == 0, synced.stderr
    assert post_history(kit, first)[-3:] == ["routed", "acknowledged", "accepted"]

    legal = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    sign_in(legal, office.url, users["legal"], clock)
    response = legal.goto(f"{office.url}/hub/referrals/{first}")
    assert response.status == 404 and "Test" not in legal.content()
    legal.goto(office.url + "/hub/referrals")
    assert legal.locator("table.list tbody a.open").count() == 0

    # a decline is re-routed to the other organisation
    coordinator.goto(f"{office.url}/hub/referrals/{second}")
    act(coordinator, "route", organisation="org-shelter")
    shelter.goto(f"{office.url}/hub/referrals/{second}")
    act(shelter, "acknowledge")
    act(shelter, "decline", note="لا مکان — no bed free tonight")
    coordinator.goto(f"{office.url}/hub/referrals/{second}")
    assert step_badge(coordinator) == "Declined"
    assert "no bed free tonight" in coordinator.inner_text("ol.timeline")
    act(coordinator, "reroute", organisation="org-legal", note="Shelter full; legal aid has beds")
    assert step_badge(coordinator) == "Routed"
    legal.goto(f"{office.url}/hub/referrals/{second}")
    assert legal.locator("form[data-action=acknowledge]").count() == 1

    # overdue: the legal aid society has not acknowledged; the clock moves past the urgent limit
    coordinator.goto(office.url + "/hub/referrals?overdue=yes")
    assert coordinator.locator(f"a[href='/hub/referrals/{second}']").count() == 0
    clock.move(hours=30)
    sign_in(coordinator, office.url, users["coord"], clock)
    coordinator.goto(office.url + "/hub/referrals?overdue=yes")
    row = coordinator.locator("tr.overdue", has=coordinator.locator(f"a[href='/hub/referrals/{second}']"))
    assert row.count() == 1 and "Overdue" in row.inner_text()


def test_screenshots_of_the_referral_pages(world, browser):
    kit, office, clock, users = world
    first = kit.approved[0]
    coordinator = browser.new_context().new_page()
    sign_in(coordinator, office.url, users["coord"], clock)
    coordinator.goto(f"{office.url}/hub/referrals/{first}")
    act(coordinator, "route", organisation="org-shelter")
    shoot(browser, office.url, "/hub/referrals", "queue-coordinator", user=users["coord"], clock=clock)
    shoot(browser, office.url, f"/hub/referrals/{first}", "referral-coordinator", user=users["coord"], clock=clock)
    shoot(browser, office.url, f"/hub/referrals/{first}", "referral-provider", user=users["shelter"], clock=clock)
    shoot(browser, office.url, "/hub/referrals", "queue-provider", user=users["shelter"], clock=clock)
    shoot(browser, office.url, "/hub/organisations", "organisations", user=users["coord"], clock=clock)
    shoot(browser, office.url, "/verify", "verify", user=None, clock=clock)
    shoot(browser, office.url, "/hub/posts", "posts", user=users["admin"], clock=clock)  # with the enrolled post
    shoot(browser, office.url, "/hub/audit", "audit", user=users["admin"], clock=clock)
