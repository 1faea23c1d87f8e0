"""The frozen build's layout, checked without building it: what app.resources looks up is what the spec bundles."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.resources import is_frozen, migrations_dir, package_version, resource_path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "pyinstaller.spec"


def _looked_up_folders() -> set[str]:
    """First argument of every resource_path("folder", ...) call in the client."""
    folders = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("resource_path", "require_resource")
                    and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                folders.add(node.args[0].value)
    return folders


def _bundled_folders() -> set[str]:
    """The folders the spec bundles: written out in it, or app.resources.BUNDLED when it loops over that list."""
    spec = SPEC.read_text(encoding="utf-8")
    if re.search(r"^from app\.resources import BUNDLED\b", spec, re.M) and re.search(
            r'for folder, suffixes in BUNDLED\.items\(\):\s*\n\s*datas \+= _tree\("resources", folder', spec):
        from app.resources import BUNDLED

        return set(BUNDLED)
    folders = set(re.findall(r'_tree\("resources", "([a-z_]+)"', spec))
    loop = re.search(r'for folder in \(([^)]*)\):\s*\n\s*datas \+= _tree\("resources", folder', spec)
    if loop:
        folders |= set(re.findall(r'"([a-z_]+)"', loop.group(1)))
    return folders


def test_every_resource_folder_the_client_reads_is_bundled() -> None:
    looked_up = _looked_up_folders()
    assert {"instruments", "fonts", "translations"} <= looked_up
    assert looked_up <= _bundled_folders(), f"add to pyinstaller.spec: {sorted(looked_up - _bundled_folders())}"


def test_frozen_lookups_point_into_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert is_frozen()
    assert resource_path("fonts", "OFL.txt") == tmp_path / "resources" / "fonts" / "OFL.txt"
    assert migrations_dir() == tmp_path / "app" / "storage" / "migrations"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'dest=os.path.join("app", "storage", "migrations")' in spec
    assert 'RESOURCES = os.path.join("resources")' in spec


def test_unfrozen_lookups_use_the_source_tree() -> None:
    assert not is_frozen()
    assert resource_path("instruments").is_dir()
    assert sorted(p.name for p in migrations_dir().glob("*.sql"))[0].startswith("001_")


def test_version_comes_from_the_package_metadata() -> None:
    assert package_version() == __version__


def test_frozen_check_script_parses() -> None:
    script = ROOT / "tests" / "frozen" / "check_frozen.sh"
    assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
