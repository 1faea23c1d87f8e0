"""Issue 16: the retention policy travels in the signed feed. A post takes a newer one from its office, refuses one
signed by another key or older than the one in force, and cannot change it itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services import retention, sealing, sync, sync_transfer
from app.storage import syncstate
from app.sync.backoff import Backoff
from app.sync.transport import Answer
from central.officekeys import load_keys
from protocol.canonical import utcnow
from protocol.feed import DOMAIN, build_feed, device_file_name
from protocol.keys import raw_public
from protocol.retention import DEFAULT_DAYS, Policy
from protocol.sealed import seal_file
from protocol.signing import sign_doc
from tests.e2e.postkit import central, cli, fresh_post, new_office
from tests.support.servers import PASSPHRASE
from tests.sync.test_sync_security import Tampering


def _pass(session, transport=None):
    return sync.run_pass(session.db, actor="system", transport=transport, backoff=Backoff(base=0.0, cap=0.0),
                         sleep=lambda _s: None)


@pytest.fixture
def office(tmp_path_factory):
    office = new_office(tmp_path_factory.mktemp("policy")).start()
    yield office
    office.stop()


@pytest.fixture
def kit(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=1)
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_online(admin, server=office.url, code=office.code())
    return kit


def _set(office, *pairs: str) -> dict:
    args = [a for p in pairs for a in ("--days", p)]
    code, out = central("retention", "policy", "set", "--data-dir", str(office.dir), "--json", *args)
    assert code == 0, out
    return json.loads(out)


def _post_policy(kit) -> dict:
    shown = cli(kit, "retention", "policy", "--json", user="supervisor")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_the_post_applies_the_policy_its_office_publishes(kit, office):
    assert _post_policy(kit)["version"] == 0 and _post_policy(kit)["days"] == DEFAULT_DAYS
    published = _set(office, "post.inactive_case=20")
    assert published["version"] == 1
    with kit.unlock("supervisor") as s:
        assert _pass(s).ok
    shown = _post_policy(kit)
    assert shown == published and shown["days"]["post.inactive_case"] == 20
    with kit.unlock("supervisor") as s:  # the shorter period now decides: the unsent case is due after 21 days
        due = retention.plan(s, now=datetime.now(UTC) + timedelta(days=21)).due
        assert [d.rule for d in due if d.kind == "case"] == ["post.inactive_case"]
        rows = s.db.execute("SELECT actor, object_id FROM audit_log WHERE action = 'retention.policy'").fetchall()
        assert rows == [("system", "1")]


def test_a_policy_signed_by_another_key_is_refused(kit, office):
    _set(office, "post.closed_case=60")
    with kit.unlock("supervisor") as s:
        assert _pass(s).ok
    _set(office, "post.closed_case=400", "post.inactive_case=4000")  # version 2, looser
    stranger = Ed25519PrivateKey.generate()

    def resign(path, answer):
        if path != "/v1/feed" or not answer.ok:
            return answer
        body = json.loads(answer.body)["feed"]
        return Answer(200, sign_doc("feed", body, domain=DOMAIN, signing_key=stranger))

    with kit.unlock("supervisor") as s:
        report = _pass(s, Tampering(office.url, resign))
        assert report.problems == ["unknown_signer"]
        assert retention.current_policy(s.db).version == 1
        assert retention.current_policy(s.db).days["post.closed_case"] == 60


def _feed_with_policy(session, office, policy: Policy, *, version: int) -> tuple[bytes, bytes]:
    """A feed signed with the office's real feed key whose device file carries `policy`."""
    identity = sealing.identity(session.db)
    box_public = raw_public(identity.box_key.public_key())
    doc = {"type": "nrm/device-file", "v": 1, "device_id": identity.device_id, "statuses": [], "resend": [],
           "retention": policy.as_dict()}
    sealed = seal_file(doc, device_id=identity.device_id, device_public_key=identity.box_key.public_key())
    now = utcnow()
    feed = build_feed(version=version, issued_at=now, expires_at=now + timedelta(days=7),
                      files=[(device_file_name(identity.device_id, box_public), sealed)],
                      signing_key=load_keys(office.dir, passphrase=PASSPHRASE).feed)
    return feed, sealed


def test_an_older_policy_or_another_with_the_same_version_is_refused(kit, office):
    _set(office, "post.closed_case=60")
    _set(office, "post.closed_case=45")
    with kit.unlock("supervisor") as s:
        assert _pass(s).ok
        assert retention.current_policy(s.db).version == 2
        feed_version = syncstate.get(s.db)["feed_version"]
        for policy, code in ((Policy(1, {**DEFAULT_DAYS, "post.closed_case": 60}), "feed_rollback"),
                             (Policy(2, {**DEFAULT_DAYS, "post.closed_case": 900}), "feed_equivocation")):
            feed, sealed = _feed_with_policy(s, office, policy, version=feed_version + 10)

            def swap(path, answer, feed=feed, sealed=sealed):
                if path == "/v1/feed":
                    return Answer(200, feed)
                return Answer(200, sealed) if path.startswith("/v1/feed/files/") else answer

            report = _pass(s, Tampering(office.url, swap))
            assert report.problems == [code]
            assert retention.current_policy(s.db).days["post.closed_case"] == 45
            assert syncstate.get(s.db)["feed_version"] == feed_version


def test_the_post_has_no_way_to_set_its_own_policy(kit):
    helped = cli(kit, "retention", "--help", user="supervisor")
    assert "policy" in helped.stdout
    refused = cli(kit, "retention", "policy", "set", "--days", "post.closed_case=9999", user="supervisor")
    assert refused.returncode == 2  # no such command: the periods come only from the office's feed
