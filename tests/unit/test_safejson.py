"""Issue 18 item 9: the one bounded JSON reader, and the readers that use it, refuse hostile input in one sentence."""

from __future__ import annotations

import json

import pytest

from app.domain import safejson
from app.domain.safejson import Limits
from tests.conftest import AMINA, run_cli

SMALL = Limits(max_bytes=10_000, max_depth=8, max_items=50, max_string=100)


@pytest.mark.parametrize(("text", "reason"), [
    ("[" * 1000 + "]" * 1000, "nested deeper than 8 levels"),
    ("[" * 100_000 + "]" * 100_000, "larger than 10,000 bytes"),
    ('{"a": 1, "a": 2}', "same member twice"),
    ("[NaN]", "NaN is not a JSON number"),
    ('{"a": Infinity}', "Infinity is not a JSON number"),
    ("[" + ",".join(["1"] * 51) + "]", "more than 50 members"),
    ('"' + "x" * 101 + '"', "longer than 100 characters"),
    ("[1, 2", "not valid JSON"),
    ("9" * 5000, "a value JSON readers do not accept"),
])
def test_hostile_json_is_refused_with_a_reason(text, reason):
    with pytest.raises(safejson.JsonRefused, match=reason):
        safejson.loads(text, SMALL)


def test_deep_nesting_beyond_the_interpreters_limit_is_refused_not_a_recursion_error():
    text = "[" * 200_000 + "]" * 200_000
    with pytest.raises(safejson.JsonRefused, match="nested deeper"):
        safejson.loads(text, Limits(max_bytes=10**7))


def test_unsafe_characters():
    assert safejson.unsafe_text("Ami\u202ena") and safejson.unsafe_text("a\x00b") and safejson.unsafe_text("\u2066x")
    assert not safejson.unsafe_text("آمنہ بی بی") and not safejson.unsafe_text("Amina Bibi")


def test_a_device_is_not_read(tmp_path):
    with pytest.raises(safejson.JsonRefused, match="not a regular file"):
        safejson.read_file("/dev/zero", SMALL)


def test_case_import_of_1000_levels_of_nesting_is_one_sentence_exit_1(post, tmp_path):
    doc = tmp_path / "deep.json"
    doc.write_text('{"format": "nrm-desk/cases@1", "cases": ' + "[" * 1000 + "]" * 1000 + "}")
    result = run_cli("case", "import", "--user", "officer", str(doc), data_dir=post.dir)
    assert result.returncode == 1
    assert result.stderr.strip() == "The file deep.json is refused: it is nested deeper than 16 levels."


@pytest.mark.parametrize(("where", "value"), [
    ("given_name", "Ami\u202ena"),        # right-to-left override
    ("family_name", "Bibi\x00"),          # NUL
    ("name_native", "\u2067آمنہ\u2069"),  # right-to-left isolate
])
def test_case_import_refuses_control_characters_in_names(post, tmp_path, where, value):
    case = json.loads(json.dumps(AMINA))
    case["cases"][0]["person"][where] = value
    doc = tmp_path / "cases.json"
    doc.write_text(json.dumps(case))
    result = run_cli("case", "import", "--user", "officer", str(doc), data_dir=post.dir)
    assert result.returncode == 1, result.stderr
    assert f"cases[0].person.{where}" in result.stderr and "bidirectional" in result.stderr
    assert value not in result.stderr


def test_case_import_refuses_duplicate_keys(post, tmp_path):
    doc = tmp_path / "dup.json"
    doc.write_text('{"format": "nrm-desk/cases@1", "format": "nrm-desk/cases@1", "cases": []}')
    result = run_cli("case", "import", "--user", "officer", str(doc), data_dir=post.dir)
    assert result.returncode == 1
    assert "names the same member twice" in result.stderr


def test_screening_evaluate_refuses_deep_nesting(tmp_path):
    doc = tmp_path / "request.json"
    doc.write_text('{"instrument": "x", "indicators": ' + "[" * 1000 + "]" * 1000 + "}")
    result = run_cli("screening", "evaluate", str(doc), "--json", password=None)
    assert result.returncode == 1, result.stderr
    assert "nested deeper" in result.stderr and "Traceback" not in result.stderr


def test_user_names_with_control_characters_are_refused(post):
    result = run_cli("user", "add", "--user", "admin", "--username", "of\u202eficer2", "--role", "officer",
                     data_dir=post.dir, new_password="brand-new-pass-5531")
    assert result.returncode == 1 and "control characters" in result.stderr
