"""The compact signed payload a letter carries in its QR code and its PDF metadata."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MAGIC = "NRML1"
_DOMAIN = b"nrm-letter/v1\n"
ID_PATTERN = re.compile(r"^[A-Za-z0-9_:-]{1,64}$")


class PayloadInvalid(ValueError):
    """Text that is not a well-formed letter payload."""


def _b64(data: bytes) -> str:
    """Unpadded base64url."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str, *, size: int) -> bytes:
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
        fields = (self.letter_id, self.referral_id, _b64(self.digest), self.key_id)
        return _DOMAIN + "\n".join(fields).encode("ascii")

    def encode(self) -> str:
        """NRML1.<letter>.<referral>.<sha256>.<key>.<signature>, base64url where binary."""
        parts = (MAGIC, self.letter_id, self.referral_id, _b64(self.digest), self.key_id, _b64(self.signature))
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
        return cls(letter_id, referral_id, _unb64(digest, size=32), key_id, _unb64(signature, size=64))

    def verifies_with(self, public_key: Ed25519PublicKey) -> bool:
        """Whether the signature is the given key's over this payload."""
        try:
            public_key.verify(self.signature, self.message())
        except InvalidSignature:
            return False
        return True


def sign_payload(
    letter_id: str, referral_id: str, *, digest: bytes, key_id: str, signing_key: Ed25519PrivateKey
) -> LetterPayload:
    """Build and sign the payload for one letter document digest."""
    for value, what in ((letter_id, "letter id"), (referral_id, "referral id"), (key_id, "key id")):
        check_id(value, what)
    unsigned = LetterPayload(letter_id, referral_id, digest, key_id, b"")
    return LetterPayload(letter_id, referral_id, digest, key_id, signing_key.sign(unsigned.message()))
