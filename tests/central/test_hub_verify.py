"""/verify's logic: genuine or not, which post and when, whether the referral is still active — and nothing else."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from central.hub import audit, referrals, verify
from protocol.canonical import utcnow
from protocol.keys import key_id
from protocol.letter import LetterPayload, document_digest
from tests.central.conftest import enrolled_device
from tests.central.hub_support import ADMIN_USER, COORD, NAME, publish_directory, referral_bundle
from tests.central.test_office_letter_verify import letter_pdf

DOCUMENT = {"layout": 1, "lang": "en", "content": {"letter_id": "L-1", "referral_id": "r-1", "issued_on": "2026-12-01",
                                                   "person": {"full_name": NAME}}}


def qr_text(signing_key: Ed25519PrivateKey, referral_id: str = "r-1") -> str:
    unsigned = LetterPayload("L-1", referral_id, document_digest(DOCUMENT), key_id(signing_key), bytes(64))
    return LetterPayload("L-1", referral_id, unsigned.digest, unsigned.key_id,
                         signing_key.sign(unsigned.message())).encode()


def test_genuine_letter_of_an_active_then_closed_referral(service, client):
    publish_directory(service)
    device = enrolled_device(service, client)
    service.ingestor.ingest(referral_bundle(device, "r-1"))
    verdict = verify.verify_text(service.store, qr_text(device.signing_key))
    assert (verdict.genuine, verdict.post_code, verdict.post_name, verdict.referral_known, verdict.referral_active,
            verdict.content_checked, verdict.issued_on) == (True, "ISB", "ISB post", True, True, False, None)
    assert NAME not in repr(verdict.as_dict())
    referrals.act(service.store, COORD, "r-1", "close", note="duplicate", now=utcnow())
    assert verify.verify_text(service.store, qr_text(device.signing_key)).referral_active is False
    assert [e["action"] for e in audit.entries(service.store, ADMIN_USER)].count("letter.verify") == 2


def test_letter_whose_referral_has_not_reached_the_office(service, client):
    device = enrolled_device(service, client)
    verdict = verify.verify_text(service.store, qr_text(device.signing_key, "r-elsewhere"))
    assert (verdict.genuine, verdict.referral_known, verdict.referral_active) == (True, False, None)


def test_forged_tampered_and_revoked_are_not_genuine(service, client):
    device = enrolled_device(service, client)
    assert verify.verify_text(service.store, qr_text(Ed25519PrivateKey.generate())).reason == "unknown key"
    text = qr_text(device.signing_key)
    forged = text.replace(".r-1.", ".r-2.")
    assert verify.verify_text(service.store, forged).reason == "bad signature"
    assert verify.verify_text(service.store, "hello").reason == "not a letter"
    assert verify.verify_text(service.store, "x" * 5000).reason == "not a letter"
    service.store.revoke_device(device.device_id, at="2026-12-04T00:00:00Z")
    verdict = verify.verify_text(service.store, text)
    assert (verdict.genuine, verdict.reason, verdict.post_code) == (False, "revoked key", None)


def test_pdf_gives_the_printed_date_and_checks_the_content(service, client, tmp_path):
    device = enrolled_device(service, client)
    document = {**DOCUMENT, "content": {**DOCUMENT["content"], "referral_id": "R-1"}}  # letter_pdf signs L-1, R-1
    good = letter_pdf(tmp_path / "good.pdf", device.signing_key, document, signed_document=document)
    verdict = verify.verify_pdf(service.store, open(good, "rb").read())
    assert (verdict.genuine, verdict.issued_on, verdict.content_checked, verdict.post_code) == (
        True, "2026-12-01", True, "ISB")
    assert NAME not in repr(verdict.as_dict())
    changed = {**document, "lang": "ur"}
    bad = letter_pdf(tmp_path / "bad.pdf", device.signing_key, changed, signed_document=document)
    assert verify.verify_pdf(service.store, open(bad, "rb").read()).reason == "content changed"
