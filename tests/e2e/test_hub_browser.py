"""The hub in Debian's Chromium against `nrm-central serve`: sign-in with TOTP, admin pages, screenshots."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.e2e.hubbrowser import CHROMIUM, ServerClock, add_user, launch, shoot, sign_in
from tests.e2e.postkit import new_office

pytestmark = pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian's chromium is not installed (make sysdeps)")


@pytest.fixture
def hub(tmp_path, monkeypatch):
    office = new_office(tmp_path)
    clock = ServerClock(tmp_path / "clock")
    monkeypatch.setenv("NRM_CENTRAL_TEST_CLOCK", str(clock.path))
    users = {"admin": add_user(office.dir, "office.admin", "admin"),
             "analyst": add_user(office.dir, "analyst1", "analyst")}
    office.start()
    yield office, clock, users
    office.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def test_admin_signs_in_with_totp_and_manages_accounts_and_posts(hub, browser):
    office, clock, users = hub
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(office.url + "/hub/users")  # not signed in: the login form, then back to the page asked for
    assert "/hub/login" in page.url
    sign_in(page, office.url, users["admin"], clock)
    page.goto(office.url + "/hub/users")
    page.fill("form.grid input[name=username]", "coord.new")
    page.select_option("form.grid select[name=role]", "coordinator")
    page.fill("form.grid input[name=password]", "a long enough password")
    page.click("form.grid button[type=submit]")
    uri = page.inner_text(".uri code")
    assert uri.startswith("otpauth://totp/") and "coord.new" in uri
    page.goto(office.url + "/hub/posts")
    page.fill("input[name=post_code]", "LHR")
    page.fill("input[name=post_name]", "AHTC Lahore")
    page.click("form.grid button[type=submit]")
    assert len(page.inner_text(".uri code").strip()) >= 16
    page.goto(office.url + "/hub/audit")
    assert page.locator("table.list tbody tr").count() >= 3  # sign-in, user added, code issued
    context.close()


def test_screenshots_of_the_sign_in_admin_and_analyst_pages(hub, browser):
    office, clock, users = hub
    os.environ.pop("NRM_CENTRAL_USER_PASSWORD", None)
    shoot(browser, office.url, "/hub/login", "login", user=None, clock=clock)
    shoot(browser, office.url, "/hub/users", "users", user=users["admin"], clock=clock)  # posts, audit: flow test
    shoot(browser, office.url, "/hub", "analyst-home", user=users["analyst"], clock=clock)
