"""The bundle envelope (*.nrmb): device-signed, then HPKE-sealed to the office bundle key."""

from __future__ import annotations

import os
import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from protocol import hpke_suites, transfer
from protocol.audit import Checkpoint, parse_checkpoint
from protocol.canonical import canonical, format_time, hex32, parse_canonical, parse_time, sha256, tagged
from protocol.errors import (
    BadMagic,
    BadSignature,
    HeaderMismatch,
    InnerMalformed,
    MalformedData,
    PayloadHashMismatch,
    PayloadMalformed,
    RevokedDevice,
    TruncatedEnvelope,
    UnknownDevice,
    UnsupportedVersion,
    WrongRecipient,
)
from protocol.keys import ed25519_public, key_id_bytes

MAGIC = b"NRMB"
VERSION = 1
HEADER_LEN = 39  # magic 4, version 1, suite 2, bundle id 16, recipient key id 16
MIN_LEN = HEADER_LEN + hpke_suites.ENC_LEN + hpke_suites.TAG_LEN
SIG_LEN = 64
MAX_PAYLOAD = 8 * 1024 * 1024  # decompressed bytes
PAYLOAD_ENCODING = "zlib+canonical-json"
INFO_DOMAIN = "nrm/envelope/v1"
SIG_DOMAIN = "nrm/envelope-sig/v1"
INNER_KEYS = frozenset(
    {"v", "bundle_id", "device_id", "seq", "recipient_key_id", "created_at", "payload_sha256",
     "payload_encoding", "audit"}
)


@dataclass(frozen=True)
class VisibleHeader:
    """The 39 bytes anyone holding the file can read."""

    suite: int
    bundle_id: bytes
    recipient_key_id: bytes

    def to_bytes(self) -> bytes:
        """Encode: magic, version, suite (u16 BE), bundle id, recipient key id."""
        return MAGIC + struct.pack(">BH", VERSION, self.suite) + self.bundle_id + self.recipient_key_id


@dataclass(frozen=True)
class DeviceKey:
    """What the opener needs to know about a device: its Ed25519 key and whether it is revoked."""

    signing_public: bytes
    revoked: bool = False


@dataclass(frozen=True)
class OpenedEnvelope:
    """A verified envelope: inner header fields, the payload, and the hash of the whole file."""

    bundle_id: str
    device_id: str
    seq: int
    created_at: str
    recipient_key_id: str
    checkpoint: Checkpoint
    payload: dict[str, Any]
    blob_sha256: str
    inner_header: bytes


DeviceLookup = Callable[[str], DeviceKey | None]


def parse_header(data: bytes) -> VisibleHeader:
    """Check 1: magic, version, suite and minimum length; return the visible header."""
    if data[:4] != MAGIC:
        raise BadMagic("not an NRM Desk envelope")
    if len(data) < 5 or data[4] != VERSION:
        raise UnsupportedVersion("unsupported envelope version")
    if len(data) < 7:
        raise TruncatedEnvelope("envelope ends inside its header")
    suite = struct.unpack(">H", data[5:7])[0]
    hpke_suites.check_suite(suite)
    if len(data) < MIN_LEN:
        raise TruncatedEnvelope("envelope is shorter than header plus HPKE overhead")
    return VisibleHeader(suite, data[7:23], data[23:39])


def hpke_info(header: bytes) -> bytes:
    """HPKE info binds the visible header: lp("nrm/envelope/v1") ‖ lp(header)."""
    return tagged(INFO_DOMAIN, header)


def signed_message(header: bytes, inner: bytes) -> bytes:
    """What the device signs: lp("nrm/envelope-sig/v1") ‖ lp(visible header) ‖ lp(inner header)."""
    return tagged(SIG_DOMAIN, header, inner)


def compress_payload(payload: dict[str, Any]) -> bytes:
    """Canonical JSON, zlib level 9 (deterministic)."""
    check_payload_shape(payload)
    return zlib.compress(canonical(payload), 9)


def seal_envelope(
    payload: dict[str, Any],
    *,
    device_id: str,
    seq: int,
    signing_key: Ed25519PrivateKey,
    recipient_public_key: X25519PublicKey,
    audit_checkpoint: Checkpoint,
    created_at: datetime | str,
    bundle_id: bytes | None = None,
    suite: int = hpke_suites.SUITE_X25519_CHACHA20,
) -> bytes:
    """Sign, then encrypt, one bundle; returns the .nrmb bytes (seal once, resend the same bytes)."""
    header = VisibleHeader(suite, bundle_id or os.urandom(16), key_id_bytes(recipient_public_key))
    body = compress_payload(payload)
    inner = {
        "v": VERSION,
        "bundle_id": header.bundle_id.hex(),
        "device_id": device_id,
        "seq": seq,
        "recipient_key_id": header.recipient_key_id.hex(),
        "created_at": created_at if isinstance(created_at, str) else format_time(created_at),
        "payload_sha256": sha256(body).hex(),
        "payload_encoding": PAYLOAD_ENCODING,
        "audit": audit_checkpoint.as_dict(),
    }
    return build_envelope(header, canonical(inner), body, signing_key=signing_key,
                          recipient_public_key=recipient_public_key)


def build_envelope(
    header: VisibleHeader, inner: bytes, body: bytes, *, signing_key: Ed25519PrivateKey,
    recipient_public_key: X25519PublicKey,
) -> bytes:
    """Low-level assembly from already-encoded parts (tests use it to build inconsistent envelopes)."""
    head = header.to_bytes()
    signature = signing_key.sign(signed_message(head, inner))
    plaintext = struct.pack(">I", len(inner)) + inner + signature + body
    return head + hpke_suites.seal(header.suite, plaintext, public_key=recipient_public_key, info=hpke_info(head))


def open_envelope(
    data: bytes, *, recipient_private_key: X25519PrivateKey, device_lookup: DeviceLookup,
    recipient_key_id: bytes | None = None,
) -> OpenedEnvelope:
    """Checks 1-7 of DESIGN.md §5 in order; sequence and audit-chain checks need the receiver's state.

    `recipient_key_id`: the private key's id when the caller keeps it (an office opens many envelopes)."""
    header = parse_header(data)
    if header.recipient_key_id != (recipient_key_id or key_id_bytes(recipient_private_key)):
        raise WrongRecipient("sealed to another office key")
    head = data[:HEADER_LEN]
    plaintext = hpke_suites.open_(header.suite, data[HEADER_LEN:], private_key=recipient_private_key,
                                  info=hpke_info(head))
    inner_bytes, signature, body = _split_plaintext(plaintext)
    inner = _parse_inner(inner_bytes)
    device = device_lookup(inner["device_id"])
    if device is None:
        raise UnknownDevice("device is not enrolled")
    if device.revoked:
        raise RevokedDevice("device is revoked")
    _verify_signature(device.signing_public, signature, signed_message(head, inner_bytes))
    _check_agreement(header, inner)
    if sha256(body).hex() != inner["payload_sha256"]:
        raise PayloadHashMismatch("payload does not match the signed hash")
    return OpenedEnvelope(
        bundle_id=inner["bundle_id"], device_id=inner["device_id"], seq=inner["seq"],
        created_at=inner["created_at"], recipient_key_id=inner["recipient_key_id"],
        checkpoint=parse_checkpoint(inner["audit"]), payload=decode_payload(body),
        blob_sha256=sha256(data).hex(), inner_header=inner_bytes,
    )


def _split_plaintext(plaintext: bytes) -> tuple[bytes, bytes, bytes]:
    """Split u32 length ‖ inner header ‖ 64-byte signature ‖ payload."""
    if len(plaintext) < 4:
        raise InnerMalformed("plaintext too short")
    size = struct.unpack(">I", plaintext[:4])[0]
    if len(plaintext) < 4 + size + SIG_LEN:
        raise InnerMalformed("plaintext shorter than its inner header and signature")
    return plaintext[4 : 4 + size], plaintext[4 + size : 4 + size + SIG_LEN], plaintext[4 + size + SIG_LEN :]


def _parse_inner(inner_bytes: bytes) -> dict[str, Any]:
    """Parse and type-check the inner header (canonical JSON)."""
    try:
        inner = parse_canonical(inner_bytes)
        if not isinstance(inner, dict) or set(inner) != INNER_KEYS or inner["v"] != VERSION:
            raise MalformedData("inner header fields")
        _check_device_id(inner["device_id"])
        if not isinstance(inner["seq"], int) or isinstance(inner["seq"], bool) or inner["seq"] < 1:
            raise MalformedData("seq")
        for name in ("bundle_id", "recipient_key_id"):
            if not isinstance(inner[name], str) or len(inner[name]) != 32:
                raise MalformedData(name)
            bytes.fromhex(inner[name])
        parse_time(inner["created_at"])
        hex32(inner["payload_sha256"])
        parse_checkpoint(inner["audit"])
        if inner["payload_encoding"] != PAYLOAD_ENCODING:
            raise MalformedData("payload_encoding")
    except (MalformedData, ValueError) as exc:
        raise InnerMalformed(f"inner header is malformed ({exc})") from None
    return inner


_DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _check_device_id(value: Any) -> None:
    """Device ids are 1-64 characters of [A-Za-z0-9_-]."""
    if not isinstance(value, str) or _DEVICE_ID.fullmatch(value) is None:
        raise MalformedData("device_id")


def _verify_signature(public: bytes, signature: bytes, message: bytes) -> None:
    """Check 5: Ed25519 over both headers."""
    try:
        ed25519_public(public).verify(signature, message)
    except InvalidSignature:
        raise BadSignature("device signature does not verify") from None


def _check_agreement(header: VisibleHeader, inner: dict[str, Any]) -> None:
    """Check 6: the signed inner header repeats the visible bundle id and recipient key id."""
    if inner["bundle_id"] != header.bundle_id.hex() or inner["recipient_key_id"] != header.recipient_key_id.hex():
        raise HeaderMismatch("inner and visible headers disagree")


def decode_payload(body: bytes) -> dict[str, Any]:
    """Decompress (bounded) and parse the payload, checking its shape."""
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(body, MAX_PAYLOAD + 1)
        if len(raw) > MAX_PAYLOAD or not inflater.eof or inflater.unused_data:
            raise PayloadMalformed("payload too large or not one complete zlib stream")
        payload: dict[str, Any] = parse_canonical(raw)
        check_payload_shape(payload)
    except zlib.error:
        raise PayloadMalformed("payload does not decompress") from None
    except MalformedData as exc:
        raise PayloadMalformed(f"payload is malformed ({exc})") from None
    return payload


def check_payload_shape(payload: Any) -> None:
    """A referral bundle {"referral": {"id": str, ...}, "case": object or null, "audit": [entries],
    optionally "stats": [records]}, or a stats bundle {"kind": "stats", "stats": [records], "audit": [entries]}, or
    a withdrawal bundle {"kind": "withdrawal", "withdrawal": {item}, "audit": [entries]} (issue 16), or a transfer
    bundle {"kind": "transfer", "transfer": {...}, "audit": [entries]} (issue 14). The office stores a bundle naming
    no referral under its payload's kind.

    "stats" is additive (issue 13): bundles of posts that predate it have none and are read as before.
    """
    if isinstance(payload, dict) and payload.get("kind") == "transfer":  # issue 14: protocol/transfer.py
        transfer.check_payload(payload)
        return
    if isinstance(payload, dict) and payload.get("kind") == "stats":
        if set(payload) != {"kind", "stats", "audit"}:
            raise MalformedData("a stats payload must have exactly kind, stats, audit")
        if not isinstance(payload["stats"], list) or not isinstance(payload["audit"], list):
            raise MalformedData("a stats payload carries lists of records and audit entries")
        return
    if isinstance(payload, dict) and payload.get("kind") == "withdrawal":  # issue 16; item: protocol.withdrawal
        if set(payload) != {"kind", "withdrawal", "audit"} or not isinstance(payload["audit"], list):
            raise MalformedData("a withdrawal payload must have exactly kind, withdrawal, audit")
        return
    if not isinstance(payload, dict) or set(payload) - {"stats"} != {"referral", "case", "audit"}:
        raise MalformedData("payload must have exactly referral, case, audit (and optionally stats)")
    if not isinstance(payload.get("stats", []), list):
        raise MalformedData("payload stats must be a list")
    referral = payload["referral"]
    if not isinstance(referral, dict) or not isinstance(referral.get("id"), str) or not referral["id"]:
        raise MalformedData("payload referral needs a string id")
    if payload["case"] is not None and not isinstance(payload["case"], dict):
        raise MalformedData("payload case must be an object or null")
    if not isinstance(payload["audit"], list):
        raise MalformedData("payload audit must be a list")
