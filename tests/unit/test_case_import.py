"""`case import` through the real command: all or nothing, the path of the offending field, search after."""

from __future__ import annotations

import copy
import json

import pytest

from tests.conftest import AMINA, run_cli


def _write(tmp_path, doc, name="cases.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False) if not isinstance(doc, str) else doc, encoding="utf-8")
    return str(path)


def _count(post) -> int:
    result = run_cli("case", "list", "--user", "officer", "--json", data_dir=post.dir)
    assert result.returncode == 0, result.stderr
    return len(json.loads(result.stdout))


def test_example_imports_and_is_found_in_both_scripts(post, tmp_path):
    result = run_cli("case", "import", "--user", "officer", _write(tmp_path, AMINA), data_dir=post.dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ISB-2026-000001"]
    for query in ("Amina", "آمنہ", "Ameena", "P1234567", "bibi"):
        found = run_cli("case", "list", "--user", "officer", "--search", query, "--json", data_dir=post.dir)
        assert [c["reference"] for c in json.loads(found.stdout)] == ["ISB-2026-000001"], query
    miss = run_cli("case", "list", "--user", "officer", "--search", "Fatima", "--json", data_dir=post.dir)
    assert json.loads(miss.stdout) == []
    shown = json.loads(run_cli("case", "show", "--user", "officer", "ISB-2026-000001", "--json",
                               data_dir=post.dir).stdout)
    assert shown["is_child"] == 0  # born 2008-03-01: 18 on the day of the encounter
    assert shown["person"]["nationality"] == "AF" and shown["encounters"][0]["place"] == "Torkham border crossing"


def _bad(mutate):
    doc = copy.deepcopy(AMINA)
    doc["cases"].append(copy.deepcopy(AMINA["cases"][0]))  # a good case first: it must not be imported either
    mutate(doc["cases"][1])
    return doc


BAD = {
    "unknown field": (lambda c: c["person"].update(favourite_colour="blue"), "cases[1].person.favourite_colour"),
    "bad date": (lambda c: c["encounter"].update(date="2026-13-01"), "cases[1].encounter.date"),
    "bad country": (lambda c: c["person"].update(nationality="XX"), "cases[1].person.nationality"),
    "unknown provider": (lambda c: c.update(referrals=[{"provider": "org-nowhere", "services": ["shelter"]}]),
                         "cases[1].referrals[0].provider"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_documents_are_refused_whole_with_the_path(post, tmp_path, kind):
    mutate, path = BAD[kind]
    result = run_cli("case", "import", "--user", "officer", _write(tmp_path, _bad(mutate)), data_dir=post.dir)
    assert result.returncode == 1
    assert path in result.stderr and "Traceback" not in result.stderr
    assert _count(post) == 0


@pytest.mark.parametrize("content", ["{not json", "", '{"format": "other/format@1", "cases": []}', "[1, 2]"])
def test_malformed_files_are_one_clear_sentence(post, tmp_path, content):
    result = run_cli("case", "import", "--user", "officer", _write(tmp_path, content), data_dir=post.dir)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert _count(post) == 0


def test_missing_file(post, tmp_path):
    result = run_cli("case", "import", "--user", "officer", str(tmp_path / "nope.json"), data_dir=post.dir)
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_no_password_and_no_terminal_is_a_usage_error(post):
    result = run_cli("case", "list", "--user", "officer", data_dir=post.dir, password=None)
    assert result.returncode == 2 and "NRM_DESK_PASSWORD" in result.stderr
