"""Issue 16: `nrm-desk retention run|policy|hold` as real processes: --json, role rules, exit codes."""

from __future__ import annotations

import json

from tests.conftest import AMINA, run_cli


def _case(post, tmp_path) -> str:
    doc = tmp_path / "cases.json"
    doc.write_text(json.dumps(AMINA, ensure_ascii=False))
    assert run_cli("case", "import", "--user", "officer", str(doc), data_dir=post.dir).returncode == 0
    return "ISB-2026-000001"


def test_run_dry_run_and_apply_with_nothing_due(post, tmp_path):
    _case(post, tmp_path)
    dry = run_cli("retention", "run", "--user", "supervisor", "--dry-run", "--json", data_dir=post.dir)
    assert dry.returncode == 0, dry.stderr
    doc = json.loads(dry.stdout)
    assert doc["applied"] is False and doc["due"] == [] and doc["kept"] == [] and doc["policy_version"] == 0
    applied = run_cli("retention", "run", "--user", "admin", "--apply", "--json", data_dir=post.dir)
    assert applied.returncode == 0 and json.loads(applied.stdout)["removed"] == {}
    shown = run_cli("case", "list", "--user", "officer", "--json", data_dir=post.dir)
    assert len(json.loads(shown.stdout)) == 1  # a fresh case is not touched


def test_role_rules_and_usage(post, tmp_path):
    ref = _case(post, tmp_path)
    officer = run_cli("retention", "run", "--user", "officer", "--dry-run", data_dir=post.dir)
    assert officer.returncode == 1 and officer.stderr.strip().startswith("Your role (officer) does not allow this")
    both = run_cli("retention", "run", "--user", "supervisor", "--dry-run", "--apply", data_dir=post.dir)
    assert both.returncode == 2
    neither = run_cli("retention", "run", "--user", "supervisor", data_dir=post.dir)
    assert neither.returncode == 2
    admin_hold = run_cli("retention", "hold", "set", "--user", "admin", ref, "--reason", "court order", data_dir=post.dir)
    assert admin_hold.returncode == 1


def test_hold_set_list_release(post, tmp_path):
    ref = _case(post, tmp_path)
    held = run_cli("retention", "hold", "set", "--user", "supervisor", ref, "--reason", "FIA inquiry 7/2026", "--json",
                   data_dir=post.dir)
    assert held.returncode == 0 and json.loads(held.stdout)["held"] is True
    listed = json.loads(run_cli("retention", "hold", "list", "--user", "supervisor", "--json", data_dir=post.dir).stdout)
    assert [(h["reference"], h["reason"]) for h in listed] == [(ref, "FIA inquiry 7/2026")]
    released = run_cli("retention", "hold", "release", "--user", "supervisor", ref, data_dir=post.dir)
    assert released.returncode == 0
    again = run_cli("retention", "hold", "release", "--user", "supervisor", ref, data_dir=post.dir)
    assert again.returncode == 1 and "is not under a legal hold" in again.stderr
    empty = run_cli("retention", "hold", "set", "--user", "supervisor", ref, "--reason", " ", data_dir=post.dir)
    assert empty.returncode == 1 and "reason" in empty.stderr
