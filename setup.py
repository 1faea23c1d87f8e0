"""Build step of the wheel: copies the top-level resources/ folder into the app package (app/_resources/).

Everything else about the package is declared in pyproject.toml. The list of what ships is app.resources.BUNDLED,
shared with pyinstaller.spec, so the wheel, the frozen build and the source tree read the same files.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _bundled() -> tuple[dict[str, tuple[str, ...]], str]:
    """app.resources.BUNDLED and PACKAGED, read without importing the app package."""
    spec = importlib.util.spec_from_file_location("_nrm_resources", ROOT / "app" / "resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BUNDLED, module.PACKAGED


class BuildWithResources(build_py):
    """build_py, then resources/<folder>/*<suffix> → <build>/app/_resources/<folder>/."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in the checkout itself
        bundled, packaged = _bundled()
        target = Path(self.build_lib) / "app" / packaged
        for folder, suffixes in bundled.items():
            files = sorted(p for p in (ROOT / "resources" / folder).glob("*") if p.is_file() and p.name.endswith(suffixes))
            if not files:
                raise SystemExit(f"nothing to package in resources/{folder}")
            (target / folder).mkdir(parents=True, exist_ok=True)
            for path in files:
                shutil.copyfile(path, target / folder / path.name)


setup(cmdclass={"build_py": BuildWithResources})
