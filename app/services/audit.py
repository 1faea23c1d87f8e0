"""Audit use cases: verify the chain, read a case's trail."""

from __future__ import annotations

import dataclasses
from typing import Any

from app.domain.errors import IntegrityFailure
from app.services import sealing
from app.services.session import Session
from app.storage import audit, db, syncstate
from app.storage.audit import ChainReport
from protocol.errors import ProtocolError
from protocol.receipt import verify_receipt, verify_receipt_digest


def verify(session: Session) -> ChainReport:
    """Check every page of the store, then recompute the chain; raise IntegrityFailure on the first fault."""
    session.require("audit.verify")
    damaged = db.damaged_pages(session.db)
    if damaged:
        raise IntegrityFailure(f"The store is damaged: {len(damaged)} page(s) failed their integrity check.")
    report = audit.verify(session.db)
    if not report.ok:
        raise IntegrityFailure(
            f"The audit log is broken at entry {report.first_broken}: {report.reason}."
        )
    anchored = check_anchors(session.db, report)
    session.record("audit.verify")
    return dataclasses.replace(report, anchored=anchored)


def check_anchors(conn: Any, report: ChainReport) -> int:
    """The local chain must extend the checkpoint the office receipted (and every checkpoint sealed into a bundle):
    a cut tail or a chain recomputed from some entry on no longer holds the entry the office signed for."""
    receipted, sealed = audit.anchors(conn)
    acked = int(syncstate.get(conn)["acked_size"])
    if receipted is not None:
        _check_receipt(conn, receipted)
    if acked > (receipted.size if receipted else 0):
        raise IntegrityFailure(f"The office receipted the audit log up to entry {acked}, but the receipt for it "
                               "is no longer in the store: receipts were removed.")
    for anchor, who in ((receipted, "the office receipted"), (sealed, "was sealed into a bundle")):
        if anchor is None or anchor.size == 0:
            continue
        if report.size < anchor.size:
            raise IntegrityFailure(f"The audit log was cut: it ends at entry {report.size}, but a checkpoint of "
                                   f"{anchor.size} entries {who}.")
        if audit.hash_at(conn, anchor.size) != anchor.head:
            raise IntegrityFailure(f"The audit log was rewritten: entry {anchor.size} is not the one {who}.")
    return receipted.size if receipted else 0


def _check_receipt(conn: Any, anchor: audit.Anchor) -> None:
    """The receipt is the office's signature on the checkpoint: check it again against the pinned office key."""
    identity = sealing.identity(conn)
    if identity is None or anchor.receipt is None:
        raise IntegrityFailure("The store holds office receipts but no pinned office key to check them.")
    key = identity.root.key_for("receipt").public
    try:
        if anchor.envelope:
            receipt = verify_receipt(anchor.receipt, receipt_public_key=key, envelope=anchor.envelope)
        else:  # the sealed copy was cleared at a retention purge: the row keeps the hash the office signed for
            receipt = verify_receipt_digest(anchor.receipt, receipt_public_key=key, blob_sha256=anchor.blob_sha256,
                                            bundle_id=anchor.bundle_id)
    except ProtocolError:
        raise IntegrityFailure(f"The office receipt for bundle {anchor.bundle_id} no longer verifies.") from None
    if (receipt.audit_accepted.size, receipt.audit_accepted.head) != (anchor.size, anchor.head):
        raise IntegrityFailure(f"The checkpoint stored with bundle {anchor.bundle_id} is not the one the office "
                               "signed.")


def trail(session: Session, object_ids: list[str]) -> list[dict[str, Any]]:
    """Audit entries about these records (a case and its referrals), oldest first."""
    session.require("case.view")
    return audit.entries_for_object(session.db, object_ids)
