"""Coordinator views: the bundle index (no personal data), referrals decrypted on demand, status changes."""

from __future__ import annotations

from typing import Any

from central import withdrawals
from central.errors import CentralError, NotFound
from central.officekeys import OfficeKeys
from central.store import Store
from protocol.canonical import format_time, utcnow
from protocol.envelope import DeviceKey, OpenedEnvelope, open_envelope

STATUSES = ("received", "accepted", "declined", "services_started", "closed")


class StatusRefused(CentralError):
    """A status change that is not allowed (unknown status, or a decline without a reason)."""

    code, status = "status_refused", 422


def bundle_index(store: Store) -> list[dict[str, Any]]:
    """Stored bundles without blobs: ids, device, sequence, hashes, times, audit checkpoint."""
    return store.bundle_index()


def _stored_lookup(store: Store) -> Any:
    """Device lookup for bundles already accepted: revocation later does not hide what was received."""

    def lookup(device_id: str) -> DeviceKey | None:
        key = store.device_key(device_id)
        return None if key is None else DeviceKey(key.signing_public, False)

    return lookup


def opened_bundles(store: Store, keys: OfficeKeys) -> list[OpenedEnvelope]:
    """Decrypt and re-verify every stored referral envelope (on demand, in memory only; stats bundles left out)."""
    lookup = _stored_lookup(store)
    opened = (open_envelope(blob, recipient_private_key=keys.bundle, device_lookup=lookup) for _, blob in store.blobs()
              if blob)  # a purged referral's envelopes are cleared (issue 16)
    return [o for o in opened if "referral" in o.payload]


def _withdrawn(store: Store, referral_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The covered referrals among these (issue 16): only their ids and times may be shown."""
    with store.read() as conn:
        return withdrawals.covered(conn, referral_ids)


def referral_summaries(store: Store, keys: OfficeKeys) -> list[dict[str, Any]]:
    """One line per referral bundle: ids, post, time, latest status; a withdrawn referral says so (ids only)."""
    posts = {d["device_id"]: d["post_code"] for d in store.devices()}
    out = []
    with store.read() as conn:
        stopped = withdrawals.covered(conn)
    for opened in opened_bundles(store, keys):
        statuses = [s for s in store.statuses(opened.device_id) if s["referral_id"] == opened.payload["referral"]["id"]]
        out.append({"referral_id": opened.payload["referral"]["id"], "bundle_id": opened.bundle_id,
                    "device_id": opened.device_id, "post_code": posts.get(opened.device_id), "seq": opened.seq,
                    "created_at": opened.created_at, "status": statuses[-1]["status"] if statuses else None,
                    "withdrawn": stopped.get(opened.payload["referral"]["id"])})
    return out


def referral_detail(store: Store, keys: OfficeKeys, referral_id: str) -> dict[str, Any]:
    """The decrypted referral and case data of one referral (latest bundle), with its status history."""
    owner = store.referral_device(referral_id)
    stopped = _withdrawn(store, [referral_id]).get(referral_id)
    if stopped is not None and owner is not None:  # consent withdrawn: never decrypted again, ids and times only
        held = [b for b in store.bundle_index() if b["referral_id"] == referral_id and b["device_id"] == owner]
        return {"referral_id": referral_id, "device_id": owner, "bundle_id": held[-1]["bundle_id"] if held else None,
                "seq": held[-1]["seq"] if held else None, "created_at": held[-1]["created_at"] if held else None,
                "referral": None, "case": None, "withdrawn": stopped,
                "statuses": [{k: s[k] for k in ("referral_id", "status", "at")}
                             for s in store.statuses(owner) if s["referral_id"] == referral_id]}
    matches = [o for o in opened_bundles(store, keys)
               if o.payload["referral"]["id"] == referral_id and o.device_id == owner]
    if not matches:
        raise NotFound(f"no referral {referral_id}")
    opened = matches[-1]
    history = [s for s in store.statuses(opened.device_id) if s["referral_id"] == referral_id]
    return {"referral_id": referral_id, "bundle_id": opened.bundle_id, "device_id": opened.device_id,
            "seq": opened.seq, "created_at": opened.created_at, "referral": opened.payload["referral"],
            "case": opened.payload["case"], "statuses": history, "withdrawn": None}


def set_status(store: Store, referral_id: str, *, status: str, note: str | None) -> dict[str, Any]:
    """Record a status change; the next feed carries it to the post in its sealed file."""
    if status not in STATUSES:
        raise StatusRefused(f"status must be one of {', '.join(STATUSES)}")
    if status == "declined" and not (note and note.strip()):
        raise StatusRefused("a decline needs a reason (--note)")
    device_id = store.referral_device(referral_id)
    if device_id is None:
        raise NotFound(f"no referral {referral_id}")
    if _withdrawn(store, [referral_id]):
        raise StatusRefused("the person withdrew consent: this referral is no longer processed")
    row = {"referral_id": referral_id, "device_id": device_id, "status": status, "note": note,
           "at": format_time(utcnow().replace(microsecond=0))}  # whole seconds, as the hub's steps
    store.add_status(**row)
    return row
