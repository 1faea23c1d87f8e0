"""protocol/transfer.py: a case transfer copy opens only for its device, its transfer and the vouched sender, and
the transfer payload's shape is exact."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol.canonical import b64e
from protocol.errors import MalformedData
from protocol.keys import raw_public
from protocol.transfer import FORMAT, TransferInvalid, check_payload, open_copy, seal_copy, sign_transfer

TID = "ab" * 16


def _body(**changes):
    body = {"format": FORMAT, "transfer_id": TID, "from_post": "TKM", "to_post": "ISB", "reason": "moved",
            "approved_at": "2026-12-05T04:00:00Z", "case": {"format": "nrm-desk/cases@2", "cases": []}}
    return {**body, **changes}


def _sealed(body=None, *, sender=None, box=None, device_id="dev-isb"):
    sender = sender or Ed25519PrivateKey.generate()
    box = box or X25519PrivateKey.generate()
    signed = sign_transfer(body or _body(), signing_key=sender)
    return seal_copy(signed, transfer_id=TID, device_id=device_id, device_public_key=box.public_key()), sender, box


def _open(data, sender, box, **changes):
    args = {"transfer_id": TID, "from_post": "TKM", "to_post": "ISB", "device_id": "dev-isb",
            "device_private_key": box, "sender_public": raw_public(sender), **changes}
    return open_copy(data, **args)


def test_a_copy_opens_for_its_device_and_names_what_was_signed():
    data, sender, box = _sealed()
    opened = _open(data, sender, box)
    assert (opened.transfer_id, opened.from_post, opened.to_post, opened.body["reason"]) == (TID, "TKM", "ISB", "moved")


@pytest.mark.parametrize("changes", [
    {"device_id": "dev-other"},  # moved to another device of the same key
    {"transfer_id": "cd" * 16},  # moved to another transfer
    {"device_private_key": X25519PrivateKey.generate()},  # another post's device
    {"sender_public": raw_public(Ed25519PrivateKey.generate())},  # a key the office does not vouch for
    {"from_post": "KHI"},  # the office claims another sender
    {"to_post": "LHE"},  # addressed to another post
])
def test_a_copy_refuses_anything_else(changes):
    data, sender, box = _sealed()
    with pytest.raises(TransferInvalid):
        _open(data, sender, box, **changes)


def test_a_flipped_bit_anywhere_is_refused():
    data, sender, box = _sealed()
    for index in (0, 5, 10, 30, len(data) // 2, len(data) - 1):
        broken = bytearray(data)
        broken[index] ^= 0x01
        with pytest.raises(TransferInvalid):
            _open(bytes(broken), sender, box)


def test_a_signed_body_naming_another_transfer_is_refused():
    data, sender, box = _sealed(_body(transfer_id="ef" * 16))
    with pytest.raises(TransferInvalid, match="another transfer"):
        _open(data, sender, box)


def test_the_payload_shape_is_exact():
    copy = {"device_id": "dev-isb", "sealed": b64e(b"x" * 80)}
    check_payload({"kind": "transfer", "audit": [], "transfer": {"action": "send", "id": TID, "to_post": "ISB",
                                                                  "copies": [copy]}})
    check_payload({"kind": "transfer", "audit": [], "transfer": {"action": "refuse", "id": TID, "reason": "no"}})
    check_payload({"kind": "transfer", "audit": [], "transfer": {"action": "received", "id": TID}})
    for bad in (
        {"kind": "transfer", "audit": [], "transfer": {"action": "send", "id": TID, "to_post": "ISB", "copies": []}},
        {"kind": "transfer", "audit": [], "transfer": {"action": "accept", "id": TID, "reason": "x"}},
        {"kind": "transfer", "audit": [], "transfer": {"action": "refuse", "id": TID}},
        {"kind": "transfer", "audit": [], "transfer": {"action": "steal", "id": TID}},
        {"kind": "transfer", "audit": [], "transfer": {"action": "received", "id": "short"}},
        {"kind": "transfer", "audit": [], "transfer": {"action": "received", "id": TID}, "case": None},
    ):
        with pytest.raises(MalformedData):
            check_payload(bad)
