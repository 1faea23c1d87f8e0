"""Protocol fixtures: fresh keys, an enrolled-device lookup, and a sample sealed envelope."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol.audit import GENESIS, Checkpoint, make_entry
from protocol.envelope import DeviceKey, seal_envelope
from protocol.keys import raw_public


@dataclass
class World:
    """An office bundle key, one device, and a device registry for open_envelope."""

    office: X25519PrivateKey = field(default_factory=X25519PrivateKey.generate)
    device: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    device_id: str = "dev-1"
    revoked: set[str] = field(default_factory=set)

    def lookup(self, device_id: str) -> DeviceKey | None:
        """Known devices: only dev-1."""
        if device_id != self.device_id:
            return None
        return DeviceKey(raw_public(self.device), device_id in self.revoked)

    def payload(self, n: int = 1) -> dict[str, Any]:
        """A payload with n chained audit entries from genesis."""
        entries: list[dict[str, Any]] = []
        for i in range(n):
            entries.append(make_entry(seq=i + 1, at="2026-11-28T09:00:00Z", actor="officer-1",
                                      action="referral.approve", object_id=f"r-{i}",
                                      prev=entries[-1]["hash"] if entries else GENESIS))
        return {"referral": {"id": "r-1", "services": ["shelter"]}, "case": {"age_group": "child"}, "audit": entries}

    def seal(self, *, seq: int = 1, signing_key: Ed25519PrivateKey | None = None, **overrides: Any) -> bytes:
        """A valid envelope (unless overridden)."""
        payload = overrides.pop("payload", None) or self.payload()
        cp = Checkpoint(len(payload["audit"]), payload["audit"][-1]["hash"] if payload["audit"] else GENESIS)
        args = {"device_id": self.device_id, "seq": seq, "signing_key": signing_key or self.device,
                "recipient_public_key": self.office.public_key(), "audit_checkpoint": cp,
                "created_at": "2026-11-28T09:00:00Z", **overrides}
        return seal_envelope(payload, **args)


@pytest.fixture
def world() -> World:
    """A fresh office + device."""
    return World()
