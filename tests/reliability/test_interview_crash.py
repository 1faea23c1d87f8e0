"""Killing the desktop process mid-interview and starting it again restores the interview exactly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from app.domain.model import Organisation
from app.services import screening_flow as sf
from app.services import users, vault
from app.services.screening_flow import sample
from app.storage import directory

WORKER = Path(__file__).with_name("interview_worker.py")
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Crash-test-pass-2026"
ORGS = (Organisation("org-cpu", "Child Protection Unit", ("child_protection", "family_tracing", "shelter")),
        Organisation("org-psy", "Sukoon Counselling", ("psychosocial", "medical")))


def start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "NRM_TEST_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, str(WORKER), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def make_post(data_dir: Path) -> None:
    vault.create_post(data_dir, post_code="ISB", post_name="Crash test", admin_username="admin",
                      admin_password=PASSWORD)
    with vault.unlock(data_dir, "admin", PASSWORD) as admin:
        users.add_user(admin, username="officer", role="officer", password=PASSWORD)
        with admin.transaction() as conn:
            for org in ORGS:
                directory.upsert(conn, org)


def test_sigkill_mid_interview_then_restart_restores_step_and_answers(tmp_path):
    make_post(tmp_path)
    proc = start("interview", str(tmp_path))
    try:
        line = proc.stdout.readline()
        assert line.startswith("READY "), proc.stderr.read() if proc.poll() is not None else line
        ready = json.loads(line.split(" ", 1)[1])
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    again = start("resume", str(tmp_path))
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    shown = json.loads(next(x for x in out.splitlines() if x.startswith("SHOWN ")).split(" ", 1)[1])
    assert shown["step"] == ready["step"] == "indicators/ilo2009-child-labour/A"
    typed = {"A01": True, "A02": False, "A04": True}
    answers = shown["answers"]  # a compound question is answered part by part (issue 11): one key per part
    assert {q: answers.get(q) for q in typed} == typed and all(v is None for q, v in answers.items() if q not in typed)
    assert all(any(k.startswith(f"A{n:02d}") for k in answers) for n in range(1, 11))
    assert len(shown["listed"]) == 1 and "Ayesha Bibi" in shown["listed"][0]
    assert shown["child_banner"]
    data = shown["data"]
    assert data["person"]["given_name"] == "Ayesha" and data["person"]["name_native"] == sample.PERSON["name_native"]
    assert data["encounter"]["place"] == sample.ENCOUNTER["place"]
    assert {k for k, v in data["prescreen"]["answers"].items() if v} == sample.PRESCREEN_YES
    assert data["lists"]["instruments"] == ["ilo2009-child-labour"]
    with vault.unlock(tmp_path, "officer", PASSWORD) as session:  # the service layer sees the same draft
        flow = sf.resume(session, ready["draft_id"])
        assert flow.step.key == ready["step"]
        assert flow.state["typing"][ready["step"]]["answers"]["A04"] is True
