"""`nrm-desk case edit|history|group|companion|show` as real processes: --json, exit codes, role rules."""

from __future__ import annotations

import json

from tests.conftest import AMINA, run_cli


def _import(post, tmp_path, count=1) -> list[str]:
    doc = {**AMINA, "cases": AMINA["cases"] * count}
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = run_cli("case", "import", "--user", "officer", str(path), data_dir=post.dir)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_edit_prints_changes_and_warns_when_the_child_flag_changes(post, tmp_path):
    (ref,) = _import(post, tmp_path)
    result = run_cli("case", "edit", "--user", "officer", ref, "--set", "person.date_of_birth=2009-06-01",
                     "--set", "identity.relation=daughter_of", "--set", "identity.relation_name_native=گل خان",
                     "--set", "identity.origin_country=AF", "--set", "identity.origin_place=Jalalabad",
                     "--reason", "Tazkira seen", "--json", data_dir=post.dir)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["child_flag_changed"] is True and out["is_child"] is True
    assert {"field": "person.date_of_birth", "old": "2008-03-01", "new": "2009-06-01"} in out["changes"]
    assert "child procedures apply" in result.stderr
    shown = json.loads(run_cli("case", "show", "--user", "officer", ref, "--json", data_dir=post.dir).stdout)
    assert shown["identity"]["relation_name_native"] == "گل خان" and shown["is_child"] == 1
    text = run_cli("case", "show", "--user", "officer", ref, data_dir=post.dir).stdout
    assert "d/o گل خان" in text and "5 correction(s)" in text and "origin_country: Afghanistan" in text
    history = json.loads(run_cli("case", "history", "--user", "supervisor", ref, "--json", data_dir=post.dir).stdout)
    assert len(history) == 5 and {h["reason"] for h in history} == {"Tazkira seen"}


def test_exit_codes_of_edit(post, tmp_path):
    (ref,) = _import(post, tmp_path)
    bad_value = run_cli("case", "edit", "--user", "officer", ref, "--set", "identity.marital_status=complicated",
                        "--reason", "r", data_dir=post.dir)
    assert bad_value.returncode == 1 and "not on the list" in bad_value.stderr and "Traceback" not in bad_value.stderr
    no_reason = run_cli("case", "edit", "--user", "officer", ref, "--set", "identity.phone=0300 1234567",
                        "--reason", " ", data_dir=post.dir)
    assert no_reason.returncode == 1 and "Say why" in no_reason.stderr
    usage = run_cli("case", "edit", "--user", "officer", ref, "--set", "identity.phone", "--reason", "r",
                    data_dir=post.dir)
    assert usage.returncode == 2 and "FIELD=VALUE" in usage.stderr
    admin = run_cli("case", "edit", "--user", "admin", ref, "--set", "identity.phone=0300 1234567", "--reason", "r",
                    data_dir=post.dir)
    assert admin.returncode == 1 and "does not allow" in admin.stderr
    wrong = run_cli("case", "edit", "--user", "officer", ref, "--set", "identity.phone=0300 1234567", "--reason",
                    "r", data_dir=post.dir, password="not-the-password")
    assert wrong.returncode == 3
    history = run_cli("case", "history", "--user", "officer", ref, "--json", data_dir=post.dir)
    assert json.loads(history.stdout) == []  # nothing refused was applied


def test_group_and_companion(post, tmp_path):
    refs = _import(post, tmp_path, count=3)
    grouped = run_cli("case", "group", "--user", "officer", *refs, "--note", "one vehicle", "--json",
                      data_dir=post.dir)
    assert grouped.returncode == 0, grouped.stderr
    added = run_cli("case", "companion", "--user", "officer", refs[0], "--name", "The man with the passports",
                    "--relation", "agent", "--held-documents", "--possible-exploiter", "--json", data_dir=post.dir)
    assert added.returncode == 0, added.stderr
    shown = json.loads(run_cli("case", "show", "--user", "officer", refs[0], "--json", data_dir=post.dir).stdout)
    assert [m["reference"] for m in shown["group"]["others"]] == refs[1:]
    assert shown["companions"][0]["possible_exploiter"] is True
    listed = json.loads(run_cli("case", "list", "--user", "officer", "--json", data_dir=post.dir).stdout)
    assert len(listed) == 3


def test_help_lists_the_fields_and_exit_codes():
    result = run_cli("case", "edit", "--help", password=None)
    assert result.returncode == 0
    for word in ("identity.relation", "investigation.detained", "law_sections", "ptpa-3", "Exit codes"):
        assert word in result.stdout
