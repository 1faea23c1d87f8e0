"""The interchange format nrm-desk/cases@1: what it accepts, what it refuses and where, and its JSON Schema."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import picklists as pl
from app.domain.errors import ValidationFailed
from app.domain.interchange import FORMAT, Interchange, dump_cases, parse_cases
from app.domain.iso_codes import COUNTRIES, LANGUAGES_639_1
from app.domain.model import (
    CaseInput,
    Consent,
    Encounter,
    IdentityDocument,
    Need,
    Organisation,
    Person,
    ReferralDraft,
    ScreeningRecord,
)
from app.domain.safejson import UNSAFE_CHARACTERS

TODAY = dt.date(2026, 11, 28)
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "schemas" / "cases-v1.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

EXAMPLE = {
    "format": "nrm-desk/cases@1",
    "cases": [
        {
            "person": {
                "given_name": "Amina",
                "family_name": "Bibi",
                "name_native": "آمنہ بی بی",
                "aliases": ["Ameena"],
                "sex": "female",
                "date_of_birth": "2008-03-01",
                "nationality": "AF",
                "languages": ["ps", "ur"],
                "documents": [{"type": "passport", "number": "P1234567"}],
            },
            "encounter": {
                "date": "2026-11-20",
                "place": "Torkham border crossing",
                "circumstance": "interception",
            },
            "notes": "Travelling with two other girls and an adult man who held their passports.",
        }
    ],
}

ORG = {"id": "demo-shelter", "name": "Demo Shelter", "services": ["shelter", "medical"], "kind": "government"}


def parse(doc, **kw):
    return parse_cases(doc, today=TODAY, **kw)


def example():
    return copy.deepcopy(EXAMPLE)


def full_example():
    """The example with every optional section filled in."""
    doc = example()
    doc["directory"] = [dict(ORG)]
    doc["cases"][0].update(
        screenings=[
            {
                "instrument_id": "ilo-2009-adult-labour",
                "instrument_version": "1",
                "answers": {"A1": True},
                "result": {"presumed_victim": False},
                "classification": "inconclusive",
                "reason": "Needs a second interview with a female interpreter.",
            }
        ],
        consents=[
            {
                "purpose": "referral",
                "recipient": "demo-shelter",
                "method": "written",
                "given_on": "2026-11-21",
            }
        ],
        needs=[{"code": "shelter"}, {"code": "interpretation", "note": "Pashto"}],
        referrals=[
            {
                "provider": "demo-shelter",
                "services": ["shelter"],
                "urgency": "urgent",
                "reason": "No safe place.",
            }
        ],
        classification="inconclusive",
    )
    return doc


def child_example():
    doc = full_example()
    doc["cases"][0]["person"]["date_of_birth"] = "2012-05-05"
    return doc


def test_the_example_parses_into_the_case_model():
    result = parse(example())
    assert result.directory == []
    [case] = result.cases
    assert case.person == Person(
        given_name="Amina",
        family_name="Bibi",
        name_native="آمنہ بی بی",
        aliases=("Ameena",),
        sex="female",
        date_of_birth=dt.date(2008, 3, 1),
        nationality="AF",
        languages=("ps", "ur"),
        documents=(IdentityDocument("passport", "P1234567"),),
    )
    assert case.encounter == Encounter(dt.date(2026, 11, 20), "Torkham border crossing", "interception")
    assert case.notes.startswith("Travelling with two other girls")
    assert not case.person.is_child_on(case.encounter.date)  # 18 since March 2026


def test_every_optional_section_parses():
    [case] = parse(full_example()).cases
    assert case.screenings[0].classification == "inconclusive"
    assert case.screenings[0].answers == {"A1": True}
    assert case.consents[0].recipient_id == "demo-shelter"
    assert case.consents[0].given_on == dt.date(2026, 11, 21)
    assert [n.code for n in case.needs] == ["shelter", "interpretation"]
    assert case.referrals == (ReferralDraft("demo-shelter", ("shelter",), "urgent", "No safe place."),)
    assert case.classification == "inconclusive"


def test_dump_gives_back_the_example_exactly():
    parsed = parse(example())
    assert dump_cases(parsed.cases, parsed.directory) == EXAMPLE
    full = parse(full_example())
    assert dump_cases(full.cases, full.directory) == full_example()


def test_a_child_with_a_guardian_and_known_providers_from_the_post():
    doc = child_example()
    doc["cases"][0]["consents"][0]["guardian"] = "Child Protection Officer, Peshawar"
    del doc["directory"]
    [case] = parse(doc, known_providers={"demo-shelter"}).cases
    assert case.person.is_child_on(case.encounter.date)


def test_a_person_of_unknown_age_who_may_be_a_child_needs_a_guardian_too():
    doc = full_example()
    person = doc["cases"][0]["person"]
    del person["date_of_birth"]
    person["possible_child"] = True
    with pytest.raises(ValidationFailed) as caught:
        parse(doc)
    assert caught.value.path == "cases[0].consents[0].guardian"


def _set(path, value):
    """A mutation of the example that sets one member (path as a list of keys and indexes)."""

    def mutate(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _drop(path):
    def mutate(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return mutate


P = ["cases", 0, "person"]
E = ["cases", 0, "encounter"]
C = ["cases", 0, "consents", 0]
R = ["cases", 0, "referrals", 0]

# (id, mutation of full_example(), path the importer names, whether the JSON Schema can see it too)
REJECTIONS = [
    ("format-missing", _drop(["format"]), "format", True),
    ("format-other-version", _set(["format"], "nrm-desk/cases@3"), "format", True),
    ("unknown-top-field", _set(["exported_by"], "x"), "exported_by", True),
    ("cases-not-a-list", _set(["cases"], {"0": {}}), "cases", True),
    ("unknown-case-field", _set(["cases", 0, "status"], "open"), "cases[0].status", True),
    ("unknown-person-field", _set([*P, "nickname"], "Ami"), "cases[0].person.nickname", True),
    (
        "unknown-document-field",
        _set([*P, "documents", 0, "expiry"], "2030-01-01"),
        "cases[0].person.documents[0].expiry",
        True,
    ),
    ("person-missing", _drop(["cases", 0, "person"]), "cases[0].person", True),
    ("person-not-an-object", _set(P, "Amina Bibi"), "cases[0].person", True),
    ("place-missing", _drop([*E, "place"]), "cases[0].encounter.place", True),
    ("given-name-empty", _set([*P, "given_name"], ""), "cases[0].person.given_name", True),
    ("given-name-blank", _set([*P, "given_name"], "   "), "cases[0].person.given_name", True),
    ("given-name-not-text", _set([*P, "given_name"], 7), "cases[0].person.given_name", True),
    ("dob-day-first", _set([*P, "date_of_birth"], "01/03/2008"), "cases[0].person.date_of_birth", True),
    ("dob-compact", _set([*P, "date_of_birth"], "20080301"), "cases[0].person.date_of_birth", True),
    ("dob-unpadded", _set([*P, "date_of_birth"], "2008-3-1"), "cases[0].person.date_of_birth", True),
    ("dob-no-such-day", _set([*P, "date_of_birth"], "2008-02-30"), "cases[0].person.date_of_birth", False),
    ("dob-in-future", _set([*P, "date_of_birth"], "2027-01-01"), "cases[0].person.date_of_birth", False),
    (
        "dob-after-encounter",
        _set([*P, "date_of_birth"], "2026-11-25"),
        "cases[0].person.date_of_birth",
        False,
    ),
    ("dob-before-1900", _set([*P, "date_of_birth"], "1899-12-31"), "cases[0].person.date_of_birth", True),
    ("encounter-in-future", _set([*E, "date"], "2026-11-29"), "cases[0].encounter.date", False),
    ("encounter-with-time", _set([*E, "date"], "2026-11-20T10:00"), "cases[0].encounter.date", True),
    ("country-unknown", _set([*P, "nationality"], "ZZ"), "cases[0].person.nationality", True),
    ("country-lowercase", _set([*P, "nationality"], "af"), "cases[0].person.nationality", True),
    ("country-alpha-3", _set([*P, "nationality"], "AFG"), "cases[0].person.nationality", True),
    (
        "issuing-country",
        _set([*P, "documents", 0, "issuing_country"], "XK"),
        "cases[0].person.documents[0].issuing_country",
        True,
    ),
    ("language-unknown", _set([*P, "languages", 1], "xx"), "cases[0].person.languages[1]", True),
    (
        "language-three-letter-unknown",
        _set([*P, "languages", 1], "qqq"),
        "cases[0].person.languages[1]",
        False,
    ),
    ("language-urd-not-ur", _set([*P, "languages", 1], "urd"), "cases[0].person.languages[1]", False),
    ("language-twice", _set([*P, "languages", 1], "ps"), "cases[0].person.languages[1]", True),
    ("sex-unknown", _set([*P, "sex"], "woman"), "cases[0].person.sex", True),
    ("age-negative", _set([*P, "estimated_age"], -1), "cases[0].person.estimated_age", True),
    ("age-as-text", _set([*P, "estimated_age"], "15"), "cases[0].person.estimated_age", True),
    ("age-and-birth-date", _set([*P, "estimated_age"], 18), "cases[0].person.estimated_age", True),
    ("possible-child-with-dob", _set([*P, "possible_child"], True), "cases[0].person.possible_child", True),
    (
        "document-type",
        _set([*P, "documents", 0, "type"], "driving_licence"),
        "cases[0].person.documents[0].type",
        True,
    ),
    ("circumstance-unknown", _set([*E, "circumstance"], "arrest"), "cases[0].encounter.circumstance", True),
    ("provider-unknown", _set([*R, "provider"], "nobody"), "cases[0].referrals[0].provider", False),
    ("service-unknown", _set([*R, "services"], ["massage"]), "cases[0].referrals[0].services[0]", True),
    ("services-empty", _set([*R, "services"], []), "cases[0].referrals[0].services", True),
    ("urgency-unknown", _set([*R, "urgency"], "asap"), "cases[0].referrals[0].urgency", True),
    ("consent-purpose", _set([*C, "purpose"], "marketing"), "cases[0].consents[0].purpose", True),
    ("consent-method", _set([*C, "method"], "implied"), "cases[0].consents[0].method", True),
    ("consent-recipient-unknown", _set([*C, "recipient"], "nobody"), "cases[0].consents[0].recipient", False),
    (
        "consent-before-encounter",
        _set([*C, "given_on"], "2026-11-19"),
        "cases[0].consents[0].given_on",
        False,
    ),
    (
        "withdrawn-before-given",
        _set([*C, "withdrawn_on"], "2026-11-20"),
        "cases[0].consents[0].withdrawn_on",
        False,
    ),
    (
        "data-category",
        _set([*C, "data_categories"], ["biometrics"]),
        "cases[0].consents[0].data_categories[0]",
        True,
    ),
    ("need-unknown", _set(["cases", 0, "needs", 0, "code"], "money"), "cases[0].needs[0].code", True),
    ("need-twice", _set(["cases", 0, "needs", 1, "code"], "shelter"), "cases[0].needs[1].code", False),
    ("classification", _set(["cases", 0, "classification"], "suspect"), "cases[0].classification", True),
    (
        "screening-answers",
        _set(["cases", 0, "screenings", 0, "answers"], [1]),
        "cases[0].screenings[0].answers",
        True,
    ),
    (
        "screening-no-instrument",
        _drop(["cases", 0, "screenings", 0, "instrument_id"]),
        "cases[0].screenings[0].instrument_id",
        True,
    ),
    ("org-kind", _set(["directory", 0, "kind"], "company"), "directory[0].kind", True),
    (
        "org-service",
        _set(["directory", 0, "services"], ["shelter", "loans"]),
        "directory[0].services[1]",
        True,
    ),
    ("org-id-twice", lambda d: d["directory"].append(dict(ORG)), "directory[1].id", False),
]


def _child_without_guardian(doc):
    doc["cases"][0]["person"]["date_of_birth"] = "2012-05-05"


REJECTIONS.append(
    ("child-consent-without-guardian", _child_without_guardian, "cases[0].consents[0].guardian", False)
)


@pytest.mark.parametrize(
    ("mutate", "path"), [(m, p) for _, m, p, _ in REJECTIONS], ids=[r[0] for r in REJECTIONS]
)
def test_a_bad_field_is_refused_and_named(mutate, path):
    doc = full_example()
    mutate(doc)
    with pytest.raises(ValidationFailed) as caught:
        parse(doc)
    assert caught.value.path == path, caught.value.errors
    assert str(caught.value).startswith(path + ": ")
    assert caught.value.exit_code == 1


def test_a_document_that_is_not_an_object_is_refused():
    with pytest.raises(ValidationFailed):
        parse([EXAMPLE])


def test_a_three_letter_code_with_a_two_letter_form_gets_a_hint():
    doc = example()
    doc["cases"][0]["person"]["languages"] = ["pus"]
    with pytest.raises(ValidationFailed, match="'ps'"):
        parse(doc)


def test_three_letter_codes_of_languages_without_two_letter_codes_are_accepted():
    doc = example()
    doc["cases"][0]["person"]["languages"] = ["prs", "skr", "bal", "brh", "haz", "rhg"]
    assert parse(doc).cases[0].person.languages == ("prs", "skr", "bal", "brh", "haz", "rhg")


def test_dates_are_judged_against_today():
    doc = example()
    doc["cases"][0]["encounter"]["date"] = "2026-12-01"
    with pytest.raises(ValidationFailed):
        parse(doc)
    assert parse_cases(doc, today=dt.date(2026, 12, 1)).cases[0].encounter.date == dt.date(2026, 12, 1)


def test_all_or_nothing_one_bad_case_refuses_the_whole_file_and_every_problem_is_listed():
    doc = example()
    doc["cases"] = [copy.deepcopy(EXAMPLE["cases"][0]) for _ in range(5)]
    doc["cases"][2]["person"]["nationality"] = "XX"
    doc["cases"][4]["encounter"]["circumstance"] = "arrest"
    with pytest.raises(ValidationFailed) as caught:
        parse(doc)
    assert caught.value.path == "cases[2].person.nationality"
    assert [p for p, _ in caught.value.errors] == [
        "cases[2].person.nationality",
        "cases[4].encounter.circumstance",
    ]


def test_error_messages_do_not_repeat_personal_data():
    doc = example()
    person = doc["cases"][0]["person"]
    person["documents"][0]["number"] = "CANARY-" + "9" * 80
    person["date_of_birth"] = "CANARY-DOB"
    person["aliases"] = [""]
    with pytest.raises(ValidationFailed) as caught:
        parse(doc)
    assert len(caught.value.errors) == 3
    assert "CANARY" not in repr(caught.value.errors)


# --- round trip -------------------------------------------------------------------------------------------

EARLIEST = dt.date(1900, 1, 1)
# NUL and bidirectional controls are refused by the format (tests/unit/test_safejson.py), so never generated here.
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters=UNSAFE_CHARACTERS),
                max_size=30)
names = texts.filter(str.strip)
dates = st.dates(min_value=EARLIEST, max_value=TODAY)
ORGS = [
    Organisation("org-a", "Org A", ("shelter",)),
    Organisation("org-b", "Org B", ("medical", "legal_aid"), kind="hospital"),
]


@st.composite
def people(draw, met):
    age_kind = draw(st.sampled_from(("dob", "estimate", "unknown")))
    return Person(
        given_name=draw(names),
        family_name=draw(texts),
        name_native=draw(texts),
        aliases=tuple(draw(st.lists(names, max_size=3, unique=True))),
        sex=draw(st.sampled_from(pl.SEXES)),
        date_of_birth=draw(st.dates(EARLIEST, met)) if age_kind == "dob" else None,
        estimated_age=draw(st.integers(0, 120)) if age_kind == "estimate" else None,
        possible_child=draw(st.booleans()) if age_kind == "unknown" else False,
        nationality=draw(st.none() | st.sampled_from(sorted(COUNTRIES))),
        languages=tuple(
            draw(st.lists(st.sampled_from(("ur", "ps", "prs", "skr", "en")), max_size=3, unique=True))
        ),
        documents=tuple(
            IdentityDocument(
                draw(st.sampled_from(pl.DOCUMENT_TYPES)), draw(names), draw(st.none() | st.just("PK"))
            )
            for _ in range(draw(st.integers(0, 2)))
        ),
    )


@st.composite
def consents(draw, met, *, child):
    given_on = draw(st.dates(met, TODAY))
    return Consent(
        purpose=draw(st.sampled_from(pl.CONSENT_PURPOSES)),
        recipient_id=draw(st.sampled_from([None, "org-a", "org-b"])),
        method=draw(st.sampled_from(pl.CONSENT_METHODS)),
        given_on=given_on,
        data_categories=tuple(draw(st.lists(st.sampled_from(pl.DATA_CATEGORIES), max_size=3, unique=True))),
        interpreter=draw(texts),
        witness=draw(texts),
        guardian=draw(names) if child else draw(texts),
        withdrawn_on=draw(st.none() | st.dates(given_on, TODAY)),
        withdrawal_reason=draw(texts),
    )


@st.composite
def cases(draw):
    met = draw(dates)
    person = draw(people(met))
    child = person.is_child_on(met)
    json_values = st.none() | st.booleans() | st.integers() | texts
    return CaseInput(
        person=person,
        encounter=Encounter(met, draw(names), draw(st.sampled_from(pl.CIRCUMSTANCES)), draw(texts)),
        notes=draw(texts),
        screenings=tuple(
            ScreeningRecord(
                draw(names),
                draw(names),
                draw(st.dictionaries(texts, json_values, max_size=3)),
                draw(st.dictionaries(texts, json_values, max_size=3)),
                draw(st.sampled_from(pl.CLASSIFICATIONS)),
                draw(texts),
            )
            for _ in range(draw(st.integers(0, 1)))
        ),
        consents=tuple(draw(st.lists(consents(met, child=child), max_size=2))),
        needs=tuple(
            Need(c, draw(texts)) for c in draw(st.lists(st.sampled_from(pl.NEEDS), max_size=3, unique=True))
        ),
        referrals=tuple(
            ReferralDraft(
                draw(st.sampled_from(["org-a", "org-b"])),
                tuple(draw(st.lists(st.sampled_from(pl.SERVICES), min_size=1, max_size=3, unique=True))),
                draw(st.sampled_from(pl.URGENCIES)),
                draw(texts),
            )
            for _ in range(draw(st.integers(0, 2)))
        ),
        classification=draw(st.none() | st.sampled_from(pl.CLASSIFICATIONS)),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(cases(), min_size=1, max_size=3), st.booleans())
def test_round_trip_through_json(batch, with_directory):
    directory = ORGS if with_directory else []
    doc = json.loads(json.dumps(dump_cases(batch, directory), ensure_ascii=False))
    known = () if with_directory else ("org-a", "org-b")
    assert parse(doc, known_providers=known) == Interchange(cases=batch, directory=directory)
    assert not list(VALIDATOR.iter_errors(doc))  # what the importer reads back, the schema accepts


# --- the JSON Schema agrees with the importer --------------------------------------------------------------


def test_the_schema_is_valid_and_accepts_the_examples():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    VALIDATOR.validate(EXAMPLE)
    VALIDATOR.validate(full_example())
    assert SCHEMA["properties"]["format"]["const"] == FORMAT


@pytest.mark.parametrize(
    ("mutate", "path", "schema_sees"),
    [(m, p, s) for _, m, p, s in REJECTIONS],
    ids=[r[0] for r in REJECTIONS],
)
def test_the_schema_refuses_what_it_can_see_at_the_same_place(mutate, path, schema_sees):
    """Structural problems: the schema refuses them at the field or its parent. Semantic ones (future dates,
    providers, guardians, cross-field dates) are the importer's alone; the schema is known to let them by."""
    doc = full_example()
    mutate(doc)
    errors = list(VALIDATOR.iter_errors(doc))
    if not schema_sees:
        assert errors == []
        return
    assert errors
    deepest = max((e.json_path.removeprefix("$").removeprefix(".") for e in errors), key=len)
    assert path.startswith(deepest), (path, deepest)


@pytest.mark.parametrize(
    ("definition", "values"),
    [
        ("person/properties/sex", pl.SEXES),
        ("encounter/properties/circumstance", pl.CIRCUMSTANCES),
        ("document/properties/type", pl.DOCUMENT_TYPES),
        ("consent/properties/purpose", pl.CONSENT_PURPOSES),
        ("consent/properties/method", pl.CONSENT_METHODS),
        ("need/properties/code", pl.NEEDS),
        ("referral/properties/urgency", pl.URGENCIES),
        ("organisation/properties/kind", pl.ORGANISATION_KINDS),
        ("screening/properties/classification", pl.CLASSIFICATIONS),
        ("services/items", pl.SERVICES),
        ("consent/properties/data_categories/items", pl.DATA_CATEGORIES),
        ("country", COUNTRIES),
        ("language/anyOf/0", LANGUAGES_639_1),
    ],
)
def test_schema_vocabularies_are_the_picklists(definition, values):
    node = SCHEMA["$defs"]
    for key in definition.split("/"):
        node = node[int(key)] if key.isdigit() else node[key]
    assert set(node["enum"]) == set(values)


def test_the_examples_in_the_documentation_are_accepted():
    text = (Path(__file__).resolve().parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL) if '"nrm-desk/cases@1"' in b]
    assert len(blocks) == 2  # the @2 example is checked in test_interchange_v2.py
    for block in blocks:
        doc = json.loads(block)
        VALIDATOR.validate(doc)
        assert parse(doc).cases
