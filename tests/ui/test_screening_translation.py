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
    for (context, source), text in list(shipped.items())[::7]:
        if text != source:  # identical ones are left out of the .qm (lrelease -removeidentical)
            assert translator.translate(context, source) == text
    assert translator.translate("ScreeningWizard", "Next") == "آگے"


def test_the_engines_reasons_are_shown_in_urdu(qapp):
    from PySide6.QtCore import QCoreApplication

    from app.ui.screening.reasons import reason_text

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        reasons = ["combination rule met on ilo2009-child-labour", "ilo2009-adult-labour: dimension(s) A, D positive, "
                   "rule not met", "ilo2009-adult-labour: strong indicator(s) A01 present", "nothing screened yet",
                   "child: child-specific procedures apply", "immediate needs: pregnancy, severe_distress",
                   "risk factors outweigh protective factors by 4", "smuggling reported",
                   "no trafficking indicators or vulnerability factors recorded"]
        shown = [reason_text(r) for r in reasons]
        assert all(not any("a" <= c <= "z" for c in s.replace("ilo2009-child-labour", "")
                           .replace("ilo2009-adult-labour", "")) for s in shown), shown
        assert "حمل" in shown[5] and "4" in shown[6]
        assert reason_text("a sentence the engine may add later").endswith("later\u2069")
    finally:
        QCoreApplication.removeTranslator(translator)
