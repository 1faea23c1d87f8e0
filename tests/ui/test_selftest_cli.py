"""`nrm-desk self-test` runs the real windows offscreen and exits 0 with a screenshot of each main screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_passes_in_urdu_and_saves_screenshots(tmp_path):
    shots = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "app", "self-test", "--language", "ur", "--screenshots", str(shots)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL" not in done.stdout
    names = {p.name.split("-", 2)[-1] for p in shots.glob("ur-*.png") if "screening" not in p.name}
    assert {"first-run.png", "users.png", "directory.png", "settings.png", "cases.png", "case-person.png",
            "case-referrals.png", "approval-queue.png", "decision-queue.png", "case-decision-returned.png",
            "unlock.png"} <= names
