"""A practice post made once per session by the real service, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, Post

TRAINEES = ("amina", "bilal")


@pytest.fixture(scope="session")
def practice_template(tmp_path_factory) -> Path:
    from app.services import training

    folder = tmp_path_factory.mktemp("practice") / "post"
    training.create_practice_post(folder, password=PASSWORD, trainees=TRAINEES)
    return folder


@pytest.fixture
def practice(practice_template, tmp_path) -> Post:
    """A fresh copy of a practice post: trainer (admin), coach (supervisor), amina and bilal (officers)."""
    target = tmp_path / "practice"
    shutil.copytree(practice_template, target)
    return Post(target)
