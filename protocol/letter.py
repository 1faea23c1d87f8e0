"""Referral letter payloads (NRML1): parse, check the device signature and the digest of the signed content.

Shared by the post (`app.letters.verify`) and the office (`central.letter_verify`); it reads no PDF and
draws nothing: the caller hands it the payload string and the letter document (canonical JSON) that a
letter carries in its PDF metadata.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MAGIC = "NRML1"
PAYLOAD_DOMAIN = b"nrm-letter/v1\n"
CONTENT_DOMAIN = b"nrm-letter-content/v1\x00"
ID_PATTERN = re.compile(r"^[A-Za-z0-9_:-]{1,64}$")


class PayloadInvalid(ValueError):
    """Text that is not a well-formed letter payload."""


class UnknownKey(LookupError):
    """A key resolver raises this (or returns None) for a key id it has never seen."""


class RevokedKey(LookupError):
    """A key resolver raises this for a key that was revoked."""


class Reason(enum.StrEnum):
    """Why a letter is not valid."""

    NOT_A_LETTER = "not a letter"
    UNKNOWN_KEY = "unknown key"
    REVOKED_KEY = "revoked key"
    BAD_SIGNATURE = "bad signature"
    CONTENT_CHANGED = "content changed"
    UNSUPPORTED_LAYOUT = "unsupported layout"


class LetterRefused(Exception):
    """A letter check failed: the reason and one sentence of detail."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


KeyResolver = Callable[[str], Ed25519PublicKey | None]


def b64(data: bytes) -> str:
    """Unpadded base64url."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str, *, size: int) -> bytes:
    """Decode unpadded base64url of an exact byte length."""
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise PayloadInvalid("payload field is not base64url") from exc
    if len(data) != size:
        raise PayloadInvalid("payload field has the wrong length")
    return data


def check_id(value: str, what: str) -> str:
    """Letter, referral and key ids: 1-64 of A-Z a-z 0-9 _ : - (so the payload stays one token)."""
    if not ID_PATTERN.match(value):
        raise PayloadInvalid(f"{what} must be 1-64 characters of A-Z, a-z, 0-9, '_', ':' or '-'")
    return value


@dataclass(frozen=True)
class LetterPayload:
    """Letter id, referral id, SHA-256 of the letter document, signing key id and Ed25519 signature."""

    letter_id: str
    referral_id: str
    digest: bytes
    key_id: str
    signature: bytes

    def message(self) -> bytes:
        """The bytes the device key signs: domain tag and every field but the signature."""
        fields = (self.letter_id, self.referral_id, b64(self.digest), self.key_id)
        return PAYLOAD_DOMAIN + "\n".join(fields).encode("ascii")

    def encode(self) -> str:
        """NRML1.<letter>.<referral>.<sha256>.<key>.<signature>, base64url where binary."""
        parts = (MAGIC, self.letter_id, self.referral_id, b64(self.digest), self.key_id, b64(self.signature))
        return ".".join(parts)

    @classmethod
    def decode(cls, text: str) -> LetterPayload:
        """Parse an encoded payload; raises PayloadInvalid."""
        parts = text.strip().split(".")
        if len(parts) != 6 or parts[0] != MAGIC:
            raise PayloadInvalid("not an NRM Desk letter payload")
        _, letter_id, referral_id, digest, key_id, signature = parts
        for value, what in ((letter_id, "letter id"), (referral_id, "referral id"), (key_id, "key id")):
            check_id(value, what)
        return cls(letter_id, referral_id, unb64(digest, size=32), key_id, unb64(signature, size=64))

    def verifies_with(self, public_key: Ed25519PublicKey) -> bool:
        """Whether the signature is the given key's over this payload."""
        try:
            public_key.verify(self.signature, self.message())
        except InvalidSignature:
            return False
        return True


def canonical_json(value: Any) -> bytes:
    """Canonical JSON as letters hash it: sorted keys, no insignificant whitespace, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def document_digest(document: Mapping[str, Any]) -> bytes:
    """SHA-256 of a letter document's canonical JSON, domain-separated."""
    return hashlib.sha256(CONTENT_DOMAIN + canonical_json(document)).digest()


def read_letter(payload_text: str, document_text: str) -> tuple[LetterPayload, dict[str, Any]]:
    """The payload and the letter document from their metadata strings; else not a letter."""
    try:
        payload = LetterPayload.decode(payload_text)
        document = json.loads(document_text)
    except (PayloadInvalid, json.JSONDecodeError, RecursionError) as exc:
        raise LetterRefused(Reason.NOT_A_LETTER, str(exc)) from exc
    if not isinstance(document, dict):
        raise LetterRefused(Reason.NOT_A_LETTER, "the letter document is not an object")
    return payload, document


def check_key(payload: LetterPayload, resolve_key: KeyResolver) -> None:
    """The signing key is known, not revoked, and signed this payload."""
    try:
        key = resolve_key(payload.key_id)
    except RevokedKey as exc:
        raise LetterRefused(Reason.REVOKED_KEY, f"key {payload.key_id} was revoked") from exc
    except UnknownKey as exc:
        raise LetterRefused(Reason.UNKNOWN_KEY, f"key {payload.key_id} is not known") from exc
    if key is None:
        raise LetterRefused(Reason.UNKNOWN_KEY, f"key {payload.key_id} is not known")
    if not payload.verifies_with(key):
        raise LetterRefused(Reason.BAD_SIGNATURE, "the signature does not match the payload")


def check_digest(payload: LetterPayload, document: Mapping[str, Any]) -> None:
    """The embedded document hashes to the signed digest."""
    if document_digest(document) != payload.digest:
        raise LetterRefused(Reason.CONTENT_CHANGED, "the letter's content fields do not match the signed hash")


def check_names(payload: LetterPayload, document: Mapping[str, Any]) -> None:
    """The signed content names the same letter and referral as the payload."""
    content = document.get("content")
    ids = (content.get("letter_id"), content.get("referral_id")) if isinstance(content, dict) else None
    if ids != (payload.letter_id, payload.referral_id):
        raise LetterRefused(Reason.CONTENT_CHANGED, "the payload and the content name different letters")


def check_letter(payload_text: str, document_text: str, *, resolve_key: KeyResolver) -> tuple[LetterPayload, dict[str, Any]]:
    """Every check that needs no drawing: payload, key, signature, digest, names; raises LetterRefused."""
    payload, document = read_letter(payload_text, document_text)
    check_key(payload, resolve_key)
    check_digest(payload, document)
    check_names(payload, document)
    return payload, document
