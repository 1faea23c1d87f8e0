"""Referral drafts follow the consent first (every consented recipient), then the organisations nearest the encounter."""

from __future__ import annotations

from app.domain import places
from app.domain.model import Organisation
from app.services.screening_flow.care import suggested_referrals

ORGS = (
    Organisation("khi-hospital", "Karachi General Hospital", ("medical", "shelter", "psychosocial"), area="Karachi"),
    Organisation("khi-interpreters", "Karachi Interpreters", ("interpretation",), area="Karachi"),
    Organisation("pew-shelter", "Peshawar Women's Shelter", ("shelter",), area="Peshawar"),
    Organisation("pew-hospital", "Lady Reading Hospital", ("medical",), area="Peshawar, Khyber Pakhtunkhwa"),
    Organisation("qta-legal", "Quetta Legal Aid", ("legal_aid", "psychosocial"), area="Quetta"),
    Organisation("nowhere", "Helpline", ("psychosocial", "medical", "shelter"), area=""),
)
NEEDED = ["shelter", "medical", "psychosocial", "interpretation"]


def providers(drafts):
    return [(d["provider_id"], d["services"]) for d in drafts]


def test_every_consented_recipient_comes_first_in_the_consents_order():
    drafts = suggested_referrals(NEEDED, ORGS, urgency="urgent", consented=["qta-legal", "pew-hospital"],
                                 near="Torkham border crossing")
    assert providers(drafts)[:2] == [("qta-legal", ["psychosocial"]), ("pew-hospital", ["medical"])]


def test_then_the_nearest_area_never_a_city_1500_km_away_when_a_nearer_one_offers_the_service():
    drafts = suggested_referrals(NEEDED, ORGS, urgency="urgent", consented=["pew-hospital"],
                                 near="Torkham border crossing")
    found = dict(providers(drafts))
    assert found["pew-hospital"] == ["medical"] and found["pew-shelter"] == ["shelter"]
    assert "khi-hospital" not in found  # Karachi is some 1,200 km from Torkham; Peshawar is 50
    assert found["khi-interpreters"] == ["interpretation"]  # only Karachi offers interpretation here
    assert all(d["urgency"] == "urgent" for d in drafts)
    covered = [s for d in drafts for s in d["services"]]
    assert sorted(covered) == sorted(NEEDED)


def test_a_consented_recipient_offering_none_of_the_suggested_services_is_still_drafted():
    drafts = suggested_referrals(["medical"], ORGS, urgency="routine", consented=["pew-shelter"], near="Peshawar")
    assert providers(drafts)[0] == ("pew-shelter", ["shelter"])


def test_without_a_known_place_the_fewest_organisations_cover_the_services():
    drafts = suggested_referrals(NEEDED, ORGS, urgency="routine", near="")
    assert providers(drafts)[0] == ("khi-hospital", ["shelter", "medical", "psychosocial"])


def test_distances_between_known_places():
    assert 1000 < places.distance_between("Torkham border crossing", "Karachi") < 1600
    assert places.distance_between("Torkham", "Peshawar") < 80
    assert places.distance_between("somewhere unknown", "Karachi") is None
    assert places.locate("Dera Ghazi Khan district") == places.PLACES["dera ghazi khan"]
