"""The HPKE suites the protocol names by a 16-bit id, and single-shot seal/open through `cryptography`."""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from protocol.errors import DecryptionFailed, UnsupportedSuite

SUITE_X25519_CHACHA20 = 0x0001  # DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305
SUITE_X25519_AES256GCM = 0x0002  # DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM
# 0x0003 is reserved for MLKEM768_X25519 + HKDF-SHA256 + ChaCha20-Poly1305 (not accepted yet).

_SUITES = {
    SUITE_X25519_CHACHA20: hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305),
    SUITE_X25519_AES256GCM: hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM),
}
ENC_LEN = 32  # X25519 encapsulated key
TAG_LEN = 16  # both AEADs


def check_suite(suite_id: int) -> hpke.Suite:
    """The suite for an id, or UnsupportedSuite."""
    try:
        return _SUITES[suite_id]
    except KeyError:
        raise UnsupportedSuite(f"HPKE suite 0x{suite_id:04x} is not supported") from None


def seal(suite_id: int, plaintext: bytes, *, public_key: X25519PublicKey, info: bytes) -> bytes:
    """HPKE base-mode single-shot seal: returns enc ‖ ciphertext ‖ tag."""
    return check_suite(suite_id).encrypt(plaintext, public_key, info=info)


def open_(suite_id: int, sealed: bytes, *, private_key: X25519PrivateKey, info: bytes) -> bytes:
    """HPKE base-mode single-shot open, raising DecryptionFailed."""
    try:
        return check_suite(suite_id).decrypt(sealed, private_key, info=info)
    except (InvalidTag, ValueError):
        raise DecryptionFailed("the ciphertext does not open with this key and header") from None
