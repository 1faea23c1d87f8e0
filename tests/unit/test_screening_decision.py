"""Honest suggestions and the protective child rule (issue 11): each finding reproduced, then the rules as properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationFailed
from app.domain.picklists import ACT_ANSWERS
from app.domain.screening import (
    assess_vulnerability,
    decide,
    evaluate,
    evaluate_several,
    load_instruments,
    load_mappings,
    suggest_classification,
)

ROOT = Path(__file__).resolve().parents[2]
LOADED = load_instruments(ROOT / "resources" / "instruments")
MAPS = load_mappings(ROOT / "resources" / "standards" / "screening-mappings.json")
VUL = LOADED["iom-domv-vulnerability"]
ADULT_LABOUR = LOADED["ilo2009-adult-labour"]
CHILD_LABOUR = LOADED["ilo2009-child-labour"]
CHILD_SEXUAL = LOADED["ilo2009-child-sexual"]
ALL_NO = {i.id: False for i in VUL.items}
CONCERN_ITEMS = [i.id for i in VUL.items if i.factor != "protective"]
PROTECTIVE_ITEMS = [i.id for i in VUL.items if i.factor == "protective"]


def answers_of(yes: set[str]) -> dict[str, str]:
    return {i.id: "yes" if i.id in yes else "no" for i in VUL.items}


# --- finding 1: eight medium indicators, or two weak ones, are not "no protection concern"
def test_eight_medium_indicators_are_not_no_concern():
    found = ["C06", "C09", "D02", "D04", "E05", "E11", "F01", "F03"]
    result = evaluate(ADULT_LABOUR, found, age=30)
    suggestion = suggest_classification(result, assess_vulnerability(VUL, ALL_NO))
    assert suggestion.code == "inconclusive"
    text = " ".join(suggestion.reasons)
    assert all(i in text for i in found) and "8 indicator(s) found" in text
    assert "no trafficking indicators" not in text


def test_two_weak_indicators_are_not_no_concern():
    suggestion = suggest_classification(evaluate(ADULT_LABOUR, ["C15", "C16"], age=30), assess_vulnerability(VUL, ALL_NO))
    assert suggestion.code == "inconclusive" and "C15 (weak), C16 (weak)" in suggestion.reasons[0]


# --- finding 2: a smuggled migrant who paid and made a dangerous journey
def test_smuggled_migrant_is_suggested_as_such():
    yes = {"SMG_PAID_CROSSING", "SMG_DANGEROUS_JOURNEY"}
    v = assess_vulnerability(VUL, {**ALL_NO, **dict.fromkeys(yes, True)})
    suggestion = suggest_classification(evaluate(ADULT_LABOUR, [], age=25), v)
    assert suggestion.code == "smuggled_migrant_vulnerable"
    assert "SMG_PAID_CROSSING, SMG_DANGEROUS_JOURNEY" in suggestion.reasons[0]


# --- finding 3: an unanswered assessment and no indicators
def test_unanswered_assessment_is_inconclusive():
    suggestion = suggest_classification(evaluate(ADULT_LABOUR, [], age=25), assess_vulnerability(VUL, {}))
    assert suggestion.code == "inconclusive"
    assert any(f"{len(VUL.items)} of {len(VUL.items)} questions not answered" in r for r in suggestion.reasons)


def test_no_concern_needs_a_screening_that_was_done():
    clean = evaluate(ADULT_LABOUR, [], age=25)
    done = suggest_classification(clean, assess_vulnerability(VUL, ALL_NO))
    assert done.code == "no_protection_concern" and "no trafficking indicator found" in done.reasons[0]
    assert suggest_classification(clean).code == "inconclusive"  # vulnerability not assessed
    assert suggest_classification(None, assess_vulnerability(VUL, ALL_NO)).code == "inconclusive"  # no list
    mostly_not_asked = {"ilo2009-adult-labour": {i.id: "not_asked" for i in ADULT_LABOUR.items}}
    assert suggest_classification(clean, assess_vulnerability(VUL, ALL_NO),
                                  indicator_answers=mostly_not_asked).code == "inconclusive"


def test_vulnerability_answers_judge_completeness():
    clean = evaluate(ADULT_LABOUR, [], age=25)
    v = assess_vulnerability(VUL, ALL_NO)
    half = {i.id: ("not_asked" if n % 3 else "no") for n, i in enumerate(VUL.items)}
    assert suggest_classification(clean, v, vulnerability_answers=half).code == "inconclusive"
    with pytest.raises(ValidationFailed):
        suggest_classification(clean, v, vulnerability_answers={"HH_DEBT": "maybe"})


# --- finding 6: children, the act and exploitation — no means needed
def test_child_domestic_worker_locked_in_and_threatened():
    result = evaluate(CHILD_LABOUR, ["D01", "D02", "E03", "E05"], age=14)
    d = decide(result, assess_vulnerability(VUL, ALL_NO), act="yes", age=14)
    assert not result.presumed_victim  # the ILO child rule needs A, B or C
    assert d.protective_child is not None and d.protective_child.presumed_victim
    assert d.protective_child.ilo_child_rule_met is False
    assert d.suggestion.code == "presumed_victim_trafficking"
    assert "protective child rule met" in d.suggestion.reasons[0]


def test_boy_sent_by_his_parents_to_a_brick_kiln():
    result = evaluate(CHILD_LABOUR, ["D01", "D06"], age=12)
    d = decide(result, assess_vulnerability(VUL, ALL_NO), act="yes", age=12)
    assert d.suggestion.code == "presumed_victim_trafficking"
    assert d.to_dict()["protective_child"]["exploitation_positive"] is True


def test_girl_in_commercial_sex_who_agreed():
    result = evaluate(CHILD_SEXUAL, ["D90"], age=15)
    assert result.positive_dimensions() == [] and not result.presumed_victim  # the ILO result is unchanged
    d = decide(result, assess_vulnerability(VUL, ALL_NO), act="unknown", age=15)
    assert d.suggestion.code == "presumed_victim_trafficking"
    assert any("D90" in r for r in d.protective_child.exploitation_because)


def test_protective_rule_needs_the_act_and_exploitation():
    exploited = evaluate(CHILD_LABOUR, ["D01", "D06"], age=12)
    assert decide(exploited, assess_vulnerability(VUL, ALL_NO), act="no", age=12).suggestion.code == "inconclusive"
    not_asked = decide(exploited, assess_vulnerability(VUL, ALL_NO), act=None, age=12)
    assert not_asked.protective_child.presumed_victim  # not asked counts as unknown: in doubt, protect
    assert decide(evaluate(ADULT_LABOUR, ["D01", "D06"], age=30), act="yes", age=30).protective_child is None
    doubtful = decide(evaluate(CHILD_LABOUR, ["D01", "D06"], possible_child=True), act="unknown", possible_child=True)
    assert doubtful.suggestion.code == "presumed_victim_trafficking"
    with pytest.raises(ValidationFailed):
        decide(exploited, act="perhaps", age=12)


def test_decision_shows_both_child_rules_side_by_side():
    full = evaluate(CHILD_LABOUR, ["A01", "D01", "D06", "A10"], age=16)
    d = decide(full, act="yes", age=16).to_dict()
    assert d["ilo_results"][0]["rule"] == "child" and d["ilo_results"][0]["presumed_victim"] is True
    assert d["protective_child"]["ilo_child_rule_met"] is True and d["protective_child"]["presumed_victim"] is True
    assert d["suggestion"]["code"] == "presumed_victim_trafficking"


# --- finding 8: HTCDS status at first contact
def test_non_trafficking_classifications_leave_htcds_status_unset():
    for code in ("vulnerable_migrant", "smuggled_migrant_vulnerable", "no_protection_concern", "inconclusive"):
        assert MAPS.trafficking_status(code) is None
    assert MAPS.trafficking_status("presumed_victim_trafficking") == "PossibleVictimOfTrafficking"


# --- properties
INDICATOR_IDS = [i.id for i in ADULT_LABOUR.items]


@settings(max_examples=300, deadline=None)
@given(
    found=st.lists(st.sampled_from(INDICATOR_IDS), max_size=8, unique=True),
    concern=st.fixed_dictionaries({k: st.sampled_from(["yes", "no", "not_asked"]) for k in CONCERN_ITEMS}),
    protective=st.fixed_dictionaries({k: st.sampled_from(["yes", "no", "not_asked"]) for k in PROTECTIVE_ITEMS}),
    age=st.one_of(st.none(), st.integers(0, 90)),
    act=st.sampled_from([None, *ACT_ANSWERS]),
)
def test_never_no_concern_with_an_indicator_or_a_yes(found, concern, protective, age, act):
    answers = {**concern, **protective}
    v = assess_vulnerability(VUL, {k: {"yes": True, "no": False}.get(a) for k, a in answers.items()})
    s = suggest_classification(evaluate(ADULT_LABOUR, found, age=age), v, act=act, age=age,
                               vulnerability_answers=answers)
    if found or "yes" in concern.values():
        assert s.code != "no_protection_concern"
    assert s.reasons and all(isinstance(r, str) and r for r in s.reasons)


ILO_LISTS = [LOADED[n] for n in ("ilo2009-child-labour", "ilo2009-child-sexual", "ilo2009-adult-labour",
                                  "ilo2009-adult-sexual")]


@st.composite
def child_screenings(draw):
    inst = draw(st.sampled_from(ILO_LISTS))
    found = draw(st.lists(st.sampled_from([i.id for i in inst.items]), max_size=10, unique=True))
    return inst, found


@settings(max_examples=300, deadline=None)
@given(
    screening=child_screenings(),
    age=st.one_of(st.none(), st.integers(0, 17)),
    act=st.sampled_from(["yes", "unknown", None]),
)
def test_child_with_act_and_exploitation_is_presumed_victim(screening, age, act):
    inst, found = screening
    possible = age is None
    result = evaluate(inst, found, age=age, possible_child=possible)
    d = decide(result, act=act, age=age, possible_child=possible)
    exploited = result.dimension("D").positive or "D90" in found
    assert d.protective_child is not None
    assert d.protective_child.exploitation_positive == exploited
    if exploited:
        assert d.suggestion.code == "presumed_victim_trafficking"


def test_multi_list_suggestion_names_each_list():
    multi = evaluate_several([(ADULT_LABOUR, ["C06"]), (LOADED["ilo2009-adult-sexual"], [])], age=30)
    s = suggest_classification(multi, assess_vulnerability(VUL, ALL_NO))
    assert s.code == "inconclusive" and s.reasons[0].startswith("ilo2009-adult-labour: 1 indicator(s) found")
