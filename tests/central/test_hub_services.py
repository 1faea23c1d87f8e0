"""The hub's services without HTTP: intake, queue, detail within disclosure, actions, audit — SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from central.hub import audit, organisations, posts, referrals
from central.hub.errors import Forbidden, NotFound, Refused
from central.publish import device_doc
from central.tables import hub_referrals
from tests.central.conftest import enrolled_device
from tests.central.hub_support import (
    ADMIN_USER,
    ANALYST_USER,
    CLINIC,
    COORD,
    LEGAL,
    LEGAL_USER,
    NAME,
    SHELTER,
    SHELTER_USER,
    publish_directory,
    referral_bundle,
)

T0 = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


@pytest.fixture
def hub(service, client):
    """An office with a directory and one referral from the ISB post, addressed to the shelter."""
    publish_directory(service)
    device = enrolled_device(service, client)
    service.ingestor.ingest(referral_bundle(device, "r-1"))
    return service, device


def _act(service, who, action, **kw):
    return referrals.act(service.store, who, "r-1", action, now=kw.pop("now", T0), **kw)


def test_intake_indexes_nothing_that_names_the_person(hub):
    service, device = hub
    with service.store.read() as conn:
        row = dict(conn.execute(select(hub_referrals)).one()._mapping)
    assert (row["step"], row["urgency"], row["is_child"], row["requested_org"], row["assigned_org"]) == (
        "received", "urgent", 0, SHELTER, None)
    assert "Zainab" not in repr(row)
    rows = referrals.queue(service.store, COORD, now=T0)
    assert [(r["referral_id"], r["post_code"], r["step"]) for r in rows] == [("r-1", "ISB", "received")]
    assert "Zainab" not in repr(rows)


def test_an_organisation_only_a_referral_names_is_known_not_in_directory(hub, client):
    service, device = hub
    service.ingestor.ingest(referral_bundle(device, "r-2", provider=CLINIC))
    found = {o["organisation_id"]: o["in_directory"] for o in organisations.listing(service.store, COORD)}
    assert found == {SHELTER: True, LEGAL: True, CLINIC: False}
    organisations.save(service.store, ADMIN_USER, {"id": CLINIC, "name": "City Clinic", "services": ["medical"]})
    assert organisations.get(service.store, COORD, CLINIC)["in_directory"] is True


def test_route_acknowledge_accept_reach_the_device_file_and_the_audit_log(hub):
    service, device = hub
    _act(service, COORD, "route", organisation_id=SHELTER)
    _act(service, SHELTER_USER, "acknowledge")
    _act(service, SHELTER_USER, "accept", note="bed 4 ready")
    doc = device_doc(service.store, device.device_id, now=T0)
    assert [(s["status"], s["note"]) for s in doc["statuses"]] == [
        ("received", None), ("routed", "Dar-ul-Aman Shelter"), ("acknowledged", None), ("accepted", "bed 4 ready")]
    shown = referrals.detail(service.store, COORD, "r-1", keys=service.keys, now=T0)
    assert [(e["step"], e["actor"]) for e in shown["timeline"]] == [
        ("received", "system"), ("routed", "u-coord"), ("acknowledged", "u-shelter"), ("accepted", "u-shelter")]
    actions = [e["action"] for e in audit.entries(service.store, ADMIN_USER)]
    assert actions[:5] == ["organisation.save", "organisation.save", "referral.route", "referral.acknowledge",
                           "referral.accept"]
    assert actions[-1] == "referral.view"
    assert audit.verify(service.store) == len(actions) + 1  # + the admin's own audit.view
    assert NAME.encode() not in audit.export(service.store, ADMIN_USER)


def test_decline_then_reroute_moves_the_referral_to_the_other_organisation(hub):
    service, _ = hub
    _act(service, COORD, "route", organisation_id=SHELTER)
    _act(service, SHELTER_USER, "acknowledge")
    with pytest.raises(Refused) as info:
        _act(service, SHELTER_USER, "decline")
    assert info.value.code == "reason_required"
    _act(service, SHELTER_USER, "decline", note="no beds")
    assert referrals.queue(service.store, COORD, status="declined", now=T0)[0]["assigned_org"] == SHELTER
    _act(service, COORD, "reroute", organisation_id=LEGAL, note="shelter full")
    with pytest.raises(NotFound):
        referrals.detail(service.store, SHELTER_USER, "r-1", keys=service.keys, now=T0)
    assert referrals.queue(service.store, SHELTER_USER, now=T0) == []
    assert [r["referral_id"] for r in referrals.queue(service.store, LEGAL_USER, now=T0)] == ["r-1"]
    assert _act(service, LEGAL_USER, "acknowledge")["step"] == "acknowledged"


def test_a_second_acknowledgement_is_refused_as_a_bad_transition(hub):
    service, _ = hub
    _act(service, COORD, "route", organisation_id=SHELTER)
    _act(service, SHELTER_USER, "acknowledge")
    with pytest.raises(Refused) as info:
        _act(service, SHELTER_USER, "acknowledge")
    assert (info.value.code, info.value.status) == ("bad_transition", 409)


def test_routing_to_an_unknown_organisation_is_refused(hub):
    service, _ = hub
    with pytest.raises(Refused) as info:
        _act(service, COORD, "route", organisation_id="org-nowhere")
    assert (info.value.code, info.value.status) == ("unknown_organisation", 422)


def test_provider_sees_what_the_person_consented_for_it_coordinator_what_the_office_holds(hub):
    service, _ = hub
    coord_view = referrals.detail(service.store, COORD, "r-1", keys=service.keys, now=T0)["case"]
    assert coord_view["full_name"] == NAME and coord_view["screening_outcome"] == "presumed_victim_trafficking"
    assert coord_view["health_needs"] == ["medical_care"]
    _act(service, COORD, "route", organisation_id=SHELTER)
    shelter_view = referrals.detail(service.store, SHELTER_USER, "r-1", keys=service.keys, now=T0)
    # consent for the shelter: identity and needs; a shelter's service needs identity, contact, needs
    assert shelter_view["case"] == {"full_name": NAME, "sex": "female", "age": 24, "is_child": False,
                                    "nationality": "PK", "needs": ["shelter"]}
    assert shelter_view["actions"] == ["acknowledge"]
    _act(service, SHELTER_USER, "acknowledge")
    _act(service, SHELTER_USER, "decline", note="no beds")
    _act(service, COORD, "reroute", organisation_id=LEGAL, note="shelter full")
    legal_view = referrals.detail(service.store, LEGAL_USER, "r-1", keys=service.keys, now=T0)
    assert legal_view["case"] == {} and legal_view["disclosed_categories"] == []  # no consent for this organisation


def test_authorisation_matrix_at_the_service_layer(hub):
    service, _ = hub
    store, keys = service.store, service.keys
    _act(service, COORD, "route", organisation_id=SHELTER)
    for who in (ANALYST_USER, ADMIN_USER):
        for call in (lambda p: referrals.queue(store, p, now=T0),
                     lambda p: referrals.detail(store, p, "r-1", keys=keys, now=T0),
                     lambda p: referrals.act(store, p, "r-1", "close", note="x", now=T0)):
            with pytest.raises(Forbidden):
                call(who)
    with pytest.raises(NotFound):
        referrals.act(store, LEGAL_USER, "r-1", "acknowledge", now=T0)
    with pytest.raises(NotFound):
        referrals.detail(store, COORD, "r-404", keys=keys, now=T0)
    with pytest.raises(Forbidden):
        referrals.act(store, SHELTER_USER, "r-1", "close", note="x", now=T0)
    with pytest.raises(Forbidden):
        referrals.act(store, COORD, "r-1", "acknowledge", now=T0)
    for who in (COORD, SHELTER_USER, ANALYST_USER):
        with pytest.raises(Forbidden):
            posts.listing(store, who)
        with pytest.raises(Forbidden):
            audit.entries(store, who)
        with pytest.raises(Forbidden):
            organisations.save(store, who, {"id": "x", "name": "X"})
    assert [d["post_code"] for d in posts.listing(store, ADMIN_USER)] == ["ISB"]
    assert referrals.queue(store, SHELTER_USER, organisation=LEGAL, now=T0) == []


def test_overdue_follows_the_moved_clock_and_reaches_the_device_file(hub):
    service, device = hub
    _act(service, COORD, "route", organisation_id=SHELTER, now=T0)  # urgent: acknowledge within 24 h
    assert referrals.queue(service.store, COORD, overdue=True, now=T0 + timedelta(hours=23)) == []
    late = T0 + timedelta(hours=25)
    rows = referrals.queue(service.store, COORD, overdue=True, now=late)
    assert [(r["referral_id"], r["awaiting"], r["due_at"]) for r in rows] == [
        ("r-1", "acknowledge", "2026-12-05T08:00:00Z")]
    assert referrals.queue(service.store, COORD, overdue=False, now=late) == []
    reports = [s for s in device_doc(service.store, device.device_id, now=late)["statuses"] if s["status"] == "overdue"]
    assert reports == [{"referral_id": "r-1", "status": "overdue", "note": "acknowledge", "at": "2026-12-05T08:00:00Z"}]
    _act(service, SHELTER_USER, "acknowledge", now=late)
    assert referrals.queue(service.store, COORD, overdue=True, now=late) == []
    assert referrals.queue(service.store, COORD, overdue=True, now=late + timedelta(hours=25))[0]["awaiting"] == "accept"


def test_configured_timers_replace_the_defaults(hub):
    from central.hub import timers

    service, _ = hub
    timers.configure(service.store, {"acknowledge": {"urgent": 2}})
    _act(service, COORD, "route", organisation_id=SHELTER, now=T0)
    assert referrals.queue(service.store, COORD, overdue=True, now=T0 + timedelta(hours=3))[0]["overdue"] is True
    with pytest.raises(timers.TimersInvalid):
        timers.configure(service.store, {"acknowledge": {"urgent": 0}})


def test_queue_filters(hub, client):
    service, _ = hub
    other = enrolled_device(service, client, post_code="LHE")
    service.ingestor.ingest(referral_bundle(other, "r-2", urgency="emergency", child=True))
    store = service.store
    assert [r["referral_id"] for r in referrals.queue(store, COORD, post="LHE", now=T0)] == ["r-2"]
    assert [r["referral_id"] for r in referrals.queue(store, COORD, child=True, now=T0)] == ["r-2"]
    assert [r["referral_id"] for r in referrals.queue(store, COORD, urgency="urgent", now=T0)] == ["r-1"]
    _act(service, COORD, "route", organisation_id=SHELTER)
    assert [r["referral_id"] for r in referrals.queue(store, COORD, organisation=SHELTER, now=T0)] == ["r-1"]
    assert [r["referral_id"] for r in referrals.queue(store, COORD, status="received", now=T0)] == ["r-2"]
    with pytest.raises(Refused):
        referrals.queue(store, COORD, status="teleported", now=T0)


def test_bundles_sharing_one_transaction_are_indexed_as_if_stored_one_by_one(service, client):
    """Intake rows are written at the end of the ingest transaction: a later bundle of the same transaction must
    see the referral and the organisation an earlier one indexed (white-box: three bundles in one commit)."""
    from concurrent.futures import Future

    from central.hubstore import events as hub_events_of
    from central.ingest import _Job
    from central.tables import statuses
    from protocol.envelope import open_envelope

    publish_directory(service)
    device = enrolled_device(service, client)
    blobs = [referral_bundle(device, "r-10", provider=CLINIC), referral_bundle(device, "r-10", provider=LEGAL,
                                                                              urgency="routine"),
             referral_bundle(device, "r-11", provider=CLINIC)]
    ingestor = service.ingestor
    items = [(_Job(open_envelope(b, recipient_private_key=ingestor.keys.bundle, device_lookup=ingestor._device_key),
                   b), Future()) for b in blobs]
    ingestor._committer._commit(items)
    results = [future.result() for _, future in items]
    assert all(r.created for r in results)
    later = service.ingestor.ingest(referral_bundle(device, "r-11", provider=CLINIC, urgency="routine"))
    with service.store.read() as conn:
        index = {r.referral_id: r for r in conn.execute(select(hub_referrals))}
        feed = sorted((r.referral_id, r.status) for r in conn.execute(select(statuses)))
        timeline = {rid: [(e["step"], e["action"]) for e in hub_events_of(conn, rid)] for rid in index}
    assert set(index) == {"r-10", "r-11"}
    assert (index["r-10"].bundle_id, index["r-10"].requested_org, index["r-10"].urgency) == (
        results[1].bundle_id, LEGAL, "routine")
    assert (index["r-11"].bundle_id, index["r-11"].requested_org, index["r-11"].urgency) == (
        later.bundle_id, CLINIC, "routine")
    assert timeline == {"r-10": [("received", "receive")], "r-11": [("received", "receive")]}
    assert feed == [("r-10", "received"), ("r-11", "received")]
    found = {o["organisation_id"]: o["in_directory"] for o in organisations.listing(service.store, COORD)}
    assert found == {SHELTER: True, LEGAL: True, CLINIC: False}
