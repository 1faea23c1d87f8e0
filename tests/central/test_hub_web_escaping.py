"""Whatever a post wrote is shown as text: a name holding <script>, quotes and Urdu, on every page, both languages."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from central.app import create_app
from central.hub import referrals as referral_service
from tests.central.conftest import enrolled_device
from tests.central.hub_support import SHELTER, publish_directory
from tests.central.hubweb import Clock, add_user, sign_in
from tests.central.test_hub_web_matrix import principal

GIVEN = '<script>alert("x")</script>'
FAMILY = "O'Brien \"Ali\" زینب بی بی"
ORG_NAME = '<img src=x onerror="alert(1)"> Safe House'
REASON = "Needs <b>care</b> & a bed — فوری"


def bundle(device, referral_id: str) -> bytes:
    referral = {"id": referral_id, "case_id": "c-1", "case_reference": "ISB-2026-000007", "post_code": "ISB",
                "provider_id": "org-unlisted", "provider_name": ORG_NAME, "services": ["shelter"],
                "urgency": "emergency", "reason": REASON, "drafted_by": "u1", "approved_by": "u2",
                "approved_at": "2026-12-01T10:00:00Z", "recipient_categories": ["identity", "needs"]}
    case = {"id": "c-1", "reference": "ISB-2026-000007", "is_child": False,
            "consented_categories": ["identity", "needs"],
            "person": {"given_name": GIVEN, "family_name": FAMILY, "sex": "female", "estimated_age": 30,
                       "nationality": "AF"},
            "needs": [{"code": "shelter", "note": ""}]}
    return device.seal_next(referral, case=case)


def test_hostile_text_is_escaped_on_every_page_in_both_languages(service, client):
    clock = Clock()
    service.clock = clock
    publish_directory(service)
    device = enrolled_device(service, client)
    client.upload(bundle(device, "ref-hostile"), root=device.root)
    coord = add_user(service, "coord", "coordinator")
    shelter = add_user(service, "shelter.user", "provider", SHELTER)
    admin = add_user(service, "office.admin", "admin")
    referral_service.act(service.store, principal(service, "coord"), "ref-hostile", "route",
                         organisation_id=SHELTER, note=REASON, now=clock())
    app = create_app(service)
    pages = [(coord, ["/hub/referrals", "/hub/referrals/ref-hostile", "/hub/organisations"]),
             (shelter, ["/hub/referrals", "/hub/referrals/ref-hostile"]),
             (admin, ["/hub/organisations", "/hub/audit", "/hub/users"])]
    seen = ""
    for user, paths in pages:
        with TestClient(app) as browser:
            assert sign_in(browser, user, clock).status_code == 303
            for lang in ("en", "ur"):
                browser.get(f"/hub/lang/{lang}")
                for path in paths:
                    body = browser.get(path).text
                    assert "<script>alert" not in body and "<img src=x" not in body and "<b>care" not in body, path
                    seen += body
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in seen  # the coordinator sees the name, as text
    assert "O&#39;Brien &#34;Ali&#34; زینب بی بی" in seen
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; Safe House" in seen
    assert "Needs &lt;b&gt;care&lt;/b&gt; &amp; a bed — فوری" in seen
