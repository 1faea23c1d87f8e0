"""`nrm-desk decision list|approve|return` as real processes on a real SQLCipher post: queue, role rules, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.model import Organisation
from app.services import screening_flow as sf
from app.services import users, vault
from app.services.screening_flow import sample
from app.storage import audit, directory

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-battery-9"
TODAY = dt.date(2026, 11, 28)
ADULT = {**sample.PERSON, "given_name": "Rashid", "sex": "male", "estimated_age": 34}


def screen_out(root: Path, username: str) -> str:
    """An adult classified as no protection concern, with no referral: one pending review; its case id."""
    with vault.unlock(root, username, PASSWORD) as session:
        flow = sf.start(session, today=TODAY)
        override = {"person": ADULT, "prescreen": {"answers": {"P01": False, "P02": True}},
                    "classification": {"code": "no_protection_concern", "reason": "Travelling for work, no concern."},
                    "consent": {"declined": True}, "needs": {"needs": []}, "referrals": {"referrals": []}}
        page = sf.page_of(flow)
        while page.step.kind != "review":
            page = sf.advance(session, flow, override.get(page.step.kind) or sample.answer_for(page))
        return sf.finish(session, flow)[0]


@pytest.fixture(scope="module")
def post(tmp_path_factory):
    root = tmp_path_factory.mktemp("post")
    vault.create_post(root, post_code="ISB", post_name="Test post", admin_username="admin", admin_password=PASSWORD)
    with vault.unlock(root, "admin", PASSWORD) as admin:
        for name, role in (("officer", "officer"), ("sup1", "supervisor"), ("sup2", "supervisor")):
            users.add_user(admin, username=name, role=role, password=PASSWORD)
        with admin.transaction() as conn:
            directory.upsert(conn, Organisation("org-psy", "Sukoon Counselling", ("psychosocial", "medical")))
    return root


def nrm(root: Path, *argv: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NRM_DESK_DATA": str(root), "NRM_DESK_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "app", *argv], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def listed(root: Path, user: str, *extra: str) -> list[dict]:
    proc = nrm(root, "decision", "list", "--user", user, "--json", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_the_queue_approve_and_return_through_the_command_line(post):
    officers_case = screen_out(post, "officer")
    sup1_case = screen_out(post, "sup1")
    queue = listed(post, "sup1")
    mine = [r for r in queue if r["case_id"] == sup1_case]
    assert mine == []  # a supervisor's own decision never shows in their queue
    review = next(r for r in queue if r["case_id"] == officers_case)
    assert review["status"] == "pending" and review["classification"] == "no_protection_concern"
    assert review["engine_reasons"] and "override" in review and review["is_child"] is False
    text = nrm(post, "decision", "list", "--user", "sup1")
    assert review["id"] in text.stdout and "no_protection_concern" in text.stdout

    own = next(r for r in listed(post, "sup2") if r["case_id"] == sup1_case)
    refused = nrm(post, "decision", "approve", "--user", "sup1", own["id"])
    assert refused.returncode == 1 and "your own decision" in refused.stderr and "Traceback" not in refused.stderr
    by_officer = nrm(post, "decision", "approve", "--user", "officer", review["id"])
    assert by_officer.returncode == 1 and "does not allow" in by_officer.stderr
    assert nrm(post, "decision", "return", "--user", "sup1", review["id"], "--note", " ").returncode == 1
    assert nrm(post, "decision", "return", "--user", "sup1", review["id"]).returncode == 2  # --note is required
    wrong = nrm(post, "decision", "approve", "--user", "sup1", review["id"], password="not-the-password-1")
    assert wrong.returncode == 3

    done = nrm(post, "decision", "approve", "--user", "sup1", review["id"], "--note", "Agreed.", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "approved"
    back = nrm(post, "decision", "return", "--user", "sup2", own["id"], "--note", "Ask about the recruiter.")
    assert back.returncode == 0 and "returned" in back.stderr
    again = nrm(post, "decision", "approve", "--user", "sup2", own["id"])
    assert again.returncode == 1 and "already reviewed" in again.stderr
    missing = nrm(post, "decision", "approve", "--user", "sup2", "no-such-review")
    assert missing.returncode == 1 and "no decision review" in missing.stderr

    assert [r["id"] for r in listed(post, "officer", "--status", "approved")] == [review["id"]]
    assert [r["review_note"] for r in listed(post, "officer", "--status", "returned")] == ["Ask about the recruiter."]
    assert listed(post, "officer") == []  # nothing pending any more
    with vault.unlock(post, "sup1", PASSWORD) as session:
        actions = [e["action"] for e in audit.entries_for_object(session.db, [review["id"], own["id"]])]
        assert audit.verify(session.db).ok
    assert actions.count("decision.review.open") == 2
    assert actions.count("decision.review.approve") == 1 and actions.count("decision.review.return") == 1
