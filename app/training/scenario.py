"""Training scenarios: JSON files checked against resources/schemas/training-scenario.schema.json and the instruments.

    library = load_library(folder, schema_file, instruments)   # {id: Scenario}, every *.json, all checked
    s = library["afghan-man-smuggled-dangerous-crossing"]
    s.text("title", "ur"); s.expected_classification; s.expert_indicators()  # {(list, id): Indicator}

A scenario that breaks the schema or names an indicator, question or instrument that does not exist is refused
with `ScenarioRefused` (exit 1), naming the file and the first problem; nothing of a refused library is used.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import safejson
from app.domain.errors import ValidationFailed
from app.domain.screening import Instrument
from app.training import schema as schema_check

FORMAT = "nrm-desk/training-scenario@1"
VULNERABILITY_ID = "iom-domv-vulnerability"
LIMITS = safejson.Limits(max_bytes=256 * 1024, max_depth=12, max_items=2000, max_string=4000)
ADULT_AGE = 18


class ScenarioRefused(ValidationFailed):
    """A scenario file that does not validate (exit 1)."""


@dataclass(frozen=True)
class Indicator:
    instrument: str
    id: str
    source: str
    why: Mapping[str, str]
    dimension: str
    grade: str


@dataclass(frozen=True)
class Scenario:
    id: str
    path: Path
    doc: Mapping[str, Any]

    def text(self, *keys: str, lang: str = "en") -> str:
        node: Any = self.doc
        for key in keys:
            node = node[key]
        return str(node[lang])

    @property
    def expert(self) -> Mapping[str, Any]:
        return self.doc["expert"]  # type: ignore[no-any-return]

    @property
    def person(self) -> Mapping[str, Any]:
        return self.doc["person"]  # type: ignore[no-any-return]

    @property
    def expected_classification(self) -> str:
        return str(self.expert["classification"]["code"])

    @property
    def lists(self) -> list[str]:
        return [str(s["instrument"]) for s in self.expert["screenings"]]

    @property
    def is_child(self) -> bool:
        age = self.person["age"]
        return bool(self.person["possible_child"]) or (age is not None and age < ADULT_AGE)

    def vulnerability_answers(self, instrument: Instrument) -> dict[str, str]:
        """Every question: yes for the listed ones, not_asked for those marked so, no for the rest."""
        v = self.expert["vulnerability"]
        yes, skipped = set(v["yes"]), set(v.get("not_asked", []))
        return {i.id: "yes" if i.id in yes else "not_asked" if i.id in skipped else "no" for i in instrument.items}


def _indicators(s: Scenario, instruments: Mapping[str, Instrument], key: str) -> dict[tuple[str, str], Indicator]:
    out = {}
    for entry in s.expert["screenings"]:
        inst = instruments[entry["instrument"]]
        for raw in entry.get(key, []):
            item = inst.item(raw["id"])
            assert item is not None  # checked when loaded
            out[(inst.id, raw["id"])] = Indicator(inst.id, raw["id"], raw["source"], raw["why"], str(item.dimension),
                                                  str(item.grade))
    return out


def expert_indicators(s: Scenario, instruments: Mapping[str, Instrument]) -> dict[tuple[str, str], Indicator]:
    """The indicators the expert codes present, by (list, indicator id)."""
    return _indicators(s, instruments, "indicators")


def tempting_indicators(s: Scenario, instruments: Mapping[str, Instrument]) -> dict[tuple[str, str], Indicator]:
    """Indicators a trainee may code wrongly, with the expert's reason why they are absent."""
    return _indicators(s, instruments, "wrong_if_coded")


def read_schema(schema_file: Path) -> dict[str, Any]:
    doc = json.loads(Path(schema_file).read_text(encoding="utf-8"))
    schema_check.check_supported(doc)
    return doc  # type: ignore[no-any-return]


def load_scenario(path: Path, schema: Mapping[str, Any], instruments: Mapping[str, Instrument]) -> Scenario:
    """One file: safe JSON, the schema, then the ids against the instruments and the person's age."""
    try:
        doc = safejson.read_file(Path(path), LIMITS)
    except (OSError, safejson.JsonRefused) as exc:
        raise ScenarioRefused(f"{Path(path).name} cannot be read: {getattr(exc, 'reason', exc)}.") from None
    problems = schema_check.errors(doc, schema)
    problems += [] if problems else _meaning(doc, instruments)
    if problems:
        raise ScenarioRefused(f"{Path(path).name} is not a valid training scenario: {problems[0]}.",
                              errors=[(Path(path).name, p) for p in problems])
    return Scenario(id=doc["id"], path=Path(path), doc=doc)


def _meaning(doc: Mapping[str, Any], instruments: Mapping[str, Instrument]) -> list[str]:
    problems = []
    expert = doc["expert"]
    for n, entry in enumerate(expert["screenings"]):
        inst = instruments.get(entry["instrument"])
        if inst is None or inst.kind != "trafficking_indicators":
            problems.append(f"$.expert.screenings[{n}].instrument: {entry['instrument']} is not an indicator list")
            continue
        for key in ("indicators", "wrong_if_coded"):
            for m, raw in enumerate(entry.get(key, [])):
                if inst.item(raw["id"]) is None:
                    problems.append(f"$.expert.screenings[{n}].{key}[{m}].id: {inst.id} has no indicator {raw['id']}")
    lists = [e["instrument"] for e in expert["screenings"]]
    if len(set(lists)) != len(lists):
        problems.append("$.expert.screenings: each indicator list may appear once")
    vuln = instruments[VULNERABILITY_ID]
    for key in ("yes", "not_asked"):
        for qid in expert["vulnerability"].get(key, []):
            if vuln.item(qid) is None:
                problems.append(f"$.expert.vulnerability.{key}: {VULNERABILITY_ID} has no question {qid}")
    person = doc["person"]
    child = bool(person["possible_child"]) or (person["age"] is not None and person["age"] < ADULT_AGE)
    if expert["child_procedures"] != child:
        problems.append("$.expert.child_procedures: must be true exactly when the person is under 18 or possibly so")
    if child and expert["consent"]["expected"] == "adult_consents":
        problems.append("$.expert.consent.expected: a child's consent involves a guardian")
    if not child and expert["consent"]["expected"] == "child_with_guardian":
        problems.append("$.expert.consent.expected: an adult consents for themselves")
    return problems


def load_library(folder: Path, schema_file: Path, instruments: Mapping[str, Instrument]) -> dict[str, Scenario]:
    """Every *.json in `folder`, in file-name order; ids must be unique."""
    schema = read_schema(schema_file)
    library: dict[str, Scenario] = {}
    for path in sorted(Path(folder).glob("*.json")):
        scenario = load_scenario(path, schema, instruments)
        if scenario.id in library:
            raise ScenarioRefused(f"{path.name} repeats the scenario id {scenario.id!r}.")
        library[scenario.id] = scenario
    return library
