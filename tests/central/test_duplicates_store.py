"""The office's same-person index on SQLite and PostgreSQL (issue 13): bundles from three posts through the real
API, pairs only across posts, decisions kept when more bundles come, confirmations in both posts' feed files."""

from __future__ import annotations

import pytest

from app.domain.matching import office_name_keys
from app.domain.model import Person
from central import matchindex, publish
from central.hub import duplicates
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import COORDINATOR, PROVIDER, Principal
from protocol.doctag import document_tag
from protocol.sealed import open_sealed_file
from tests.central.conftest import enrolled_device
from tests.central.test_api import post

COORD = Principal("u-coord", "coord", COORDINATOR)


def referral(service, rid: str, case_id: str, *, person: Person | None = None, documents: tuple[str, ...] = ()):
    """A referral as a post seals it, with the match field the post computes (issue 13)."""
    key_id, key = matchindex.document_key(service.keys)
    match: dict = {"v": 1}
    if documents:
        match["documents"] = {"key_id": key_id, "tags": sorted(document_tag(key, d) for d in documents)}
    if person is not None:
        match.update({k: v for k, v in office_name_keys(person).items() if v})
    return {"id": rid, "case_id": case_id, "case_reference": f"REF-{case_id}", "match": match}


def device_file(service, device) -> dict:
    publish.current_feed(service.store, signing_key=service.keys.feed, clock=service.clock,
                         document_key=matchindex.document_key(service.keys))
    cached = service.store.device_file(device.device_id)
    return open_sealed_file(bytes(cached["sealed"]), device_id=device.device_id, device_private_key=device.box_key)


def test_pairs_across_posts_decisions_and_feed(api, client, service):
    isb, lhe, lhe2, tkm = (enrolled_device(service, client, code) for code in ("ISB", "LHE", "LHE", "TKM"))
    zubair = Person("Zubair", "Afridi")
    assert post(api, isb.seal_next(referral(service, "r1", "c1", person=zubair))).status_code == 201
    urdu = Person("", name_native="زبیر آفریدی")
    assert post(api, lhe.seal_next(referral(service, "r2", "c2", person=urdu))).status_code == 201
    assert post(api, lhe2.seal_next(referral(service, "r3", "c3", person=urdu))).status_code == 201  # same post
    assert post(api, tkm.seal_next(referral(service, "r4", "c4", documents=("AB 1234567",)))).status_code == 201
    assert post(api, isb.seal_next(referral(service, "r5", "c5", documents=("ab1234567",)))).status_code == 201
    bad = {"id": "r6", "case_id": "c6", "case_reference": "X", "match": {"v": 1, "names": "not a list"}}
    assert post(api, tkm.seal_next(bad)).status_code == 201  # a malformed match field never refuses a referral

    found = duplicates.listing(service.store, COORD)
    pairs = {frozenset((p["a_case"], p["b_case"])): p for p in found}
    assert set(pairs) == {frozenset(("c1", "c2")), frozenset(("c1", "c3")), frozenset(("c4", "c5"))}
    assert pairs[frozenset(("c4", "c5"))]["matched"] == ["document"]
    with pytest.raises(Forbidden):
        duplicates.listing(service.store, Principal("u-p", "p", PROVIDER, "org-x"))

    confirmed = pairs[frozenset(("c1", "c2"))]["pair_id"]
    dismissed = pairs[frozenset(("c4", "c5"))]["pair_id"]
    duplicates.decide(service.store, COORD, confirmed, "confirm")
    duplicates.decide(service.store, COORD, dismissed, "dismiss")
    with pytest.raises(Refused):
        duplicates.decide(service.store, COORD, confirmed, "dismiss")
    with pytest.raises(NotFound):
        duplicates.decide(service.store, COORD, "0" * 32, "confirm")
    with pytest.raises(Refused):
        duplicates.decide(service.store, COORD, pairs[frozenset(("c1", "c3"))]["pair_id"], "merge")

    # the same case sent again (another referral): the decisions stand, no pair is added twice
    assert post(api, tkm.seal_next(referral(service, "r7", "c4", documents=("AB1234567",)))).status_code == 201
    assert {p["pair_id"]: p["status"] for p in duplicates.listing(service.store, COORD, status=None)} == {
        confirmed: "confirmed", dismissed: "dismissed", pairs[frozenset(("c1", "c3"))]["pair_id"]: "open"}

    key_id, _ = matchindex.document_key(service.keys)
    isb_file, lhe_file, tkm_file = device_file(service, isb), device_file(service, lhe), device_file(service, tkm)
    assert isb_file["document_key"]["key_id"] == key_id
    assert isb_file["same_person"] == [{"case_id": "c1", "other_post": "LHE", "other_reference": "REF-c2",
                                        "status": "confirmed", "at": isb_file["same_person"][0]["at"]}]
    assert [s["other_reference"] for s in lhe_file["same_person"]] == ["REF-c1"]
    assert "same_person" not in tkm_file  # dismissed pairs are not sent
