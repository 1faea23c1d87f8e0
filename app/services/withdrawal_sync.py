"""A consent withdrawal that travels (issue 16): sealed into the outbox with the withdrawal, followed back from the
office's device file.

Withdrawing a consent (desktop or `nrm-desk consent withdraw`, both through app.services.cases.withdraw_consent)
seals, in the same transaction, one signed withdrawal bundle (protocol.withdrawal: ids only, never the reason or a
name) for the referrals the consent covered that already left the post: a consent to the central office covers every
sent referral of the case, a consent to an organisation the sent referrals to that organisation. Nothing is sealed
when no covered referral left the post (the office holds nothing the consent covers; statistical records, which name
nobody, stay). The bundle travels like any other (online or USB), exactly once: the office keeps the first copy.
"""

from __future__ import annotations

from typing import Any

from app.services import sealing
from app.storage import outbox, syncstate
from app.storage import withdrawal_sync as store
from app.storage.ids import new_id
from protocol.canonical import format_time, sha256, utcnow
from protocol.disclosure import CATEGORIES
from protocol.envelope import parse_header, seal_envelope
from protocol.keys import x25519_public
from protocol.withdrawal import FORMAT, KIND, WithdrawalReport, check_item

SHARING_PURPOSES = ("referral", "data_sharing")


def covered(conn: Any, case_id: str, consent: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(referral id, organisation) of the sent referrals a consent covered."""
    if consent["purpose"] not in SHARING_PURPOSES:
        return []
    sent = store.sent_referrals(conn, case_id)
    if consent["recipient_id"] is None:
        return sent
    return [(rid, org) for rid, org in sent if org == consent["recipient_id"]]


def seal_withdrawal(conn: Any, case_id: str, consent: dict[str, Any], *, withdrawn_on: str) -> str | None:
    """Inside the withdrawal's transaction: seal the withdrawal item into the outbox; its id, or None when no
    covered referral left the post (or the post is not enrolled, or revoked: then nothing of the case left it)."""
    refs = covered(conn, case_id, consent)
    device = sealing.identity(conn)
    if not refs or device is None or device.revoked:
        return None
    item = check_item({"format": FORMAT, "id": new_id(), "consent_id": consent["id"], "case_id": case_id,
                       "referrals": [{"id": rid, "provider": org} for rid, org in refs],
                       "categories": sorted({c for c in consent.get("data_categories") or () if c in CATEGORIES}), "withdrawn_on": withdrawn_on,
                       "recorded_at": format_time(utcnow())})
    payload: dict[str, Any] = {"kind": KIND, "withdrawal": item, "audit": []}
    payload["audit"], checkpoint = sealing.audit_segment(conn)
    seq = syncstate.take_seq(conn)
    blob = seal_envelope(payload, device_id=device.device_id, seq=seq, signing_key=device.signing_key,
                         recipient_public_key=x25519_public(device.root.key_for("bundle").public),
                         audit_checkpoint=checkpoint, created_at=utcnow())
    outbox.add(conn, seq=seq, bundle_id=parse_header(blob).bundle_id.hex(), referral_id=None, envelope=blob,
               blob_sha256=sha256(blob).hex(), audit_size=checkpoint.size, audit_head=checkpoint.head, kind=KIND)
    syncstate.update(conn, sealed_size=max(checkpoint.size, syncstate.get(conn)["sealed_size"]))
    store.add(conn, withdrawal_id=item["id"], consent_id=consent["id"], case_id=case_id,
              referral_ids=[rid for rid, _ in refs], source="post", sealed_seq=seq)
    return str(item["id"])


def apply_reports(conn: Any, reports: list[WithdrawalReport]) -> int:
    """Inside the feed's transaction: each report of a withdrawal this post knows (or, recorded at the office, of a
    referral of this post) updates how far it reached; how many changed."""
    changed = 0
    for r in reports:
        held = store.get(conn, r.withdrawal_id)
        if held is None:
            case_id = next((c for c in (store.case_of_referral(conn, rid) for rid in r.referral_ids) if c), None)
            if r.source != "office" or case_id is None:
                continue  # not this post's: ignored
            store.add(conn, withdrawal_id=r.withdrawal_id, consent_id=None, case_id=case_id,
                      referral_ids=list(r.referral_ids), source="office", sealed_seq=None, state="received")
        providers = [{"organisation_id": p.organisation_id, "notified_at": p.notified_at,
                      "confirmed_at": p.confirmed_at} for p in r.providers]
        changed += store.report(conn, r.withdrawal_id, state=r.state, received_at=r.received_at, providers=providers)
    return changed


REACHED = ("waiting", "received", "notified", "confirmed")


def reached(row: dict[str, Any]) -> str:
    """Where a withdrawal has got to: waiting (not yet at the office), received, notified (organisations told) or
    confirmed (every organisation told confirmed it stopped and deleted)."""
    if row["state"] != "sealed":
        return str(row["state"])
    return "received" if row.get("outbox_state") == "acknowledged" else "waiting"


def for_case(conn: Any, case_id: str) -> list[dict[str, Any]]:
    """The case's withdrawals as the case screen and `consent list --json` show them (ids and times only)."""
    return [{"withdrawal_id": w["withdrawal_id"], "consent_id": w["consent_id"], "source": w["source"],
             "referral_ids": w["referral_ids"], "reached": reached(w), "received_at": w["received_at"],
             "providers": w["providers"]} for w in store.for_case(conn, case_id)]
