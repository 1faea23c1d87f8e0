"""/hub/stats through the real app: counts, withheld cells, server-drawn charts, Urdu without codes, the PDF."""

from __future__ import annotations

import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from central.app import create_app
from central.hub import audit
from tests.central.hubweb import Clock, add_user, sign_in
from tests.central.test_stats_office import record


@pytest.fixture
def analyst_browser(service, client, device):
    clock = Clock()
    service.clock = clock
    sexes = ["female"] * 7 + ["male"] * 2 + ["unknown"] * 3
    recs = [record(i, sex=sex, age_band="26-40" if i < 6 else "12-17",
                   classification="vulnerable_migrant" if i % 2 else "presumed_victim_trafficking")
            for i, sex in enumerate(sexes)]
    client.upload(device.seal_stats(recs), root=device.root)
    user = add_user(service, "analyst", "analyst")
    with TestClient(create_app(service), raise_server_exceptions=False) as browser:
        assert sign_in(browser, user, clock).status_code == 303
        yield browser


def _text(html: str) -> str:
    """What a reader sees: the page without tags, scripts and attribute values."""
    return re.sub(r"<[^>]+>", " ", html)


def test_the_statistics_page_counts_withholds_and_draws(analyst_browser):
    page = analyst_browser.get("/hub/stats")
    assert page.status_code == 200
    html = page.text
    assert re.search(r"<dd>12</dd>", html)  # persons
    visible = _text(html)
    assert "Presumed victim of trafficking" in visible and "26 to 40 years" in visible
    assert visible.count("withheld") >= 2  # male 2 and not-known 3 are small cells
    assert html.count("<rect") >= 10 and "<script" not in html.split("</head>")[1]
    assert "style=" not in html  # the CSP forbids inline style; charts use SVG attributes


def test_the_urdu_page_shows_labels_not_codes(analyst_browser):
    analyst_browser.get("/hub/lang/ur?next=/hub/stats")
    page = analyst_browser.get("/hub/stats")
    visible = _text(page.text)
    assert 'dir="rtl"' in page.text
    for code in ("presumed_victim_trafficking", "vulnerable_migrant", "female", "26-40", "withheld", "Persons"):
        assert code not in visible, code
    assert "انسانی ٹریفکنگ کا ممکنہ متاثرہ فرد" in visible and "پوشیدہ" in visible


def test_the_monthly_report_downloads_as_a_pdf_and_is_audited(analyst_browser, service):
    before = audit.count(service.store)
    response = analyst_browser.get("/hub/stats/report?month=2026-11")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert response.headers["content-type"] == "application/pdf"
    assert audit.count(service.store) == before + 1
    assert analyst_browser.get("/hub/stats/report?month=November").status_code == 422
    assert analyst_browser.get("/hub/stats?from=2026-13").status_code == 422
