"""`make i18n`: extract the interface's strings into resources/translations/nrm_desk_ur.ts and compile every .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.resources import resource_path

SOURCE_ROOT = Path(__file__).resolve().parent
OWN_CATALOGUE = "nrm_desk_ur.ts"
EXCLUDED = ("screening",)  # app/ui/screening keeps its own catalogue (screening_ur.ts)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running environment, else from PATH."""
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6.")
    return found


def sources() -> list[Path]:
    return sorted(p for p in SOURCE_ROOT.rglob("*.py")
                  if not any(part in EXCLUDED for part in p.relative_to(SOURCE_ROOT).parts[:-1]))


def update(ts_file: Path, files: list[Path] | None = None) -> None:
    """Add new source strings to `ts_file` (translations already there are kept; vanished ones marked obsolete)."""
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *map(str, files or sources()),
                    "-ts", str(ts_file)], check=True)


def release(ts_file: Path, qm_file: Path | None = None) -> Path:
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", "-removeidentical", str(ts_file), "-qm", str(qm_file)], check=True)
    return qm_file


def main() -> int:
    folder = resource_path("translations")
    folder.mkdir(parents=True, exist_ok=True)
    update(folder / OWN_CATALOGUE)
    for ts_file in sorted(folder.glob("*.ts")):
        print(f"{ts_file.name} -> {release(ts_file).name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
