"""Issue 16 at the post: a withdrawal seals its ids-only item in its own transaction, only for referrals that left
the post, travels by USB exactly once, and the office's reports update where it reached."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.services import cases, sync_transfer, withdrawal_sync
from app.services.sync_store import apply_update
from app.storage import db, outbox
from app.storage import referrals as referral_store
from app.sync.port import FeedUpdate
from protocol.errors import MalformedData
from protocol.withdrawal import FORMAT, check_item, parse_reports
from tests.e2e.postkit import central, fresh_post, new_office

REASON = "the person's own words 5521"


def _consent(kit, referral_id: str, *, central_office: bool) -> tuple[str, str]:
    """(case id, consent id) of the referral's case: its consent to the office, or to the organisation."""
    with kit.unlock("officer") as s:
        case_id = referral_store.get(s.db, referral_id)["case_id"]
        consents = cases.show_case(s, case_id)["consents"]
    return case_id, next(c["id"] for c in consents if (c["recipient_id"] is None) == central_office)


def _usb_enrol(kit, office, stick) -> None:
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_usb(admin, code=office.code(), root_file=office.dir / "root.json", to=stick)
    assert central("import", "--data-dir", str(office.dir), "--from", str(stick))[0] == 0
    with kit.unlock("admin") as admin:
        sync_transfer.import_usb(admin, stick)


def _office_withdrawals(office) -> list[dict]:
    from sqlalchemy import select

    from central.service import db_url
    from central.store import Store
    from central.withdrawaltables import withdrawals

    store = Store(db_url(office.dir, None))
    try:
        with store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(select(withdrawals))]
    finally:
        store.close()


def test_by_usb_exactly_once_and_never_the_reason(tmp_path):
    office = new_office(tmp_path)
    kit = fresh_post(tmp_path, referrals=2)
    kit.approve(2)
    _usb_enrol(kit, office, tmp_path / "enrol")
    case_id, consent_id = _consent(kit, kit.approved[0], central_office=True)
    with kit.unlock("officer") as s:
        cases.withdraw_consent(s, case_id, consent_id, reason=REASON)
        travel = cases.show_case(s, case_id)["withdrawals"]
    assert [(w["consent_id"], w["reached"], w["referral_ids"]) for w in travel] == [
        (consent_id, "waiting", [kit.approved[0]])]
    stick = tmp_path / "out"
    with kit.unlock("admin") as admin:
        sync_transfer.export_usb(admin, stick)
    assert REASON.encode() not in b"".join(p.read_bytes() for p in stick.rglob("*") if p.is_file())
    for _ in range(2):  # the same folder imported twice: stored once
        assert central("import", "--data-dir", str(office.dir), "--from", str(stick))[0] == 0
    held = _office_withdrawals(office)
    assert [(w["source"], w["consent_id"], w["case_id"], w["reason"]) for w in held] == [
        ("post", consent_id, case_id, None)]
    rc, out = central("referrals", "show", kit.approved[0], "--data-dir", str(office.dir), "--json")
    assert rc == 0 and json.loads(out)["case"] is None and json.loads(out)["withdrawn"] is not None
    rc, out = central("referrals", "show", kit.approved[1], "--data-dir", str(office.dir), "--json")
    assert rc == 0 and json.loads(out)["case"] is not None  # the other case is untouched
    with kit.unlock("admin") as admin:
        sync_transfer.import_usb(admin, stick)
    with kit.unlock("officer") as s:
        travel = cases.show_case(s, case_id)["withdrawals"]
    assert travel[0]["reached"] == "received" and travel[0]["providers"] == []  # nobody had received it yet


def test_sealed_in_the_withdrawals_own_transaction(tmp_path, monkeypatch):
    office = new_office(tmp_path).start()
    try:
        kit = fresh_post(tmp_path, referrals=1)
        kit.approve(1)
        with kit.unlock("admin") as s:
            sync_transfer.enroll_online(s, server=office.url, code=office.code())
    finally:
        office.stop()
    case_id, consent_id = _consent(kit, kit.approved[0], central_office=True)

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(withdrawal_sync, "seal_envelope", broken)
    with kit.unlock("officer") as s:
        before = outbox.counts(s.db)
        with pytest.raises(OSError):
            cases.withdraw_consent(s, case_id, consent_id, reason=REASON)
        assert next(c for c in cases.show_case(s, case_id)["consents"] if c["id"] == consent_id)["withdrawn_on"] is None
        assert outbox.counts(s.db) == before and cases.show_case(s, case_id)["withdrawals"] == []
    monkeypatch.undo()
    org_case, org_consent = _consent(kit, kit.approved[0], central_office=False)
    with kit.unlock("officer") as s:
        cases.withdraw_consent(s, org_case, org_consent, reason=REASON)  # the consent to the shelter
        items = outbox.items(s.db, state="pending")
        travel = cases.show_case(s, case_id)["withdrawals"]
    assert [i["kind"] for i in items].count("withdrawal") == 1
    assert travel[0]["referral_ids"] == [kit.approved[0]]


def test_nothing_travels_for_a_referral_that_never_left(tmp_path):
    kit = fresh_post(tmp_path, referrals=1)  # submitted, not approved: nothing sealed
    case_id, consent_id = _consent(kit, kit.submitted[0], central_office=True)
    with kit.unlock("officer") as s:
        cases.withdraw_consent(s, case_id, consent_id, reason=REASON)
        assert outbox.counts(s.db)["pending"] == 0 and cases.show_case(s, case_id)["withdrawals"] == []


def test_office_reports_move_the_state_and_refuse_nonsense(tmp_path):
    kit = fresh_post(tmp_path, referrals=1)
    rid = kit.submitted[0]
    t0 = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
    report = {"id": "w-office-1", "source": "office", "state": "notified", "received_at": "2026-12-04T08:00:00Z",
              "referrals": [rid], "providers": [{"organisation_id": "org-shelter", "notified_at": "2026-12-04T08:00:00Z",
                                                 "confirmed_at": None}]}
    update = FeedUpdate(version=1, digest="1" * 64, issued_at=t0, expires_at=t0 + timedelta(days=7), raw=b"{}",
                        directory=None, revoked_devices=[], withdrawals=parse_reports([report]))
    with kit.unlock("admin") as s:
        with db.transaction(s.db):
            apply_update(s.db, update, device_id="dev-1")
        case_id = referral_store.get(s.db, rid)["case_id"]
        shown = withdrawal_sync.for_case(s.db, case_id)
        assert [(w["source"], w["reached"]) for w in shown] == [("office", "notified")]  # recorded at the office
        with db.transaction(s.db):  # the same report again changes nothing
            assert withdrawal_sync.apply_reports(s.db, update.withdrawals) == 0
    for bad in ({**report, "state": "deleted"}, {**report, "received_at": "yesterday"}, {**report, "referrals": "x"},
                {**report, "providers": [{"organisation_id": "o"}]}):
        with pytest.raises(MalformedData):
            parse_reports([bad])


def test_the_item_carries_ids_only():
    item = {"format": FORMAT, "id": "w1", "consent_id": "c1", "case_id": "k1", "referrals": [{"id": "r1",
            "provider": "org-shelter"}], "categories": ["identity"], "withdrawn_on": "2026-12-04",
            "recorded_at": "2026-12-04T08:00:00Z"}
    assert check_item(item) == item
    for bad in ({**item, "reason": "she is afraid"}, {**item, "name": "Zainab"}, {**item, "categories": ["x"]},
                {**item, "referrals": []}, {**item, "referrals": [{"id": "r1", "provider": None, "note": "x"}]},
                {**item, "withdrawn_on": "4 Dec"}, {k: v for k, v in item.items() if k != "case_id"}):
        with pytest.raises(MalformedData):
            check_item(bad)
