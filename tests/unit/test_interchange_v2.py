"""nrm-desk/cases@2: identity, investigation, groups and companions travel in the interchange; @1 stays readable."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from app.domain.errors import ValidationFailed
from app.domain.interchange import FORMAT, dump_cases, parse_cases
from app.services import case_edit, cases
from tests.conftest import AMINA

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_2 = json.loads((ROOT / "resources" / "schemas" / "cases-v2.schema.json").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 12, 1)

V2 = {
    "format": "nrm-desk/cases@2",
    "cases": [
        {**AMINA["cases"][0], "group": "vehicle-1",
         "identity": {"relation": "daughter_of", "relation_name": "Gul Khan", "relation_name_native": "گل خان",
                      "origin_country": "AF", "origin_place": "Jalalabad", "marital_status": "single"},
         "investigation": {"detained": True, "detained_since": "2026-11-20", "detention_law": "foreigners_act_1946",
                           "fir_number": "FIR 7/2026", "law_sections": ["ptpa-3"], "exploitation_type":
                           "forced_marriage", "exploitation_country": "PK", "exploitation_city": "Peshawar",
                           "route": "Jalalabad - Torkham - Peshawar", "recruiter_relation": "family"},
         "companions": [{"name": "Adult man in the car", "relation": "agent", "held_documents": True,
                         "possible_exploiter": True}]},
        {"person": {"given_name": "Zarghona", "sex": "female", "estimated_age": 12, "nationality": "AF"},
         "encounter": {"date": "2026-11-20", "place": "Torkham border crossing", "circumstance": "interception"},
         "group": "vehicle-1",
         "identity": {"origin_province": "KP", "origin_district": "KP-khyber", "phone": "+93 70 123 4567"}},
    ],
}


def _parse(doc):
    return parse_cases(doc, today=TODAY, vocab=case_edit.vocabulary())


def test_v2_reads_back_to_the_same_document_and_the_schema_accepts_it():
    parsed = _parse(V2)
    first = parsed.cases[0]
    assert first.identity.relation_name_native == "گل خان" and first.investigation.law_sections == ("ptpa-3",)
    assert first.companions[0].possible_exploiter and parsed.cases[1].group == "vehicle-1"
    assert dump_cases(parsed.cases) == V2
    jsonschema.Draft202012Validator.check_schema(SCHEMA_2)
    assert not list(jsonschema.Draft202012Validator(SCHEMA_2).iter_errors(V2))


def test_v1_stays_readable_and_dumps_as_v1_without_the_new_members():
    parsed = _parse(AMINA)
    assert parsed.cases[0].identity is None and dump_cases(parsed.cases)["format"] == FORMAT
    with pytest.raises(ValidationFailed) as err:  # the new members are not part of @1
        _parse({**AMINA, "cases": [{**AMINA["cases"][0], "identity": {"phone": "0300 1234567"}}]})
    assert err.value.path == "cases[0].identity"


@pytest.mark.parametrize(("path", "value", "where"), [
    (("identity", "origin_district"), "SD-badin", "cases[1].identity.origin_district"),
    (("identity", "phone"), "ring me", "cases[1].identity.phone"),
    (("investigation", "law_sections"), ["ptpa-3", "ppc-420"], "cases[0].investigation.law_sections"),
    (("investigation", "detained_since"), "2027-01-01", "cases[0].investigation.detained_since"),
    (("investigation", "shoe_size"), 9, "cases[0].investigation.shoe_size"),
    (("companions",), [{"name": "x", "relation": "boss"}], "cases[0].companions[0].relation"),
])
def test_a_bad_v2_member_is_refused_at_its_path(path, value, where):
    doc = copy.deepcopy(V2)
    case = doc["cases"][0 if where.startswith("cases[0]") else 1]
    target = case
    for key in path[:-1]:
        target = target.setdefault(key, {})
    target[path[-1]] = value
    with pytest.raises(ValidationFailed) as err:
        _parse(doc)
    assert err.value.path == where, err.value.errors


def test_import_of_v2_stores_identity_investigation_group_and_companions(post, tmp_path):
    with post.unlock("officer") as officer:
        refs = cases.import_cases(officer, V2)
        first = cases.show_case(officer, refs[0])
        assert first["identity"]["origin_place"] == "Jalalabad"
        assert first["investigation"]["fir_number"] == "FIR 7/2026"
        assert [m["reference"] for m in first["group"]["others"]] == [refs[1]]
        assert first["companions"][0]["held_documents"] is True
        found = cases.list_cases(officer, cases.CaseFilter(search="گل"))  # father's name in the name index
        assert [c.reference for c in found] == [refs[0]]
        assert cases.show_case(officer, refs[1])["is_child"] == 1


def test_the_v2_example_in_the_documentation_is_accepted():
    import re

    text = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL) if '"nrm-desk/cases@2"' in b]
    assert len(blocks) == 1
    doc = json.loads(blocks[0])
    assert not list(jsonschema.Draft202012Validator(SCHEMA_2).iter_errors(doc))
    parsed = _parse(doc)
    assert parsed.cases[0].companions[0].held_documents and parsed.cases[0].investigation.detained
