"""Sealing approved referrals into the outbox, inside the approval's own transaction (sealed once)."""

from __future__ import annotations

import datetime as dt
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.services import stats_records
from app.services.sync_payload import (
    case_payload,
    central_categories,
    match_payload,
    recipient_categories,
    referral_payload,
)
from app.storage import audit, caselife, cases, matching, outbox, post, referrals, stats, syncstate
from app.sync.port import Identity
from protocol.audit import Checkpoint
from protocol.canonical import format_time, parse_time, sha256, utcnow
from protocol.envelope import parse_header, seal_envelope
from protocol.keys import parse_root, x25519_public

AUDIT_WINDOW = 64  # beyond this many unacknowledged entries, carry only those not sealed yet
MAX_ENTRIES = 5000  # per bundle; the rest of the chain travels in the next bundles


def identity(conn: Any) -> Identity | None:
    """The enrolled device (keys from the vault, pinned root.json), or None before enrolment completes."""
    state = syncstate.get(conn)
    device_id = post.get(conn)["device_id"]
    if not device_id or state["root_json"] is None:
        return None
    signing, box = post.device_keys(conn)
    return Identity(device_id, parse_root(state["root_json"]), Ed25519PrivateKey.from_private_bytes(signing),
                    X25519PrivateKey.from_private_bytes(box), revoked=state["revoked_at"] is not None)


def seal_referral(conn: Any, referral_id: str) -> int | None:
    """Seal one approved referral into the outbox (call inside the approval transaction); its seq, or None.

    None when the post is not enrolled yet (enrolment seals what waits) or the referral already has an envelope.
    """
    device = identity(conn)
    if device is None or device.revoked or referral_id in outbox.referral_ids(conn):
        return None
    referral = referrals.get(conn, referral_id)
    if referral is None or referral["status"] != "approved":
        raise LookupError(f"referral {referral_id} is not approved")
    case = cases.get_case(conn, referral["case_id"])
    assert case is not None
    payload: dict[str, Any] = {
        "referral": referral_payload(referral, post_code=post.get(conn)["code"],
                                     approved_at=syncstate.approved_at(conn, referral_id),
                                     recipient_categories=recipient_categories(
                                         case, recipient_id=referral["provider_id"], today=dt.date.today())),
        "case": case_payload(case, central_categories(case)),
        "audit": [],
    }
    release = caselife.emergency(conn, referral_id)
    if release is not None:  # additive key: an office that does not know it reads the referral as before
        payload["referral"]["emergency_release"] = {"reason": release["reason"], "released_at": release["released_at"],
                                                    "released_by": release["released_by"]}
    match = match_payload(case, central_categories(case), matching.current_match_key(conn))
    if match is not None:  # additive (issue 13): inside the referral, whose other keys an older office ignores
        payload["referral"]["match"] = match
    payload["audit"], checkpoint = audit_segment(conn)
    seq = syncstate.take_seq(conn)
    payload["stats"] = stats_records.for_referral_bundle(conn, referral["case_id"], seq=seq)
    blob = seal_envelope(payload, device_id=device.device_id, seq=seq, signing_key=device.signing_key,
                         recipient_public_key=x25519_public(device.root.key_for("bundle").public),
                         audit_checkpoint=checkpoint, created_at=utcnow())
    outbox.add(conn, seq=seq, bundle_id=parse_header(blob).bundle_id.hex(), referral_id=referral_id, envelope=blob,
               blob_sha256=sha256(blob).hex(), audit_size=checkpoint.size, audit_head=checkpoint.head)
    syncstate.update(conn, sealed_size=max(checkpoint.size, syncstate.get(conn)["sealed_size"]))
    return seq


def audit_segment(conn: Any) -> tuple[list[dict[str, Any]], Checkpoint]:
    """Entries since the last acknowledged checkpoint (or since the last sealed one when that is too many)."""
    state = syncstate.get(conn)
    size, head = audit.head(conn)
    start = state["acked_size"] if size - state["acked_size"] <= AUDIT_WINDOW else state["sealed_size"]
    entries = audit.entries_after(conn, start, limit=MAX_ENTRIES)
    if not entries:
        return [], Checkpoint(size, head)
    return entries, Checkpoint(entries[-1]["seq"], entries[-1]["hash"])


def seal_waiting(conn: Any) -> list[int]:
    """Seal every approved referral that has no envelope yet (after enrolment), oldest approval first."""
    sealed = []
    for referral_id in syncstate.approved_without_envelope(conn):
        seq = seal_referral(conn, referral_id)
        if seq is not None:
            sealed.append(seq)
    return sealed


MAX_RECORDS = 2000  # statistical records per stats bundle; the rest travel in the next ones


STATS_DELAY = timedelta(hours=6)


def seal_stats(conn: Any, *, now: datetime | None = None, delay: timedelta = STATS_DELAY) -> list[int]:
    """Seal changed records into stats bundles once the oldest change has waited `delay`; their seqs.

    Call inside a transaction. A referral bundle carries its own case's record at once; the others (cases with
    no referral, a new screening) wait up to `delay` so that a busy day makes one stats bundle, not one per pass.
    Nothing happens before enrolment or after revocation; a record is sealed again only when it changed, and
    the office keeps the newest revision, so each change reaches it exactly once in effect.
    """
    device = identity(conn)
    if device is None or device.revoked:
        return []
    now = now or utcnow()
    seen, oldest = stats.fingerprint(conn), stats.oldest_waiting(conn)
    if seen == stats.last_fingerprint(conn) and (oldest is None or now - parse_time(oldest) < delay):
        return []  # nothing changed since the records were last built, and nothing waiting is due
    stats.set_fingerprint(conn, seen)
    current = stats_records.by_case(conn)
    known = stats.sent(conn)
    changed = [(case_id, r) for case_id, r in current.items() if known[case_id][1] != r["revision"]]
    oldest = stats.waiting_since(conn, [c for c, _ in changed], now=format_time(now)) if changed else None
    if oldest is None or now - parse_time(oldest) < delay:
        return []
    return [_seal_stats(conn, device, changed[start:start + MAX_RECORDS]) for start in range(0, len(changed), MAX_RECORDS)]


def _seal_stats(conn: Any, device: Identity, batch: list[tuple[str, dict[str, Any]]]) -> int:
    payload: dict[str, Any] = {"kind": "stats", "stats": [r for _, r in batch], "audit": []}
    payload["audit"], checkpoint = audit_segment(conn)
    seq = syncstate.take_seq(conn)
    blob = seal_envelope(payload, device_id=device.device_id, seq=seq, signing_key=device.signing_key,
                         recipient_public_key=x25519_public(device.root.key_for("bundle").public),
                         audit_checkpoint=checkpoint, created_at=utcnow())
    outbox.add(conn, seq=seq, bundle_id=parse_header(blob).bundle_id.hex(), referral_id=None, envelope=blob,
               blob_sha256=sha256(blob).hex(), audit_size=checkpoint.size, audit_head=checkpoint.head)
    syncstate.update(conn, sealed_size=max(checkpoint.size, syncstate.get(conn)["sealed_size"]))
    stats.mark_sealed(conn, {case_id: r["revision"] for case_id, r in batch}, seq=seq)
    return seq
