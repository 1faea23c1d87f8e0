"""The case-life commands as a post would script them: exit codes, --json, role rules."""

from __future__ import annotations

import json

from tests.caselife.conftest import make_case, office_reports
from tests.conftest import run_cli


def _json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_draft_decline_rerefer_follow_up_close_reopen_from_the_command_line(post):
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
    d = post.dir
    drafted = _json(run_cli("referral", "draft", "--user", "officer", "--case", ref, "--organisation", "org-shelter",
                            "--service", "shelter", "--service", "psychosocial", "--reason", "Safe place needed",
                            "--urgency", "urgent", "--json", data_dir=d))
    rid = drafted["id"]
    listed = {r["id"]: r for r in _json(run_cli("referral", "list", "--user", "officer", "--json", data_dir=d))}
    assert (listed[rid]["services"], listed[rid]["urgency"], listed[rid]["reason"]) == (
        ["shelter", "psychosocial"], "urgent", "Safe place needed")
    bad = run_cli("referral", "draft", "--user", "officer", "--case", ref, "--organisation", "org-nowhere",
                  "--service", "shelter", "--reason", "x", data_dir=d)
    assert bad.returncode == 1 and "Unknown organisation" in bad.stderr
    missing = run_cli("referral", "draft", "--user", "officer", "--case", "ISB-1999-000001", "--organisation",
                      "org-shelter", "--service", "shelter", "--reason", "x", data_dir=d)
    assert missing.returncode == 1 and "There is no case" in missing.stderr
    assert run_cli("referral", "submit", "--user", "officer", rid, data_dir=d).returncode == 0
    assert run_cli("referral", "approve", "--user", "supervisor", rid, data_dir=d).returncode == 0
    with post.unlock("supervisor") as sup:
        office_reports(sup, rid, [("received", ""), ("declined", "full")])

    again = _json(run_cli("referral", "rerefer", "--user", "officer", rid, "--organisation", "org-clinic",
                          "--reason", "Clinic can take her", "--json", data_dir=d))
    assert again["rereferral_of"] == rid
    early = run_cli("referral", "rerefer", "--user", "officer", again["id"], "--organisation", "org-shelter",
                    "--reason", "x", data_dir=d)
    assert early.returncode == 1 and "Only a declined referral" in early.stderr

    assert _json(run_cli("referral", "follow-up", "--user", "officer", again["id"], "--on", "2026-12-01", "--json",
                         data_dir=d))["follow_up_on"] == "2026-12-01"
    assert _json(run_cli("case", "follow-up", "--user", "officer", ref, "--on", "2026-12-05", "--json",
                         data_dir=d))["follow_up_on"] == "2026-12-05"
    bad_day = run_cli("case", "follow-up", "--user", "officer", ref, "--on", "tomorrow", data_dir=d)
    assert bad_day.returncode == 1 and "YYYY-MM-DD" in bad_day.stderr
    due = _json(run_cli("case", "due", "--user", "officer", "--today", "2026-12-05", "--json", data_dir=d))
    assert [(r["kind"], r["due"]) for r in due] == [("referral", "overdue"), ("case", "today")]
    assert run_cli("case", "due", "--user", "officer", "--today", "5 Dec", data_dir=d).returncode == 2

    asked = _json(run_cli("case", "close", "--user", "officer", ref, "--outcome", "assisted", "--json", data_dir=d))
    assert [c["status"] for c in asked["closures"]] == ["pending"]
    denied = run_cli("case", "close", "--user", "officer", ref, "--approve", data_dir=d)
    assert denied.returncode == 1 and "does not allow" in denied.stderr
    assert run_cli("case", "close", "--user", "officer", ref, data_dir=d).returncode == 2  # outcome or approve
    closed = _json(run_cli("case", "close", "--user", "supervisor", ref, "--approve", "--json", data_dir=d))
    assert [c["status"] for c in closed["closures"]] == ["approved"]
    assert _json(run_cli("case", "due", "--user", "officer", "--today", "2026-12-05", "--json", data_dir=d)) == []
    no_reason = run_cli("case", "reopen", "--user", "officer", ref, "--reason", "", data_dir=d)
    assert no_reason.returncode == 1
    reopened = _json(run_cli("case", "reopen", "--user", "officer", ref, "--reason", "New threat", "--json",
                             data_dir=d))
    assert reopened["status"] == "referred"
    admin = run_cli("case", "close", "--user", "admin", ref, "--outcome", "assisted", data_dir=d)
    assert admin.returncode == 1  # the post admin does not read or close case files


def test_the_command_lines_choices_are_the_vocabularies():
    """The CLI spells its choices out (it imports nothing heavy at start); they must stay the one list's."""
    from app.cli import caselife_cmds
    from app.domain import picklists

    assert caselife_cmds.OUTCOMES == picklists.CLOSURE_OUTCOMES
    assert caselife_cmds.KINDS == picklists.ATTACHMENT_KINDS
    assert caselife_cmds.URGENCIES == picklists.URGENCIES
