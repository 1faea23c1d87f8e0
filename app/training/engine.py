"""The screening engine applied to a scenario's expert coding: the check that keeps expert answers honest."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.screening import Decision, Instrument, assess_vulnerability, decide, evaluate_several
from app.training.scenario import VULNERABILITY_ID, Scenario


def engine_decision(scenario: Scenario, instruments: Mapping[str, Instrument]) -> Decision:
    """`decide()` on the expert's indicators, vulnerability answers, act and the person's age, as an officer's
    screening of the same facts would call it."""
    expert, person = scenario.expert, scenario.person
    pairs = [(instruments[s["instrument"]], [i["id"] for i in s["indicators"]]) for s in expert["screenings"]]
    age, possible_child = person["age"], bool(person["possible_child"])
    results = evaluate_several(pairs, age=age, possible_child=possible_child)
    vuln = instruments[VULNERABILITY_ID]
    answers = scenario.vulnerability_answers(vuln)
    vulnerability = assess_vulnerability(vuln, {k: {"yes": True, "no": False}.get(a) for k, a in answers.items()})
    return decide(results, vulnerability, act=expert["act"], age=age, possible_child=possible_child,
                  vulnerability_answers=answers)


def disagreement(scenario: Scenario, instruments: Mapping[str, Instrument]) -> str | None:
    """None when the expected classification is the engine's, or when it differs and the scenario says why;
    otherwise one sentence naming both (a scenario that explains a difference that is not there is wrong too)."""
    suggested = engine_decision(scenario, instruments).suggestion.code
    expected = scenario.expected_classification
    explained = "officer_decides_otherwise" in scenario.expert["classification"]
    if suggested == expected and explained:
        return f"{scenario.id}: explains why the officer decides otherwise, but the engine agrees ({expected})"
    if suggested != expected and not explained:
        return f"{scenario.id}: expects {expected} but the engine suggests {suggested}, and no reason is given"
    return None
