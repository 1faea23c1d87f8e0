"""Bundled resources: found in the source tree; a missing instrument or font is exit 4 with a sentence."""

from __future__ import annotations

import shutil
import sys

import pytest

from app.cli import main
from app.domain.errors import MissingResource
from app.resources import BUNDLED, instruments_dir, require_resource, resource_root


def test_every_bundled_folder_has_its_files():
    for folder, suffixes in BUNDLED.items():
        assert [p for p in (resource_root() / folder).iterdir() if p.name.endswith(suffixes)], folder


@pytest.fixture
def damaged_install(tmp_path, monkeypatch):
    """A frozen-style install (sys._MEIPASS) whose resources folder lost its instruments and one font."""
    shutil.copytree(resource_root(), tmp_path / "resources")
    shutil.rmtree(tmp_path / "resources" / "instruments")
    (tmp_path / "resources" / "instruments").mkdir()
    (tmp_path / "resources" / "fonts" / "NotoSans-Regular.ttf").unlink()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path / "resources"


def test_missing_instruments_are_exit_4_not_an_empty_list(damaged_install, capsys):
    code = main(["screening", "instrument", "--json"])
    out, err = capsys.readouterr()
    assert code == 4 and out == ""
    assert err.startswith("The screening instruments are missing from this installation") and err.count("\n") == 1
    with pytest.raises(MissingResource):
        instruments_dir()


def test_missing_font_names_the_file(damaged_install):
    from app.letters import fonts

    with pytest.raises(MissingResource, match="fonts/NotoSans-Regular.ttf is missing"):
        fonts.register.__wrapped__()
    assert require_resource("fonts", "NotoSans-Bold.ttf").is_file()
