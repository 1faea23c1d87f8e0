"""Issue 17 item 2: Argon2id runs in a short-lived child; the password never travels in argv or the environment."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.crypto import kdf_child, primitives
from app.crypto.primitives import KdfParams
from tests.conftest import ROOT

SECRET = "a password only the pipe carries"
PARAMS = KdfParams(8 * 1024, 1, 1, bytes(range(16)))


def test_the_child_derives_the_same_key_as_argon2id_here(monkeypatch):
    seen = []
    real_run = subprocess.run

    def run(cmd, **kw):
        seen.append((list(cmd), dict(kw.get("env") or {}), kw.get("input")))
        return real_run(cmd, **kw)

    monkeypatch.setattr(subprocess, "run", run)
    before = kdf_child.children_started
    key = primitives.derive_password_key(SECRET, PARAMS)
    assert key == primitives.argon2id(SECRET.encode(), PARAMS) and len(key) == 32
    assert kdf_child.children_started == before + 1
    (cmd, env, stdin), = seen
    assert all(SECRET not in part for part in cmd)
    assert all(SECRET not in value for value in env.values()) and not any(k.startswith("NRM_DESK_") for k in env)
    assert SECRET.encode().hex().encode() in stdin  # it went over the pipe


def test_the_entry_point_answers_the_frozen_builds_child_flag():
    """What a frozen build runs: the executable's own entry point with the flag (here `python -m app`)."""
    request = json.dumps({"m": PARAMS.memory_kib, "t": PARAMS.iterations, "p": PARAMS.lanes,
                          "salt": PARAMS.salt.hex(), "secret": SECRET.encode().hex()}).encode()
    done = subprocess.run([sys.executable, "-m", "app", kdf_child.CHILD_FLAG], input=request, capture_output=True,
                          cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == primitives.argon2id(SECRET.encode(), PARAMS)


def test_a_child_that_dies_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(kdf_child, "_command", lambda: [sys.executable, "-c", "import os; os._exit(9)"])
    with pytest.raises(kdf_child.KdfChildFailed, match="helper process ended early"):
        primitives.derive_password_key(SECRET, PARAMS)
