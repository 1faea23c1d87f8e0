"""A simulated post device for tests: keys, enrolment state, per-device sequence and audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol.audit import GENESIS, Checkpoint, make_entry
from protocol.canonical import format_time
from protocol.envelope import seal_envelope
from protocol.feed import FeedState
from protocol.keys import Root, x25519_public


@dataclass
class PostDevice:
    """What a post's sync engine keeps: keys, device id, root.json, next sequence number, audit chain."""

    post_code: str = "ISB"
    signing_key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    box_key: X25519PrivateKey = field(default_factory=X25519PrivateKey.generate)
    device_id: str | None = None
    root: Root | None = None
    seq: int = 0
    audit: list[dict[str, Any]] = field(default_factory=list)
    sent_audit: int = 0
    feed_state: FeedState = field(default_factory=FeedState)

    def record(self, action: str, object_id: str | None = None, *, actor: str = "officer-1",
               at: datetime | None = None) -> dict[str, Any]:
        """Append one audit entry to the local chain."""
        prev = self.audit[-1]["hash"] if self.audit else GENESIS
        entry = make_entry(seq=len(self.audit) + 1, at=format_time(at or datetime.now(UTC)), actor=actor,
                           action=action, object_id=object_id, prev=prev)
        self.audit.append(entry)
        return entry

    @property
    def feed_file(self) -> str:
        """The name of this device's sealed file in the feed (a hash of id and box key, never the id)."""
        from protocol.feed import device_file_name
        from protocol.keys import raw_public

        assert self.device_id, "enrol first"
        return device_file_name(self.device_id, raw_public(self.box_key))

    def checkpoint(self) -> Checkpoint:
        """The current {size, head} of the local chain."""
        return Checkpoint(len(self.audit), self.audit[-1]["hash"] if self.audit else GENESIS)

    def seal_next(self, referral: dict[str, Any], *, case: dict[str, Any] | None = None,
                  at: datetime | None = None) -> bytes:
        """Approve a referral: audit it, and seal the next bundle carrying the new audit entries."""
        assert self.device_id and self.root, "enrol first"
        self.record("referral.approve", referral["id"], at=at)
        self.seq += 1
        new = self.audit[self.sent_audit :]
        self.sent_audit = len(self.audit)
        payload = {"referral": referral, "case": case, "audit": new}
        office = x25519_public(self.root.key_for("bundle").public)
        return seal_envelope(payload, device_id=self.device_id, seq=self.seq, signing_key=self.signing_key,
                             recipient_public_key=office, audit_checkpoint=self.checkpoint(),
                             created_at=at or datetime.now(UTC))

    def seal_stats(self, records: list[dict[str, Any]], *, at: datetime | None = None) -> bytes:
        """Seal the next bundle as a stats bundle (issue 13) carrying these statistical records."""
        assert self.device_id and self.root, "enrol first"
        self.record("stats.seal", None, at=at)
        self.seq += 1
        new = self.audit[self.sent_audit :]
        self.sent_audit = len(self.audit)
        payload = {"kind": "stats", "stats": records, "audit": new}
        office = x25519_public(self.root.key_for("bundle").public)
        return seal_envelope(payload, device_id=self.device_id, seq=self.seq, signing_key=self.signing_key,
                             recipient_public_key=office, audit_checkpoint=self.checkpoint(),
                             created_at=at or datetime.now(UTC))
