"""Golden vectors: fixed keys; everything deterministic is rebuilt byte for byte, the envelope is re-derived."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from protocol import hpke_suites
from protocol.audit import Checkpoint, make_entry
from protocol.canonical import canonical, parse_canonical, sha256
from protocol.envelope import (
    HEADER_LEN,
    DeviceKey,
    compress_payload,
    hpke_info,
    open_envelope,
    signed_message,
)
from protocol.keys import key_id, raw_public
from protocol.receipt import verify_receipt
from protocol.sealed import open_sealed_file
from tests.vectors import fixed as F
from tests.vectors import make_vectors

V = json.loads((Path(__file__).resolve().parents[1] / "vectors" / "vectors.json").read_text("utf-8"))
ENV = bytes.fromhex(V["envelope"]["hex"])


def test_key_ids():
    for name, key in [("device_signing", F.DEVICE_SIGNING), ("office_bundle", F.OFFICE_BUNDLE),
                      ("office_feed", F.OFFICE_FEED), ("device_box", F.DEVICE_BOX)]:
        assert V["keys"][name] == {"public": raw_public(key).hex(), "key_id": key_id(key)}


def test_canonical_bytes():
    assert canonical(V["canonical"]["input"]).hex() == V["canonical"]["bytes_hex"]


def test_audit_chain():
    prev = "0" * 64
    for stored in V["audit"]:
        rebuilt = make_entry(seq=stored["seq"], at=stored["at"], actor=stored["actor"], action=stored["action"],
                             object_id=stored["object_id"], prev=prev)
        assert rebuilt == stored
        prev = stored["hash"]


@pytest.mark.parametrize("name", ["root_json", "receipt", "feed"])
def test_deterministic_documents_rebuild_byte_for_byte(name):
    assert make_vectors.build(ENV)[name] == V[name]


def test_enrolment_messages_rebuild_byte_for_byte():
    assert make_vectors.build(ENV)["enrolment"] == V["enrolment"]


def test_envelope_every_inner_part_is_re_derived():
    env = bytes.fromhex(V["envelope"]["hex"])
    vec = V["envelope"]
    head = env[:HEADER_LEN]
    assert head.hex() == vec["visible_header_hex"]
    assert head == b"NRMB\x01\x00\x01" + F.BUNDLE_ID + bytes.fromhex(V["keys"]["office_bundle"]["key_id"])
    assert hpke_info(head).hex() == vec["hpke_info_hex"]
    plain = hpke_suites.open_(1, env[HEADER_LEN:], private_key=F.OFFICE_BUNDLE, info=hpke_info(head))
    n = int.from_bytes(plain[:4], "big")
    inner, sig, body = plain[4 : 4 + n], plain[4 + n : 4 + n + 64], plain[4 + n + 64 :]
    assert inner.decode() == vec["inner_header"]
    assert parse_canonical(inner) == {
        "v": 1, "bundle_id": F.BUNDLE_ID.hex(), "device_id": F.DEVICE_ID, "seq": 42,
        "recipient_key_id": V["keys"]["office_bundle"]["key_id"], "created_at": F.CREATED_AT,
        "payload_sha256": sha256(body).hex(), "payload_encoding": "zlib+canonical-json",
        "audit": {"size": 3, "head": F.AUDIT[-1]["hash"]}}
    assert signed_message(head, inner).hex() == vec["signed_message_hex"]
    assert F.DEVICE_SIGNING.sign(signed_message(head, inner)) == sig == bytes.fromhex(vec["signature_hex"])
    assert body == compress_payload(F.PAYLOAD) == bytes.fromhex(vec["payload_zlib_hex"])
    assert zlib.decompress(body) == canonical(F.PAYLOAD)
    assert sha256(env).hex() == vec["blob_sha256"]
    opened = open_envelope(env, recipient_private_key=F.OFFICE_BUNDLE,
                           device_lookup=lambda d: DeviceKey(raw_public(F.DEVICE_SIGNING)) if d == F.DEVICE_ID else None)
    assert opened.payload == F.PAYLOAD and opened.checkpoint == Checkpoint(3, F.AUDIT[-1]["hash"])


def test_receipt_vector_verifies_against_the_envelope_vector():
    env = bytes.fromhex(V["envelope"]["hex"])
    receipt = verify_receipt(V["receipt"].encode(), receipt_public_key=raw_public(F.OFFICE_RECEIPT), envelope=env)
    assert receipt.seq == 42


def test_sealed_file_vector_opens():
    sealed = bytes.fromhex(V["sealed_file"]["hex"])
    assert open_sealed_file(sealed, device_id=F.DEVICE_ID, device_private_key=F.DEVICE_BOX) == V["sealed_file"]["doc"]
