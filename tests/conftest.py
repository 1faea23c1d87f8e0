"""Shared test settings and fixtures: offscreen Qt, and a prepared post vault copied per test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "test-pass-8472-x"  # generated per run would not help: the vaults live in tmp dirs only
USERS = {"admin": "admin", "supervisor": "supervisor", "supervisor2": "supervisor", "officer": "officer"}


@dataclass
class Post:
    dir: Path
    password: str = PASSWORD

    def unlock(self, user: str):
        from app.services import vault

        return vault.unlock(self.dir, user, self.password, sleep=lambda _s: None)


def _build_template(folder: Path) -> None:
    from app.domain.model import Organisation
    from app.services import cases, users, vault

    vault.create_post(folder, post_code="ISB", post_name="AHTC Islamabad (test)", admin_username="admin",
                      admin_password=PASSWORD)
    with vault.unlock(folder, "admin", PASSWORD) as admin:
        for name, role in USERS.items():
            if name != "admin":
                users.add_user(admin, username=name, role=role, password=PASSWORD)
        cases.directory_save(admin, Organisation(id="org-shelter", name="Roshni Shelter (test)",
                                                 services=("shelter", "psychosocial"), area="Islamabad"))
        cases.directory_save(admin, Organisation(id="org-clinic", name="City Clinic (test)",
                                                 services=("medical",), area="Rawalpindi"))


@pytest.fixture(scope="session")
def post_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "post"
    _build_template(folder)
    return folder


@pytest.fixture
def post(post_template, tmp_path) -> Post:
    """A fresh copy of a post with users admin, supervisor, supervisor2, officer (same password)."""
    target = tmp_path / "post"
    shutil.copytree(post_template, target)
    return Post(target)


def run_cli(*args: str, data_dir: Path | None = None, password: str | None = PASSWORD,
            new_password: str | None = None, env: dict | None = None, timeout: float = 120):
    """Run `nrm-desk` as a real process; returns CompletedProcess with text output."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NRM_DESK_")}
    if password is not None:
        full_env["NRM_DESK_PASSWORD"] = password
    if new_password is not None:
        full_env["NRM_DESK_NEW_PASSWORD"] = new_password
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "app"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run([*cmd, *args], cwd=ROOT, env=full_env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


AMINA = {
    "format": "nrm-desk/cases@1",
    "cases": [{
        "person": {"given_name": "Amina", "family_name": "Bibi", "name_native": "آمنہ بی بی",
                   "aliases": ["Ameena"], "sex": "female", "date_of_birth": "2008-03-01",
                   "nationality": "AF", "languages": ["ps", "ur"],
                   "documents": [{"type": "passport", "number": "P1234567"}]},
        "encounter": {"date": "2026-11-20", "place": "Torkham border crossing", "circumstance": "interception"},
        "notes": "Travelling with two other girls and an adult man who held their passports.",
    }],
}
