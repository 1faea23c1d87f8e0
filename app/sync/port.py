"""What the sync engine needs from the post's store, as plain types and a Protocol (the store stays in services)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol.feed import FeedState
from protocol.keys import Root
from protocol.receipt import Receipt
from protocol.retention import Policy
from protocol.withdrawal import WithdrawalReport


@dataclass(frozen=True)
class Identity:
    """The enrolled device: its id, keys, the pinned root.json, and whether the office revoked it."""

    device_id: str
    root: Root
    signing_key: Ed25519PrivateKey
    box_key: X25519PrivateKey
    revoked: bool = False


@dataclass(frozen=True)
class OutboxItem:
    """One sealed envelope waiting for its receipt."""

    seq: int
    bundle_id: str
    envelope: bytes
    blob_sha256: str


@dataclass(frozen=True)
class StatusReport:
    """One referral status the office reported."""

    referral_id: str
    status: str
    note: str
    at: str


@dataclass(frozen=True)
class SamePersonReport:
    """The office's decision that a case here and a case at another post are one person (issue 13)."""

    case_id: str
    other_post: str
    other_reference: str
    status: str  # confirmed | withdrawn
    at: str


@dataclass(frozen=True)
class FeedUpdate:
    """A verified feed and the verified contents of the files it lists, ready to apply in one transaction."""

    version: int
    digest: str
    issued_at: datetime
    expires_at: datetime
    raw: bytes
    directory: list[dict[str, Any]] | None
    revoked_devices: list[str]
    statuses: list[StatusReport] = field(default_factory=list)
    resend: list[int] = field(default_factory=list)
    retention: Policy | None = None  # a newer retention policy than the one in force, else None
    unchanged: bool = False
    document_key: tuple[str, bytes] | None = None  # (key id, key): the office's document matching key
    same_person: list[SamePersonReport] = field(default_factory=list)
    # issue 14: the device file's transfer members as sent ("posts", "transfers_in", "transfers_out"), checked and
    # applied by app.services.transfer
    transfers: dict[str, Any] = field(default_factory=dict)
    withdrawals: list[WithdrawalReport] = field(default_factory=list)  # issue 16: how far each withdrawal reached

    def revokes(self, device_id: str) -> bool:
        """Whether the office lists this device as revoked."""
        return device_id in self.revoked_devices


@dataclass
class PassReport:
    """What one sync pass did; `reachable` False means the office could not be reached at all."""

    reachable: bool = False
    sent: int = 0
    acknowledged: int = 0
    quarantined: int = 0
    pending: int = 0
    feed_version: int | None = None
    feed_applied: bool = False
    statuses_applied: int = 0
    revoked: bool = False
    retry_after: float | None = None
    transient: str | None = None  # why the pass stopped early (a code, never personal data)
    problems: list[str] = field(default_factory=list)  # integrity refusals (codes)

    @property
    def ok(self) -> bool:
        """Reachable, nothing left to send, nothing refused."""
        return self.reachable and not self.transient and not self.problems and self.pending == 0 and not self.revoked


class SyncStore(Protocol):
    """The storage side of a pass; every method is one transaction of its own."""

    def identity(self) -> Identity | None:
        """The enrolled device, or None before enrolment."""

    def pending(self, *, after: int = 0, limit: int | None = None) -> list[OutboxItem]:
        """Envelopes still to deliver with a sequence number above `after`, in sequence order."""

    def pending_count(self) -> int:
        """How many envelopes wait."""

    def attempted(self, seq: int, *, code: str | None, message: str | None) -> None:
        """Count an upload attempt and its error."""

    def acknowledged(self, receipts: list[tuple[OutboxItem, Receipt]], *, via: str) -> None:
        """Store verified receipts and mark their items delivered (one transaction)."""

    def quarantined(self, seq: int, *, code: str, message: str) -> None:
        """Stop sending an item the office refused for good."""

    def refused(self, *, kind: str, ref: str, code: str, message: str) -> None:
        """Log refused inbound material."""

    def feed_state(self) -> FeedState:
        """Last accepted feed version and digest, and the trusted-time floor."""

    def apply_feed(self, update: FeedUpdate) -> int:
        """Apply directory, revocations, statuses and resend requests; returns statuses newly applied."""

    def pass_finished(self, report: PassReport, *, delay: float | None) -> None:
        """Remember the outcome (last success, error, failures, next attempt time)."""
