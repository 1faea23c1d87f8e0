"""Same-person matching data a bundle may carry: keyed tags of document numbers, and the office's name index.

A person who did not consent to share identity with the office is still a person the office should not count
twice. The post therefore sends, for every document number it holds, an HMAC-SHA256 tag under the *document
matching key*: the office can see that two posts hold the same number, never the number itself (a document
number has too little entropy for a plain hash: anyone could hash every CNIC). The office derives the key from
its bundle decryption key (HKDF-SHA256), so it lives where that key lives, encrypted under the office
passphrase, and gives it to each post inside the post's sealed feed file; the post keeps it in its encrypted
store. A second key, which never leaves the office, tags the name keys of consented cases for the office's
index, so its database holds no name in the clear. docs/threat-model.md lists both keys.

Bundle payload field, inside "referral" (additive and optional: the payload's top level is fixed, while an
office reads the referral's keys by name, so an older office ignores this one):

    "referral": {..., "match": {"v": 1,
              "documents": {"key_id": <16 hex>, "tags": [<64 hex>, ...]},    # any case, when the post has the key
              "names": [...], "name_parts": [...], "fathers": [...],           # only with consent to identity
              "born": [year], "born_2": [years ±2], "born_5": [years ±5]}}     # likewise, when an age is known
"""

from __future__ import annotations

import hmac
import re
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from protocol.canonical import tagged_hash
from protocol.errors import MalformedData

VERSION = 1
DOCUMENT_INFO = b"nrm/document-match-key/v1"
NAME_INFO = b"nrm/office-name-index-key/v1"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_KEY_ID = re.compile(r"^[0-9a-f]{16}$")
MAX_TAGS = 50
MAX_KEY_TEXT = 200


def normalise_document(number: str) -> str:
    """A document number without spaces, dashes or case, in ASCII digits (35202-1234567-1 → 3520212345671)."""
    return "".join(c for c in number.translate(_DIGITS).upper() if c.isalnum())


def derive_key(office_secret: bytes, *, info: bytes) -> bytes:
    """A 32-byte key from the office's bundle private key (HKDF-SHA256, no salt, a distinct info per use)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(office_secret)


def key_id(key: bytes) -> str:
    """A short public name of a key, so tags made under different keys are never compared."""
    return tagged_hash("nrm/document-match-key-id/v1", key)[:8].hex()


def _mac(key: bytes, domain: bytes, value: str) -> str:
    mac = HMAC(key, hashes.SHA256())
    mac.update(domain + b"\x00" + value.encode("utf-8"))
    return mac.finalize().hex()


def document_tag(key: bytes, number: str) -> str | None:
    """The keyed tag of one document number (None for a number with no letters or digits)."""
    value = normalise_document(number)
    return _mac(key, b"nrm/document-tag/v1", value) if value else None


def name_tag(key: bytes, kind: str, value: str) -> str:
    """The office's keyed tag of one key: kind "name" (names and shorter names), "father" or "born" (years)."""
    return _mac(key, b"nrm/name-tag/v1/" + kind.encode("ascii"), value)


def same_tag(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)


def parse_match(value: Any) -> dict[str, Any]:
    """The match field of a decrypted bundle, checked; an absent or unknown-version field is empty."""
    if not isinstance(value, dict) or value.get("v") != VERSION:
        return {}
    out: dict[str, Any] = {}
    docs = value.get("documents")
    if isinstance(docs, dict):
        tags = docs.get("tags")
        if not isinstance(docs.get("key_id"), str) or not _KEY_ID.match(docs["key_id"]) or not isinstance(tags, list):
            raise MalformedData("the match field's document tags are malformed")
        if not all(isinstance(t, str) and _HEX64.match(t) for t in tags) or len(tags) > MAX_TAGS:
            raise MalformedData("a document tag is not 64 hex digits")
        out["documents"] = {"key_id": docs["key_id"], "tags": sorted(set(tags))}
    for name in ("names", "name_parts", "fathers", "born", "born_2", "born_5"):
        keys = value.get(name, [])
        if not isinstance(keys, list) or len(keys) > MAX_TAGS:
            raise MalformedData(f"the match field's {name} is not a short list")
        if not all(isinstance(k, str) and 0 < len(k) <= MAX_KEY_TEXT for k in keys):
            raise MalformedData(f"the match field's {name} holds something other than short text")
        if keys:
            out[name] = sorted(set(keys))
    return out
