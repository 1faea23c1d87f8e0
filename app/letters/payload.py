"""The signed QR payload of a letter: the format lives in protocol/letter.py (the office reads it too)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from protocol.letter import ID_PATTERN, MAGIC, LetterPayload, PayloadInvalid, check_id

__all__ = ["ID_PATTERN", "MAGIC", "LetterPayload", "PayloadInvalid", "check_id", "sign_payload"]


def sign_payload(
    letter_id: str, referral_id: str, *, digest: bytes, key_id: str, signing_key: Ed25519PrivateKey
) -> LetterPayload:
    """Build and sign the payload for one letter document digest."""
    for value, what in ((letter_id, "letter id"), (referral_id, "referral id"), (key_id, "key id")):
        check_id(value, what)
    unsigned = LetterPayload(letter_id, referral_id, digest, key_id, b"")
    return LetterPayload(letter_id, referral_id, digest, key_id, signing_key.sign(unsigned.message()))
