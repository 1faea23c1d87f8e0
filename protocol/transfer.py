"""Case transfers between posts (issue 14): the case document signed by the sending device and sealed end to end to
each device of the receiving post; the office relays the sealed copies and learns only the metadata.

A sealed copy (*.nrmt) is magic "NRMT" ‖ version ‖ suite (u16 BE) ‖ recipient key id (16) ‖ HPKE(enc ‖ ct ‖ tag).
HPKE's info binds the header, the transfer id and the recipient device id, so a copy cannot be moved to another
transfer or another device. Inside is a signed document (protocol.signing) of kind "transfer" under the domain
"nrm/transfer/v1", signed by the sending device's Ed25519 key; the receiver checks it against the key the office
vouches for in its signed feed, and checks that the signed body names this transfer, the sending post and itself.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from protocol import hpke_suites
from protocol.canonical import b64d, b64e, tagged
from protocol.errors import MalformedData, ProtocolError
from protocol.keys import key_id, key_id_bytes
from protocol.signing import parse_doc, sign_doc, verify_doc

MAGIC = b"NRMT"
VERSION = 1
HEADER_LEN = 23  # magic 4, version 1, suite 2, recipient key id 16
SEAL_DOMAIN = "nrm/transfer-seal/v1"
SIGN_DOMAIN = "nrm/transfer/v1"
FORMAT = "nrm-desk/transfer@1"
MAX_DOCUMENT = 12 * 1024 * 1024  # decompressed bytes of one signed transfer document
MAX_SEALED = 8 * 1024 * 1024  # one sealed copy (the bundle that carries it is bounded by the envelope's limit too)
ID_RE = re.compile(r"^[0-9a-f]{32}$")
POST_RE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
ACTIONS = ("send", "received", "accept", "refuse")
STATES = ("approved", "at_office", "delivered", "accepted", "refused")


class TransferInvalid(ProtocolError):
    """A transfer copy that does not open, is not signed by the vouched key, or names another transfer or post."""

    code = "transfer_invalid"


@dataclass(frozen=True)
class OpenedTransfer:
    """A verified transfer document: who sent it, to whom, and the case document it carries."""

    transfer_id: str
    from_post: str
    to_post: str
    body: dict[str, Any]


def _info(head: bytes, transfer_id: str, device_id: str) -> bytes:
    return tagged(SEAL_DOMAIN, head, transfer_id.encode("ascii"), device_id.encode("utf-8"))


def sign_transfer(body: dict[str, Any], *, signing_key: Ed25519PrivateKey) -> bytes:
    """The signed, compressed document (one signature, sealed once per receiving device)."""
    check_body(body)
    return zlib.compress(sign_doc("transfer", body, domain=SIGN_DOMAIN, signing_key=signing_key), 9)


def seal_copy(signed: bytes, *, transfer_id: str, device_id: str, device_public_key: X25519PublicKey,
              suite: int = hpke_suites.SUITE_X25519_CHACHA20) -> bytes:
    """Seal the signed document to one device of the receiving post."""
    head = MAGIC + struct.pack(">BH", VERSION, suite) + key_id_bytes(device_public_key)
    return head + hpke_suites.seal(suite, signed, public_key=device_public_key,
                                   info=_info(head, transfer_id, device_id))


def open_copy(data: bytes, *, transfer_id: str, from_post: str, to_post: str, device_id: str,
              device_private_key: X25519PrivateKey, sender_public: bytes) -> OpenedTransfer:
    """Open a copy sealed to this device and verify the sender's signature and the names in the signed body."""
    head = data[:HEADER_LEN]
    if len(data) < HEADER_LEN + hpke_suites.ENC_LEN + hpke_suites.TAG_LEN or head[:4] != MAGIC or head[4] != VERSION:
        raise TransferInvalid("not a sealed transfer copy v1")
    if len(data) > MAX_SEALED:
        raise TransferInvalid("the sealed transfer copy is too large")
    if head[7:23] != key_id_bytes(device_private_key):
        raise TransferInvalid("sealed to another device")
    suite = struct.unpack(">H", head[5:7])[0]
    try:
        signed = hpke_suites.open_(suite, data[HEADER_LEN:], private_key=device_private_key,
                                   info=_info(head, transfer_id, device_id))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(signed, MAX_DOCUMENT + 1)
        if len(raw) > MAX_DOCUMENT or not inflater.eof or inflater.unused_data:
            raise MalformedData("transfer document too large or not one zlib stream")
        doc = parse_doc("transfer", raw)
    except (ProtocolError, zlib.error) as exc:
        raise TransferInvalid(f"the transfer copy does not open ({getattr(exc, 'code', 'zlib')})") from None
    if doc.key_id != key_id(sender_public):
        raise TransferInvalid("signed by a key the office does not vouch for")
    verify_doc(doc, domain=SIGN_DOMAIN, public=sender_public, error=TransferInvalid)
    try:
        check_body(doc.body)
    except MalformedData as exc:
        raise TransferInvalid(f"the transfer document is malformed ({exc})") from None
    body = doc.body
    if (body["transfer_id"], body["from_post"], body["to_post"]) != (transfer_id, from_post, to_post):
        raise TransferInvalid("the signed document names another transfer or another post")
    return OpenedTransfer(transfer_id, from_post, to_post, body)


def check_body(body: Any) -> None:
    """The signed document's envelope fields (the case inside is checked by the post that imports it)."""
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise MalformedData(f"a transfer document is {FORMAT}")
    for name in ("transfer_id", "from_post", "to_post", "reason", "approved_at"):
        if not isinstance(body.get(name), str):
            raise MalformedData(f"transfer document {name}")
    if not ID_RE.match(body["transfer_id"]) or not POST_RE.match(body["from_post"]) or not POST_RE.match(
            body["to_post"]):
        raise MalformedData("transfer document ids")
    if not isinstance(body.get("case"), dict):
        raise MalformedData("transfer document case")


# ----- the bundle payload (the outer envelope to the office) -----
def check_payload(payload: Any) -> None:
    """{"kind": "transfer", "transfer": {...}, "audit": [...]}: a send carries sealed copies, an answer none."""
    if not isinstance(payload, dict) or set(payload) != {"kind", "transfer", "audit"}:
        raise MalformedData("a transfer payload must have exactly kind, transfer, audit")
    if not isinstance(payload["audit"], list):
        raise MalformedData("a transfer payload carries a list of audit entries")
    t = payload["transfer"]
    if not isinstance(t, dict) or t.get("action") not in ACTIONS:
        raise MalformedData("transfer action")
    if not isinstance(t.get("id"), str) or not ID_RE.match(t["id"]):
        raise MalformedData("transfer id")
    if t["action"] == "send":
        if set(t) != {"action", "id", "to_post", "copies"}:
            raise MalformedData("a transfer send has exactly action, id, to_post, copies")
        if not isinstance(t["to_post"], str) or not POST_RE.match(t["to_post"]):
            raise MalformedData("transfer to_post")
        copies = t["copies"]
        if not isinstance(copies, list) or not copies or len(copies) > 16:
            raise MalformedData("a transfer send carries 1 to 16 sealed copies")
        for copy in copies:
            if not isinstance(copy, dict) or set(copy) != {"device_id", "sealed"} or not isinstance(
                    copy["device_id"], str):
                raise MalformedData("transfer copy")
            b64d(copy["sealed"])
    else:
        allowed = {"action", "id", "reason"} if t["action"] == "refuse" else {"action", "id"}
        if set(t) != allowed or (t["action"] == "refuse" and not isinstance(t.get("reason"), str)):
            raise MalformedData(f"a transfer {t['action']} has exactly {', '.join(sorted(allowed))}")


def copy_entry(device_id: str, sealed: bytes) -> dict[str, str]:
    """One sealed copy as the payload lists it."""
    return {"device_id": device_id, "sealed": b64e(sealed)}
