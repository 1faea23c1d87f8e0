"""Feedback on an attempt: found, missed and wrongly coded indicators with the expert's words; scores by skill."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationFailed
from app.domain.screening import load_instruments
from app.resources import resource_path
from app.training.feedback import SKILLS, Attempt, assess, skill_scores
from app.training.scenario import load_library

INSTRUMENTS = load_instruments(resource_path("instruments"))
LIBRARY = load_library(resource_path("training"), resource_path("schemas", "training-scenario.schema.json"), INSTRUMENTS)


def expert_attempt(scenario_id: str) -> Attempt:
    s = LIBRARY[scenario_id]
    return Attempt(indicators={e["instrument"]: [i["id"] for i in e["indicators"]] for e in s.expert["screenings"]},
                   classification=s.expected_classification, child_procedures=s.expert["child_procedures"],
                   consent=s.expert["consent"]["expected"], services=s.expert["services"])


@pytest.mark.parametrize("scenario_id", sorted(LIBRARY))
def test_the_experts_own_answer_scores_100(scenario_id):
    fb = assess(LIBRARY[scenario_id], expert_attempt(scenario_id), INSTRUMENTS)
    assert fb.score == 100 and fb.missed == () and fb.wrong == ()


def test_missed_and_wrong_indicators_carry_the_experts_explanation():
    s = LIBRARY["man-deported-from-iran"]  # expert: A02, E14; E03 is listed as tempting but wrong
    attempt = Attempt(indicators={"ilo2009-adult-labour": ["A02", "E03", "D01"]}, classification="smuggled_migrant_vulnerable",
                      child_procedures=False, consent="adult_consents", services=["legal_aid", "shelter"])
    fb = assess(s, attempt, INSTRUMENTS)
    assert [i.id for i in fb.found] == ["A02"]
    assert [i.id for i in fb.missed] == ["E14"] and "wages" in fb.missed[0].why["en"]
    wrong = {w.id: w for w in fb.wrong}
    assert set(wrong) == {"E03", "D01"}
    assert "could change jobs" in wrong["E03"].why["en"]  # the scenario's own reason
    assert "nothing in the narrative" in wrong["D01"].why["en"]  # the general reason
    assert fb.parts["indicators"] == pytest.approx(1 / 4)
    assert fb.parts["classification"] == 0.0 and fb.classification == ("smuggled_migrant_vulnerable", "inconclusive")
    assert fb.parts["services"] == pytest.approx(1 / 3)  # legal_aid of {legal_aid, shelter, return_reintegration}
    assert fb.score == round(100 * (0.25 + 0 + 1 + 1 + 1 / 3) / 5)


def test_skills_count_only_what_a_scenario_exercises():
    s = LIBRARY["afghan-man-smuggled-dangerous-crossing"]  # adult, no indicator, smuggled
    right = assess(s, expert_attempt(s.id), INSTRUMENTS)
    assert "deception" not in right.skills and "children" not in right.skills
    assert right.skills["trafficking_vs_smuggling"] == (1.0, 1.0)
    called_victim = Attempt(indicators={"ilo2009-adult-labour": ["A07"]}, classification="presumed_victim_trafficking",
                            child_procedures=False, consent="adult_consents", services=["medical", "legal_aid"])
    wrong = assess(s, called_victim, INSTRUMENTS)
    assert wrong.skills["trafficking_vs_smuggling"] == (0.0, 1.0)
    assert wrong.skills["deception"] == (0.0, 1.0)  # A07 coded wrongly
    assert "knew what the journey would be" in wrong.wrong[0].why["en"]


def test_child_procedures_missed_for_a_child_are_scored():
    s = LIBRARY["afghan-girl-married-across-border"]
    attempt = Attempt(indicators={"ilo2009-adult-labour": ["B03", "B06", "D01", "E04"]},
                      classification="presumed_victim_trafficking", child_procedures=False, consent="adult_consents",
                      services=["shelter"])
    fb = assess(s, attempt, INSTRUMENTS)
    assert fb.skills["children"] == (0.0, 1.0) and fb.skills["consent"] == (0.0, 1.0)
    assert fb.lists_chosen == ("ilo2009-adult-labour",) and fb.lists_expected == ("ilo2009-child-labour",)
    assert [i.id for i in fb.missed] == ["D09"]  # compared by indicator id across lists


def test_skill_scores_over_several_scenarios():
    a = assess(LIBRARY["man-deported-from-iran"], expert_attempt("man-deported-from-iran"), INSTRUMENTS)
    b = assess(LIBRARY["afghan-girl-married-across-border"], Attempt(
        indicators={"ilo2009-child-labour": []}, classification="vulnerable_migrant", child_procedures=True,
        consent="child_with_guardian", services=[]), INSTRUMENTS)
    scores = skill_scores([a, b])
    assert set(scores) == set(SKILLS)
    assert scores["children"] == 100 and scores["consent"] == 100
    assert scores["trafficking_vs_smuggling"] == 0  # b: a presumed victim called a vulnerable migrant
    assert scores["coercion"] == round(100 * 1 / 4)  # E14 found; B03, B06, E04 missed


@pytest.mark.parametrize(("field", "value"), [("classification", "victim"), ("consent", "maybe"),
                                              ("services", ["massage"])])
def test_an_attempt_with_unknown_codes_is_refused(field, value):
    raw = {"indicators": {}, "classification": "inconclusive", "child_procedures": False, "consent": "declines",
           "services": [], field: value}
    with pytest.raises(ValidationFailed):
        Attempt.from_dict(raw)


def test_an_unknown_indicator_is_refused_by_name():
    attempt = Attempt(indicators={"ilo2009-adult-labour": ["Z01"]}, classification="inconclusive",
                      child_procedures=False, consent="declines")
    with pytest.raises(ValidationFailed, match="no indicator Z01"):
        assess(LIBRARY["man-deported-from-iran"], attempt, INSTRUMENTS)
