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
