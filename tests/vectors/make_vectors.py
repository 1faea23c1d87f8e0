"""Write tests/vectors/vectors.json from the fixed inputs (run deliberately; the tests re-derive it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from protocol import hpke_suites
from protocol.audit import Checkpoint
from protocol.canonical import canonical, sha256
from protocol.enrolment import (
    build_enrol_request,
    build_enrol_response,
    code_id,
    mac_key,
    parse_enrol_request,
)
from protocol.envelope import HEADER_LEN, compress_payload, hpke_info, seal_envelope, signed_message
from protocol.feed import build_feed
from protocol.keys import build_root, key_id, raw_public
from protocol.receipt import sign_receipt
from protocol.sealed import seal_file
from tests.vectors import fixed as F

PATH = Path(__file__).with_name("vectors.json")


def root_bytes() -> bytes:
    """root.json of the fixed office keys."""
    keys = {"bundle": raw_public(F.OFFICE_BUNDLE), "receipt": raw_public(F.OFFICE_RECEIPT),
            "feed": raw_public(F.OFFICE_FEED), "recovery": raw_public(F.OFFICE_RECOVERY)}
    return build_root(office_name="FIA HQ (test vector)", version=1, keys=keys)


def envelope() -> bytes:
    """One fixed-key envelope (HPKE randomness is drawn once, when the vector is made)."""
    return seal_envelope(F.PAYLOAD, device_id=F.DEVICE_ID, seq=42, signing_key=F.DEVICE_SIGNING,
                         recipient_public_key=F.OFFICE_BUNDLE.public_key(),
                         audit_checkpoint=Checkpoint(3, F.AUDIT[-1]["hash"]), created_at=F.CREATED_AT,
                         bundle_id=F.BUNDLE_ID)


def build(env: bytes | None = None) -> dict[str, Any]:
    """Every vector; pass the stored envelope to rebuild the parts that depend on it (the receipt)."""
    env = env or envelope()
    plain = hpke_suites.open_(1, env[HEADER_LEN:], private_key=F.OFFICE_BUNDLE, info=hpke_info(env[:HEADER_LEN]))
    inner_len = int.from_bytes(plain[:4], "big")
    inner = plain[4 : 4 + inner_len]
    signature = plain[4 + inner_len : 4 + inner_len + 64]
    body = compress_payload(F.PAYLOAD)
    receipt = sign_receipt(bundle_id=F.BUNDLE_ID.hex(), device_id=F.DEVICE_ID, seq=42, blob_sha256=sha256(env).hex(),
                           audit_accepted=Checkpoint(3, F.AUDIT[-1]["hash"]), received_at=F.RECEIVED_AT,
                           signing_key=F.OFFICE_RECEIPT)
    files = [("directory.json", canonical({"type": "nrm/directory", "v": 1, "organisations": []})),
             ("revocations.json", canonical({"type": "nrm/revocations", "v": 2, "devices": []}))]
    feed = build_feed(version=7, issued_at=F.ISSUED_AT, expires_at=F.EXPIRES_AT, files=files,
                      signing_key=F.OFFICE_FEED)
    request = build_enrol_request(code=F.ENROL_CODE, post_code="ISB", signing_key=F.DEVICE_SIGNING,
                                  box_key=F.DEVICE_BOX, created_at=F.ISSUED_AT, nonce=F.ENROL_NONCE)
    response = build_enrol_response(parse_enrol_request(request), key=mac_key(F.ENROL_CODE), device_id=F.DEVICE_ID,
                                    root=root_bytes())
    sealed_doc = {"type": "nrm/device-file", "v": 1, "device_id": F.DEVICE_ID, "statuses": [], "resend": [3]}
    sealed = seal_file(sealed_doc, device_id=F.DEVICE_ID, device_public_key=F.DEVICE_BOX.public_key())
    return {
        "about": "NRM Desk protocol v1 golden vectors; keys are SHA-256 of the labels in tests/vectors/fixed.py",
        "keys": {name: {"public": raw_public(k).hex(), "key_id": key_id(k)} for name, k in [
            ("device_signing", F.DEVICE_SIGNING), ("device_box", F.DEVICE_BOX), ("office_bundle", F.OFFICE_BUNDLE),
            ("office_receipt", F.OFFICE_RECEIPT), ("office_feed", F.OFFICE_FEED),
            ("office_recovery", F.OFFICE_RECOVERY)]},
        "canonical": {"input": F.CANONICAL_SAMPLE, "bytes_hex": canonical(F.CANONICAL_SAMPLE).hex()},
        "audit": F.AUDIT,
        "root_json": root_bytes().decode("utf-8"),
        "envelope": {
            "hex": env.hex(), "visible_header_hex": env[:HEADER_LEN].hex(), "inner_header": inner.decode("utf-8"),
            "signed_message_hex": signed_message(env[:HEADER_LEN], inner).hex(), "signature_hex": signature.hex(),
            "payload_zlib_hex": body.hex(), "payload_sha256": sha256(body).hex(), "blob_sha256": sha256(env).hex(),
            "hpke_info_hex": hpke_info(env[:HEADER_LEN]).hex(),
        },
        "receipt": receipt.decode("utf-8"),
        "feed": feed.decode("utf-8"),
        "enrolment": {"code": F.ENROL_CODE, "code_id": code_id(F.ENROL_CODE), "mac_key_hex": mac_key(F.ENROL_CODE).hex(),
                      "request": request.decode("utf-8"), "response": response.decode("utf-8")},
        "sealed_file": {"hex": sealed.hex(), "doc": sealed_doc},
    }


if __name__ == "__main__":
    PATH.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {PATH}")
