"""Results serialise to stable JSON dicts, read back after an instrument update, and refuse tampering."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from app.domain.errors import ValidationFailed
from app.domain.screening import (
    MultiResult,
    evaluate,
    evaluate_several,
    load_instruments,
    parse_instrument,
    read_record,
    read_result,
    record_decision,
    suggest_classification,
)

ROOT = Path(__file__).resolve().parents[2]
INSTRUMENTS = ROOT / "resources" / "instruments"
POSITIVE = ["A01", "A02", "D01", "D02", "E01", "E04"]


@pytest.fixture(scope="module")
def loaded():
    return load_instruments(INSTRUMENTS)


def test_result_dict_has_the_stable_shape(loaded):
    d = evaluate(loaded["ilo2009-adult-labour"], POSITIVE, age=34).to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert set(d) == {"format", "instrument", "exploitation_type", "rule", "requirement", "age", "possible_child",
                      "presumed_victim", "positive_dimensions", "dimensions", "warnings"}
    assert d["instrument"] == {"id": "ilo2009-adult-labour", "version": "1.2.0", "status": "provisional"}
    assert d["rule"] == "adult" and d["presumed_victim"] is True
    assert d["positive_dimensions"] == ["A", "D", "E"]
    a = d["dimensions"]["A"]
    assert a["counts"] == {"strong": 1, "medium": 1, "weak": 0} and a["pattern"] == "1S+1M"
    assert [(i["id"], i["grade"]) for i in a["indicators"]] == [("A01", "strong"), ("A02", "medium")]
    assert a["indicators"][0]["label"] == dict(loaded["ilo2009-adult-labour"].item("A01").name)


def test_result_reads_back_equal(loaded):
    result = evaluate(loaded["ilo2009-child-labour"], ["A10", "D01"], age=None, possible_child=True)
    stored = json.loads(json.dumps(result.to_dict()))
    assert read_result(stored) == result


def test_old_result_still_reads_after_the_instrument_is_revised(loaded):
    old = evaluate(loaded["ilo2009-adult-labour"], ["A01", "A02", "D01", "D02", "E04", "E05"])
    stored = json.loads(json.dumps(old.to_dict()))
    doc = json.loads((INSTRUMENTS / "ilo2009-adult-labour.json").read_text(encoding="utf-8"))
    doc["version"] = "9.0.0"
    doc["items"] = [dict(i, grade="weak") if i["id"] == "A02" else i for i in doc["items"] if i["id"] != "E05"]
    revised = parse_instrument(doc)
    assert not evaluate(revised, ["A01", "A02", "D01", "D02", "E04"]).presumed_victim  # the new list judges differently
    again = read_result(stored)  # ...but the stored screening keeps what it said, with the grades of its time
    assert again.presumed_victim and again.instrument_version == "1.2.0"
    assert [(i.id, i.grade) for i in again.dimension("A").indicators] == [("A01", "strong"), ("A02", "medium")]
    assert [i.id for i in again.dimension("E").indicators] == ["E04", "E05"]


@pytest.mark.parametrize("tamper", [
    lambda d: d.update(presumed_victim=not d["presumed_victim"]),
    lambda d: d["dimensions"]["A"]["indicators"][0].update(grade="weak"),
    lambda d: d["dimensions"]["D"].update(pattern=None),
    lambda d: d.update(rule="child"),
    lambda d: d.update(rule="elder"),
    lambda d: d.pop("dimensions"),
    lambda d: d.update(format="something-else@1"),
])
def test_inconsistent_stored_result_is_refused(loaded, tamper):
    stored = evaluate(loaded["ilo2009-adult-labour"], ["A01", "A02", "D01", "D02"]).to_dict()
    tamper(stored)
    with pytest.raises(ValidationFailed):
        read_result(stored)


def test_several_lists_positive_if_any_and_say_which(loaded):
    labour, sexual = loaded["ilo2009-adult-labour"], loaded["ilo2009-adult-sexual"]
    multi = evaluate_several([(labour, ["A01"]), (sexual, POSITIVE)], age=25)
    assert multi.presumed_victim
    assert multi.positive_instruments() == ["ilo2009-adult-sexual"]
    assert multi.exploitation_types() == ["sexual_exploitation"]
    both = evaluate_several([(labour, POSITIVE), (sexual, POSITIVE)], age=25)
    assert both.positive_instruments() == ["ilo2009-adult-labour", "ilo2009-adult-sexual"]
    assert both.exploitation_types() == ["forced_labour", "sexual_exploitation"]
    none = evaluate_several([(labour, []), (sexual, ["E07"])], age=25)
    assert not none.presumed_victim and none.positive_instruments() == []


def test_several_lists_share_the_person_s_age_rule(loaded):
    multi = evaluate_several([(loaded["ilo2009-child-labour"], ["A01", "A02", "D01", "D02"]),
                              (loaded["ilo2009-child-sexual"], [])], age=16)
    d = multi.to_dict()
    assert d["rule"] == "child" and d["presumed_victim"] and d["positive_instruments"] == ["ilo2009-child-labour"]
    assert isinstance(read_result(copy.deepcopy(d)), MultiResult)
    assert read_result(d) == multi


def test_several_lists_refuse_the_same_list_twice_or_none(loaded):
    labour = loaded["ilo2009-adult-labour"]
    with pytest.raises(ValidationFailed):
        evaluate_several([(labour, []), (labour, ["A01"])])
    with pytest.raises(ValidationFailed):
        evaluate_several([])


def test_non_indicator_instrument_is_refused(loaded):
    with pytest.raises(ValidationFailed):
        evaluate(loaded["quick-prescreen"], ["P01"])


# --- the record a store keeps: result + the officer's decision
def test_record_keeps_result_and_decision_and_reads_back(loaded):
    result = evaluate(loaded["ilo2009-adult-labour"], ["A01", "A02"], age=None, possible_child=True)
    suggestion = suggest_classification(result)
    record = record_decision(result, classification="vulnerable_migrant", suggestion=suggestion,
                             reason="  Person explained   the debt was to a relative; no control found. ")
    d = json.loads(json.dumps(record.to_dict()))
    assert d["instruments"] == [{"id": "ilo2009-adult-labour", "version": "1.2.0"}]
    assert d["answers"] == {"ilo2009-adult-labour": ["A01", "A02"]}
    assert d["suggested"] == "inconclusive" and d["overrides_suggestion"] is True
    assert d["reason"] == "Person explained the debt was to a relative; no control found."
    assert read_record(d) == record


@pytest.mark.parametrize(("classification", "reason"), [("victim", "a proper sentence of reason"),
                                                        ("inconclusive", "  ok "), ("inconclusive", None)])
def test_decision_needs_a_known_classification_and_a_reason(loaded, classification, reason):
    with pytest.raises(ValidationFailed):
        record_decision(evaluate(loaded["ilo2009-adult-labour"], []), classification=classification, reason=reason)


def test_record_whose_answers_disagree_with_its_result_is_refused(loaded):
    record = record_decision(evaluate(loaded["ilo2009-adult-labour"], ["A01"]), classification="inconclusive",
                             reason="needs a second interview with an interpreter")
    d = record.to_dict()
    d["answers"]["ilo2009-adult-labour"].append("E01")
    with pytest.raises(ValidationFailed):
        read_record(d)
