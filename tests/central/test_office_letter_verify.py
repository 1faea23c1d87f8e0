"""`nrm-central letter verify`: genuine letters from enrolled devices pass; forged, changed, revoked do not."""

from __future__ import annotations

import json

import pikepdf

from central.cli import main
from protocol.keys import key_id
from protocol.letter import LetterPayload, document_digest

DOCUMENT = {"layout": 1, "lang": "en", "content": {"letter_id": "L-1", "referral_id": "R-1", "services": ["shelter"]}}


def letter_pdf(path, signing_key, document=DOCUMENT, *, signed_document=DOCUMENT) -> str:
    unsigned = LetterPayload("L-1", "R-1", document_digest(signed_document), key_id(signing_key), bytes(64))
    payload = LetterPayload(unsigned.letter_id, unsigned.referral_id, unsigned.digest, unsigned.key_id,
                            signing_key.sign(unsigned.message()))
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/NRMLetterPayload"] = payload.encode()
    pdf.docinfo["/NRMLetterDocument"] = json.dumps(document)
    pdf.save(path)
    return str(path)


def verify(capsys, office_dir, db_url, path) -> tuple[int, dict]:
    code = main(["letter", "verify", "--data-dir", str(office_dir), "--json", *(["--db", db_url] if db_url else []),
                 str(path)])
    return code, json.loads(capsys.readouterr().out)


def test_genuine_letter_from_an_enrolled_device(capsys, tmp_path, office_dir, db_url, device):
    code, out = verify(capsys, office_dir, db_url, letter_pdf(tmp_path / "l.pdf", device.signing_key))
    assert code == 0 and out["valid"] and out["device_id"] == device.device_id and out["referral_id"] == "R-1"


def test_changed_content_unknown_and_revoked_keys_are_refused(capsys, tmp_path, office_dir, db_url, device, service):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    changed = {**DOCUMENT, "content": {**DOCUMENT["content"], "services": ["legal_aid"]}}
    code, out = verify(capsys, office_dir, db_url, letter_pdf(tmp_path / "c.pdf", device.signing_key, changed))
    assert (code, out["reason"]) == (4, "content changed")
    code, out = verify(capsys, office_dir, db_url, letter_pdf(tmp_path / "u.pdf", Ed25519PrivateKey.generate()))
    assert (code, out["reason"]) == (4, "unknown key")
    service.store.revoke_device(device.device_id, at="2026-11-28T10:00:00Z")
    code, out = verify(capsys, office_dir, db_url, letter_pdf(tmp_path / "r.pdf", device.signing_key))
    assert (code, out["reason"]) == (4, "revoked key")
    (tmp_path / "n.pdf").write_bytes(b"not a pdf")
    code, out = verify(capsys, office_dir, db_url, tmp_path / "n.pdf")
    assert (code, out["reason"]) == (4, "not a letter")
