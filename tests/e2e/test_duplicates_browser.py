"""/hub/duplicates in Debian's Chromium against `nrm-central serve`, in English and Urdu: a coordinator sees the
possible same-person pairs two real posts produced, confirms one with the button, and an analyst is refused."""

from __future__ import annotations

import shutil

import pytest

from app.services import referrals, sync_transfer, vault
from app.storage import referrals as referral_store
from tests.e2e.hubbrowser import CHROMIUM, ServerClock, add_user, launch, shoot, sign_in
from tests.e2e.postkit import PASSWORD, new_office
from tests.e2e.test_duplicates_e2e import ISB, TKM, make_post, sync_pass

pytestmark = pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian's chromium is not installed (make sysdeps)")
RAW_CODES = ("name_partial", "father_name", "document", "dismissed", "confirmed")


@pytest.fixture
def hub(tmp_path, monkeypatch):
    office = new_office(tmp_path)
    clock = ServerClock(tmp_path / "clock")
    monkeypatch.setenv("NRM_CENTRAL_TEST_CLOCK", str(clock.path))
    users = {"coordinator": add_user(office.dir, "coord1", "coordinator"),
             "analyst": add_user(office.dir, "analyst1", "analyst")}
    office.start()
    for code, people in (("TKM", TKM), ("ISB", ISB)):
        folder = tmp_path / code
        make_post(folder, code, people)
        with vault.unlock(folder, "admin", PASSWORD, sleep=lambda _s: None) as admin:
            sync_transfer.enroll_online(admin, server=office.url, code=office.code(code))
        sync_pass(folder)
        with vault.unlock(folder, "supervisor", PASSWORD, sleep=lambda _s: None) as supervisor:
            for ref in referral_store.list_referrals(supervisor.db, status="submitted"):
                referrals.approve(supervisor, ref["id"])
        sync_pass(folder)
    yield office, clock, users
    office.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def test_a_coordinator_confirms_a_pair_in_both_languages(hub, browser):
    office, clock, users = hub
    shots = shoot(browser, office.url, "/hub/duplicates", "duplicates", user=users["coordinator"], clock=clock)
    assert len(shots) == 4
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="ur-PK")
    page = context.new_page()
    sign_in(page, office.url, users["coordinator"], clock, lang="ur")
    page.goto(office.url + "/hub/duplicates")
    rows = page.locator("#duplicates tbody tr[data-pair]")
    assert rows.count() == 2
    text = page.inner_text("main")
    assert "دستاویز نمبر" in text and "ایک ہی شخص ہے" in text  # field and button in Urdu
    assert not [code for code in RAW_CODES if code in text]  # no code shown raw on the Urdu page
    assert {"TKM", "ISB"} <= set(text.replace("·", " ").split())
    pair = rows.first.get_attribute("data-pair")
    rows.first.locator("button[value=confirm]").click()
    page.wait_for_load_state()
    assert page.locator(f"#duplicates tr[data-pair='{pair}']").count() == 0  # no longer awaiting a decision
    page.goto(office.url + "/hub/duplicates?status=confirmed")
    assert page.locator(f"#duplicates tr[data-pair='{pair}']").count() == 1
    assert "تصدیق شدہ: ایک ہی شخص" in page.inner_text("main")
    context.close()

    analyst = browser.new_context(viewport={"width": 1366, "height": 768})
    page = analyst.new_page()
    sign_in(page, office.url, users["analyst"], clock)
    response = page.goto(office.url + "/hub/duplicates")
    assert response is not None and response.status == 403
    analyst.close()
