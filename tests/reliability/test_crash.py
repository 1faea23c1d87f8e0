"""Crash safety: SIGKILL during a rekey and during case writes never leaves a store that will not open."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.errors import AuthenticationFailed
from tests.conftest import PASSWORD, ROOT

WORKER = Path(__file__).with_name("vault_worker.py")


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "NRM_TEST_PASSWORD": PASSWORD}
    return subprocess.Popen([sys.executable, str(WORKER), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _dmk(post) -> bytes:
    with post.unlock("admin") as s:
        return s.dmk


def _opens_for_everyone_left(post, old_dmk: bytes, *, killed_before_start: bool = False) -> str:
    """Everyone left opens the store, under the old key or the new one; the removed officer never gets in."""
    keys = set()
    for name in ("admin", "supervisor", "supervisor2"):
        with post.unlock(name) as s:
            assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            keys.add(s.dmk)
    assert len(keys) == 1
    outcome = "old key" if keys == {old_dmk} else "new key"
    try:
        post.unlock("officer").close()
    except AuthenticationFailed:
        return outcome  # deactivated before the rekey began, then its slot is gone
    assert killed_before_start and outcome == "old key", "the removed officer still gets in"
    return "not started"


@pytest.mark.parametrize("phase", ["after_export", "mid_stage", "after_swap"])
def test_sigkill_at_each_phase_of_a_rekey(post, phase):
    old = _dmk(post)
    proc = _start("rekey", str(post.dir), phase)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -9, err
    outcome = _opens_for_everyone_left(post, old)
    assert outcome == ("new key" if phase == "after_swap" else "old key")
    assert not (post.dir / "post.db.rekey").exists()


def test_sigkill_at_random_moments_of_a_rekey(post):
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    outcomes = set()
    old = _dmk(post)
    for _ in range(6):
        proc = _start("rekey", str(post.dir), "none")
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.25))  # pacing of the kill, not an assertion on time
        proc.kill()
        proc.communicate(timeout=30)
        outcomes.add(_opens_for_everyone_left(post, old, killed_before_start=True))
        if "new key" in outcomes:
            break
    assert outcomes <= {"new key", "old key", "not started"}


def test_sigkill_during_1000_case_writes_loses_no_committed_case(post):
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    committed: list[str] = []
    total = 1000
    while len(committed) < total:
        proc = _start("write", str(post.dir), str(total - len(committed)))
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        stop_after = rng.randint(1, 400)
        for _ in range(stop_after):
            line = proc.stdout.readline().strip()
            if not line:
                break
            committed.append(line)
        proc.kill()
        rest, _ = proc.communicate(timeout=30)
        committed.extend(x for x in rest.split() if x)  # printed after commit, before the kill landed
        with post.unlock("officer") as s:
            assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {r[0] for r in s.db.execute("SELECT reference FROM cases")}
        missing = set(committed) - stored
        assert not missing, f"committed cases lost after SIGKILL: {sorted(missing)[:5]}"
    assert len(set(committed)) == len(committed) >= total
