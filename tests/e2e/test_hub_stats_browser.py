"""/hub/stats in Debian's Chromium against `nrm-central serve`: records from two posts over real sockets, the page
in English and Urdu at desktop and phone size (docs/screenshots/hub/stats-*), and the monthly PDF download."""

from __future__ import annotations

import shutil

import pytest

from tests.central.test_stats_office import record
from tests.e2e.hubbrowser import CHROMIUM, ServerClock, add_user, launch, shoot, sign_in
from tests.e2e.postkit import new_office
from tests.support.device import PostDevice
from tests.support.refclient import ReferenceClient

pytestmark = pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian's chromium is not installed (make sysdeps)")

SEXES = ("female", "male", "female", "unknown", "female", "male")
BANDS = ("18-25", "26-40", "12-17", "26-40", "18-25", "41+", "0-11")
CLASSES = ("presumed_victim_trafficking", "vulnerable_migrant", "smuggled_migrant_vulnerable",
           "presumed_victim_trafficking", "no_protection_concern")
MONTHS = ("2026-08", "2026-09", "2026-10", "2026-11", "2026-11")


def _records(post: str, start: int, count: int) -> list[dict]:
    return [record(start + i, post=post, sex=SEXES[i % 6], age_band=BANDS[i % 7], classification=CLASSES[i % 5],
                   month=MONTHS[i % 5], nationality=("AF", "PK", "AF", "BD")[i % 4]) for i in range(count)]


@pytest.fixture
def hub(tmp_path, monkeypatch):
    office = new_office(tmp_path)
    clock = ServerClock(tmp_path / "clock")
    monkeypatch.setenv("NRM_CENTRAL_TEST_CLOCK", str(clock.path))
    analyst = add_user(office.dir, "analyst1", "analyst")
    office.start()
    with ReferenceClient(office.url) as client:
        for post, start, count in (("ISB", 0, 48), ("TKM", 100, 31)):
            device = PostDevice(post_code=post)
            client.enroll(office.code(post), device)
            client.upload(device.seal_stats(_records(post, start, count)), root=device.root)
    yield office, clock, analyst
    office.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def test_an_analyst_reads_the_statistics_and_downloads_the_report(hub, browser, tmp_path):
    office, clock, analyst = hub
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    page = context.new_page()
    sign_in(page, office.url, analyst, clock)
    page.goto(office.url + "/hub")
    assert page.url.endswith("/hub/stats")  # the analyst's first page
    assert page.locator(".totals dd").all_inner_texts() == ["79", "79", "0"]  # 48 + 31 records, one screening each
    page.fill("input[name=from]", "2026-11")
    page.fill("input[name=to]", "2026-11")
    page.click("form.filters button[type=submit]")
    assert "from=2026-11" in page.url
    with page.expect_download() as download:
        page.click("form[action='/hub/stats/report'] button[type=submit]")
    saved = tmp_path / "report.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    context.close()


def test_screenshots_of_the_statistics_page(hub, browser):
    office, clock, analyst = hub
    made = shoot(browser, office.url, "/hub/stats", "stats", user=analyst, clock=clock)
    assert len(made) == 4 and all(p.stat().st_size > 10_000 for p in made)
