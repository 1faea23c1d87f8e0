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


def engine_reasons() -> list[str]:
    """Every form of reason the real engine writes, from real instruments and answers."""
    from app.domain.screening import (
        assess_vulnerability,
        evaluate,
        evaluate_several,
        load_instruments,
        suggest_classification,
    )
    from app.domain.screening.child_rule import protective_rule

    lists = load_instruments(ROOT / "resources" / "instruments")
    vul, adult, child, sexual = (lists[k] for k in ("iom-domv-vulnerability", "ilo2009-adult-labour",
                                                     "ilo2009-child-labour", "ilo2009-child-sexual"))
    no = {i.id: False for i in vul.items}
    yes = {**no, "SMG_PAID_CROSSING": True, "IND_LITERACY": True, "IMM_PREGNANCY": True}
    half = {i.id: (False if n % 3 == 0 else None) for n, i in enumerate(vul.items)}
    cases = [
        (evaluate(adult, ["A01", "A02", "B01", "B02", "D01", "D02", "E01", "E02"], age=30), assess_vulnerability(vul, no), {}),
        (evaluate(child, ["A01", "A02", "D01", "D02"], age=14), None, {}),
        (evaluate(child, ["D01", "D02"], age=14), assess_vulnerability(vul, no), {"act": "unknown"}),
        (evaluate_several([(child, []), (sexual, ["D90"])], age=15), None, {"act": None}),
        (evaluate(adult, ["C06", "C09", "D02"], age=30), assess_vulnerability(vul, yes), {}),
        (evaluate(adult, ["A01", "D01", "D02"], age=30), assess_vulnerability(vul, half), {}),
        (None, assess_vulnerability(vul, yes), {}),
        (None, None, {}),
        (evaluate(adult, [], age=30), assess_vulnerability(vul, half), {}),
        (evaluate(adult, [], age=30), assess_vulnerability(vul, no), {}),
        (evaluate(adult, [], age=30), None, {"vulnerability_answers": {"SMG_PAID_CROSSING": "yes"}}),
        (evaluate(adult, [], age=30), None, {"indicator_answers": {"ilo2009-adult-labour": {"A01": "not_asked"}}}),
    ]
    reasons = []
    for screening, vulnerability, extra in cases:
        reasons += suggest_classification(screening, vulnerability, **extra).reasons
    reasons.append(protective_rule([evaluate(child, ["A01"], age=12)], act="no").reason())
    return reasons


def test_every_reason_the_engine_writes_is_shown_in_urdu_without_codes(qapp):
    """Each sentence the engine writes (ids, patterns and formulas included) reads in Urdu with no Latin letter."""
    import re

    from PySide6.QtCore import QCoreApplication, Qt

    from app.ui.screening.reasons import pattern_text, reason_text, requirement_text

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the Urdu interface (names come from the instruments)
    try:
        reasons = engine_reasons()
        assert len(reasons) >= 15
        shown = {reason: reason_text(reason) for reason in reasons}
        latin = {r: s for r, s in shown.items() if re.search("[A-Za-z]", s)}
        assert latin == {}
        assert "قوی" not in pattern_text("1S+1M") and pattern_text("1S+1M") == "1 مضبوط + 1 درمیانہ"
        assert requirement_text("(A or B or C) and D") == "الف، ب یا ج میں سے کوئی ایک؛ اور د"
        assert reason_text("a sentence the engine may add later").endswith("later\u2069")
    finally:
        QCoreApplication.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
