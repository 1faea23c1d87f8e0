"""Receipts: the office's signed acknowledgement of one stored bundle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from protocol.audit import Checkpoint, parse_checkpoint
from protocol.canonical import format_time, hex32, parse_time, sha256
from protocol.envelope import parse_header
from protocol.errors import MalformedData, ProtocolError, ReceiptInvalid, ReceiptMismatch
from protocol.signing import parse_doc, sign_doc, verify_doc

DOMAIN = "nrm/receipt/v1"
KEYS = frozenset({"type", "v", "bundle_id", "device_id", "seq", "blob_sha256", "audit_accepted", "received_at"})


@dataclass(frozen=True)
class Receipt:
    """A verified receipt."""

    bundle_id: str
    device_id: str
    seq: int
    blob_sha256: str
    audit_accepted: Checkpoint
    received_at: datetime
    raw: bytes


def sign_receipt(
    *, bundle_id: str, device_id: str, seq: int, blob_sha256: str, audit_accepted: Checkpoint,
    received_at: datetime | str, signing_key: Ed25519PrivateKey, signing_key_id: str | None = None,
) -> bytes:
    """The office side: sign one receipt (canonical JSON bytes); `signing_key_id` when the caller keeps it."""
    body: dict[str, Any] = {
        "type": "nrm/receipt", "v": 1, "bundle_id": bundle_id, "device_id": device_id, "seq": seq,
        "blob_sha256": blob_sha256, "audit_accepted": audit_accepted.as_dict(),
        "received_at": received_at if isinstance(received_at, str) else format_time(received_at),
    }
    return sign_doc("receipt", body, domain=DOMAIN, signing_key=signing_key, signing_key_id=signing_key_id)


def verify_receipt(data: bytes, *, receipt_public_key: bytes, envelope: bytes) -> Receipt:
    """The post side: verify against the pinned receipt key AND the envelope bytes it stored."""
    try:
        header = parse_header(envelope)
    except ProtocolError:
        raise ReceiptMismatch("the stored envelope is not an envelope") from None
    return verify_receipt_digest(data, receipt_public_key=receipt_public_key, blob_sha256=sha256(envelope).hex(),
                                 bundle_id=header.bundle_id.hex())


def verify_receipt_digest(data: bytes, *, receipt_public_key: bytes, blob_sha256: str, bundle_id: str) -> Receipt:
    """Verify against the pinned receipt key and the hash and id of the envelope it is for (an envelope whose
    bytes the post cleared after a retention purge keeps only these)."""
    try:
        doc = parse_doc("receipt", data)
    except MalformedData as exc:
        raise ReceiptInvalid(f"receipt is malformed ({exc})") from None
    verify_doc(doc, domain=DOMAIN, public=receipt_public_key, error=ReceiptInvalid)
    receipt = _fields(doc.body, data)
    if receipt.blob_sha256 != blob_sha256 or receipt.bundle_id != bundle_id:
        raise ReceiptMismatch("receipt is for other bytes than the envelope we hold")
    return receipt


def _fields(body: dict[str, Any], raw: bytes) -> Receipt:
    """Type-check the signed body."""
    try:
        if set(body) != KEYS or body["type"] != "nrm/receipt" or body["v"] != 1:
            raise MalformedData("receipt fields")
        hex32(body["blob_sha256"])
        if not isinstance(body["seq"], int) or not isinstance(body["device_id"], str):
            raise MalformedData("receipt seq/device_id")
        if not isinstance(body["bundle_id"], str):
            raise MalformedData("receipt bundle_id")
        return Receipt(body["bundle_id"], body["device_id"], body["seq"], body["blob_sha256"],
                       parse_checkpoint(body["audit_accepted"]), parse_time(body["received_at"]), raw)
    except MalformedData as exc:
        raise ReceiptInvalid(f"signed receipt is malformed ({exc})") from None
