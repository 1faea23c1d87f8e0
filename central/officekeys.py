"""Office keys: generated at init, kept in a file encrypted under a passphrase (Argon2id + AES-256-GCM)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from central.errors import KeyFileError, NotInitialised
from protocol.canonical import b64d, b64e, canonical
from protocol.errors import MalformedData
from protocol.keys import build_root, raw_private, raw_public

KEY_FILE = "office-keys.enc"
ROOT_FILE = "root.json"
AAD = b"nrm/office-keys/v1"
KDF_PARAMS = {"memory_cost": 65536, "iterations": 3, "lanes": 4}


@dataclass(frozen=True)
class OfficeKeys:
    """The four office private keys by role."""

    bundle: X25519PrivateKey
    receipt: Ed25519PrivateKey
    feed: Ed25519PrivateKey
    recovery: X25519PrivateKey

    @classmethod
    def generate(cls) -> OfficeKeys:
        """Fresh keys for a new office."""
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate(),
                   Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def publics(self) -> dict[str, bytes]:
        """Role -> raw public key, as root.json lists them."""
        return {"bundle": raw_public(self.bundle), "receipt": raw_public(self.receipt),
                "feed": raw_public(self.feed), "recovery": raw_public(self.recovery)}

    def root(self, *, office_name: str, version: int = 1, public_url: str | None = None) -> bytes:
        """root.json for these keys (with the office's public address when it has one)."""
        return build_root(office_name=office_name, version=version, keys=self.publics(), public_url=public_url)


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    """Argon2id(passphrase, salt) -> 32-byte wrapping key."""
    kdf = Argon2id(salt=salt, length=32, iterations=params["iterations"], lanes=params["lanes"],
                   memory_cost=params["memory_cost"])
    return kdf.derive(passphrase.encode("utf-8"))


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Temp file with restrictive permissions first, fsync, then replace."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def save_keys(keys: OfficeKeys, data_dir: Path, *, passphrase: str, office_name: str,
              public_url: str | None = None) -> None:
    """Encrypt the private keys into office-keys.enc and write root.json beside it."""
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = canonical({role: b64e(raw_private(getattr(keys, role))) for role in keys.publics()})
    blob = AESGCM(_derive(passphrase, salt, KDF_PARAMS)).encrypt(nonce, secret, AAD)
    doc = {"type": "nrm/office-keys", "v": 1, "kdf": {"alg": "argon2id", "salt": b64e(salt), **KDF_PARAMS},
           "nonce": b64e(nonce), "ciphertext": b64e(blob)}
    write_atomic(data_dir / KEY_FILE, canonical(doc))
    write_atomic(data_dir / ROOT_FILE, keys.root(office_name=office_name, public_url=public_url), mode=0o644)


def load_keys(data_dir: Path, *, passphrase: str) -> OfficeKeys:
    """Decrypt office-keys.enc; a wrong passphrase or a damaged file raises KeyFileError."""
    path = data_dir / KEY_FILE
    if not path.exists():
        raise NotInitialised(f"no office keys in {data_dir} (run nrm-central init)")
    try:
        doc = json.loads(path.read_bytes())
        kdf = doc["kdf"]
        params = {"memory_cost": kdf["memory_cost"], "iterations": kdf["iterations"], "lanes": kdf["lanes"]}
        key = _derive(passphrase, b64d(kdf["salt"]), params)
        secret = json.loads(AESGCM(key).decrypt(b64d(doc["nonce"]), b64d(doc["ciphertext"]), AAD))
        return OfficeKeys(
            X25519PrivateKey.from_private_bytes(b64d(secret["bundle"], size=32)),
            Ed25519PrivateKey.from_private_bytes(b64d(secret["receipt"], size=32)),
            Ed25519PrivateKey.from_private_bytes(b64d(secret["feed"], size=32)),
            X25519PrivateKey.from_private_bytes(b64d(secret["recovery"], size=32)),
        )
    except InvalidTag:
        raise KeyFileError("wrong passphrase or damaged office key file") from None
    except (ValueError, KeyError, TypeError, MalformedData) as exc:
        raise KeyFileError(f"damaged office key file ({exc.__class__.__name__})") from None


def load_root(data_dir: Path) -> bytes:
    """The public root.json bytes written at init."""
    path = data_dir / ROOT_FILE
    if not path.exists():
        raise NotInitialised(f"no root.json in {data_dir} (run nrm-central init)")
    return path.read_bytes()
