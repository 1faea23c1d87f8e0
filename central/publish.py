"""The updates feed the office publishes: directory, revocations and per-device sealed files, signed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from central import hubstore, matchindex, retention, transfers, withdrawals
from central.hub import timers
from central.ingest import missing_seqs
from central.store import Store
from protocol.canonical import b64e, canonical, format_time, parse_time, sha256, utcnow
from protocol.feed import FORMAT as FEED_FORMAT
from protocol.feed import build_feed, device_file_name, device_tag
from protocol.keys import x25519_public
from protocol.sealed import seal_file
from protocol.steps import OVERDUE

log = logging.getLogger("central.feed")
VALIDITY = timedelta(days=7)
EMPTY_DIRECTORY = {"type": "nrm/directory", "v": 1, "organisations": []}
_LOCK = threading.Lock()


def device_doc(store: Store, device_id: str, *, now: datetime,
               document_key: tuple[str, bytes] | None = None) -> dict[str, Any]:
    """A device's private file: its referrals' steps, overdue notices, and the sequence numbers to resend; with
    the office's document matching key and its same-person confirmations (issue 13; older posts ignore them)."""
    statuses = [{"referral_id": s["referral_id"], "status": s["status"], "note": s["note"], "at": s["at"]}
                for s in store.statuses(device_id)]
    statuses += overdue_reports(store, device_id, now=now)
    doc: dict[str, Any] = {"type": "nrm/device-file", "v": 1, "device_id": device_id, "statuses": statuses,
                           "resend": missing_seqs(store.device_seqs(device_id))}
    if document_key is not None:
        doc["document_key"] = {"key_id": document_key[0], "key": b64e(document_key[1])}
    with store.read() as conn:
        links = matchindex.links_for_device(conn, device_id)
    if links:
        doc["same_person"] = links
    with store.read() as conn:  # issue 14: posts to transfer to, copies waiting, states (older posts ignore them)
        doc.update(transfers.for_device(conn, device_id))
        withdrawn = withdrawals.for_device(conn, device_id)
    if withdrawn:  # issue 16, an optional key: how far each withdrawal reached
        doc["withdrawals"] = withdrawn
    policy = retention.published(store)
    if policy is not None:  # an optional key: older posts ignore it
        doc["retention"] = policy
    return doc


def overdue_reports(store: Store, device_id: str, *, now: datetime) -> list[dict[str, Any]]:
    """One "overdue" report per referral whose awaited step is late: note names the step, at is the deadline."""
    rules = timers.current(store)
    with store.read() as conn:
        waiting = hubstore.open_for_device(conn, device_id, steps=timers.WAITING.values())
        stopped = withdrawals.covered(conn, [r["referral_id"] for r in waiting])  # no longer processed
    late = [(r["referral_id"], timers.due(r, rules)) for r in waiting
            if r["referral_id"] not in stopped and timers.is_overdue(r, rules, now)]
    return [{"referral_id": rid, "status": OVERDUE, "note": due[0], "at": format_time(due[1])}
            for rid, due in late if due is not None]


def _sealed(store: Store, device: dict[str, Any], *, now: datetime,
            document_key: tuple[str, bytes] | None = None) -> tuple[str, bytes]:
    """The device's sealed file, re-sealed only when its content changed (HPKE output is randomised)."""
    doc = device_doc(store, device["device_id"], now=now, document_key=document_key)
    digest = sha256(canonical(doc)).hex()
    cached = store.device_file(device["device_id"])
    if cached is not None and cached["content_digest"] == digest:
        return digest, bytes(cached["sealed"])
    sealed = seal_file(doc, device_id=device["device_id"], device_public_key=x25519_public(bytes(device["box_key"])))
    try:
        store.put_device_file(device["device_id"], digest=digest, sealed=sealed)
    except IntegrityError:
        cached = store.device_file(device["device_id"])
        return digest, bytes(cached["sealed"]) if cached else sealed
    return digest, sealed


def gather(store: Store, *, now: datetime,
           document_key: tuple[str, bytes] | None = None) -> tuple[str, list[tuple[str, bytes]]]:
    """Every file of the current feed and a digest of their content (plaintext for sealed files)."""
    directory = store.setting("directory") or canonical(EMPTY_DIRECTORY)
    everyone = store.devices()
    # revoked devices by tag: a post learns whether it is revoked itself, not who else is
    revoked = sorted(device_tag(d["device_id"], bytes(d["box_key"])) for d in everyone if d["revoked_at"])
    revocations = canonical({"type": "nrm/revocations", "v": 2, "devices": revoked})
    files = [("directory.json", directory), ("revocations.json", revocations)]
    # the format is part of the content: after an upgrade a stored format-1 feed is replaced at once
    digests = [f"feed-format:{FEED_FORMAT}", sha256(directory).hex(), sha256(revocations).hex()]
    for device in everyone:
        if device["revoked_at"]:
            continue
        digest, sealed = _sealed(store, device, now=now, document_key=document_key)
        files.append((device_file_name(device["device_id"], bytes(device["box_key"])), sealed))
        digests.append(device["device_id"] + ":" + digest)
    return sha256(canonical(digests)).hex(), files


def current_feed(store: Store, *, signing_key: Any, clock: Callable[[], datetime] = utcnow,
                 document_key: tuple[str, bytes] | None = None) -> bytes:
    """The signed feed, publishing a new version when content changed or half the validity has passed."""
    with _LOCK:
        now = clock()
        digest, files = gather(store, now=now, document_key=document_key)
        latest = store.latest_feed()
        if latest is not None and _still_good(latest, digest=digest, now=now):
            return bytes(latest["body"])
        version = (latest["version"] if latest else 0) + 1
        body = build_feed(version=version, issued_at=now, expires_at=now + VALIDITY, files=files,
                          signing_key=signing_key)
        row = {"version": version, "content_digest": digest, "issued_at": format_time(now),
               "expires_at": format_time(now + VALIDITY), "body": body}
        if not store.add_feed(row, [(sha256(b).hex(), n, b) for n, b in files]):
            return bytes(store.latest_feed()["body"])  # type: ignore[index]
        log.info("feed published", extra={"event": "feed.published", "version": version, "files": len(files)})
        return body


def _still_good(latest: dict[str, Any], *, digest: str, now: datetime) -> bool:
    """Same content and more than half the validity left."""
    return bool(latest["content_digest"] == digest and parse_time(latest["expires_at"]) - now > VALIDITY / 2)
