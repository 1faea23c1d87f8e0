"""Thin, named wrappers over `cryptography`: Argon2id, AES-256-GCM key wrapping, HPKE sealing, X25519 keys."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# DESIGN.md §3: at least m = 64 MiB, t = 3. These are the parameters new and upgraded slots get.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4

HPKE_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_NONCE = 12


class UnwrapFailed(Exception):
    """A wrapped or sealed secret did not authenticate (wrong key, or the bytes were changed)."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_LANES, os.urandom(16))

    def is_weaker_than_policy(self) -> bool:
        return self.memory_kib < DEFAULT_MEMORY_KIB or self.iterations < DEFAULT_ITERATIONS


def derive_password_key(password: str, params: KdfParams) -> bytes:
    """A 32-byte key from a password with Argon2id under the slot's stored parameters."""
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


def wrap(key: bytes, plaintext: bytes, *, aad: bytes) -> bytes:
    """AES-256-GCM: nonce ‖ ciphertext ‖ tag."""
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unwrap(key: bytes, blob: bytes, *, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], aad)
    except (InvalidTag, ValueError) as exc:
        raise UnwrapFailed("wrapped key did not authenticate") from exc


def seal(public_key: X25519PublicKey, plaintext: bytes, *, info: bytes) -> bytes:
    """HPKE base mode (RFC 9180) to `public_key`; `info` binds the context."""
    return HPKE_SUITE.encrypt(plaintext, public_key, info=info)


def open_sealed(private_key: X25519PrivateKey, blob: bytes, *, info: bytes) -> bytes:
    try:
        return HPKE_SUITE.decrypt(blob, private_key, info=info)
    except Exception as exc:  # noqa: BLE001 — any failure to open is "did not authenticate"
        raise UnwrapFailed("sealed secret did not open") from exc


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
