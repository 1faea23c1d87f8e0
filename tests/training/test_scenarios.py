"""The scenario library: schema, ids, synthetic notice, both languages, glossary, and agreement with the engine."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from app.domain import picklists
from app.domain.screening import load_instruments
from app.resources import resource_path
from app.training import schema as own_schema
from app.training.engine import disagreement, engine_decision
from app.training.scenario import ScenarioRefused, load_library, load_scenario, read_schema
from tests.conftest import run_cli
from tests.unit.test_glossary import bilingual, violations

SCHEMA_FILE = resource_path("schemas", "training-scenario.schema.json")
FILES = sorted(resource_path("training").glob("*.json"))
INSTRUMENTS = load_instruments(resource_path("instruments"))
SCHEMA = json.loads(SCHEMA_FILE.read_text("utf-8"))


def _doc(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def test_the_library_has_at_least_24_scenarios_with_distinct_ids():
    library = load_library(resource_path("training"), SCHEMA_FILE, INSTRUMENTS)
    assert len(FILES) >= 24
    assert len(library) == len(FILES)


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    own_schema.check_supported(SCHEMA)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_each_scenario_validates_with_jsonschema_and_our_validator(path):
    doc = _doc(path)
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc)) == []
    assert own_schema.errors(doc, SCHEMA) == []
    load_scenario(path, read_schema(SCHEMA_FILE), INSTRUMENTS)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_expected_classification_agrees_with_the_engine_unless_explained(path):
    scenario = load_scenario(path, read_schema(SCHEMA_FILE), INSTRUMENTS)
    assert disagreement(scenario, INSTRUMENTS) is None
    suggested = engine_decision(scenario, INSTRUMENTS).suggestion.code
    explained = "officer_decides_otherwise" in scenario.expert["classification"]
    assert (suggested == scenario.expected_classification) != explained


def test_the_library_covers_the_cases_the_issue_names_and_every_classification():
    library = load_library(resource_path("training"), SCHEMA_FILE, INSTRUMENTS)
    for wanted in ("bgd-woman-dubai-visitor-visa", "balochistan-boys-camel-racing", "punjab-brick-kiln-debt",
                   "afghan-girl-married-across-border", "afghan-man-smuggled-dangerous-crossing",
                   "man-deported-from-iran", "domestic-worker-returned-saudi", "transgender-forced-begging"):
        assert wanted in library
    assert {s.expected_classification for s in library.values()} == set(picklists.CLASSIFICATIONS)
    assert any(s.is_child for s in library.values()) and any(not s.is_child for s in library.values())
    assert any(s.expert["consent"]["expected"] == "declines" for s in library.values())


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_scenario_says_it_is_synthetic_in_both_languages(path):
    doc = _doc(path)
    assert doc["synthetic"] is True
    assert "Synthetic" in doc["synthetic_notice"]["en"] and "فرضی" in doc["synthetic_notice"]["ur"]
    for part in ("says", "observed", "documents"):
        en, ur = doc["narrative"][part]["en"], doc["narrative"][part]["ur"]
        assert en.strip() and ur.strip() and en != ur
        assert any("\u0600" <= ch <= "\u06ff" for ch in ur), f"{part} in Urdu has no Urdu letters"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_urdu_follows_the_glossary(path):
    assert violations(bilingual(_doc(path), path.name)) == []


def test_schema_vocabularies_are_the_picklists():
    defs = SCHEMA["$defs"]
    assert tuple(defs["classification"]["enum"]) == picklists.CLASSIFICATIONS
    assert tuple(defs["service"]["enum"]) == picklists.SERVICES
    expert = SCHEMA["properties"]["expert"]["properties"]
    assert tuple(expert["needs"]["items"]["enum"]) == picklists.NEEDS
    person = SCHEMA["properties"]["person"]["properties"]
    assert tuple(person["sex"]["enum"]) == picklists.SEXES
    assert tuple(SCHEMA["properties"]["setting"]["properties"]["circumstance"]["enum"]) == picklists.CIRCUMSTANCES


BROKEN = {
    "not synthetic": lambda d: d.update(synthetic=False),
    "no Urdu title": lambda d: d["title"].pop("ur"),
    "unknown field": lambda d: d.update(colour="red"),
    "bad classification": lambda d: d["expert"]["classification"].update(code="victim"),
    "bad source": lambda d: d["expert"]["screenings"][0]["indicators"][0].update(source="rumour"),
    "age as text": lambda d: d["person"].update(age="24"),
    "repeated service": lambda d: d["expert"].update(services=["shelter", "shelter"]),
    "empty narrative": lambda d: d["narrative"]["says"].update(en=""),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_our_validator_refuses_what_jsonschema_refuses(name, tmp_path):
    doc = copy.deepcopy(_doc(FILES[0]))
    BROKEN[name](doc)
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc)), "the mutation must break the schema"
    assert own_schema.errors(doc, SCHEMA)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(ScenarioRefused, match="broken.json"):
        load_scenario(path, read_schema(SCHEMA_FILE), INSTRUMENTS)


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["expert"]["screenings"][0]["indicators"][0].update(id="A99"), "has no indicator A99"),
    (lambda d: d["expert"]["vulnerability"]["yes"].append("NOT_A_QUESTION"), "has no question NOT_A_QUESTION"),
    (lambda d: d["person"].update(age=12), "child_procedures"),
])
def test_ids_and_ages_are_checked_against_the_instruments(change, words, tmp_path):
    doc = copy.deepcopy(_doc(FILES[0]))
    change(doc)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(ScenarioRefused, match=words):
        load_scenario(path, read_schema(SCHEMA_FILE), INSTRUMENTS)


def test_a_scenario_whose_answer_disagrees_with_the_engine_is_caught(tmp_path):
    doc = _doc(next(p for p in FILES if "smuggled" in p.name))
    doc["expert"]["classification"]["code"] = "presumed_victim_trafficking"
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps(doc), "utf-8")
    scenario = load_scenario(path, read_schema(SCHEMA_FILE), INSTRUMENTS)
    assert "engine suggests smuggled_migrant_vulnerable" in disagreement(scenario, INSTRUMENTS)


def test_training_check_cli_passes_the_library_and_refuses_a_bad_file(tmp_path):
    ok = run_cli("training", "check", "--json", password=None)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["refused"] == 0
    doc = _doc(FILES[0])
    doc["synthetic"] = False
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    refused = run_cli("training", "check", str(bad), password=None)
    assert refused.returncode == 1
    assert "do not validate" in refused.stderr and "synthetic" in refused.stdout
