"""Security: receipts, feeds and revocation are verified before anything is believed or applied."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from app.domain.errors import IntegrityFailure, InvalidState
from app.services import sync, sync_transfer
from app.storage import outbox, syncstate
from app.sync.backoff import Backoff
from app.sync.transport import Answer, HttpTransport
from central.officekeys import load_keys
from protocol.canonical import canonical, format_time, utcnow
from protocol.feed import build_feed
from tests.e2e.postkit import central, fresh_post, new_office
from tests.support.servers import PASSPHRASE

QUICK = Backoff(base=0.0, cap=0.0)


@pytest.fixture
def office(tmp_path_factory):
    """One office per test: posts copied from one template share referral ids, and a referral id belongs to
    the first device that sends it (issue 18 item 5), so two copies must not meet at one office."""
    office = new_office(tmp_path_factory.mktemp("security")).start()
    yield office
    office.stop()


@pytest.fixture
def post(tmp_path, office):
    """An enrolled post with two approved referrals, and the supervisor's session (closed after the test)."""
    kit = fresh_post(tmp_path, referrals=6)
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_online(admin, server=office.url, code=office.code())
    session = kit.unlock("supervisor")
    kit.approve(2, session=session)
    yield kit, session
    session.close()


class Tampering(HttpTransport):
    """The real transport, with a hook that may rewrite each answer (a man in the middle)."""

    def __init__(self, url: str, rewrite) -> None:
        super().__init__(url, timeout=10)
        self.rewrite = rewrite

    def _call(self, method, path, *, body=None, media=None):
        return self.rewrite(path, super()._call(method, path, body=body, media=media))


def _pass(session, transport=None, **kw):
    return sync.run_pass(session.db, actor="system", transport=transport, backoff=QUICK, sleep=lambda _s: None, **kw)


def _flip_signature(body: bytes) -> bytes:
    doc = json.loads(body)
    sig = bytearray(base64.b64decode(doc["sig"]))
    sig[0] ^= 1
    doc["sig"] = base64.b64encode(bytes(sig)).decode()
    return canonical(doc)


def test_receipt_with_a_bad_signature_is_refused_and_the_item_stays_pending(post, office):
    kit, session = post

    def rewrite(path, answer):
        return Answer(answer.status, _flip_signature(answer.body)) if path == "/v1/bundles" else answer

    report = _pass(session, Tampering(office.url, rewrite))
    assert report.problems == ["receipt_invalid", "receipt_invalid"] and report.acknowledged == 0
    assert outbox.counts(session.db) == {"pending": 2, "acknowledged": 0, "quarantined": 0}
    assert [r["code"] for r in syncstate.refusals(session.db)][:2] == ["receipt_invalid"] * 2
    with pytest.raises(IntegrityFailure):
        sync.raise_for(report)
    assert _pass(session).ok  # the genuine receipts are accepted afterwards
    assert outbox.counts(session.db)["acknowledged"] == 2


def test_receipt_for_other_bytes_is_refused(post, office):
    kit, session = post
    first: list[bytes] = []

    def rewrite(path, answer):
        if path != "/v1/bundles" or not answer.ok:
            return answer
        first.append(answer.body)
        return Answer(answer.status, first[0])  # the office's genuine receipt, but for the first bundle

    report = _pass(session, Tampering(office.url, rewrite))
    assert report.acknowledged == 1 and report.problems == ["receipt_mismatch"]
    assert outbox.counts(session.db) == {"pending": 1, "acknowledged": 1, "quarantined": 0}


def _feed_key(office):
    return load_keys(office.dir, passphrase=PASSPHRASE).feed


def test_rolled_back_feed_is_refused(post, office):
    kit, session = post
    assert _pass(session).ok
    old = syncstate.get(session.db)["feed_raw"]
    office.set_status(kit.approved[0], "received")
    assert _pass(session).feed_version > json.loads(old)["feed"]["version"]
    version = syncstate.get(session.db)["feed_version"]
    report = _pass(session, Tampering(office.url, lambda p, a: Answer(200, old) if p == "/v1/feed" else a))
    assert report.problems == ["feed_rollback"]
    assert syncstate.get(session.db)["feed_version"] == version


def test_expired_feed_is_refused_even_with_the_clock_set_back(post, office):
    kit, session = post
    assert _pass(session).ok  # the trusted-time floor is now the office's time
    now = utcnow()
    version = syncstate.get(session.db)["feed_version"]
    stale = build_feed(version=version + 50, issued_at=now - timedelta(days=10), expires_at=now - timedelta(hours=1),
                       files=[], signing_key=_feed_key(office))
    back = now - timedelta(days=30)  # by this clock the stale feed would still look valid
    report = _pass(session, Tampering(office.url, lambda p, a: Answer(200, stale) if p == "/v1/feed" else a),
                   clock=lambda: back)
    assert report.problems == ["feed_expired"]
    assert syncstate.get(session.db)["feed_version"] == version


def test_same_version_with_other_content_and_a_foreign_signer_are_refused(post, office):
    kit, session = post
    assert _pass(session).ok
    version = syncstate.get(session.db)["feed_version"]
    now = utcnow()
    twin = build_feed(version=version, issued_at=now, expires_at=now + timedelta(days=7), files=[],
                      signing_key=_feed_key(office))
    report = _pass(session, Tampering(office.url, lambda p, a: Answer(200, twin) if p == "/v1/feed" else a))
    assert report.problems == ["feed_equivocation"]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    forged = build_feed(version=version + 1, issued_at=now, expires_at=now + timedelta(days=7), files=[],
                        signing_key=Ed25519PrivateKey.generate())
    report = _pass(session, Tampering(office.url, lambda p, a: Answer(200, forged) if p == "/v1/feed" else a))
    assert report.problems == ["unknown_signer"]
    assert syncstate.get(session.db)["feed_version"] == version


def test_revoked_device_is_told_and_stops_sending(post, office):
    kit, session = post
    assert _pass(session).ok
    device = sync.status(session.db)["device_id"]
    assert central("device", "revoke", "--data-dir", str(office.dir), device)[0] == 0
    kit.approve(1, session=session)  # sealed before the post learns of the revocation
    report = _pass(session)
    assert report.revoked and sync.status(session.db)["revoked"]
    with pytest.raises(InvalidState, match="revoked"):
        sync.raise_for(report)
    held = len(office.bundles())
    kit.approve(1, session=session)
    later = _pass(session)
    assert later.revoked and later.sent == 0 and len(office.bundles()) == held


def _long_lived_feed(version: int, *, key, days: int) -> bytes:
    """A feed signed by the real key whose expiry is far away (build_feed itself refuses to make one)."""
    from protocol.feed import DOMAIN
    from protocol.signing import sign_doc

    now = utcnow()
    body = {"type": "nrm/feed", "v": 2, "version": version, "issued_at": format_time(now),
            "expires_at": format_time(now + timedelta(days=days)), "files": []}
    return sign_doc("feed", body, domain=DOMAIN, signing_key=key)


def test_a_genuine_feed_valid_for_years_is_refused(post, office):
    """Issue 18 item 10: a feed signed by the real key may not carry any expiry it likes (cap 30 days)."""
    kit, session = post
    assert _pass(session).ok
    version = syncstate.get(session.db)["feed_version"]
    forever = _long_lived_feed(version + 1, key=_feed_key(office), days=3650)
    report = _pass(session, Tampering(office.url, lambda p, a: Answer(200, forever) if p == "/v1/feed" else a))
    assert report.problems == ["feed_validity_too_long"]
    assert syncstate.get(session.db)["feed_version"] == version
