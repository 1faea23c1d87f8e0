"""The real app in-process, on SQLite and PostgreSQL: enrolment, ingest, idempotency, refusals, feed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from central import enrol
from central.referrals import set_status
from protocol.audit import GENESIS, Checkpoint, make_entry
from protocol.canonical import utcnow
from protocol.envelope import seal_envelope
from protocol.keys import x25519_public
from tests.central.conftest import enrolled_device
from tests.support.device import PostDevice
from tests.support.refclient import UploadRefused

OCTET = {"content-type": "application/octet-stream"}


def post(api, data: bytes, headers=OCTET):
    return api.post("/v1/bundles", content=data, headers=headers)


def error_of(response) -> str:
    body = response.json()
    assert set(body) == {"error", "message"}
    return body["error"]


def test_health(api):
    body = api.get("/v1/health").json()
    assert body["status"] == "ok" and body["db"] in ("sqlite", "postgresql")


def test_upload_then_same_bytes_again_gives_the_identical_receipt(api, client, device, service):
    data = device.seal_next({"id": "r-1"}, case={"age_group": "adult"})
    first, again = post(api, data), post(api, data)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.content == again.content
    assert client.upload(data, root=device.root).raw == first.content
    assert service.store.count_bundles() == 1


def test_same_bundle_id_with_other_bytes_is_a_conflict(api, device):
    data = device.seal_next({"id": "r-1"})
    assert post(api, data).status_code == 201
    other = seal_envelope({"referral": {"id": "r-x"}, "case": None, "audit": []}, device_id=device.device_id, seq=99,
                          signing_key=device.signing_key, recipient_public_key=x25519_public(
                              device.root.key_for("bundle").public), audit_checkpoint=device.checkpoint(),
                          created_at=utcnow(), bundle_id=data[7:23])
    response = post(api, other)
    assert (response.status_code, error_of(response)) == (409, "bundle_conflict")


def test_replayed_sequence_number_is_refused(api, device):
    assert post(api, device.seal_next({"id": "r-1"})).status_code == 201
    device.seq -= 1  # a second, different bundle with the same sequence number
    response = post(api, device.seal_next({"id": "r-2"}))
    assert (response.status_code, error_of(response)) == (409, "sequence_replayed")


def test_unknown_device_is_refused(api, device):
    stranger = PostDevice(device_id="feedfacefeedfacefeedfacefeedface", root=device.root)
    response = post(api, stranger.seal_next({"id": "r-1"}))
    assert (response.status_code, error_of(response)) == (403, "unknown_device")


def test_revoked_device_is_refused_and_listed_in_the_feed(api, client, device, service):
    data = device.seal_next({"id": "r-1"})
    assert service.store.revoke_device(device.device_id, at="2026-11-28T10:00:00Z")
    response = post(api, data)
    assert (response.status_code, error_of(response)) == (403, "revoked_device")
    other = enrolled_device(service, client, "LHR")
    _, files = client.fetch_feed(other)
    assert files["revocations.json"]["devices"] == [device.device_id]


@pytest.mark.parametrize(("mutate", "status", "code"), [
    (lambda d: b"PK" + d[2:], 400, "bad_magic"),
    (lambda d: d[:4] + b"\x09" + d[5:], 400, "unsupported_version"),
    (lambda d: d[:30], 400, "truncated"),
    (lambda d: d[:23] + bytes(16) + d[39:], 422, "wrong_recipient"),
    (lambda d: d[:-1] + bytes([d[-1] ^ 1]), 422, "decryption_failed"),
    (lambda d: b"", 400, "bad_magic"),
])
def test_tampered_envelopes_get_their_error_code(api, device, mutate, status, code):
    response = post(api, mutate(device.seal_next({"id": "r-1"})))
    assert (response.status_code, error_of(response)) == (status, code)


def test_audit_entries_that_do_not_extend_the_chain_are_refused_and_flagged(api, device, service):
    assert post(api, device.seal_next({"id": "r-1"})).status_code == 201
    # the device rewrites history: a new entry 2 whose prev is not the office's entry 1
    forged = make_entry(seq=2, at="2026-11-28T09:00:00Z", actor="x", action="referral.approve", object_id="r-2",
                        prev=GENESIS)
    data = seal_envelope({"referral": {"id": "r-2"}, "case": None, "audit": [forged]}, device_id=device.device_id,
                         seq=2, signing_key=device.signing_key,
                         recipient_public_key=x25519_public(device.root.key_for("bundle").public),
                         audit_checkpoint=Checkpoint(2, forged["hash"]), created_at=utcnow())
    response = post(api, data)
    assert (response.status_code, error_of(response)) == (422, "audit_chain_broken")
    assert [f["kind"] for f in service.store.flags(device.device_id)] == ["audit_chain_broken"]
    assert service.store.count_bundles() == 1


def test_out_of_order_arrival_is_accepted_gap_is_flagged_and_requested_then_closed(api, client, device, service):
    bundles = [device.seal_next({"id": f"r-{i}"}) for i in range(1, 4)]
    assert post(api, bundles[0]).status_code == 201
    assert post(api, bundles[2]).status_code == 201
    assert [f["kind"] for f in service.store.flags(device.device_id)] == ["sequence_gap"]
    _, files = client.fetch_feed(device)
    assert files[f"devices/{device.device_id}.nrms"]["resend"] == [2]
    assert post(api, bundles[1]).status_code == 201  # its audit entry links both neighbours
    _, files = client.fetch_feed(device)
    assert files[f"devices/{device.device_id}.nrms"]["resend"] == []
    assert device.feed_state.version == 2


def test_status_updates_reach_the_device_sealed(api, client, device, service):
    assert post(api, device.seal_next({"id": "r-1"})).status_code == 201
    set_status(service.store, "r-1", status="accepted", note=None)
    _, files = client.fetch_feed(device)
    statuses = files[f"devices/{device.device_id}.nrms"]["statuses"]
    # "received" is the hub's first lifecycle step, recorded when the bundle was stored
    assert [(s["referral_id"], s["status"]) for s in statuses] == [("r-1", "received"), ("r-1", "accepted")]
    raw = api.get(f"/v1/feed/files/{[f for f in api.get('/v1/feed').json()['feed']['files'] if f['name'].startswith('devices/')][0]['sha256']}").content
    assert b"accepted" not in raw and b"r-1" not in raw


def test_feed_is_stable_until_content_changes(api):
    assert api.get("/v1/feed").content == api.get("/v1/feed").content


def test_body_over_the_limit_is_413(api, device, service):
    service.max_bundle = 1000
    response = post(api, b"NRMB" + bytes(5000))
    assert (response.status_code, error_of(response)) == (413, "body_too_large")


def test_streamed_body_over_the_limit_is_413(api, service):
    """Without Content-Length the server counts while reading and stops at the limit."""
    service.max_bundle = 1000

    def chunks():
        for _ in range(100):
            yield b"x" * 500

    response = api.post("/v1/bundles", content=chunks(), headers=OCTET)  # chunked: no Content-Length
    assert (response.status_code, error_of(response)) == (413, "body_too_large")


def test_wrong_content_type_is_415(api, device):
    response = post(api, device.seal_next({"id": "r-1"}), headers={"content-type": "text/plain"})
    assert (response.status_code, error_of(response)) == (415, "unsupported_media_type")


def test_unknown_route_and_method_have_error_codes(api):
    assert error_of(api.get("/v1/nothing")) == "not_found"
    assert error_of(api.get("/v1/bundles")) == "method_not_allowed"
    assert error_of(api.get("/v1/feed/files/" + "0" * 64)) == "not_found"
    assert error_of(api.get("/v1/feed/files/xyz")) == "invalid_request"


def test_enrolment_code_is_single_use_but_a_retry_of_the_same_request_is_answered(api, client, service):
    code, _ = enrol.issue_code(service.store, post_code="KHI", post_name="Karachi", now=utcnow())
    device = PostDevice(post_code="KHI")
    client.enroll(code, device)
    with pytest.raises(UploadRefused) as info:
        client.enroll(code, PostDevice(post_code="KHI"))
    assert (info.value.status, info.value.code) == (409, "enrol_code_used")
    assert len(service.store.devices()) == 1


def test_expired_and_unknown_codes_are_refused(client, service):
    code, _ = enrol.issue_code(service.store, post_code="PEW", post_name="Peshawar", now=utcnow() - timedelta(days=9))
    with pytest.raises(UploadRefused) as info:
        client.enroll(code, PostDevice())
    assert info.value.code == "enrol_code_expired"
    with pytest.raises(UploadRefused) as info:
        client.enroll("0000-0000-0000-0000-0000", PostDevice())
    assert info.value.code == "enrol_code_unknown"


def test_enrolment_with_a_wrong_mac_is_refused_and_does_not_burn_the_code(api, client, service):
    from protocol.enrolment import build_enrol_request, code_id
    from tests.support.device import PostDevice as D

    code, _ = enrol.issue_code(service.store, post_code="QTA", post_name="Quetta", now=utcnow())
    d = D()
    forged = build_enrol_request(code="1111-1111-1111-1111-1111", post_code="QTA", signing_key=d.signing_key,
                                 box_key=d.box_key, created_at=utcnow())
    forged = forged.replace(code_id("1111-1111-1111-1111-1111").encode(), code_id(code).encode())
    response = api.post("/v1/enroll", content=forged, headers={"content-type": "application/json"})
    assert (response.status_code, error_of(response)) == (403, "enrolment_mac_invalid")
    client.enroll(code, D())  # the real post can still enrol


def test_a_device_revoked_while_its_bundle_is_verified_is_still_refused(device, service, monkeypatch):
    from protocol.envelope import DeviceKey
    from protocol.errors import RevokedDevice

    data = device.seal_next({"id": "r-1"})
    stale = service.store.device_key(device.device_id)
    service.store.revoke_device(device.device_id, at="2026-11-28T10:00:00Z")
    monkeypatch.setattr(service.store, "device_key", lambda _d, **_kw: DeviceKey(stale.signing_public, False))
    with pytest.raises(RevokedDevice):
        service.ingestor.ingest(data)
    assert service.store.count_bundles() == 0


def test_resend_requests_are_bounded():
    from central.ingest import missing_seqs

    assert missing_seqs([2, 5]) == [1, 3, 4]
    assert missing_seqs([3, 10**9], limit=5) == [1, 2, 4, 5, 6]
