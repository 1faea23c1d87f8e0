"""Issue 16 at the office (SQLite and PostgreSQL): withdrawal bundles checked and stored once, a withdrawal cannot
cover another post's referral, a coordinator records one on the person's request (audited, reason required), the
device file reports progress without the reason, and the purge query."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from central import hubstore, publish, withdrawals
from central.hub import referrals as hub_referrals
from central.hub import withdrawals as hub_withdrawals
from central.hub.errors import Forbidden, NotFound, Refused
from central.tables import bundles as bundles_table
from central.withdrawaltables import withdrawals as withdrawal_rows
from protocol.envelope import seal_envelope
from protocol.errors import PayloadMalformed
from protocol.keys import x25519_public
from protocol.withdrawal import FORMAT
from tests.central.conftest import enrolled_device
from tests.central.hub_support import (
    COORD,
    LEGAL_USER,
    SHELTER,
    SHELTER_USER,
    publish_directory,
    referral_bundle,
)

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def seal_withdrawal(device, item: dict[str, Any], *, extra: dict[str, Any] | None = None) -> bytes:
    """The next bundle of the device as a withdrawal bundle (the post's app.services.withdrawal_sync shape)."""
    device.record("consent.withdraw", item["case_id"])
    device.seq += 1
    new = device.audit[device.sent_audit:]
    device.sent_audit = len(device.audit)
    payload = {"kind": "withdrawal", "withdrawal": item, "audit": new, **(extra or {})}
    return seal_envelope(payload, device_id=device.device_id, seq=device.seq, signing_key=device.signing_key,
                         recipient_public_key=x25519_public(device.root.key_for("bundle").public),
                         audit_checkpoint=device.checkpoint(), created_at=datetime.now(UTC))


def item(wid: str, *referrals: str) -> dict[str, Any]:
    return {"format": FORMAT, "id": wid, "consent_id": "consent-1", "case_id": "case-1",
            "referrals": [{"id": r, "provider": SHELTER} for r in referrals], "categories": ["identity"],
            "withdrawn_on": "2026-12-04", "recorded_at": "2026-12-04T08:00:00Z"}


def test_stored_once_and_never_for_another_posts_referral(service, client, device):
    publish_directory(service)
    other = enrolled_device(service, client, "LHR")
    client.upload(referral_bundle(device, "r-mine"), root=device.root)
    client.upload(referral_bundle(other, "r-theirs"), root=other.root)
    hub_referrals.act(service.store, COORD, "r-mine", "route", organisation_id=SHELTER, now=NOW)
    data = seal_withdrawal(device, item("w-1", "r-mine", "r-theirs"))
    first = client.upload(data, root=device.root)
    assert client.upload(data, root=device.root).raw == first.raw  # a repeat: the same receipt, nothing new
    with service.store.read() as conn:
        assert set(withdrawals.covered(conn)) == {"r-mine"}  # another post's referral is not this post's to withdraw
        assert [n["organisation_id"] for n in withdrawals.notices(conn, "r-mine")] == [SHELTER]
        assert [e["action"] for e in hubstore.events(conn, "r-mine")].count(withdrawals.WITHDRAWN) == 1
        assert conn.execute(select(withdrawal_rows.c.withdrawal_id)).scalars().all() == ["w-1"]
    again = seal_withdrawal(device, item("w-1", "r-mine"))  # the same withdrawal id in a new bundle
    client.upload(again, root=device.root)
    with service.store.read() as conn:
        assert len(withdrawals.notices(conn, "r-mine")) == 1
    # the provider sees the notice (ids and times only); another organisation's provider does not see it at all
    shown = hub_referrals.detail(service.store, SHELTER_USER, "r-mine", keys=service.keys, now=NOW)
    assert shown["case"] == {} and shown["reason"] is None and shown["withdrawn"]["may_confirm"]
    with pytest.raises(NotFound):
        hub_referrals.detail(service.store, LEGAL_USER, "r-mine", keys=service.keys, now=NOW)
    with pytest.raises(Forbidden):
        hub_withdrawals.confirm(service.store, COORD, "r-mine", now=NOW)
    theirs = hub_referrals.detail(service.store, COORD, "r-theirs", keys=service.keys, now=NOW)
    assert theirs["withdrawn"] is None and theirs["case"]


@pytest.mark.parametrize("bad", [
    {"item": {"reason": "she is afraid of her employer"}},
    {"item": {"categories": ["everything"]}},
])
def test_a_malformed_withdrawal_is_refused_and_nothing_is_stored(service, client, device, bad):
    client.upload(referral_bundle(device, "r-1"), root=device.root)
    data = seal_withdrawal(device, {**item("w-bad", "r-1"), **bad.get("item", {})}, extra=bad.get("extra"))
    with pytest.raises(Exception) as refused:
        client.upload(data, root=device.root)
    assert "malformed" in str(refused.value).lower()
    with service.store.read() as conn:
        assert withdrawals.covered(conn) == {}
        assert len([b for b in service.store.bundle_index() if b["kind"] == "withdrawal"]) == 0


def test_check_payload_knows_the_kind():
    assert withdrawals.check_payload({"kind": "stats", "stats": [], "audit": []}) is None
    with pytest.raises(PayloadMalformed):
        withdrawals.check_payload({"withdrawal": item("w", "r"), "audit": []})  # no kind


def test_a_coordinator_records_a_withdrawal_at_the_office(service, client, device):
    publish_directory(service)
    client.upload(referral_bundle(device, "r-1"), root=device.root)
    hub_referrals.act(service.store, COORD, "r-1", "route", organisation_id=SHELTER, now=NOW)
    with pytest.raises(Forbidden):
        hub_withdrawals.record(service.store, SHELTER_USER, "r-1", reason="asked", now=NOW)
    with pytest.raises(Refused):
        hub_withdrawals.record(service.store, COORD, "r-1", reason="   ", now=NOW)
    with pytest.raises(NotFound):
        hub_withdrawals.record(service.store, COORD, "r-none", reason="asked by phone", now=NOW)
    made = hub_withdrawals.record(service.store, COORD, "r-1", reason="asked by phone 3321", now=NOW)
    with pytest.raises(Refused):
        hub_withdrawals.record(service.store, COORD, "r-1", reason="again", now=NOW)
    with pytest.raises(Refused):  # no more processing
        hub_referrals.act(service.store, SHELTER_USER, "r-1", "acknowledge", now=NOW)
    with service.store.read() as conn:
        actions = [(e["action"], e["object_id"]) for e in hubstore.audit_rows(conn)]
        assert ("withdrawal.record", "r-1") in actions
        assert withdrawals.referrals_to_purge(conn, NOW) == []  # the shelter has not confirmed
        assert withdrawals.referrals_to_purge(conn, NOW + timedelta(days=31)) == ["r-1"]  # or time has passed
    doc = publish.device_doc(service.store, device.device_id, now=NOW)
    assert [(w["id"], w["source"], w["state"], w["referrals"]) for w in doc["withdrawals"]] == [
        (made["withdrawal_id"], "office", "notified", ["r-1"])]
    assert "3321" not in str(doc)  # the coordinator's reason stays at the office
    hub_withdrawals.confirm(service.store, SHELTER_USER, "r-1", now=NOW + timedelta(hours=1))
    with pytest.raises(Refused):
        hub_withdrawals.confirm(service.store, SHELTER_USER, "r-1", now=NOW + timedelta(hours=2))
    doc = publish.device_doc(service.store, device.device_id, now=NOW)
    assert doc["withdrawals"][0]["state"] == "confirmed"
    assert doc["withdrawals"][0]["providers"][0]["confirmed_at"] == "2026-12-04T10:00:00Z"
    with service.store.read() as conn:
        assert withdrawals.referrals_to_purge(conn, NOW) == ["r-1"]
    assert publish.overdue_reports(service.store, device.device_id, now=NOW + timedelta(days=60)) == []


def test_same_person_pairs_and_status_commands_leave_a_withdrawn_referral_alone(service, client, device):
    from sqlalchemy import insert

    from central import referrals as office_referrals
    from central.hub import duplicates
    from central.matchtables import hub_duplicates

    client.upload(referral_bundle(device, "r-a"), root=device.root)
    client.upload(referral_bundle(device, "r-b"), root=device.root)
    sides = {f"{s}_{k}": v for s, rid in (("a", "r-a"), ("b", "r-b")) for k, v in
             (("device", device.device_id), ("case", "c-" + rid), ("post", "ISB"), ("reference", "ISB-2026-000042"),
              ("referral", rid))}
    with service.store.write() as conn:
        conn.execute(insert(hub_duplicates).values(pair_id="p" * 32, **sides, score=90, matched='["name"]',
                                                   conflicts="[]", status="open", found_at="2026-12-04T08:00:00Z"))
    assert [p["pair_id"] for p in duplicates.listing(service.store, COORD)] == ["p" * 32]  # shown before
    client.upload(seal_withdrawal(device, item("w-pair", "r-a")), root=device.root)
    assert duplicates.listing(service.store, COORD, status=None) == []  # never again, in any state
    with pytest.raises(NotFound):
        duplicates.decide(service.store, COORD, "p" * 32, "confirm")
    with pytest.raises(office_referrals.StatusRefused):
        office_referrals.set_status(service.store, "r-a", status="accepted", note=None)
    office_referrals.set_status(service.store, "r-b", status="accepted", note=None)  # the other one is untouched


def test_a_letter_check_withholds_a_withdrawn_referrals_content(capsys, tmp_path, office_dir, db_url, service, client,
                                                                device):
    from central.hub import verify as hub_verify
    from tests.central.test_office_letter_verify import DOCUMENT, letter_pdf, verify

    named = {**DOCUMENT, "content": {**DOCUMENT["content"], "full_name": "Qanaryletter Person"}}
    pdf = letter_pdf(tmp_path / "l.pdf", device.signing_key, named, signed_document=named)
    client.upload(referral_bundle(device, "R-1"), root=device.root)
    code, out = verify(capsys, office_dir, db_url, pdf)
    assert code == 0 and out["content"]["full_name"] == "Qanaryletter Person"  # before: the letter's own content
    assert hub_verify.verify_pdf(service.store, (tmp_path / "l.pdf").read_bytes()).referral_active is True
    client.upload(seal_withdrawal(device, item("w-letter", "R-1")), root=device.root)
    code, out = verify(capsys, office_dir, db_url, pdf)
    assert code == 0 and out["valid"] and out["content"] is None and "Qanaryletter" not in json.dumps(out)
    assert hub_verify.verify_pdf(service.store, (tmp_path / "l.pdf").read_bytes()).referral_active is False


def test_the_hub_forms_check_role_reason_and_token(service, client, device):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from central.app import create_app
    from tests.central.hubweb import Clock, add_user, csrf_of, sign_in

    publish_directory(service)
    clock = Clock()
    service.clock = clock
    client.upload(referral_bundle(device, "r-web"), root=device.root)
    coord, shelter = add_user(service, "coord", "coordinator"), add_user(service, "shelter.user", "provider", SHELTER)
    app = create_app(service)
    with TestClient(app, raise_server_exceptions=True) as co, TestClient(app, raise_server_exceptions=True) as pr:
        assert sign_in(co, coord, clock).status_code == 303 and sign_in(pr, shelter, clock).status_code == 303
        page = co.get("/hub/referrals/r-web").text
        assert 'data-action="withdrawal-record"' in page and "Zainab" in page and "safe place" in page
        path = "/hub/referrals/r-web/withdrawal"
        assert co.post(path, data={"reason": "asked"}).status_code == 403  # no CSRF token
        assert co.post(path, data={"csrf": csrf_of(page), "reason": "  "}).status_code == 422
        assert pr.post(path, data={"csrf": csrf_of(pr.get("/hub").text), "reason": "asked"}).status_code == 403
        done = co.post(path, data={"csrf": csrf_of(page), "reason": "asked by phone"}, follow_redirects=False)
        assert done.status_code == 303
        shown = co.get("/hub/referrals/r-web").text
        assert "data-withdrawn=" in shown and "Zainab" not in shown and "safe place" not in shown and 'data-action="withdrawal-record"' not in shown
        assert "asked by phone" not in shown  # the reason is kept in the office's record, not on the page


def test_the_office_purge_deletes_a_withdrawn_referral_once_confirmed_or_after_thirty_days(service, client, device):
    """The retention run's rule office.withdrawn_referral: due when every organisation told confirmed, else
    withdrawals.PURGE_AFTER after the office received the withdrawal; it purges referrals still open."""
    from central import purge

    publish_directory(service)
    for rid in ("r-ok", "r-slow"):
        client.upload(referral_bundle(device, rid), root=device.root)
        hub_referrals.act(service.store, COORD, rid, "route", organisation_id=SHELTER, now=NOW)
    client.upload(seal_withdrawal(device, item("w-1", "r-ok", "r-slow")), root=device.root)
    now = datetime.now(UTC)

    def due(at: datetime) -> list[tuple[str, str]]:
        return [(i.referral_id, i.rule) for i in purge.run(service.store, apply=False, now=at).plan.due]

    assert due(now) == []  # told, not yet confirmed
    hub_withdrawals.confirm(service.store, SHELTER_USER, "r-ok", now=now)
    assert due(now) == [("r-ok", "office.withdrawn_referral")]
    done = purge.run(service.store, apply=True, now=now)
    assert [(i.referral_id, i.rule) for i in done.purged] == [("r-ok", "office.withdrawn_referral")]
    shown = hub_referrals.detail(service.store, COORD, "r-ok", keys=service.keys, now=now)
    assert shown["purged"]["rule"] == "office.withdrawn_referral" and shown["withdrawn"] is not None
    assert hub_referrals.detail(service.store, COORD, "r-slow", keys=service.keys, now=now)["purged"] is None
    with service.store.read() as conn:
        assert [b.blob for b in conn.execute(select(bundles_table.c.blob)
                                             .where(bundles_table.c.referral_id == "r-ok"))] == [b""]
    assert due(now + withdrawals.PURGE_AFTER - timedelta(hours=1)) == []
    assert due(now + withdrawals.PURGE_AFTER + timedelta(hours=1)) == [("r-slow", "office.withdrawn_referral")]
