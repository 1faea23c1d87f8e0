"""Envelope: round trip, every-offset bit flips, truncation, and each check of DESIGN.md §5 with its code."""

from __future__ import annotations

import struct
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol import errors as E
from protocol.canonical import canonical, sha256
from protocol.envelope import HEADER_LEN, VisibleHeader, build_envelope, open_envelope, parse_header
from protocol.hpke_suites import SUITE_X25519_AES256GCM
from protocol.keys import key_id_bytes
from tests.protocol.conftest import World


def opened(world: World, data: bytes):
    return open_envelope(data, recipient_private_key=world.office, device_lookup=world.lookup)


def refused(world: World, data: bytes) -> str:
    with pytest.raises(E.ProtocolError) as info:
        opened(world, data)
    return info.value.code


def test_round_trip_returns_every_inner_field(world):
    payload = world.payload(3)
    data = world.seal(seq=7, payload=payload)
    env = opened(world, data)
    assert (env.device_id, env.seq, env.created_at) == ("dev-1", 7, "2026-11-28T09:00:00Z")
    assert env.payload == payload
    assert env.checkpoint.size == 3 and env.checkpoint.head == payload["audit"][-1]["hash"]
    assert env.blob_sha256 == sha256(data).hex()
    assert env.bundle_id == data[7:23].hex()


def test_aes_suite_round_trip(world):
    data = world.seal(suite=SUITE_X25519_AES256GCM)
    assert data[5:7] == b"\x00\x02"
    assert opened(world, data).seq == 1


def test_device_and_post_identity_are_not_visible(world):
    data = world.seal()
    assert b"dev-1" not in data and b"officer" not in data and b"shelter" not in data


def expected_code(offset: int) -> str:
    """Which check a flipped bit at this offset of the visible header must trip."""
    if offset < 4:
        return "bad_magic"
    if offset == 4:
        return "unsupported_version"
    if offset in (5, 6):
        return "unsupported_suite"
    if 23 <= offset < HEADER_LEN:
        return "wrong_recipient"
    return "decryption_failed"  # bundle id (bound through HPKE info) and every ciphertext byte


@pytest.mark.parametrize("mask", [0x01, 0x80])
def test_a_flipped_bit_at_every_offset_is_refused_with_the_right_code(world, mask):
    data = world.seal()
    assert len(data) > 400
    for offset in range(len(data)):
        tampered = bytearray(data)
        tampered[offset] ^= mask
        assert refused(world, bytes(tampered)) == expected_code(offset), offset


def test_every_truncation_is_refused(world):
    data = world.seal()
    for size in range(len(data)):
        code = refused(world, data[:size])
        assert code in {"bad_magic", "unsupported_version", "truncated", "decryption_failed"}, size
    assert refused(world, data[:HEADER_LEN + 47]) == "truncated"
    assert refused(world, data + b"\x00") == "decryption_failed"


def test_wrong_recipient(world):
    data = world.seal()
    other = X25519PrivateKey.generate()
    with pytest.raises(E.WrongRecipient):
        open_envelope(data, recipient_private_key=other, device_lookup=world.lookup)


def test_recipient_key_id_rewritten_to_ours_still_fails_decryption(world):
    other = X25519PrivateKey.generate()
    data = bytearray(world.seal(recipient_public_key=other.public_key()))
    data[23:39] = key_id_bytes(world.office)
    assert refused(world, bytes(data)) == "decryption_failed"


def test_unknown_device(world):
    assert refused(world, world.seal(device_id="dev-2")) == "unknown_device"


def test_revoked_device(world):
    data = world.seal()
    world.revoked.add("dev-1")
    assert refused(world, data) == "revoked_device"


def test_forged_device_signature(world):
    forger = Ed25519PrivateKey.generate()
    assert refused(world, world.seal(signing_key=forger)) == "bad_signature"


def parts(world: World, **inner_overrides):
    """Encoded parts of a valid envelope, with the inner header altered as asked."""
    body = zlib.compress(canonical(world.payload()), 9)
    header = VisibleHeader(1, bytes(16), key_id_bytes(world.office))
    inner = {"v": 1, "bundle_id": header.bundle_id.hex(), "device_id": "dev-1", "seq": 1,
             "recipient_key_id": header.recipient_key_id.hex(), "created_at": "2026-11-28T09:00:00Z",
             "payload_sha256": sha256(body).hex(), "payload_encoding": "zlib+canonical-json",
             "audit": {"size": 1, "head": world.payload()["audit"][0]["hash"]}, **inner_overrides}
    return header, canonical(inner), body


def assemble(world: World, header, inner: bytes, body: bytes) -> bytes:
    return build_envelope(header, inner, body, signing_key=world.device, recipient_public_key=world.office.public_key())


def test_signed_inner_header_naming_another_bundle_is_a_header_mismatch(world):
    header, inner, body = parts(world, bundle_id="ff" * 16)
    assert refused(world, assemble(world, header, inner, body)) == "header_mismatch"


def test_signed_inner_header_naming_another_recipient_is_a_header_mismatch(world):
    header, inner, body = parts(world, recipient_key_id="ee" * 16)
    assert refused(world, assemble(world, header, inner, body)) == "header_mismatch"


def test_payload_swapped_under_a_valid_signature_is_a_hash_mismatch(world):
    header, inner, _ = parts(world)
    other = zlib.compress(canonical({**world.payload(), "case": None}), 9)
    assert refused(world, assemble(world, header, inner, other)) == "payload_hash_mismatch"


def test_zip_bomb_payload_is_refused(world):
    bomb = zlib.compress(b"[" * (9 * 1024 * 1024), 9)
    header, inner, _ = parts(world, payload_sha256=sha256(bomb).hex())
    assert refused(world, assemble(world, header, inner, bomb)) == "payload_malformed"


def test_non_canonical_inner_header_is_malformed(world):
    header, inner, body = parts(world)
    assert refused(world, assemble(world, header, inner.replace(b",", b", ", 1), body)) == "inner_malformed"


@pytest.mark.parametrize("override", [{"seq": 0}, {"seq": "1"}, {"device_id": "a b"}, {"created_at": "yesterday"},
                                      {"audit": {"size": 0, "head": "00"}}, {"payload_encoding": "gzip"}])
def test_bad_inner_fields_are_malformed(world, override):
    header, inner, body = parts(world, **override)
    assert refused(world, assemble(world, header, inner, body)) == "inner_malformed"


def test_checks_run_in_design_order(world):
    """A forged signature from an unknown device reports the earlier check (device) first."""
    forger = Ed25519PrivateKey.generate()
    assert refused(world, world.seal(device_id="dev-9", signing_key=forger)) == "unknown_device"
    other = X25519PrivateKey.generate()
    assert refused(world, world.seal(device_id="dev-9", recipient_public_key=other.public_key())) == "wrong_recipient"


def test_header_parse_reports_magic_version_suite():
    with pytest.raises(E.BadMagic):
        parse_header(b"PK\x03\x04" + bytes(100))
    with pytest.raises(E.UnsupportedVersion):
        parse_header(b"NRMB\x02" + bytes(100))
    with pytest.raises(E.UnsupportedSuite):
        parse_header(b"NRMB\x01" + struct.pack(">H", 3) + bytes(100))
    with pytest.raises(E.TruncatedEnvelope):
        parse_header(b"NRMB\x01\x00\x01" + bytes(10))


def test_every_error_code_is_distinct():
    codes = [cls.code for cls in E.ALL_ERRORS]
    assert len(codes) == len(set(codes))
