"""The office's side of case transfers (issue 14), on SQLite and PostgreSQL through the real API: it relays the
sealed copies to the receiving post's devices only, vouches for the sender's key, moves the state only forward on
answers from the receiving post, keeps one transfer per id and refuses a send to a post it does not know."""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime

from protocol.canonical import b64e
from protocol.envelope import seal_envelope
from protocol.keys import raw_public, x25519_public
from tests.central.conftest import enrolled_device


def _seal(device, transfer: dict) -> bytes:
    """The device's next bundle carrying a transfer payload (the office never opens the copies inside)."""
    device.record("transfer." + transfer["action"], transfer["id"])
    device.seq += 1
    new = device.audit[device.sent_audit:]
    device.sent_audit = len(device.audit)
    payload = {"kind": "transfer", "transfer": transfer, "audit": new}
    return seal_envelope(payload, device_id=device.device_id, seq=device.seq, signing_key=device.signing_key,
                         recipient_public_key=x25519_public(device.root.key_for("bundle").public),
                         audit_checkpoint=device.checkpoint(), created_at=datetime.now(UTC))


def _device_file(client, device) -> dict:
    _, files = client.fetch_feed(device)
    return files[device.feed_file]


def _send(client, sender, receiver, transfer_id: str, to_post: str = "ISB", blob: bytes = b"sealed-copy" * 8):
    copy = {"device_id": receiver.device_id, "sealed": b64e(blob)}
    client.upload(_seal(sender, {"action": "send", "id": transfer_id, "to_post": to_post, "copies": [copy]}),
                  root=sender.root)


def test_relay_states_and_exactly_once(service, client):
    tkm = enrolled_device(service, client, "TKM")
    isb = enrolled_device(service, client, "ISB")
    khi = enrolled_device(service, client, "KHI")
    posts = _device_file(client, tkm)["posts"]
    assert [p["code"] for p in posts] == ["ISB", "KHI"]
    assert posts[0]["devices"] == [{"device_id": isb.device_id, "box_key": b64e(raw_public(isb.box_key))}]
    tid = os.urandom(16).hex()
    _send(client, tkm, isb, tid)
    _send(client, tkm, isb, tid, blob=b"another copy" * 8)  # a replayed send under a new bundle: still one
    waiting = _device_file(client, isb)["transfers_in"]
    assert [(w["id"], w["from_post"], base64.b64decode(w["sealed"])) for w in waiting] == [
        (tid, "TKM", b"sealed-copy" * 8)]
    assert base64.b64decode(waiting[0]["sender_key"]) == raw_public(tkm.signing_key)  # vouched by the signed feed
    assert "transfers_in" not in _device_file(client, khi)
    assert _device_file(client, tkm)["transfers_out"][0]["state"] == "at_office"

    client.upload(_seal(khi, {"action": "accept", "id": tid}), root=khi.root)  # not KHI's transfer: ignored
    assert _device_file(client, tkm)["transfers_out"][0]["state"] == "at_office"
    client.upload(_seal(isb, {"action": "received", "id": tid}), root=isb.root)
    assert _device_file(client, tkm)["transfers_out"][0]["state"] == "delivered"
    client.upload(_seal(isb, {"action": "refuse", "id": tid, "reason": "not in our custody"}), root=isb.root)
    out = _device_file(client, tkm)["transfers_out"][0]
    assert (out["state"], out["note"]) == ("refused", "not in our custody")
    client.upload(_seal(isb, {"action": "accept", "id": tid}), root=isb.root)  # answered already: no change
    assert _device_file(client, tkm)["transfers_out"][0]["state"] == "refused"
    assert "transfers_in" not in _device_file(client, isb)  # the copies are gone once answered
    kinds = {b["kind"] for b in service.store.bundle_index()}
    assert kinds == {"transfer"}


def test_a_send_to_an_unknown_or_own_post_is_refused_by_the_office(service, client):
    tkm = enrolled_device(service, client, "TKM")
    isb = enrolled_device(service, client, "ISB")
    _send(client, tkm, isb, "11" * 16, to_post="LHE")
    _send(client, tkm, tkm, "22" * 16, to_post="TKM")
    states = {t["id"]: (t["state"], t["note"]) for t in _device_file(client, tkm)["transfers_out"]}
    assert states == {"11" * 16: ("refused", "no_such_post"), "22" * 16: ("refused", "no_such_post")}
    assert "transfers_in" not in _device_file(client, isb)
