"""The public /verify page: genuine or not, issuing post and date, referral active — nothing about the person."""

from __future__ import annotations

import json
import warnings

import pikepdf
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from central.app import create_app
from central.hub import referrals as referral_service
from protocol.keys import key_id
from protocol.letter import LetterPayload, document_digest
from tests.central.conftest import enrolled_device
from tests.central.hub_support import COORD, NAME, SHELTER, publish_directory, referral_bundle
from tests.central.hubweb import csrf_of

DOCUMENT = {"layout": 1, "lang": "en", "content": {"letter_id": "L-1", "referral_id": "R-1",
                                                    "issued_on": "2026-12-01", "services": ["shelter"]}}


def payload_of(signing_key, document=DOCUMENT) -> LetterPayload:
    unsigned = LetterPayload("L-1", "R-1", document_digest(document), key_id(signing_key), bytes(64))
    return LetterPayload("L-1", "R-1", unsigned.digest, unsigned.key_id, signing_key.sign(unsigned.message()))


def pdf_of(payload: LetterPayload, document=DOCUMENT) -> bytes:
    import io

    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/NRMLetterPayload"] = payload.encode()
    pdf.docinfo["/NRMLetterDocument"] = json.dumps(document)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def check(web, *, text: str = "", pdf: bytes | None = None, lang: str = "en"):
    web.get(f"/hub/lang/{lang}")
    token = csrf_of(web.get("/verify").text)
    files = {"pdf": ("letter.pdf", pdf, "application/pdf")} if pdf is not None else None
    return web.post("/verify", data={"csrf": token, "qr_text": text}, files=files)


def test_a_recipient_checks_a_letter_without_signing_in(service, client):
    publish_directory(service)
    device = enrolled_device(service, client)
    client.upload(referral_bundle(device, "R-1"), root=device.root)
    payload = payload_of(device.signing_key)
    with TestClient(create_app(service)) as web:
        by_pdf = check(web, pdf=pdf_of(payload))
        assert by_pdf.status_code == 200 and "Genuine" in by_pdf.text
        assert "ISB post" in by_pdf.text and "2026-12-01" in by_pdf.text and "upload the PDF" not in by_pdf.text
        by_text = check(web, text=payload.encode())
        assert "Genuine" in by_text.text and "ISB post" in by_text.text
        for page in (by_pdf.text, by_text.text):  # nothing about the person or where they were sent
            assert NAME not in page and "Zainab" not in page and "Shelter" not in page and "R-1" not in page
        assert "<dd>Yes</dd>" in by_pdf.text
        referral_service.act(service.store, COORD, "R-1", "route", organisation_id=SHELTER)
        referral_service.act(service.store, COORD, "R-1", "close", note="person went home")
        assert "<dd>No</dd>" in check(web, text=payload.encode()).text

        forged = payload_of(Ed25519PrivateKey.generate())
        refused = check(web, text=forged.encode(), lang="ur")
        assert "اصلی نہیں" in refused.text and "یہ خط کسی ایسی چوکی کا دستخط شدہ نہیں" in refused.text
        changed = {**DOCUMENT, "content": {**DOCUMENT["content"], "services": ["legal_aid"]}}
        assert "content was changed" in check(web, pdf=pdf_of(payload, changed), lang="en").text
        assert "not the text or file" in check(web, text="hello").text
        no_token = TestClient(web.app).post("/verify", data={"qr_text": payload.encode()})
        assert no_token.status_code == 403
