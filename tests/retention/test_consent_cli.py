"""Issue 16: `nrm-desk consent record|withdraw|list` with --json, role rules and exit codes."""

from __future__ import annotations

import json

from tests.conftest import AMINA, run_cli


def _case(post, tmp_path) -> str:
    doc = tmp_path / "cases.json"
    doc.write_text(json.dumps(AMINA, ensure_ascii=False))
    assert run_cli("case", "import", "--user", "officer", str(doc), data_dir=post.dir).returncode == 0
    return "ISB-2026-000001"


def test_record_list_and_withdraw_a_consent(post, tmp_path):
    ref = _case(post, tmp_path)
    rec = run_cli("consent", "record", "--user", "officer", ref, "--purpose", "referral", "--recipient",
                  "org-shelter", "--method", "verbal", "--category", "identity", "--category", "needs",
                  "--interpreter", "Pashto interpreter", "--json", data_dir=post.dir)
    assert rec.returncode == 0, rec.stderr
    consent_id = json.loads(rec.stdout)["consent_id"]
    listed = json.loads(run_cli("consent", "list", "--user", "officer", ref, "--json", data_dir=post.dir).stdout)
    mine = next(c for c in listed if c["id"] == consent_id)
    assert mine["recipient_id"] == "org-shelter" and mine["data_categories"] == ["identity", "needs"]
    assert mine["withdrawn_on"] is None
    wd = run_cli("consent", "withdraw", "--user", "officer", ref, consent_id, "--reason", "asked us to stop",
                 "--json", data_dir=post.dir)
    assert wd.returncode == 0, wd.stderr
    assert json.loads(wd.stdout)["withdrawn_on"]
    again = run_cli("consent", "withdraw", "--user", "officer", ref, consent_id, "--reason", "again", data_dir=post.dir)
    assert again.returncode == 1 and again.stderr.strip() == "This consent has already been withdrawn."


def test_role_rules_and_bad_input(post, tmp_path):
    ref = _case(post, tmp_path)
    admin = run_cli("consent", "record", "--user", "admin", ref, "--purpose", "referral", "--method", "written",
                    data_dir=post.dir)
    assert admin.returncode == 1 and "does not allow" in admin.stderr
    bad_org = run_cli("consent", "record", "--user", "officer", ref, "--purpose", "referral", "--recipient", "nope",
                      "--method", "written", data_dir=post.dir)
    assert bad_org.returncode == 1 and "Unknown organisation" in bad_org.stderr
    bad_date = run_cli("consent", "record", "--user", "officer", ref, "--purpose", "referral", "--method", "written",
                       "--given-on", "yesterday", data_dir=post.dir)
    assert bad_date.returncode == 2 and bad_date.stderr.strip() == "Give --given-on as YYYY-MM-DD."
    missing = run_cli("consent", "withdraw", "--user", "officer", ref, "no-such-id", "--reason", "x", data_dir=post.dir)
    assert missing.returncode == 1 and "There is no consent" in missing.stderr
