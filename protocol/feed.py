"""The updates feed: a signed, versioned, expiring list of files by hash, with rollback and expiry checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from protocol.canonical import canonical, format_time, hex32, parse_time, sha256, tagged_hash
from protocol.errors import (
    FeedEquivocation,
    FeedExpired,
    FeedRollback,
    FeedSignatureInvalid,
    FeedValidityTooLong,
    FileHashMismatch,
    MalformedData,
    UnsupportedVersion,
)
from protocol.keys import Root
from protocol.signing import parse_doc, sign_doc, verify_doc

DOMAIN = "nrm/feed/v2"
FORMAT = 2  # v2: per-device files named by a hash only their device (and the office) can compute
KEYS = frozenset({"type", "v", "version", "issued_at", "expires_at", "files"})
# The longest a feed may stay valid: a leaked or coerced feed signature cannot freeze a post for ever.
MAX_VALIDITY = timedelta(days=30)
NAME_RE = re.compile(r"^(directory\.json|revocations\.json|devices/[0-9a-f]{64}\.nrms)$")


def device_tag(device_id: str, box_public: bytes) -> str:
    """What the feed calls a device: SHA-256 over its id and box public key (the ids are never listed)."""
    return tagged_hash("nrm/feed-device/v2", device_id.encode("utf-8"), box_public).hex()


def device_file_name(device_id: str, box_public: bytes) -> str:
    """The feed's name of a device's sealed file."""
    return f"devices/{device_tag(device_id, box_public)}.nrms"


@dataclass(frozen=True)
class FeedFile:
    """One listed file: name, SHA-256 (hex) and size."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Feed:
    """A verified feed document."""

    version: int
    issued_at: datetime
    expires_at: datetime
    files: tuple[FeedFile, ...]
    digest: str
    raw: bytes

    def file(self, name: str) -> FeedFile | None:
        """The listed file of that name, if any."""
        return next((f for f in self.files if f.name == name), None)


@dataclass(frozen=True)
class FeedState:
    """What a post remembers between feeds: last version, its digest, and the trusted-time floor."""

    version: int = 0
    digest: str | None = None
    trusted_time: datetime | None = None
    policy_version: int = 0  # the retention policy in force (protocol/retention.py): never goes back either
    policy_digest: str | None = None

    def observe(self, moment: datetime) -> FeedState:
        """Raise the trusted-time floor with an office-signed time (feed issued_at, receipt received_at)."""
        if self.trusted_time is None or moment > self.trusted_time:
            return replace(self, trusted_time=moment)
        return self


def build_feed(
    *, version: int, issued_at: datetime, expires_at: datetime, files: list[tuple[str, bytes]],
    signing_key: Ed25519PrivateKey,
) -> bytes:
    """The office side: sign a feed listing (name, bytes) files by SHA-256 (valid at most MAX_VALIDITY)."""
    if not issued_at < expires_at <= issued_at + MAX_VALIDITY:
        raise FeedValidityTooLong(f"a feed is valid for more than nothing and at most {MAX_VALIDITY.days} days")
    listed = [{"name": n, "sha256": sha256(b).hex(), "size": len(b)} for n, b in sorted(files)]
    for entry in listed:
        if not NAME_RE.match(str(entry["name"])):
            raise MalformedData(f"bad feed file name {entry['name']!r}")
    body: dict[str, Any] = {
        "type": "nrm/feed", "v": FORMAT, "version": version, "issued_at": format_time(issued_at),
        "expires_at": format_time(expires_at), "files": listed,
    }
    return sign_doc("feed", body, domain=DOMAIN, signing_key=signing_key)


def verify_feed(data: bytes, *, root: Root, state: FeedState, now: datetime) -> tuple[Feed, FeedState]:
    """The post side: signer, signature, rollback, equivocation, expiry; returns the feed and new state."""
    doc = parse_doc("feed", data)
    if doc.body.get("v") != FORMAT:  # refuse an old format by name (it is signed under another domain)
        raise UnsupportedVersion(f"feed format {doc.body.get('v')!r} is not accepted (this post reads format {FORMAT})")
    signer = root.trusted(doc.key_id, role="feed")
    verify_doc(doc, domain=DOMAIN, public=signer.public, error=FeedSignatureInvalid)
    feed = _fields(doc.body, data)
    if not feed.issued_at < feed.expires_at <= feed.issued_at + MAX_VALIDITY:
        raise FeedValidityTooLong(f"the feed claims validity beyond {MAX_VALIDITY.days} days")
    if feed.version < state.version:
        raise FeedRollback(f"feed version {feed.version} is older than {state.version}")
    if feed.version == state.version and feed.digest != state.digest:
        raise FeedEquivocation(f"feed version {feed.version} with different content")
    floor = max(now, state.trusted_time) if state.trusted_time else now
    if feed.expires_at <= floor:
        raise FeedExpired("feed expired (judged against the trusted-time floor)")
    new_state = replace(state, version=feed.version, digest=feed.digest).observe(feed.issued_at)
    return feed, new_state


def verify_file(feed: Feed, name: str, data: bytes) -> bytes:
    """Check a fetched file against the hash the signed feed lists for it."""
    listed = feed.file(name)
    if listed is None or listed.sha256 != sha256(data).hex() or listed.size != len(data):
        raise FileHashMismatch(f"{name} does not match the signed feed")
    return data


def _fields(body: dict[str, Any], raw: bytes) -> Feed:
    """Type-check the signed body (a format-1 feed, which listed device ids, is refused by name)."""
    if body.get("type") == "nrm/feed" and body.get("v") != FORMAT:
        raise UnsupportedVersion(f"feed format {body.get('v')!r} is not accepted (this post reads format {FORMAT})")
    if set(body) != KEYS or body["type"] != "nrm/feed" or body["v"] != FORMAT:
        raise MalformedData("feed fields")
    version = body["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MalformedData("feed version must be an integer >= 1")
    if not isinstance(body["files"], list):
        raise MalformedData("feed files must be a list")
    files = tuple(_file(f) for f in body["files"])
    digest = sha256(canonical(body)).hex()
    return Feed(version, parse_time(body["issued_at"]), parse_time(body["expires_at"]), files, digest, raw)


def _file(entry: Any) -> FeedFile:
    """Parse one listed file."""
    if not isinstance(entry, dict) or set(entry) != {"name", "sha256", "size"}:
        raise MalformedData("feed file entry")
    if not isinstance(entry["name"], str) or not NAME_RE.match(entry["name"]):
        raise MalformedData("feed file name")
    hex32(entry["sha256"])
    if not isinstance(entry["size"], int) or entry["size"] < 0:
        raise MalformedData("feed file size")
    return FeedFile(entry["name"], entry["sha256"], entry["size"])
