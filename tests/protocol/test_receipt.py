"""Receipts: verified against the pinned key and the post's own stored bytes; forgeries refused."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from protocol.audit import Checkpoint
from protocol.canonical import canonical, sha256
from protocol.errors import ReceiptInvalid, ReceiptMismatch
from protocol.keys import raw_public
from protocol.receipt import sign_receipt, verify_receipt

KEY = Ed25519PrivateKey.generate()


def receipt_for(envelope: bytes, key: Ed25519PrivateKey = KEY, **changes) -> bytes:
    fields = {"bundle_id": envelope[7:23].hex(), "device_id": "dev-1", "seq": 1, "blob_sha256": sha256(envelope).hex(),
              "audit_accepted": Checkpoint(1, "ab" * 32), "received_at": "2026-11-28T09:05:00Z", **changes}
    return sign_receipt(signing_key=key, **fields)


def test_valid_receipt(world):
    env = world.seal()
    receipt = verify_receipt(receipt_for(env), receipt_public_key=raw_public(KEY), envelope=env)
    assert receipt.seq == 1 and receipt.blob_sha256 == sha256(env).hex()


def test_receipt_signed_by_another_key_is_refused(world):
    env = world.seal()
    with pytest.raises(ReceiptInvalid):
        verify_receipt(receipt_for(env, Ed25519PrivateKey.generate()), receipt_public_key=raw_public(KEY), envelope=env)


def test_receipt_with_an_edited_field_is_refused(world):
    env = world.seal()
    doc = json.loads(receipt_for(env))
    doc["receipt"]["seq"] = 2
    with pytest.raises(ReceiptInvalid):
        verify_receipt(canonical(doc), receipt_public_key=raw_public(KEY), envelope=env)


def test_key_id_swapped_to_the_pinned_one_is_still_refused(world):
    env = world.seal()
    forger = Ed25519PrivateKey.generate()
    doc = json.loads(receipt_for(env, forger))
    doc["key_id"] = json.loads(receipt_for(env))["key_id"]
    with pytest.raises(ReceiptInvalid):
        verify_receipt(canonical(doc), receipt_public_key=raw_public(KEY), envelope=env)


def test_receipt_for_other_bytes_is_a_mismatch(world):
    env, other = world.seal(), world.seal()
    with pytest.raises(ReceiptMismatch):
        verify_receipt(receipt_for(other), receipt_public_key=raw_public(KEY), envelope=env)
    with pytest.raises(ReceiptMismatch):
        verify_receipt(receipt_for(env, bundle_id="00" * 16), receipt_public_key=raw_public(KEY), envelope=env)


@pytest.mark.parametrize("data", [b"", b"{}", b"not json", b'{"receipt":{},"key_id":"x","sig":"AA=="}'])
def test_garbage_is_receipt_invalid(world, data):
    with pytest.raises(ReceiptInvalid):
        verify_receipt(data, receipt_public_key=raw_public(KEY), envelope=world.seal())


def test_truncated_receipt_is_receipt_invalid(world):
    env = world.seal()
    data = receipt_for(env)
    for size in range(0, len(data), 7):
        with pytest.raises(ReceiptInvalid):
            verify_receipt(data[:size], receipt_public_key=raw_public(KEY), envelope=env)
