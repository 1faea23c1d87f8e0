"""Signed JSON documents: {"<kind>": body, "key_id": ..., "sig": base64 Ed25519 over the tagged body}."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from protocol.canonical import b64d, b64e, canonical, parse_json, tagged
from protocol.errors import MalformedData, ProtocolError
from protocol.keys import ed25519_public, key_id


@dataclass(frozen=True)
class SignedDoc:
    """A parsed signed document before its signature is checked."""

    body: dict[str, Any]
    key_id: str
    signature: bytes


def sign_doc(kind: str, body: dict[str, Any], *, domain: str, signing_key: Ed25519PrivateKey,
             signing_key_id: str | None = None) -> bytes:
    """Canonical {kind: body, "key_id": kid, "sig": b64(Ed25519(lp(domain) ‖ lp(canonical(body))))}.

    The document's bytes are put together from the body's canonical bytes (encoded once) in sorted key order,
    which is exactly the canonical encoding of the whole; `signing_key_id` when the caller keeps the key's id."""
    encoded = canonical(body)
    sig = signing_key.sign(tagged(domain, encoded))
    parts = {kind: encoded, "key_id": canonical(signing_key_id or key_id(signing_key)), "sig": canonical(b64e(sig))}
    return b"{" + b",".join(canonical(k) + b":" + parts[k] for k in sorted(parts)) + b"}"


def parse_doc(kind: str, data: bytes) -> SignedDoc:
    """Split a signed document into body, key id and signature (no verification)."""
    doc = parse_json(data)
    if not isinstance(doc, dict) or set(doc) != {kind, "key_id", "sig"} or not isinstance(doc[kind], dict):
        raise MalformedData(f"not a signed {kind} document")
    if not isinstance(doc["key_id"], str):
        raise MalformedData("key_id must be a string")
    return SignedDoc(doc[kind], doc["key_id"], b64d(doc["sig"], size=64))


def verify_doc(doc: SignedDoc, *, domain: str, public: bytes, error: type[ProtocolError]) -> None:
    """Verify the signature with a raw Ed25519 public key, raising `error`."""
    if doc.key_id != key_id(public):
        raise error("signed by a key other than the pinned one")
    try:
        ed25519_public(public).verify(doc.signature, tagged(domain, canonical(doc.body)))
    except InvalidSignature:
        raise error("signature does not verify") from None
