"""Enrolment: one-time code, request and response both MACed under a key derived from the code."""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from hashlib import sha256 as _sha256
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from protocol.canonical import b64d, b64e, canonical, format_time, parse_json, parse_time, sha256, tagged
from protocol.errors import EnrolmentMacInvalid, EnrolmentProofInvalid, MalformedData
from protocol.keys import Root, ed25519_public, parse_root, raw_public

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: 5 bits per character
CODE_CHARS = 20  # 100 bits
REQ_KEYS = frozenset({"type", "v", "code_id", "post_code", "signing_key", "box_key", "nonce", "created_at"})


def new_code() -> str:
    """A fresh one-time code: 20 Crockford base32 characters (100 bits), shown in groups of four."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_CHARS))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_CHARS, 4))


def normalize_code(code: str) -> str:
    """Upper-case, drop dashes and spaces, read O as 0 and I/L as 1 (typing mistakes on a keyboard)."""
    text = code.upper().replace("-", "").replace(" ", "")
    text = text.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(text) != CODE_CHARS or any(c not in ALPHABET for c in text):
        raise MalformedData("an enrolment code is 20 base32 characters")
    return text


def code_id(code: str) -> str:
    """Public handle of a code: hex of the first 16 bytes of SHA-256(tagged("nrm/enrol-code-id/v1", code))."""
    return sha256(tagged("nrm/enrol-code-id/v1", normalize_code(code).encode("ascii")))[:16].hex()


def mac_key(code: str) -> bytes:
    """HKDF-SHA256(ikm=code, salt=none, info="nrm/enrol-mac/v1") -> 32 bytes."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"nrm/enrol-mac/v1")
    return hkdf.derive(normalize_code(code).encode("ascii"))


def _mac(key: bytes, domain: str, *parts: bytes) -> bytes:
    """HMAC-SHA256 over the tagged parts."""
    return hmac.new(key, tagged(domain, *parts), _sha256).digest()


@dataclass(frozen=True)
class EnrolRequest:
    """A parsed (not yet verified) enrolment request."""

    body: dict[str, Any]
    proof: bytes
    mac: bytes
    signing_public: bytes
    box_public: bytes

    @property
    def code_id(self) -> str:
        """Which code the request claims to use."""
        return str(self.body["code_id"])


def build_enrol_request(
    *, code: str, post_code: str, signing_key: Ed25519PrivateKey, box_key: X25519PrivateKey,
    created_at: datetime, nonce: bytes | None = None,
) -> bytes:
    """The post side: request with its public keys, a proof of possession, and the HMAC under the code."""
    body = {
        "type": "nrm/enrol-request", "v": 1, "code_id": code_id(code), "post_code": post_code,
        "signing_key": b64e(raw_public(signing_key)), "box_key": b64e(raw_public(box_key)),
        "nonce": b64e(nonce or os.urandom(16)), "created_at": format_time(created_at),
    }
    proof = signing_key.sign(tagged("nrm/enrol-proof/v1", canonical(body)))
    mac = _mac(mac_key(code), "nrm/enrol-request/v1", canonical(body), proof)
    return canonical({"request": body, "proof": b64e(proof), "mac": b64e(mac)})


def parse_enrol_request(data: bytes) -> EnrolRequest:
    """The office side, step 1: parse and type-check (then look the code up by code_id)."""
    doc = parse_json(data)
    if not isinstance(doc, dict) or set(doc) != {"request", "proof", "mac"}:
        raise MalformedData("not an enrolment request")
    body = doc["request"]
    if not isinstance(body, dict) or set(body) != REQ_KEYS or body["type"] != "nrm/enrol-request" or body["v"] != 1:
        raise MalformedData("enrolment request fields")
    if not isinstance(body["code_id"], str) or not isinstance(body["post_code"], str):
        raise MalformedData("code_id and post_code must be strings")
    b64d(body["nonce"], size=16)
    parse_time(body["created_at"])
    return EnrolRequest(body, b64d(doc["proof"], size=64), b64d(doc["mac"], size=32),
                        b64d(body["signing_key"], size=32), b64d(body["box_key"], size=32))


def verify_enrol_request(request: EnrolRequest, *, key: bytes) -> None:
    """The office side, step 2: HMAC under the code's key, then the proof of possession."""
    expected = _mac(key, "nrm/enrol-request/v1", canonical(request.body), request.proof)
    if not hmac.compare_digest(expected, request.mac):
        raise EnrolmentMacInvalid("enrolment request MAC does not verify")
    try:
        ed25519_public(request.signing_public).verify(request.proof, tagged("nrm/enrol-proof/v1", canonical(request.body)))
    except InvalidSignature:
        raise EnrolmentProofInvalid("request is not signed by the key it offers") from None


def build_enrol_response(request: EnrolRequest, *, key: bytes, device_id: str, root: bytes) -> bytes:
    """The office side, step 3: device id and root.json, bound to the request and MACed."""
    body = {
        "type": "nrm/enrol-response", "v": 1, "code_id": request.code_id, "device_id": device_id,
        "request_sha256": sha256(canonical(request.body)).hex(), "root": parse_json(root),
    }
    mac = _mac(key, "nrm/enrol-response/v1", canonical(body))
    return canonical({"response": body, "mac": b64e(mac)})


@dataclass(frozen=True)
class Enrolment:
    """What the post pins after a verified response."""

    device_id: str
    root: Root


def verify_enrol_response(data: bytes, *, code: str, request: bytes) -> Enrolment:
    """The post side: MAC under the code, bound to the exact request it sent; returns device id and root."""
    doc = parse_json(data)
    if not isinstance(doc, dict) or set(doc) != {"response", "mac"} or not isinstance(doc["response"], dict):
        raise MalformedData("not an enrolment response")
    body = doc["response"]
    expected = _mac(mac_key(code), "nrm/enrol-response/v1", canonical(body))
    if not hmac.compare_digest(expected, b64d(doc["mac"], size=32)):
        raise EnrolmentMacInvalid("enrolment response MAC does not verify")
    sent = parse_json(request)["request"]
    if body.get("request_sha256") != sha256(canonical(sent)).hex() or body.get("code_id") != sent["code_id"]:
        raise EnrolmentMacInvalid("enrolment response answers another request")
    if not isinstance(body.get("device_id"), str):
        raise MalformedData("device_id")
    return Enrolment(body["device_id"], parse_root(body["root"]))
