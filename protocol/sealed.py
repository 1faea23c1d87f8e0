"""Per-device sealed files (*.nrms) in the updates feed: HPKE to the device's X25519 key."""

from __future__ import annotations

import struct
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from protocol import hpke_suites
from protocol.canonical import canonical, parse_canonical, tagged
from protocol.errors import MalformedData, ProtocolError, SealedFileInvalid
from protocol.keys import key_id_bytes

MAGIC = b"NRMS"
VERSION = 1
HEADER_LEN = 23  # magic 4, version 1, suite 2, recipient key id 16
DOMAIN = "nrm/sealed-file/v1"


def seal_file(
    doc: dict[str, Any], *, device_id: str, device_public_key: X25519PublicKey,
    suite: int = hpke_suites.SUITE_X25519_CHACHA20,
) -> bytes:
    """Seal a JSON document to one device; info binds the header and the device id."""
    head = MAGIC + struct.pack(">BH", VERSION, suite) + key_id_bytes(device_public_key)
    info = tagged(DOMAIN, head, device_id.encode("utf-8"))
    return head + hpke_suites.seal(suite, canonical(doc), public_key=device_public_key, info=info)


def open_sealed_file(data: bytes, *, device_id: str, device_private_key: X25519PrivateKey) -> Any:
    """Open a sealed file addressed to this device, raising SealedFileInvalid on any failure."""
    head = data[:HEADER_LEN]
    if len(data) < HEADER_LEN + hpke_suites.ENC_LEN + hpke_suites.TAG_LEN or head[:4] != MAGIC or head[4] != VERSION:
        raise SealedFileInvalid("not a sealed file v1")
    if head[7:23] != key_id_bytes(device_private_key):
        raise SealedFileInvalid("sealed to another device key")
    suite = struct.unpack(">H", head[5:7])[0]
    info = tagged(DOMAIN, head, device_id.encode("utf-8"))
    try:
        plaintext = hpke_suites.open_(suite, data[HEADER_LEN:], private_key=device_private_key, info=info)
        return parse_canonical(plaintext)
    except (ProtocolError, MalformedData) as exc:
        raise SealedFileInvalid(f"sealed file does not open ({exc.code})") from None
