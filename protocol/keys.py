"""Key ids, raw key encoding, and root.json (the office keys and their roles, pinned at enrolment)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from protocol.canonical import b64d, b64e, canonical, parse_json, tagged_hash
from protocol.errors import MalformedData, RevokedSigner, UnknownSigner

KEY_ID_DOMAIN = "nrm/key-id/v1"
ROLES = ("bundle", "receipt", "feed", "recovery")
ALG_OF_ROLE = {"bundle": "x25519", "receipt": "ed25519", "feed": "ed25519", "recovery": "x25519"}

PublicKey = Ed25519PublicKey | X25519PublicKey

# An office address letters can print: http(s), host, optional port and path; no spaces, quotes or query.
PUBLIC_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$")


def raw_public(key: PublicKey | Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """The 32 raw bytes of a public key (or of the public half of a private key)."""
    if isinstance(key, (Ed25519PrivateKey, X25519PrivateKey)):
        key = key.public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """The 32 raw bytes of a private key."""
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def key_id_bytes(key: PublicKey | Ed25519PrivateKey | X25519PrivateKey | bytes) -> bytes:
    """Key id: the first 16 bytes of SHA-256(lp("nrm/key-id/v1") ‖ lp(raw public key))."""
    raw = key if isinstance(key, bytes) else raw_public(key)
    return tagged_hash(KEY_ID_DOMAIN, raw)[:16]


def key_id(key: PublicKey | Ed25519PrivateKey | X25519PrivateKey | bytes) -> str:
    """The key id as 32 lowercase hex digits."""
    return key_id_bytes(key).hex()


def ed25519_public(raw: bytes) -> Ed25519PublicKey:
    """Load a raw Ed25519 public key."""
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise MalformedData("bad Ed25519 public key") from None


def x25519_public(raw: bytes) -> X25519PublicKey:
    """Load a raw X25519 public key."""
    try:
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise MalformedData("bad X25519 public key") from None


@dataclass(frozen=True)
class RootKey:
    """One office key listed in root.json."""

    key_id: str
    role: str
    alg: str
    public: bytes


@dataclass(frozen=True)
class Root:
    """The parsed trust anchor: office keys by role, and key ids that must no longer be trusted."""

    office_name: str
    version: int
    keys: tuple[RootKey, ...]
    revoked: frozenset[str]
    raw: bytes
    public_url: str | None = None  # the office's public address (letters print its /verify page)

    def key_for(self, role: str) -> RootKey:
        """The current (first listed, unrevoked) key of a role."""
        for key in self.keys:
            if key.role == role and key.key_id not in self.revoked:
                return key
        raise UnknownSigner(f"root.json has no usable {role} key")

    def trusted(self, kid: str, *, role: str) -> RootKey:
        """The key with this id, if root.json lists it for this role and has not revoked it."""
        if kid in self.revoked:
            raise RevokedSigner(f"key {kid} is revoked")
        for key in self.keys:
            if key.key_id == kid and key.role == role:
                return key
        raise UnknownSigner(f"key {kid} is not a {role} key of root.json")


def build_root(*, office_name: str, version: int, keys: dict[str, bytes], revoked: tuple[str, ...] = (),
               public_url: str | None = None) -> bytes:
    """Encode root.json (canonical JSON) from role -> raw public key."""
    entries = [
        {"key_id": key_id(raw), "role": role, "alg": ALG_OF_ROLE[role], "public_key": b64e(raw)}
        for role, raw in sorted(keys.items(), key=lambda kv: ROLES.index(kv[0]))
    ]
    doc = {
        "type": "nrm/root",
        "v": 1,
        "office_name": office_name,
        "version": version,
        "keys": entries,
        "revoked": sorted(revoked),
    }
    if public_url:
        doc["public_url"] = public_url
    return canonical(doc)


def parse_root(data: bytes | dict[str, Any]) -> Root:
    """Parse root.json, checking that every key id matches its key."""
    doc = parse_json(data) if isinstance(data, bytes) else data
    if not isinstance(doc, dict) or doc.get("type") != "nrm/root" or doc.get("v") != 1:
        raise MalformedData("not a root.json v1")
    keys = tuple(_root_key(entry) for entry in _list(doc.get("keys")))
    revoked = frozenset(str(k) for k in _list(doc.get("revoked")))
    if not isinstance(doc.get("office_name"), str) or not isinstance(doc.get("version"), int):
        raise MalformedData("root.json needs office_name and version")
    url = doc.get("public_url")
    if url is not None and not (isinstance(url, str) and PUBLIC_URL.match(url)):
        raise MalformedData("root.json public_url must be an http(s) address")
    return Root(doc["office_name"], doc["version"], keys, revoked, canonical(doc), url)


def _list(value: Any) -> list[Any]:
    """Insist on a JSON array."""
    if not isinstance(value, list):
        raise MalformedData("expected a list")
    return value


def _root_key(entry: Any) -> RootKey:
    """Parse one root.json key entry."""
    if not isinstance(entry, dict) or entry.get("role") not in ROLES:
        raise MalformedData("bad root.json key entry")
    raw = b64d(entry.get("public_key"), size=32)
    if entry.get("key_id") != key_id(raw) or entry.get("alg") != ALG_OF_ROLE[entry["role"]]:
        raise MalformedData("root.json key id or alg does not match the key")
    return RootKey(entry["key_id"], entry["role"], entry["alg"], raw)
