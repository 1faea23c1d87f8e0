"""Fixed keys and inputs of the golden vectors (derived from labels, so anyone can rebuild them)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol.audit import GENESIS, make_entry


def seed(label: str) -> bytes:
    """32-byte private key seed = SHA-256(label)."""
    return hashlib.sha256(label.encode("ascii")).digest()


DEVICE_SIGNING = Ed25519PrivateKey.from_private_bytes(seed("nrm test vector: device signing"))
DEVICE_BOX = X25519PrivateKey.from_private_bytes(seed("nrm test vector: device box"))
OFFICE_BUNDLE = X25519PrivateKey.from_private_bytes(seed("nrm test vector: office bundle"))
OFFICE_RECEIPT = Ed25519PrivateKey.from_private_bytes(seed("nrm test vector: office receipt"))
OFFICE_FEED = Ed25519PrivateKey.from_private_bytes(seed("nrm test vector: office feed"))
OFFICE_RECOVERY = X25519PrivateKey.from_private_bytes(seed("nrm test vector: office recovery"))

DEVICE_ID = "0123456789abcdef0123456789abcdef"
BUNDLE_ID = bytes(range(16))
CREATED_AT = "2026-11-28T09:00:00Z"
RECEIVED_AT = "2026-11-28T09:05:00Z"
ISSUED_AT = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
EXPIRES_AT = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
ENROL_CODE = "7K3M-9QXA-2BCD-EF01-GHJ4"
ENROL_NONCE = bytes(range(100, 116))

AUDIT = []
for _i, (_action, _obj) in enumerate([("login.success", None), ("case.view", "c-1"), ("referral.approve", "r-1")]):
    AUDIT.append(make_entry(seq=_i + 1, at=f"2026-11-28T08:5{_i}:00Z", actor="officer-7", action=_action,
                            object_id=_obj, prev=AUDIT[-1]["hash"] if AUDIT else GENESIS))

PAYLOAD = {
    "referral": {"id": "0190f0aa-0000-7000-8000-000000000001", "services": ["shelter", "legal_aid"],
                 "urgency": "high", "organisation": "org-42"},
    "case": {"ref": "ISB-2026-000042", "age_group": "adult", "language": "ur", "name": "سارہ"},
    "audit": AUDIT,
}
CANONICAL_SAMPLE = {"b": [1, True, None, "x"], "a": {"z": "ü", "y": -5}, "ä": ""}
