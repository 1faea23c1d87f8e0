"""Correcting a case after intake (issue 14): reasons, roles, history with old and new values, the child flag,
identity and investigation rules, people together and companions — through the services on a real store."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import identity as idn
from app.domain.errors import NotFound, PermissionDenied, Refused, ValidationFailed
from app.domain.model import CaseInput, Encounter, Person
from app.services import case_edit, cases
from app.storage import audit

TODAY = dt.date(2026, 12, 1)


def _case(session, *, given="Karim", age=30, dob=None, classification=None, place="Torkham border crossing"):
    person = Person(given_name=given, family_name="Zadran", name_native="کریم", sex="male", estimated_age=age,
                    date_of_birth=dob, nationality="AF", languages=("ps",))
    enc = Encounter(date=dt.date(2026, 11, 20), place=place, circumstance="interception")
    return cases.create_case(session, CaseInput(person=person, encounter=enc, classification=classification))


@pytest.fixture
def officer(post):
    with post.unlock("officer") as s:
        yield s


@pytest.fixture
def supervisor(post):
    with post.unlock("supervisor") as s:
        yield s


def test_a_correction_is_stored_with_old_and_new_value_and_reason_and_the_chain_has_no_personal_data(officer):
    case_id, ref = _case(officer)
    result = case_edit.edit_case(officer, ref, {"person.family_name": "Zadran Khan", "identity.phone": "0300 1234567",
                                                "identity.relation": "son_of", "identity.relation_name": "Gul Khan"},
                                 reason="Read from his tazkira", today=TODAY)
    assert {c.field: (c.old, c.new) for c in result.changes} == {
        "person.family_name": ("Zadran", "Zadran Khan"), "identity.phone": ("", "0300 1234567"),
        "identity.relation": ("", "son_of"), "identity.relation_name": ("", "Gul Khan")}
    shown = cases.show_case(officer, ref)
    assert shown["display_name"] == "Karim Zadran Khan"
    assert shown["identity"] == {"phone": "0300 1234567", "relation": "son_of", "relation_name": "Gul Khan"}
    history = case_edit.history(officer, ref)
    assert {h["field"] for h in history} == {c.field for c in result.changes}
    assert {h["reason"] for h in history} == {"Read from his tazkira"} and history[0]["changed_by_name"] == "officer"
    entries = audit.entries_for_object(officer.db, [case_id])
    edit = [e for e in entries if e["action"] == "case.edit"]
    assert len(edit) == 1 and {h["audit_seq"] for h in history} == {edit[0]["seq"]}
    rows = officer.db.execute("SELECT * FROM audit_log").fetchall()
    assert not any("Zadran Khan" in str(r) or "0300" in str(r) or "Gul Khan" in str(r) for r in rows)
    found = cases.list_cases(officer, cases.CaseFilter(search="Gul Khan"))  # the father's name is searchable
    assert [c.reference for c in found] == [ref]


def test_a_reason_is_required_and_nothing_is_half_applied(officer):
    _, ref = _case(officer)
    with pytest.raises(ValidationFailed, match="Say why"):
        case_edit.edit_case(officer, ref, {"identity.phone": "0300 1234567"}, reason="  ", today=TODAY)
    with pytest.raises(ValidationFailed, match="telephone"):
        case_edit.edit_case(officer, ref, {"person.family_name": "Other", "identity.phone": "call me"},
                            reason="r", today=TODAY)
    assert cases.show_case(officer, ref)["person"]["family_name"] == "Zadran"
    assert case_edit.history(officer, ref) == []
    with pytest.raises(ValidationFailed, match="already recorded"):
        case_edit.edit_case(officer, ref, {"person.family_name": "Zadran"}, reason="r", today=TODAY)
    with pytest.raises(ValidationFailed, match="not a field"):
        case_edit.edit_case(officer, ref, {"person.religion": "x"}, reason="r", today=TODAY)
    with pytest.raises(NotFound):
        case_edit.edit_case(officer, "ISB-2026-999999", {"identity.phone": "0300 1234567"}, reason="r")


def test_an_age_assessment_turns_the_adult_record_into_a_child_and_says_so(officer):
    _, ref = _case(officer, age=19)
    assert cases.show_case(officer, ref)["is_child"] == 0
    result = case_edit.edit_case(officer, ref, {"person.estimated_age": 15}, reason="Medical age assessment",
                                 today=TODAY)
    assert result.child_flag_changed and result.is_child
    assert "child procedures apply" in result.warnings[0]
    assert cases.show_case(officer, ref)["is_child"] == 1
    assert [c.reference for c in cases.list_cases(officer, cases.CaseFilter(child=True))] == [ref]
    again = case_edit.edit_case(officer, ref, {"person.date_of_birth": "2000-01-05"}, reason="Passport seen",
                                today=TODAY)  # a date of birth outranks the estimate
    assert again.child_flag_changed and not again.is_child and "no longer" in again.warnings[0]
    plain = case_edit.edit_case(officer, ref, {"encounter.place": "Torkham, FIA counter 2"}, reason="precise",
                                today=TODAY)
    assert not plain.child_flag_changed and plain.warnings == []


def test_only_the_recording_officer_or_a_supervisor_corrects(post, officer, supervisor):
    _, ref = _case(supervisor)
    with pytest.raises(PermissionDenied, match="Only the officer who recorded"):
        case_edit.edit_case(officer, ref, {"identity.phone": "0300 1234567"}, reason="r", today=TODAY)
    _, own = _case(officer)
    case_edit.edit_case(supervisor, own, {"identity.marital_status": "married"}, reason="r", today=TODAY)
    with post.unlock("admin") as admin, pytest.raises(PermissionDenied):
        case_edit.edit_case(admin, own, {"identity.marital_status": "single"}, reason="r", today=TODAY)


def test_origin_is_a_district_of_its_province_or_a_place_abroad(officer):
    _, ref = _case(officer)
    with pytest.raises(ValidationFailed, match="not in the province"):
        case_edit.edit_case(officer, ref, {"identity.origin_province": "PB", "identity.origin_district": "SD-badin"},
                            reason="r", today=TODAY)
    with pytest.raises(ValidationFailed, match="not both"):
        case_edit.edit_case(officer, ref, {"identity.origin_province": "KP", "identity.origin_country": "AF"},
                            reason="r", today=TODAY)
    case_edit.edit_case(officer, ref, {"identity.origin_country": "AF", "identity.origin_place": "Jalalabad"},
                        reason="r", today=TODAY)
    case_edit.edit_case(officer, ref, {"identity.origin_country": "", "identity.origin_place": "",
                                       "identity.origin_province": "SD", "identity.origin_district": "SD-badin"},
                        reason="moved", today=TODAY)
    assert cases.show_case(officer, ref)["identity"] == {"origin_district": "SD-badin", "origin_province": "SD"}


def test_detention_investigation_and_non_punishment_for_a_presumed_victim(officer):
    _, plain = _case(officer, given="Noor")
    _, victim = _case(officer, given="Sana", classification="presumed_victim_trafficking")
    detained = {"investigation.detained": True, "investigation.detained_since": "2026-11-21",
                "investigation.detention_law": "foreigners_act_1946", "investigation.fir_number": "FIR 112/2026",
                "investigation.law_sections": ("ptpa-3", "ptpa-4"), "investigation.non_punishment": True,
                "investigation.non_punishment_reason": "Entered on documents the recruiter forged.",
                "investigation.exploitation_type": "forced_labour", "investigation.exploitation_country": "IR",
                "investigation.recruiter_relation": "recruitment_agent"}
    with pytest.raises(Refused, match="presumed victim"):
        case_edit.edit_case(officer, plain, detained, reason="r", today=TODAY)
    with pytest.raises(ValidationFailed, match="needs its reason"):
        case_edit.edit_case(officer, victim, {**detained, "investigation.non_punishment_reason": ""}, reason="r",
                            today=TODAY)
    with pytest.raises(ValidationFailed, match="not on the list"):
        case_edit.edit_case(officer, victim, {**detained, "investigation.law_sections": ("ptpa-99",)}, reason="r",
                            today=TODAY)
    with pytest.raises(ValidationFailed, match="future"):
        case_edit.edit_case(officer, victim, {**detained, "investigation.detained_since": "2027-01-01"},
                            reason="r", today=TODAY)
    case_edit.edit_case(officer, victim, detained, reason="FIR registered", today=TODAY)
    inv = cases.show_case(officer, victim)["investigation"]
    assert inv["law_sections"] == ["ptpa-3", "ptpa-4"] and inv["detained_since"] == "2026-11-21"
    assert idn.investigation_from_json(inv).non_punishment
    with pytest.raises(ValidationFailed, match="marked as detained"):
        case_edit.edit_case(officer, victim, {"investigation.detained": False}, reason="released", today=TODAY)


def test_people_together_and_a_companion_who_held_the_passports(officer):
    id_a, a = _case(officer, given="Amina")
    _, b = _case(officer, given="Bibi")
    _, c = _case(officer, given="Chand")
    group = case_edit.link_group(officer, [a, b], note="one Hilux at Torkham")
    assert case_edit.link_group(officer, [b, c]) == group  # the group grows
    shown = cases.show_case(officer, a)
    assert shown["group"]["note"] == "one Hilux at Torkham"
    assert [m["reference"] for m in shown["group"]["others"]] == [b, c]
    with pytest.raises(ValidationFailed, match="two different"):
        case_edit.link_group(officer, [a, a])
    companion = case_edit.add_companion(officer, a, name="Driver of the Hilux", relation="driver",
                                        held_documents=True, possible_exploiter=True)
    listed = cases.show_case(officer, a)["companions"]
    assert [(x["id"], x["held_documents"], x["possible_exploiter"]) for x in listed] == [(companion, True, True)]
    assert len(cases.list_cases(officer)) == 3  # a companion never becomes a case
    with pytest.raises(ValidationFailed, match="relation"):
        case_edit.add_companion(officer, a, name="x", relation="boss")
    case_edit.leave_group(officer, c)
    assert [m["reference"] for m in cases.show_case(officer, a)["group"]["others"]] == [b]
    actions = [e["action"] for e in audit.entries_for_object(officer.db, [id_a])]
    assert actions.count("case.group") == 1 and "companion.add" in actions


def test_pickers_find_countries_and_languages_by_name_in_both_scripts():
    vocab = case_edit.vocabulary()
    assert [n.code for n in idn.search_named(vocab.countries.values(), "Afgh")] == ["AF"]
    assert [n.code for n in idn.search_named(vocab.countries.values(), "افغ")] == ["AF"]
    assert "AE" in [n.code for n in idn.search_named(vocab.countries.values(), "emir")]
    assert len(vocab.countries) == 249 and all(n.ur and n.ur != n.en for n in vocab.countries.values())
    assert [n.code for n in idn.search_named(idn.languages(), "پشت")] == ["ps"]
    assert [n.code for n in idn.search_named(idn.languages(), "Pash")] == ["ps"]
    assert idn.search_named(vocab.countries.values(), "  ") == []
    lahore = [d.code for d in idn.search_named(vocab.districts.values(), "لاہور")]
    assert lahore == ["PB-lahore"] and vocab.district_province["PB-lahore"] == "PB"
    assert {d.code for d in vocab.districts_of("IS")} == {"IS-islamabad"}


def test_the_recruiters_relation_maps_to_the_ctdc_flags():
    vocab = case_edit.vocabulary()
    flags = idn.ctdc_fields(idn.Investigation(recruiter_relation="recruitment_agent"), vocab)
    assert flags["recruiterRelationOther"] == 1 and sum(flags.values()) == 1
    assert set(flags) == {"recruiterRelationIntimatePartner", "recruiterRelationFamily", "recruiterRelationFriend",
                          "recruiterRelationOther", "recruiterRelationUnknown"}
    assert idn.ctdc_fields(idn.Investigation(), vocab) == {}
    assert idn.ctdc_fields(idn.Investigation(exploitation_type="forced_marriage"), vocab) == {"isForcedMarriage": 1}
    assert vocab.recruiter_relations["family"].ur == "خاندان کا فرد"


def test_the_recorded_father_name_reaches_the_matcher_and_the_office_name_keys(officer):
    """Issue 13 with issue 14: a father's or husband's name recorded after intake is what the post's matcher compares
    (two namesakes with different fathers fall below the threshold) and what the office's name keys carry."""
    from app.domain import matching
    from app.services.sync_payload import match_payload
    from app.storage import cases as case_store
    from app.storage import matching as match_store

    first_id, first = _case(officer)
    second_id, second = _case(officer)
    case_edit.edit_case(officer, first, {"identity.relation": "son_of", "identity.relation_name": "Gul Khan"},
                        reason="Read from his tazkira", today=TODAY)
    case_edit.edit_case(officer, second, {"identity.relation": "son_of", "identity.relation_name": "Sher Ali"},
                        reason="Read from his tazkira", today=TODAY)
    found = {cid: p for cid, _, p in match_store.candidates(officer.db, ["Karim"])}
    assert (found[first_id].father_name, found[second_id].father_name) == ("Gul Khan", "Sher Ali")
    same = matching.compare(found[first_id], found[first_id], on=TODAY)
    namesakes = matching.compare(found[first_id], found[second_id], on=TODAY)
    assert "father_name" in same[1] and "father_name" in namesakes[2]
    assert namesakes[0] < same[0]
    keys = match_payload(case_store.get_case(officer.db, first_id), frozenset({"identity"}), None)
    assert keys is not None and keys["fathers"] and all(keys["fathers"])
    unrecorded_id, _ = _case(officer, given="Nasir")
    keys = match_payload(case_store.get_case(officer.db, unrecorded_id), frozenset({"identity"}), None)
    assert not (keys or {}).get("fathers")
