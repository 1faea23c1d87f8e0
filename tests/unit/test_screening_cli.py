"""`nrm-desk screening instrument|evaluate`: JSON output, exit codes and one-sentence errors, no vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def request(tmp_path, body, name="in.json"):
    path = tmp_path / name
    path.write_text(body if isinstance(body, str) else json.dumps(body), encoding="utf-8")
    return str(path)


def test_instrument_lists_every_indicator_with_dimension_and_grade(capsys):
    code, out, err = run(capsys, "screening", "instrument", "--json")
    assert code == 0 and err == ""
    listed = {i["id"]: i for i in json.loads(out)["instruments"]}
    assert len(listed) == 6
    labour = listed["ilo2009-adult-labour"]
    assert len(labour["items"]) == 67 and [d["id"] for d in labour["dimensions"]] == list("ABCDEF")
    assert all({"id", "dimension", "grade", "text"} <= set(i) for i in labour["items"])
    assert labour["status"] == "provisional" and labour["status_reason"]["en"]


def test_instrument_by_id(capsys):
    code, out, _ = run(capsys, "screening", "instrument", "--id", "ilo2009-child-labour", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["id"] == "ilo2009-child-labour" and len(doc["items"]) == 65


def test_unknown_instrument_exits_1_naming_it(capsys):
    code, out, err = run(capsys, "screening", "instrument", "--id", "no-such-list", "--json")
    assert code == 1 and out == "" and "'no-such-list'" in err and "Traceback" not in err


def test_evaluate_prints_dimensions_and_presumption(capsys, tmp_path):
    body = {"instrument": "ilo2009-adult-labour", "indicators": ["A01", "A02", "D01", "D02", "E01", "E04"], "age": None}
    code, out, _ = run(capsys, "screening", "evaluate", request(tmp_path, body), "--json")
    result = json.loads(out)
    assert code == 0 and result["presumed_victim"] is True and result["rule"] == "adult"
    assert result["dimensions"]["E"]["positive"] and not result["dimensions"]["F"]["positive"]


def test_evaluate_child_without_means(capsys, tmp_path):
    body = {"instrument": "ilo2009-child-labour", "indicators": ["A01", "A02", "D01", "D02"], "age": 15}
    result = json.loads(run(capsys, "screening", "evaluate", request(tmp_path, body), "--json")[1])
    assert result["presumed_victim"] is True and result["rule"] == "child"


def test_evaluate_several_lists(capsys, tmp_path):
    body = {"screenings": [{"instrument": "ilo2009-adult-labour", "indicators": []},
                           {"instrument": "ilo2009-adult-sexual", "indicators": ["A01", "A02", "D01", "D02", "E07", "E04"]}],
            "age": None, "possible_child": True}
    result = json.loads(run(capsys, "screening", "evaluate", request(tmp_path, body), "--json")[1])
    assert result["presumed_victim"] and result["positive_instruments"] == ["ilo2009-adult-sexual"]
    assert result["rule"] == "child_by_possible_child_flag"


@pytest.mark.parametrize(("body", "named"), [
    ({"instrument": "ilo2009-adult-labour", "indicators": ["A01", "X42"], "age": 30}, "'X42'"),
    ({"instrument": "ilo2009-nothing", "indicators": [], "age": 30}, "'ilo2009-nothing'"),
    ({"instrument": "ilo2009-adult-labour", "indicators": [], "age": -4}, "age"),
    ({"instrument": "ilo2009-adult-labour", "indicators": "A01", "age": 30}, "indicators"),
    ({"indicators": [], "age": 30}, "instrument"),
    ("[1, 2]", "JSON object"),
    ("{\"instrument\": ", "not valid JSON"),
])
def test_bad_requests_exit_1_with_one_sentence(capsys, tmp_path, body, named):
    code, out, err = run(capsys, "screening", "evaluate", request(tmp_path, body), "--json")
    assert code == 1 and out == ""
    assert named in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_file_is_a_usage_error(capsys, tmp_path):
    code, _, err = run(capsys, "screening", "evaluate", str(tmp_path / "absent.json"), "--json")
    assert code == 2 and "absent.json" in err


def test_real_process_without_vault(tmp_path):
    body = request(tmp_path, {"instrument": "ilo2009-adult-labour", "indicators": ["E01", "E04"], "age": 40})
    env = {**os.environ, "NRM_DESK_DATA": str(tmp_path / "no-vault-here")}
    proc = subprocess.run([sys.executable, "-m", "app", "screening", "evaluate", body, "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["presumed_victim"] is False and result["positive_dimensions"] == ["E"]
    assert not (tmp_path / "no-vault-here").exists()


# --- screening suggest: the whole decision (issue 11)
def suggest(capsys, tmp_path, body):
    code, out, err = run(capsys, "screening", "suggest", request(tmp_path, body), "--json")
    return code, (json.loads(out) if out else None), err


def test_suggest_adult_with_eight_medium_indicators_is_not_screened_out(capsys, tmp_path):
    found = ["C06", "C09", "D02", "D04", "E05", "E11", "F01", "F03"]
    body = {"screenings": [{"instrument": "ilo2009-adult-labour", "indicators": found}], "age": 30,
            "vulnerability": {}}
    code, doc, err = suggest(capsys, tmp_path, body)
    assert code == 0 and err == ""
    assert doc["suggestion"]["code"] == "inconclusive" and "C06 (medium)" in doc["suggestion"]["reasons"][0]
    assert doc["protective_child"] is None and doc["ilo_results"][0]["rule"] == "adult"


def test_suggest_smuggled_migrant(capsys, tmp_path):
    body = {"screenings": [{"instrument": "ilo2009-adult-labour", "indicators": []}],
            "vulnerability": {"SMG_PAID_CROSSING": "yes", "SMG_DANGEROUS_JOURNEY": "yes"}}
    code, doc, _ = suggest(capsys, tmp_path, body)
    assert code == 0 and doc["suggestion"]["code"] == "smuggled_migrant_vulnerable"


def test_suggest_child_reports_both_rules(capsys, tmp_path):
    body = {"screenings": [{"instrument": "ilo2009-child-sexual", "indicators": ["D90"]}], "age": 15, "act": "unknown"}
    code, doc, _ = suggest(capsys, tmp_path, body)
    assert code == 0 and doc["suggestion"]["code"] == "presumed_victim_trafficking"
    assert doc["ilo_results"][0]["presumed_victim"] is False and doc["ilo_results"][0]["rule"] == "child"
    assert doc["protective_child"]["presumed_victim"] is True and doc["protective_child"]["act"] == "unknown"


def test_suggest_only_screenings_is_enough(capsys, tmp_path):
    code, doc, _ = suggest(capsys, tmp_path, {"screenings": []})
    assert code == 0 and doc["suggestion"]["code"] == "inconclusive"


@pytest.mark.parametrize("body, named", [
    ({"screenings": [{"instrument": "ilo2009-adult-labour", "indicators": ["Z99"]}]}, "'Z99'"),
    ({"screenings": [{"instrument": "no-such-list", "indicators": []}]}, "'no-such-list'"),
    ({"screenings": [], "vulnerability": {"NOT_A_QUESTION": "yes"}}, "'NOT_A_QUESTION'"),
])
def test_suggest_unknown_ids_exit_1_naming_the_id(capsys, tmp_path, body, named):
    code, doc, err = suggest(capsys, tmp_path, body)
    assert code == 1 and doc is None and named in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("body", [
    "{not json", "[]", {"vulnerability": {}}, {"screenings": [1]}, {"screenings": [], "act": "maybe"},
    {"screenings": [], "vulnerability": {"HH_DEBT": "perhaps"}}, {"screenings": [], "age": "ten"},
    {"screenings": [], "possible_child": "yes"},
])
def test_suggest_malformed_input_is_one_sentence_exit_1(capsys, tmp_path, body):
    code, doc, err = suggest(capsys, tmp_path, body)
    assert code == 1 and doc is None and err.strip() and "Traceback" not in err


def test_suggest_unreadable_file_is_usage_error(capsys, tmp_path):
    code, out, err = run(capsys, "screening", "suggest", str(tmp_path / "missing.json"), "--json")
    assert code == 2 and out == "" and "Traceback" not in err
