"""Every string of the screening wizard has an Urdu translation, and the shipped .qm carries them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "screening_ur.ts"
QM = TS.with_suffix(".qm")


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            out[(name, message.findtext("source"))] = translation.text if done else None
    return out


def test_every_source_string_is_in_the_catalogue_and_translated(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui" / "screening").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    shipped = messages(TS)
    assert wanted, "lupdate found no strings"
    assert wanted <= set(shipped), f"not in screening_ur.ts: {sorted(wanted - set(shipped))[:5]}"
    untranslated = [key for key in wanted if not shipped[key]]
    assert not untranslated, f"untranslated: {untranslated[:5]}"


def test_the_compiled_catalogue_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    shipped = messages(TS)
    for (context, source), text in list(shipped.items())[::17]:
        assert translator.translate(context, source) == text
    assert translator.translate("ScreeningWizard", "Next") == "آگے"
