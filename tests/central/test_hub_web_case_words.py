"""The referral page puts a case's document and how the post met the person into words in the reader's language:
no code (passport, interception) and no ISO date on the Urdu page; what the post typed stays text."""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from central.app import create_app
from tests.central.conftest import enrolled_device
from tests.central.hub_support import SHELTER, publish_directory
from tests.central.hubweb import Clock, add_user, sign_in

PLACE = "Torkham <b>gate</b>"


def bundle(device, referral_id: str) -> bytes:
    referral = {"id": referral_id, "case_id": "c-9", "case_reference": "TKM-2026-000009", "post_code": "TKM",
                "provider_id": SHELTER, "provider_name": "Shelter", "services": ["shelter"],
                "urgency": "urgent", "reason": "A bed tonight", "drafted_by": "u1", "approved_by": "u2",
                "approved_at": "2026-12-01T10:00:00Z", "recipient_categories": ["identity", "documents", "circumstances"]}
    case = {"id": "c-9", "reference": "TKM-2026-000009", "is_child": False,
            "consented_categories": ["identity", "documents", "circumstances"],
            "person": {"given_name": "Gul", "family_name": "Bibi", "sex": "female", "estimated_age": 24,
                       "nationality": "AF"},
            "documents": [{"type": "passport", "number": "QZ677001"}, {"type": "por_card", "number": "PR-55"}],
            "encounters": [{"date": "2026-11-28", "place": PLACE, "circumstance": "interception"}]}
    return device.seal_next(referral, case=case)


def _case_block(body: str) -> str:
    """The page's case summary (the <dl> of disclosed fields)."""
    found = re.search(r"<dl[^>]*>(.*?)</dl>", body, re.S)
    assert found, "the referral page has no case summary"
    return found.group(1)


def test_documents_and_encounters_read_as_words_in_both_languages(service, client):
    clock = Clock()
    service.clock = clock
    publish_directory(service)
    device = enrolled_device(service, client)
    client.upload(bundle(device, "ref-words"), root=device.root)
    coord = add_user(service, "coord", "coordinator")
    app = create_app(service)
    with TestClient(app) as browser:
        assert sign_in(browser, coord, clock).status_code == 303
        browser.get("/hub/lang/en")
        en = _case_block(browser.get("/hub/referrals/ref-words").text)
        browser.get("/hub/lang/ur")
        ur = _case_block(browser.get("/hub/referrals/ref-words").text)
    assert "Passport <bdi>QZ677001</bdi>" in en and "PoR card <bdi>PR-55</bdi>" in en
    assert "Intercepted at <bdi>Torkham &lt;b&gt;gate&lt;/b&gt;</bdi> on 28\u00a0November\u00a02026" in en
    assert "پاسپورٹ <bdi>QZ677001</bdi>" in ur and "رجسٹریشن کا ثبوت کارڈ <bdi>PR-55</bdi>" in ur
    assert "28\u00a0نومبر\u00a02026 کو <bdi>Torkham &lt;b&gt;gate&lt;/b&gt;</bdi> پر راستے میں روکا گیا" in ur
    for code in ("passport", "por_card", "interception", "2026-11-28", "|"):
        assert code not in en and code not in ur, code
    # outside what the post typed (bdi) and the person's name, the Urdu summary has no Latin word
    visible = re.sub(r"<bdi[^>]*>.*?</bdi>|<[^>]+>", " ", ur)
    assert not [w for w in re.findall(r"[A-Za-z]{2,}", visible) if w not in ("Gul", "Bibi")]
