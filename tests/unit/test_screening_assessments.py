"""Quick pre-screen, vulnerability assessment, suggested classification and the HTCDS / CTDC mappings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import NotFound, ValidationFailed
from app.domain.screening import (
    CLASSIFICATIONS,
    SERVICES,
    assess_vulnerability,
    evaluate,
    evaluate_several,
    load_instruments,
    load_mappings,
    prescreen,
    suggest_classification,
)

ROOT = Path(__file__).resolve().parents[2]
LOADED = load_instruments(ROOT / "resources" / "instruments")
MAPS = load_mappings(ROOT / "resources" / "standards" / "screening-mappings.json")
PRE = LOADED["quick-prescreen"]
VUL = LOADED["iom-domv-vulnerability"]
DECISIVE = [i.id for i in PRE.items if i.weight == "decisive"]
CONTRIBUTING = [i.id for i in PRE.items if i.weight == "contributing"]
ALL_NO = {i.id: False for i in PRE.items}


# --- quick pre-screen
@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({i.id: st.sampled_from([True, False, None]) for i in PRE.items}))
def test_prescreen_matches_its_stated_rule(answers):
    yes = {k for k, v in answers.items() if v is True}
    unknown = [k for k, v in answers.items() if v is None]
    expected = bool(yes & set(DECISIVE)) or len(yes & set(CONTRIBUTING)) >= 2 or len(unknown) >= 3
    result = prescreen(PRE, answers)
    assert result.full_screening_recommended is expected
    assert bool(result.reasons) is expected


def test_all_no_is_no_full_screening():
    result = prescreen(PRE, ALL_NO)
    assert not result.full_screening_recommended and result.reasons == ()


def test_one_decisive_yes_gives_its_reason():
    child_question = next(i for i in PRE.items if i.weight == "decisive")
    result = prescreen(PRE, {**ALL_NO, child_question.id: True})
    assert result.full_screening_recommended
    assert result.reasons == (dict(child_question.reason),)


def test_one_contributing_yes_is_not_enough_two_are():
    assert not prescreen(PRE, {**ALL_NO, CONTRIBUTING[0]: True}).full_screening_recommended
    two = prescreen(PRE, {**ALL_NO, CONTRIBUTING[0]: True, CONTRIBUTING[1]: True})
    assert two.full_screening_recommended and len(two.reasons) == 2


def test_unanswered_questions_count_as_doubt():
    assert prescreen(PRE, {}).full_screening_recommended
    assert "could not be answered" in prescreen(PRE, {}).reasons[-1]["en"]


def test_prescreen_refuses_unknown_question_and_bad_answer():
    with pytest.raises(NotFound, match="P99"):
        prescreen(PRE, {"P99": True})
    with pytest.raises(ValidationFailed):
        prescreen(PRE, {DECISIVE[0]: "yes"})
    with pytest.raises(ValidationFailed):
        prescreen(VUL, {})


# --- vulnerability
def vul_item(flag=None, factor=None, level=None):
    return [
        i.id
        for i in VUL.items
        if (flag is None or i.flag == flag)
        and (factor is None or i.factor == factor)
        and (level is None or i.level == level)
    ]


def test_nothing_reported_is_standard_urgency_without_services():
    result = assess_vulnerability(VUL, {i.id: False for i in VUL.items})
    assert (result.urgency, result.flags, result.services) == ("standard", (), ())


@pytest.mark.parametrize(
    ("flag", "urgency", "service"),
    [
        ("medical_emergency", "immediate", "medical"),
        ("unaccompanied_child", "immediate", "child_protection"),
        ("safety_threat", "immediate", "shelter"),
        ("pregnancy", "high", "medical"),
        ("disability", "high", "medical"),
        ("interpreter_needed", "standard", "interpretation"),
    ],
)
def test_immediate_needs_drive_flags_urgency_and_services(flag, urgency, service):
    result = assess_vulnerability(VUL, {vul_item(flag=flag)[0]: True})
    assert result.flags == (flag,) and result.urgency == urgency and service in result.services


def test_risks_outweighing_protection_raise_urgency():
    risks = vul_item(factor="risk")[:3]
    assert assess_vulnerability(VUL, dict.fromkeys(risks, True)).urgency == "high"
    protective = vul_item(factor="protective")[:1]
    balanced = assess_vulnerability(VUL, dict.fromkeys(risks + protective, True))
    assert balanced.net_risk == 2 and balanced.urgency == "standard"


def test_services_come_in_canonical_order_without_repeats():
    result = assess_vulnerability(VUL, {i.id: True for i in VUL.items})
    assert list(result.services) == [s for s in SERVICES if s in result.services]
    assert result.urgency == "immediate"
    d = result.to_dict()
    assert set(d["levels"]) == {"individual", "household", "community", "structural"}


def test_vulnerability_refuses_unknown_question():
    with pytest.raises(NotFound, match="NOPE"):
        assess_vulnerability(VUL, {"NOPE": True})


# --- suggested classification
LABOUR = LOADED["ilo2009-adult-labour"]


def test_suggestions():
    presumed = evaluate(LABOUR, ["A01", "A02", "D01", "D02", "E01", "E04"])
    assert suggest_classification(presumed).code == "presumed_victim_trafficking"
    partial = evaluate(LABOUR, ["A01", "A02"])
    assert suggest_classification(partial).code == "inconclusive"
    assert suggest_classification().code == "inconclusive"
    clean = evaluate(LABOUR, [])
    # an assessment left unanswered is not a screening that found nothing (issue 11, finding 3)
    assert suggest_classification(clean, assess_vulnerability(VUL, {})).code == "inconclusive"
    all_no = assess_vulnerability(VUL, {i.id: False for i in VUL.items})
    assert suggest_classification(clean, all_no).code == "no_protection_concern"
    smuggled = assess_vulnerability(
        VUL, {vul_item(level="smuggling")[0]: True, vul_item(factor="risk")[0]: True}
    )
    assert suggest_classification(clean, smuggled).code == "smuggled_migrant_vulnerable"
    risk_only = assess_vulnerability(VUL, {vul_item(factor="risk")[0]: True})
    assert suggest_classification(clean, risk_only).code == "vulnerable_migrant"


def test_a_child_is_never_no_concern():
    clean_child = evaluate(LOADED["ilo2009-child-labour"], [], age=14)
    assert suggest_classification(clean_child, assess_vulnerability(VUL, {})).code == "vulnerable_migrant"


def test_suggestion_names_the_positive_list():
    multi = evaluate_several(
        [(LABOUR, []), (LOADED["ilo2009-adult-sexual"], ["A01", "A02", "D01", "D02", "E07", "E01"])]
    )
    suggestion = suggest_classification(multi)
    assert (
        suggestion.code == "presumed_victim_trafficking" and "ilo2009-adult-sexual" in suggestion.reasons[0]
    )


# --- mappings to HTCDS 2.0 and CTDC
def test_classifications_have_labels_and_htcds_status():
    assert tuple(c.code for c in MAPS.classifications) == CLASSIFICATIONS
    assert all(c.label["en"] and c.label["ur"] for c in MAPS.classifications)
    assert MAPS.trafficking_status("presumed_victim_trafficking") == "PossibleVictimOfTrafficking"
    # a first-contact screening never asserts "not a victim" (issue 11, finding 8)
    for code in ("smuggled_migrant_vulnerable", "vulnerable_migrant", "no_protection_concern", "inconclusive"):
        assert MAPS.trafficking_status(code) is None
    # a screening never establishes an "actual" victim: that is formal identification
    assert all(c.htcds_trafficking_status != "ActualVictimOfTrafficking" for c in MAPS.classifications)


def test_seventeen_methods_of_control_shared_by_htcds_and_ctdc():
    controls = MAPS.methods_of_control
    assert len(controls) == 17 and len({m.ctdc for m in controls}) == 17
    for m in controls:
        assert (
            m.htcds.startswith("MethodsOfControl")
            and m.ctdc == "meansOfControl" + m.htcds[len("MethodsOfControl") :]
        )


def test_every_mapped_concept_exists_in_the_indicator_lists():
    concepts = {
        i.concept for inst in LOADED.values() if inst.kind == "trafficking_indicators" for i in inst.items
    }
    mapped = {c for m in MAPS.methods_of_control for c in m.concepts}
    assert mapped <= concepts


def test_indicators_map_to_methods_of_control():
    result = evaluate(LABOUR, ["E01", "E02", "B07", "D01"])
    found = [m.htcds for m in MAPS.controls_for(i.concept for d in result.dimensions for i in d.indicators)]
    assert set(found) == {
        "MethodsOfControlWithholdsDocuments",
        "MethodsOfControlDebtBondage",
        "MethodsOfControlThreatOfLawEnforcement",
        "MethodsOfControlExcessiveWorkingHours",
    }


def test_exploitation_types_of_every_list_map_to_htcds():
    for inst in LOADED.values():
        if inst.exploitation_type:
            assert MAPS.exploitation(inst.exploitation_type).htcds in {"ForcedLabour", "SexualExploitation"}
    with pytest.raises(NotFound):
        MAPS.exploitation("nonsense")
