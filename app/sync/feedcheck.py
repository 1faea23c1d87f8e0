"""Verify an updates feed and the files it lists, for one device, before anything is applied."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from app.sync.port import FeedUpdate, Identity, SamePersonReport, StatusReport
from protocol.canonical import b64d, parse_json
from protocol.doctag import key_id
from protocol.errors import MalformedData
from protocol.feed import Feed, FeedState, device_file_name, device_tag, verify_feed, verify_file
from protocol.keys import raw_public
from protocol.retention import Policy, is_newer, parse
from protocol.sealed import open_sealed_file
from protocol.withdrawal import parse_reports

Fetch = Callable[[str], bytes]
MAX_STATUSES = 100_000


def check_feed(data: bytes, *, identity: Identity, state: FeedState, now: datetime, fetch: Fetch) -> FeedUpdate:
    """Signature, version (no rollback, no equivocation), expiry against the floor, then every file's hash."""
    feed, _ = verify_feed(data, root=identity.root, state=state, now=now)
    if feed.version == state.version and feed.digest == state.digest:
        return FeedUpdate(feed.version, feed.digest, feed.issued_at, feed.expires_at, data, None, [],
                          unchanged=True)
    directory = _json_file(feed, "directory.json", fetch)
    revocations = _json_file(feed, "revocations.json", fetch)
    private = _device_file(feed, identity, fetch)
    revoked = [identity.device_id] if device_tag(identity.device_id, _box_public(identity)) in _revoked(revocations) else []
    return FeedUpdate(
        version=feed.version, digest=feed.digest, issued_at=feed.issued_at, expires_at=feed.expires_at, raw=data,
        directory=_organisations(directory), revoked_devices=revoked,
        statuses=_statuses(private), resend=_resend(private), retention=_retention(private, state),
        document_key=_document_key(private), same_person=_same_person(private), transfers=_transfers(private),
        withdrawals=parse_reports(None if private is None else private.get("withdrawals")),
    )


def _fetch_listed(feed: Feed, name: str, fetch: Fetch) -> bytes | None:
    listed = feed.file(name)
    if listed is None:
        return None
    return verify_file(feed, name, fetch(listed.sha256))


def _json_file(feed: Feed, name: str, fetch: Fetch) -> Any:
    data = _fetch_listed(feed, name, fetch)
    return None if data is None else parse_json(data)


def _device_file(feed: Feed, identity: Identity, fetch: Fetch) -> Any:
    data = _fetch_listed(feed, device_file_name(identity.device_id, _box_public(identity)), fetch)
    if data is None:
        return None
    doc = open_sealed_file(data, device_id=identity.device_id, device_private_key=identity.box_key)
    if not isinstance(doc, dict) or doc.get("device_id") != identity.device_id:
        raise MalformedData("the device file is not addressed to this device")
    return doc


def _box_public(identity: Identity) -> bytes:
    return raw_public(identity.box_key.public_key())


def _organisations(doc: Any) -> list[dict[str, Any]] | None:
    if doc is None:
        return None
    if not isinstance(doc, dict) or doc.get("type") != "nrm/directory" or not isinstance(doc.get("organisations"), list):
        raise MalformedData("directory.json is not a service directory")
    return [o for o in doc["organisations"] if isinstance(o, dict) and isinstance(o.get("id"), str)]


def _revoked(doc: Any) -> list[str]:
    if doc is None:
        return []
    if not isinstance(doc, dict) or not isinstance(doc.get("devices"), list):
        raise MalformedData("revocations.json has no device list")  # v2: device tags, not ids
    return [str(d) for d in doc["devices"]]


def _statuses(doc: Any) -> list[StatusReport]:
    if doc is None:
        return []
    found = doc.get("statuses")
    if not isinstance(found, list) or len(found) > MAX_STATUSES:
        raise MalformedData("the device file has no status list")
    out = []
    for item in found:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("referral_id", "status", "at")):
            raise MalformedData("a status report lacks referral_id, status or at")
        out.append(StatusReport(item["referral_id"], item["status"], str(item.get("note") or ""), item["at"]))
    return out


def _resend(doc: Any) -> list[int]:
    if doc is None:
        return []
    found = doc.get("resend", [])
    if not isinstance(found, list) or not all(isinstance(n, int) and n > 0 for n in found):
        raise MalformedData("the resend list is not a list of sequence numbers")
    return [int(n) for n in found]


def _document_key(doc: Any) -> tuple[str, bytes] | None:
    """The office's document matching key (protocol.doctag), when this device file carries one."""
    found = None if doc is None else doc.get("document_key")
    if found is None:
        return None
    if not isinstance(found, dict) or not isinstance(found.get("key_id"), str):
        raise MalformedData("the device file's document key is malformed")
    key = b64d(found.get("key"), size=32)
    if key_id(key) != found["key_id"]:
        raise MalformedData("the device file's document key does not match its id")
    return found["key_id"], key


def _transfers(doc: Any) -> dict[str, Any]:
    """The transfer members of the device file (issue 14): lists, each entry checked when it is applied."""
    out: dict[str, Any] = {}
    for name in ("posts", "transfers_in", "transfers_out"):
        found = None if doc is None else doc.get(name)
        if found is None:
            continue
        if not isinstance(found, list) or len(found) > MAX_STATUSES:
            raise MalformedData(f"the device file's {name} is not a list")
        out[name] = found
    return out


def _same_person(doc: Any) -> list[SamePersonReport]:
    found = [] if doc is None else doc.get("same_person", [])
    if not isinstance(found, list) or len(found) > MAX_STATUSES:
        raise MalformedData("the device file's same-person list is not a list")
    out = []
    for item in found:
        keys = ("case_id", "other_post", "other_reference", "status", "at")
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k] for k in keys):
            raise MalformedData("a same-person report lacks a case, the other post or reference, status or time")
        if item["status"] not in ("confirmed", "withdrawn"):
            raise MalformedData("a same-person report has an unknown status")
        out.append(SamePersonReport(*(item[k][:64] for k in keys)))
    return out


def _retention(doc: Any, state: FeedState) -> Policy | None:
    """The retention policy the office published, when newer than the one in force; an older one, or the same
    version with other periods, refuses the whole feed (protocol/retention.py)."""
    if doc is None or doc.get("retention") is None:
        return None
    policy = parse(doc["retention"])
    return policy if is_newer(policy, version=state.policy_version, digest=state.policy_digest) else None
