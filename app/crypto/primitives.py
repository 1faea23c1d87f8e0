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
# What a stored slot may ask for: weaker slots of older versions are still opened (then upgraded); a damaged
# file asking for more than this is refused before anything is allocated.
MIN_STORED_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64

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

    @staticmethod
    def acceptable(memory_kib: object, iterations: object, lanes: object) -> bool:
        """Stored parameters within what this version will run (a damaged file must not ask for 1 TiB)."""
        values = (memory_kib, iterations, lanes)
        if any(isinstance(v, bool) or not isinstance(v, int) for v in values):
            return False
        return (MIN_STORED_MEMORY_KIB <= memory_kib <= MAX_MEMORY_KIB  # type: ignore[operator]
                and 1 <= iterations <= MAX_ITERATIONS and 1 <= lanes <= MAX_LANES)  # type: ignore[operator]


def derive_password_key(password: str, params: KdfParams) -> bytes:
    """A 32-byte key from a password with Argon2id under the slot's stored parameters.

    The derivation runs in a short-lived child process (app.crypto.kdf_child), so its memory never adds to the
    desktop process's peak; the password travels over a pipe, never in argv or the environment.
    """
    from app.crypto import kdf_child

    return kdf_child.derive(password.encode("utf-8"), params)


def argon2id(secret: bytes, params: KdfParams) -> bytes:
    """Argon2id in this process (the child's side of derive_password_key)."""
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


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
