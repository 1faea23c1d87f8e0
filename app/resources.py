"""The one place that finds bundled resources, in a source tree, an installed package or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """Folder holding `resources/` content: instruments, translations, fonts, icons, schemas."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. resource_path("instruments", "ilo-adult-labour.json")."""
    return resource_root().joinpath(*parts)


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
