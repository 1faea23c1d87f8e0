"""Units of the sync engine: consent-limited payload, backoff, URLs, and pass decisions against a scripted office."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.services.sync_payload import case_payload, central_categories
from app.sync.backoff import Backoff
from app.sync.engine import SyncEngine
from app.sync.port import Identity, OutboxItem, PassReport
from app.sync.transport import Answer, InsecureServer, check_url, retry_after
from protocol.audit import GENESIS, Checkpoint
from protocol.canonical import sha256
from protocol.envelope import parse_header, seal_envelope
from protocol.feed import FeedState
from protocol.keys import build_root, parse_root, raw_public, x25519_public
from protocol.receipt import sign_receipt


def _case(consents, *, child=False):
    return {"id": "c1", "reference": "TKM-2026-000001", "is_child": int(child), "classification": "vulnerable_migrant",
            "person": {"given_name": "A", "family_name": "B", "documents": [{"type": "passport", "number": "P1"}]},
            "screenings": [{"instrument_id": "i", "instrument_version": "1", "classification": "x", "reason": "r",
                            "created_at": "t"}],
            "encounters": [{"date": "2026-11-01", "place": "Torkham", "circumstance": "interception"}],
            "needs": [{"code": "shelter", "note": ""}, {"code": "medical_care", "note": "private note"}],
            "consents": consents}


def _consent(recipient=None, categories=("identity",), withdrawn=None, guardian=""):
    return {"recipient_id": recipient, "purpose": "data_sharing", "data_categories": list(categories),
            "withdrawn_on": withdrawn, "guardian": guardian}


def test_payload_carries_only_what_the_central_office_consent_allows():
    case = _case([_consent("org-1", ("identity", "health", "documents")), _consent(None, ("identity", "screening"))])
    payload = case_payload(case, central_categories(case))
    assert payload["person"] == {"given_name": "A", "family_name": "B"}
    assert payload["classification"] == "vulnerable_migrant" and "screenings" in payload
    assert "documents" not in payload and "encounters" not in payload and "needs" not in payload
    assert "private note" not in repr(payload)


@pytest.mark.parametrize("consents,child", [
    ([_consent("org-1", ("identity",))], False),                 # consent to an organisation only
    ([_consent(None, withdrawn="2026-01-01")], False),            # withdrawn
    ([_consent(None)], True),                                     # a child's consent without a guardian
])
def test_no_central_consent_means_no_case_data(consents, child):
    case = _case(consents, child=child)
    assert case_payload(case, central_categories(case, today="2026-11-28")) is None


def test_health_needs_need_the_health_category():
    case = _case([_consent(None, ("case_history", "health"))])
    payload = case_payload(case, central_categories(case))
    assert {n["code"] for n in payload["needs"]} == {"shelter", "medical_care"}
    assert payload["encounters"][0]["place"] == "Torkham"


def test_backoff_full_jitter_cap_and_retry_after():
    top = Backoff(base=5, cap=3600, rand=lambda: 1.0)
    assert [top.delay(n) for n in range(5)] == [0, 5, 10, 20, 40]
    assert top.delay(40) == 3600
    assert Backoff(rand=lambda: 0.0).delay(3) == 0.0  # full jitter reaches down to zero
    assert Backoff(rand=lambda: 0.0).delay(1, retry_after=120) == 120
    assert Backoff(rand=lambda: 0.0, cap=3600).delay(1, retry_after=10**6) == 3600


def test_only_https_or_loopback_http():
    assert check_url("https://nrm.example.org/") == "https://nrm.example.org"
    assert check_url("http://127.0.0.1:8443") == "http://127.0.0.1:8443"
    with pytest.raises(InsecureServer):
        check_url("http://nrm.example.org")


def test_retry_after_forms():
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None and retry_after(None) is None


# ----- the engine against a scripted office -----
class Office:
    def __init__(self) -> None:
        self.receipt_key = Ed25519PrivateKey.generate()
        self.bundle_key = X25519PrivateKey.generate()
        self.root = parse_root(build_root(office_name="T", version=1, keys={
            "bundle": raw_public(self.bundle_key), "receipt": raw_public(self.receipt_key),
            "feed": raw_public(Ed25519PrivateKey.generate()), "recovery": raw_public(X25519PrivateKey.generate())}))

    def receipt(self, item: OutboxItem) -> bytes:
        return sign_receipt(bundle_id=item.bundle_id, device_id="dev1", seq=item.seq, blob_sha256=item.blob_sha256,
                            audit_accepted=Checkpoint(0, GENESIS), received_at=datetime.now(UTC),
                            signing_key=self.receipt_key)


class MemoryStore:
    def __init__(self, office: Office, count: int) -> None:
        signing = Ed25519PrivateKey.generate()
        self.ident = Identity("dev1", office.root, signing, X25519PrivateKey.generate())
        self.items = {}
        for seq in range(1, count + 1):
            blob = seal_envelope({"referral": {"id": f"r{seq}"}, "case": None, "audit": []}, device_id="dev1", seq=seq,
                                 signing_key=signing, recipient_public_key=x25519_public(raw_public(office.bundle_key)),
                                 audit_checkpoint=Checkpoint(0, GENESIS), created_at=datetime.now(UTC))
            self.items[seq] = OutboxItem(seq, parse_header(blob).bundle_id.hex(), blob, sha256(blob).hex())
        self.state = {s: "pending" for s in self.items}
        self.attempts: dict[int, int] = {}
        self.finished: list[tuple[PassReport, float | None]] = []

    def identity(self):
        return self.ident

    def pending(self, *, after=0, limit=None):
        found = [self.items[s] for s in sorted(self.items) if self.state[s] == "pending" and s > after]
        return found[:limit] if limit else found

    def pending_count(self):
        return len(self.pending())

    def attempted(self, seq, *, code, message):
        self.attempts[seq] = self.attempts.get(seq, 0) + 1

    def acknowledged(self, receipts, *, via):
        for item, _receipt in receipts:
            self.state[item.seq] = "acknowledged"

    def quarantined(self, seq, *, code, message):
        self.state[seq] = "quarantined"

    def refused(self, **_kw):
        pass

    def feed_state(self):
        return FeedState()

    def apply_feed(self, update):
        return 0

    def pass_finished(self, report, *, delay):
        self.finished.append((report, delay))


class Scripted:
    """Answers uploads from a script of (status, headers) per call; receipts are genuine."""

    def __init__(self, office: Office, store: MemoryStore, script) -> None:
        self.office, self.store, self.script, self.uploads = office, store, list(script), 0

    def probe(self):
        return Answer(200, b"{}")

    def upload(self, envelope):
        self.uploads += 1
        status, error, after = self.script.pop(0) if self.script else (201, None, None)
        if status in (200, 201):
            item = next(i for i in self.store.items.values() if i.envelope == envelope)
            return Answer(status, self.office.receipt(item))
        return Answer(status, b"{}", error, "scripted", after)

    def feed(self):
        return Answer(503, b"{}", "store_unavailable", "", None)

    def feed_file(self, digest):
        raise AssertionError("no feed in these tests")


def _engine(script, count=2):
    office = Office()
    store = MemoryStore(office, count)
    transport = Scripted(office, store, script)
    return SyncEngine(store, transport, sleep=lambda _s: None, backoff=Backoff(rand=lambda: 0.5)), store, transport


def test_permanent_refusal_is_quarantined_and_never_retried():
    engine, store, transport = _engine([(422, "payload_malformed", None)])
    engine.run_pass()
    assert store.state == {1: "quarantined", 2: "acknowledged"}
    uploads = transport.uploads
    engine.run_pass()
    assert transport.uploads == uploads  # nothing is sent again


def test_transient_errors_are_retried_within_the_pass():
    engine, store, _ = _engine([(503, "store_unavailable", None), (500, None, None)])
    engine.run_pass()
    assert store.state == {1: "acknowledged", 2: "acknowledged"} and store.attempts[1] == 2


def test_long_retry_after_ends_the_pass_and_sets_the_wait():
    engine, store, transport = _engine([(429, "too_many", 120.0)])
    report = engine.run_pass()
    assert report.transient == "too_many" and report.retry_after == 120.0
    assert store.state == {1: "pending", 2: "pending"} and transport.uploads == 1
    assert store.finished[-1][1] >= 120.0


def test_bad_receipt_leaves_the_item_pending():
    engine, store, transport = _engine([])
    transport.office.receipt_key = Ed25519PrivateKey.generate()  # receipts signed by an unknown key
    report = engine.run_pass()
    assert report.problems == ["receipt_invalid", "receipt_invalid"]
    assert store.state == {1: "pending", 2: "pending"} and store.finished[-1][1] is not None


def test_revoked_answer_stops_at_once():
    engine, store, transport = _engine([(403, "revoked_device", None)], count=3)
    report = engine.run_pass()
    assert report.revoked and transport.uploads == 1 and set(store.state.values()) == {"pending"}


def test_a_400_for_a_body_that_did_not_arrive_is_retried_not_quarantined():
    engine, store, _ = _engine([(400, "client_disconnected", None)])
    engine.run_pass()
    assert store.state == {1: "acknowledged", 2: "acknowledged"}


def test_a_long_outbox_is_read_a_page_at_a_time_and_fully_delivered():
    engine, store, transport = _engine([], count=250)
    report = engine.run_pass()
    assert report.acknowledged == 250 and transport.uploads == 250
    assert set(store.state.values()) == {"acknowledged"}
