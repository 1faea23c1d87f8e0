"""The one place that finds bundled resources, in a source tree, an installed package or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

# What ships from the top-level `resources/` folder (the only source of these files), by subfolder and file
# suffix. The wheel's build step (setup.py) copies exactly this into the `app` package as `app/_resources/`; the
# frozen build (pyinstaller.spec) copies it to `_internal/resources/`. Translators' .ts sources stay behind.
BUNDLED: dict[str, tuple[str, ...]] = {
    "instruments": (".json",),
    "schemas": (".json",),
    "standards": (".json",),
    "places": (".json",),
    "fonts": (".ttf", ".otf", ".txt"),
    "icons": (".png", ".svg", ".ico"),
    "translations": (".qm",),
    "training": (".json",),  # practice scenarios (docs/training.md)
}
PACKAGED = "_resources"  # the folder inside an installed `app` package


def resource_root() -> Path:
    """Folder holding `resources/` content: instruments, translations, fonts, icons, schemas."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    here = Path(__file__).resolve().parent
    packaged = here / PACKAGED
    return packaged if packaged.is_dir() else here.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. resource_path("instruments", "ilo-adult-labour.json")."""
    return resource_root().joinpath(*parts)


def require_resource(*parts: str) -> Path:
    """Path of a bundled file that must exist; MissingResource (exit 4) names it when the install lacks it."""
    path = resource_path(*parts)
    if not path.is_file():
        _missing(f"The file {'/'.join(parts)} is missing from this installation (looked for {path})")
    return path


def instruments_dir() -> Path:
    """The folder of screening instruments; MissingResource when it is absent or holds no instrument."""
    folder = resource_path("instruments")
    if not folder.is_dir() or not any(folder.glob("*.json")):
        _missing(f"The screening instruments are missing from this installation (looked in {folder})")
    return folder


def _missing(what: str) -> NoReturn:
    from app.domain.errors import MissingResource  # late: this module is read by setup.py outside the package

    raise MissingResource(f"{what}; reinstall NRM Desk.")


def migrations_dir() -> Path:
    """Folder of the numbered SQL migrations of the post store."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "app" / "storage" / "migrations"
    return Path(__file__).resolve().parent / "storage" / "migrations"


def is_frozen() -> bool:
    """True inside the PyInstaller build (dist/nrm-desk/), where resources live under sys._MEIPASS."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def package_version() -> str:
    """The version of the installed `nrm-desk` distribution (the build bundles its metadata), else app.__version__."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nrm-desk")
    except PackageNotFoundError:
        from app import __version__

        return __version__
