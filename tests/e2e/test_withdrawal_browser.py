"""Issue 16 in Debian's Chromium against `nrm-central serve`: a consent withdrawn at a real post reaches the
organisation that received the referral; its provider sees "consent withdrawn — stop processing and delete" (English
and Urdu), confirms, and the coordinator's timeline shows who confirmed and when; the post's next sync shows it.
Screenshots of the provider's notice and of the timeline in docs/screenshots/hub."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.e2e.hubbrowser import CHROMIUM, launch, shoot, sign_in
from tests.e2e.postkit import cli
from tests.e2e.test_hub_flow_browser import act, world  # noqa: F401 - the served office with a synced post

pytestmark = pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian's chromium is not installed (make sysdeps)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def _central_consent(kit, referral_id: str) -> tuple[str, str]:
    from app.services import cases
    from app.storage import referrals

    with kit.unlock("officer") as s:
        case_id = referrals.get(s.db, referral_id)["case_id"]
        consent = next(c for c in cases.show_case(s, case_id)["consents"] if c["recipient_id"] is None)
    return case_id, consent["id"]


def test_the_provider_is_told_confirms_and_the_post_sees_it(world, browser):  # noqa: F811
    kit, office, clock, users = world
    first = kit.approved[0]
    coordinator = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    sign_in(coordinator, office.url, users["coord"], clock)
    coordinator.goto(f"{office.url}/hub/referrals/{first}")
    act(coordinator, "route", organisation="org-shelter")
    shelter = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    sign_in(shelter, office.url, users["shelter"], clock)
    shelter.goto(f"{office.url}/hub/referrals/{first}")
    act(shelter, "acknowledge")
    assert "Test" in shelter.content()  # the name the person agreed to share with the shelter

    case_id, consent_id = _central_consent(kit, first)
    done = cli(kit, "consent", "withdraw", case_id, consent_id, "--reason", "she no longer wants this", user="officer")
    assert done.returncode == 0, done.stderr
    assert cli(kit, "sync", "run").returncode == 0

    shelter.goto(f"{office.url}/hub/referrals/{first}")
    notice = shelter.locator("section.withdrawn")
    assert "Consent withdrawn — stop processing and delete" in notice.inner_text()
    assert "Test" not in shelter.content() and "she no longer wants" not in shelter.content()
    shoot(browser, office.url, f"/hub/referrals/{first}", "withdrawal-provider", user=users["shelter"], clock=clock)
    shelter.locator("form[data-action=withdrawal-confirm] button").click()
    shelter.wait_for_load_state()
    assert shelter.locator("form[data-action=withdrawal-confirm]").count() == 0

    coordinator.goto(f"{office.url}/hub/referrals/{first}")
    timeline = coordinator.inner_text("ol.timeline")
    assert "Consent withdrawn — stop processing and delete" in timeline
    assert "Stopped and deleted — confirmed" in timeline and "shelter.user" in timeline
    shoot(browser, office.url, f"/hub/referrals/{first}", "withdrawal-timeline", user=users["coord"], clock=clock)

    assert cli(kit, "sync", "run").returncode == 0
    listed = cli(kit, "consent", "list", case_id, "--json", user="officer")
    travel = next(c for c in json.loads(listed.stdout) if c["id"] == consent_id)["withdrawal"]
    assert travel["reached"] == "confirmed" and travel["providers"][0]["organisation_id"] == "org-shelter"
