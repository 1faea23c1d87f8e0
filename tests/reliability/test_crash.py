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
from app.services import users
from app.storage import db, vaultkeys
from app.storage.db import WrongKeyOrDamaged
from tests.conftest import PASSWORD, ROOT
from tests.reliability.vault_worker import PHASES

WORKER = Path(__file__).with_name("vault_worker.py")


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "NRM_TEST_PASSWORD": PASSWORD}
    return subprocess.Popen([sys.executable, str(WORKER), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _dmk(post) -> bytes:
    with post.unlock("admin") as s:
        return s.dmk


def _officer_listed_removed(post) -> bool:
    with post.unlock("admin") as admin:
        officer = next(u for u in users.list_users(admin) if u.username == "officer")
        return not officer.active


def _removal_holds(post, old_dmk: bytes) -> None:
    """The officer is listed removed, and neither their password, nor the store key they knew, opens the store;
    everyone left opens it under one new key, with nothing left half-done."""
    assert _officer_listed_removed(post)
    with pytest.raises(AuthenticationFailed):
        post.unlock("officer").close()
    with pytest.raises(WrongKeyOrDamaged):
        db.open_store(post.dir / "post.db", old_dmk)
    keys = set()
    for name in ("admin", "supervisor", "supervisor2"):
        with post.unlock(name) as s:
            assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert not vaultkeys.pending_removals(s.db)
            assert not s.keystore.has_pending_rekey()
            keys.add(s.dmk)
    assert len(keys) == 1 and keys != {old_dmk}
    assert not (post.dir / "post.db.rekey").exists()


# Who unlocks first after the kill alternates over the phases: the admin, or the removed officer themselves.
@pytest.mark.parametrize(("phase", "first"), [(p, ("officer", "admin")[i % 2]) for i, p in enumerate(PHASES)])
def test_sigkill_at_each_phase_of_a_removal_completes_it_at_the_next_unlock(post, phase, first):
    old = _dmk(post)
    proc = _start("rekey", str(post.dir), phase)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -9, err
    if first == "officer":  # the removed officer is first to try: the removal completes, and they are refused
        with pytest.raises(AuthenticationFailed):
            post.unlock("officer").close()
    _removal_holds(post, old)
    with post.unlock("admin") as s:
        actions = [r[0] for r in s.db.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert actions.count("user.remove") == 1 and actions.count("user.remove.rekeyed") == 1


def test_sigkill_at_random_moments_of_a_removal(post):
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    outcomes = set()
    old = _dmk(post)
    for _ in range(6):
        proc = _start("rekey", str(post.dir), "none")
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.25))  # pacing of the kill, not an assertion on time
        proc.kill()
        proc.communicate(timeout=30)
        if _officer_listed_removed(post):
            _removal_holds(post, old)  # never "removed" in the list while the key still opens the store
            outcomes.add("removed")
            break
        with post.unlock("officer"):
            outcomes.add("not started")  # killed before the removal was recorded: nothing changed
    assert outcomes <= {"removed", "not started"}


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
