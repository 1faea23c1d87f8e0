"""Updates feed: rollback, equivocation, expiry with a clock set back, unknown and revoked signers, files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol import errors as E
from protocol.canonical import canonical
from protocol.feed import FeedState, build_feed, verify_feed, verify_file
from protocol.keys import build_root, key_id, parse_root, raw_public
from protocol.sealed import open_sealed_file, seal_file

FEED_KEY = Ed25519PrivateKey.generate()
T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
DIRECTORY = canonical({"type": "nrm/directory", "v": 1, "organisations": [{"id": "org-1"}]})


def root(revoked: tuple[str, ...] = ()):
    keys = {"bundle": raw_public(X25519PrivateKey.generate()), "receipt": raw_public(Ed25519PrivateKey.generate()),
            "feed": raw_public(FEED_KEY)}
    return parse_root(build_root(office_name="HQ", version=1, keys=keys, revoked=revoked))


def feed(version: int, *, files=None, issued: datetime = T0, days: int = 7, key=FEED_KEY) -> bytes:
    return build_feed(version=version, issued_at=issued, expires_at=issued + timedelta(days=days),
                      files=files or [("directory.json", DIRECTORY)], signing_key=key)


def test_accepts_and_advances_state():
    f, state = verify_feed(feed(1), root=root(), state=FeedState(), now=T0)
    assert (f.version, state.version, state.trusted_time) == (1, 1, T0)
    assert verify_file(f, "directory.json", DIRECTORY) == DIRECTORY
    f2, state2 = verify_feed(feed(2, issued=T0 + timedelta(hours=1)), root=root(), state=state, now=T0)
    assert state2.version == 2


def test_same_version_same_bytes_is_idempotent():
    r = root()
    data = feed(1)
    _, state = verify_feed(data, root=r, state=FeedState(), now=T0)
    assert verify_feed(data, root=r, state=state, now=T0)[1] == state


def test_rollback_is_refused():
    r = root()
    _, state = verify_feed(feed(5), root=r, state=FeedState(), now=T0)
    with pytest.raises(E.FeedRollback):
        verify_feed(feed(4), root=r, state=state, now=T0)


def test_equivocation_same_version_other_content_is_refused():
    r = root()
    _, state = verify_feed(feed(3), root=r, state=FeedState(), now=T0)
    other = feed(3, files=[("directory.json", canonical({"type": "nrm/directory", "v": 1, "organisations": []}))])
    with pytest.raises(E.FeedEquivocation):
        verify_feed(other, root=r, state=state, now=T0)


def test_expired_feed_is_refused():
    with pytest.raises(E.FeedExpired):
        verify_feed(feed(1), root=root(), state=FeedState(), now=T0 + timedelta(days=8))


def test_clock_set_back_does_not_revive_an_expired_feed():
    """The post saw a signed office time after expiry (a receipt); its clock is then set back."""
    r = root()
    _, state = verify_feed(feed(1), root=r, state=FeedState(), now=T0)
    state = state.observe(T0 + timedelta(days=10))  # receipt received_at
    stale = feed(2, issued=T0 + timedelta(hours=1))
    with pytest.raises(E.FeedExpired):
        verify_feed(stale, root=r, state=state, now=T0 + timedelta(hours=2))  # the wall clock says "fresh"


def test_trusted_time_floor_comes_from_the_newest_feed_too():
    r = root()
    _, state = verify_feed(feed(1, issued=T0 + timedelta(days=30)), root=r, state=FeedState(), now=T0)
    with pytest.raises(E.FeedExpired):
        verify_feed(feed(2, issued=T0), root=r, state=state, now=T0)


def test_unknown_signer_is_refused():
    with pytest.raises(E.UnknownSigner):
        verify_feed(feed(1, key=Ed25519PrivateKey.generate()), root=root(), state=FeedState(), now=T0)


def test_revoked_signer_is_refused():
    with pytest.raises(E.RevokedSigner):
        verify_feed(feed(1), root=root(revoked=(key_id(FEED_KEY),)), state=FeedState(), now=T0)


def test_receipt_key_cannot_sign_the_feed():
    receipt_key = Ed25519PrivateKey.generate()
    keys = {"bundle": raw_public(X25519PrivateKey.generate()), "receipt": raw_public(receipt_key),
            "feed": raw_public(FEED_KEY)}
    r = parse_root(build_root(office_name="HQ", version=1, keys=keys))
    with pytest.raises(E.UnknownSigner):
        verify_feed(feed(1, key=receipt_key), root=r, state=FeedState(), now=T0)


def test_tampered_feed_signature_is_refused():
    data = feed(1).replace(b'"version":1', b'"version":9')
    with pytest.raises(E.FeedSignatureInvalid):
        verify_feed(data, root=root(), state=FeedState(), now=T0)


def test_file_with_other_bytes_is_refused():
    f, _ = verify_feed(feed(1), root=root(), state=FeedState(), now=T0)
    with pytest.raises(E.FileHashMismatch):
        verify_file(f, "directory.json", DIRECTORY + b" ")
    with pytest.raises(E.FileHashMismatch):
        verify_file(f, "revocations.json", b"{}")


def test_sealed_file_opens_only_for_its_device():
    box = X25519PrivateKey.generate()
    doc = {"type": "nrm/device-file", "v": 1, "device_id": "dev-1", "statuses": [], "resend": [2, 3]}
    sealed = seal_file(doc, device_id="dev-1", device_public_key=box.public_key())
    assert open_sealed_file(sealed, device_id="dev-1", device_private_key=box) == doc
    with pytest.raises(E.SealedFileInvalid):
        open_sealed_file(sealed, device_id="dev-2", device_private_key=box)
    with pytest.raises(E.SealedFileInvalid):
        open_sealed_file(sealed, device_id="dev-1", device_private_key=X25519PrivateKey.generate())
    for offset in range(len(sealed)):
        tampered = bytearray(sealed)
        tampered[offset] ^= 1
        with pytest.raises(E.SealedFileInvalid):
            open_sealed_file(bytes(tampered), device_id="dev-1", device_private_key=box)


def test_root_refuses_a_key_id_that_does_not_match_its_key():
    data = build_root(office_name="HQ", version=1, keys={"feed": raw_public(FEED_KEY)})
    with pytest.raises(E.MalformedData):
        parse_root(data.replace(key_id(FEED_KEY).encode(), b"0" * 32))


def test_validity_is_capped_when_publishing_and_when_checking():
    """Issue 18 item 10: at most MAX_VALIDITY (30 days), both at the office's publisher and at the post."""
    from protocol.feed import DOMAIN, MAX_VALIDITY
    from protocol.signing import sign_doc

    assert verify_feed(feed(1, days=MAX_VALIDITY.days), root=root(), state=FeedState(), now=T0)[0].version == 1
    with pytest.raises(E.FeedValidityTooLong):
        feed(1, days=MAX_VALIDITY.days + 1)
    with pytest.raises(E.FeedValidityTooLong):
        feed(1, days=0)
    body = {"type": "nrm/feed", "v": 2, "version": 1, "issued_at": "2026-11-28T09:00:00Z",
            "expires_at": "2036-11-28T09:00:00Z", "files": []}
    with pytest.raises(E.FeedValidityTooLong):
        verify_feed(sign_doc("feed", body, domain=DOMAIN, signing_key=FEED_KEY), root=root(), state=FeedState(),
                    now=T0)


def test_a_format_1_feed_is_refused_by_name():
    """Feed format 2 names device files by a hash; a format-1 feed (device ids listed) is unsupported_version."""
    from protocol.signing import sign_doc

    body = {"type": "nrm/feed", "v": 1, "version": 1, "issued_at": "2026-11-28T09:00:00Z",
            "expires_at": "2026-12-05T09:00:00Z", "files": []}
    old = sign_doc("feed", body, domain="nrm/feed/v1", signing_key=FEED_KEY)
    with pytest.raises(E.UnsupportedVersion):
        verify_feed(old, root=root(), state=FeedState(), now=T0)


def test_device_files_are_named_by_a_tag_not_the_device_id():
    from protocol.feed import device_file_name

    box = raw_public(X25519PrivateKey.generate())
    name = device_file_name("0123456789abcdef0123456789abcdef", box)
    assert "0123456789abcdef" not in name and name.startswith("devices/") and name.endswith(".nrms")
    assert name != device_file_name("0123456789abcdef0123456789abcdef", raw_public(X25519PrivateKey.generate()))
    with pytest.raises(E.MalformedData):  # a device id as a file name is not a v2 name
        build_feed(version=1, issued_at=T0, expires_at=T0 + timedelta(days=1),
                   files=[("devices/0123456789abcdef0123456789abcdef.nrms", b"x")], signing_key=FEED_KEY)
