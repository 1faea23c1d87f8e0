"""The engine's storage port over one SQLCipher connection: each call is one transaction of its own."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from app.domain.model import Organisation
from app.domain.picklists import ORGANISATION_KINDS, SERVICES
from app.domain.referral_flow import OFFICE_STATUSES, OVERDUE
from app.services import retention, sealing, transfer, withdrawal_sync
from app.storage import cases, db, directory, matching, outbox, referrals, syncstate
from app.sync.port import FeedUpdate, Identity, OutboxItem, PassReport, StatusReport
from protocol.canonical import format_time, parse_time, utcnow
from protocol.errors import MalformedData
from protocol.feed import FeedState
from protocol.receipt import Receipt

log = logging.getLogger(__name__)


def outbox_item(row: dict[str, Any]) -> OutboxItem:
    return OutboxItem(row["seq"], row["bundle_id"], row["envelope"], row["blob_sha256"])


def raise_floor(conn: Any, moment: datetime) -> None:
    """Move the trusted-time floor up to an office-signed time; it never moves back."""
    current = syncstate.get(conn)["trusted_time"]
    if current is None or parse_time(current) < moment:
        syncstate.update(conn, trusted_time=format_time(moment))


def store_receipt(conn: Any, item: OutboxItem, receipt: Receipt, *, via: str) -> bool:
    """Inside a transaction: keep the verified receipt, mark delivered, move the referral to "sent"."""
    fresh = outbox.acknowledge(conn, item.seq, receipt=receipt.raw, received_at=format_time(receipt.received_at),
                               audit_size=receipt.audit_accepted.size, audit_head=receipt.audit_accepted.head,
                               via=via)
    syncstate.raise_acked(conn, receipt.audit_accepted.size, receipt.audit_accepted.head)
    raise_floor(conn, receipt.received_at)
    referral_id = outbox.by_seq(conn, item.seq)["referral_id"]  # type: ignore[index]
    current = referrals.get(conn, referral_id) if referral_id is not None else None  # None: a stats bundle
    if current is not None and current["status"] == "approved":
        referrals.set_status(conn, referral_id, "sent", by="system", note="receipt verified",
                             at=format_time(receipt.received_at))
    return fresh


def apply_update(conn: Any, update: FeedUpdate, *, device_id: str) -> int:
    """Inside a transaction: directory, revocations, statuses, resend requests, feed state; statuses applied."""
    raise_floor(conn, update.issued_at)
    if update.unchanged:
        return 0
    for entry in update.directory or []:
        org = _organisation(entry)
        if org is not None:
            directory.upsert(conn, org, source="office")
    changes: dict[str, Any] = {"revoked_devices": sorted(update.revoked_devices)}
    if update.revokes(device_id) and syncstate.get(conn)["revoked_at"] is None:
        changes["revoked_at"] = format_time(utcnow())
    applied = sum(_apply_status(conn, s) for s in sorted(update.statuses, key=lambda s: s.at))
    _apply_matching(conn, update)
    if update.transfers:  # issue 14: other posts, transfer states, copies for this device (services/transfer.py)
        transfer.apply_feed(conn, update.transfers, device=sealing.identity(conn))
    withdrawal_sync.apply_reports(conn, update.withdrawals)
    if update.retention is not None:
        retention.store_policy(conn, update.retention)
    for seq in update.resend:
        item = outbox.by_seq(conn, seq)
        if item is not None and item["state"] == "acknowledged":
            outbox.release(conn, seq)  # the office lost it: send the same bytes again
    syncstate.update(conn, feed_version=update.version, feed_digest=update.digest, feed_raw=update.raw,
                     feed_issued_at=format_time(update.issued_at), feed_expires_at=format_time(update.expires_at),
                     **changes)
    return applied


def _apply_matching(conn: Any, update: FeedUpdate) -> None:
    """The office's document matching key and its same-person decisions about this post's cases."""
    stamp = format_time(utcnow())
    if update.document_key is not None:
        matching.save_match_key(conn, update.document_key[0], update.document_key[1], at=stamp)
    for report in update.same_person:
        if cases.find_id(conn, report.case_id) == report.case_id:
            matching.save_link(conn, case_id=report.case_id, other_post=report.other_post,
                               other_reference=report.other_reference, status=report.status,
                               decided_at=report.at, at=stamp)


def _apply_status(conn: Any, report: StatusReport) -> int:
    """One office report: a history entry (source office); the newest step also becomes the referral's status."""
    if report.status not in OFFICE_STATUSES or not syncstate.referral_known(conn, report.referral_id):
        return 0
    if not syncstate.add_office_status(conn, referral_id=report.referral_id, status=report.status,
                                       note=report.note, at=report.at):
        return 0
    if report.status != OVERDUE and _newest(conn, report):
        referrals.set_status(conn, report.referral_id, report.status, by="office", note=report.note,
                             source="office", at=report.at)
    else:
        referrals.add_event(conn, report.referral_id, status=report.status, by="office", note=report.note,
                            source="office", at=report.at)
    return 1


def _newest(conn: Any, report: StatusReport) -> bool:
    """Whether no office step of this referral happened after this one (times compared as times, not text)."""
    moment = parse_time(report.at)
    return all(parse_time(at) <= moment for at in syncstate.office_step_times(conn, report.referral_id))


def _organisation(entry: dict[str, Any]) -> Organisation | None:
    """A directory entry from the office, or None when it is not one we can use."""
    services = tuple(s for s in entry.get("services", []) if s in SERVICES)
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        return None
    kind = str(entry["kind"]) if entry.get("kind") in ORGANISATION_KINDS else "ngo"
    text = {k: str(entry.get(k) or "") for k in ("area", "contact", "name_ur")}
    return Organisation(id=entry["id"], name=name, services=services, kind=kind, **text)


class PostSyncStore:
    """Implements app.sync.port.SyncStore on a post connection."""

    def __init__(self, conn: Any, *, actor: str = "system") -> None:
        self.conn, self.actor = conn, actor

    def identity(self) -> Identity | None:
        return sealing.identity(self.conn)

    def pending(self, *, after: int = 0, limit: int | None = None) -> list[OutboxItem]:
        rows = outbox.items(self.conn, state="pending", with_bytes=True, after=after, limit=limit)
        return [outbox_item(r) for r in rows]

    def pending_count(self) -> int:
        return outbox.counts(self.conn)["pending"]

    def lookup(self, bundle_id: str) -> OutboxItem | None:
        row = outbox.by_bundle(self.conn, bundle_id)
        return outbox_item(row) if row else None

    def attempted(self, seq: int, *, code: str | None, message: str | None) -> None:
        with db.transaction(self.conn):
            outbox.record_attempt(self.conn, seq, code=code, message=message)

    def acknowledged(self, receipts: list[tuple[OutboxItem, Receipt]], *, via: str) -> None:
        with db.transaction(self.conn):
            for item, receipt in receipts:
                outbox.record_attempt(self.conn, item.seq, code=None, message=None)
                store_receipt(self.conn, item, receipt, via=via)

    def quarantined(self, seq: int, *, code: str, message: str) -> None:
        with db.transaction(self.conn):
            row = outbox.by_seq(self.conn, seq)
            outbox.quarantine(self.conn, seq, code=code, message=message)
            syncstate.add_refusal(self.conn, kind="bundle", ref=row["bundle_id"] if row else str(seq), code=code,
                                  message=message)
        log.info("bundle %s quarantined: %s", seq, code)

    def refused(self, *, kind: str, ref: str, code: str, message: str) -> None:
        with db.transaction(self.conn):
            syncstate.add_refusal(self.conn, kind=kind, ref=ref, code=code, message=message)
        log.info("%s refused: %s", kind, code)

    def feed_state(self) -> FeedState:
        state = syncstate.get(self.conn)
        floor = parse_time(state["trusted_time"]) if state["trusted_time"] else None
        policy_version, policy_digest = retention.policy_state(self.conn)
        return FeedState(state["feed_version"], state["feed_digest"], floor, policy_version, policy_digest)

    def failures(self) -> int:
        return int(syncstate.get(self.conn)["failures"])

    def apply_feed(self, update: FeedUpdate) -> int:
        device = self.identity()
        if device is None:
            raise MalformedData("a feed cannot be applied before enrolment")
        with db.transaction(self.conn):
            return apply_update(self.conn, update, device_id=device.device_id)

    def pass_finished(self, report: PassReport, *, delay: float | None) -> None:
        now = utcnow()
        with db.transaction(self.conn):
            state = syncstate.get(self.conn)
            changes: dict[str, Any] = {"last_attempt_at": format_time(now), "online": int(report.reachable)}
            if delay is None:
                changes.update(failures=0, last_success_at=format_time(now), last_error=None, next_attempt_at=None)
            else:
                changes.update(failures=state["failures"] + 1, next_attempt_at=format_time(now + timedelta(seconds=delay)),
                               last_error=report.transient or (report.problems[0] if report.problems else "unreachable"))
            if report.revoked and state["revoked_at"] is None:
                changes["revoked_at"] = format_time(now)
            syncstate.update(self.conn, **changes)

