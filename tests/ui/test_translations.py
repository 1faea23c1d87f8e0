"""The Urdu translation is complete and compiled: no unfinished string in any catalogue, no stale .qm, no new source
string missing from nrm_desk_ur.ts, and Urdu turns the interface right-to-left."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from app.ui import i18n_build
from app.ui.i18n import apply_language

FOLDER = resource_path("translations")
CATALOGUES = sorted(FOLDER.glob("*.ts"))


def unfinished(ts_file: Path) -> list[str]:
    """Sources of live messages whose Urdu is missing, empty or marked unfinished."""
    bad = []
    for message in ET.parse(ts_file).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            continue
        forms = translation.findall("numerusform") if translation is not None else []
        texts = [f.text for f in forms] if forms else [translation.text if translation is not None else None]
        if kind == "unfinished" or not all(t and t.strip() for t in texts):
            bad.append(f"{message.get('numerus') and '[plural] ' or ''}{source!r}")
    return bad


def test_there_are_catalogues():
    assert FOLDER / "nrm_desk_ur.ts" in CATALOGUES


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=lambda p: p.name)
def test_every_string_is_translated(ts_file):
    missing = unfinished(ts_file)
    assert not missing, f"{ts_file.name}: {len(missing)} string(s) without Urdu:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_is_current(ts_file, tmp_path):
    shipped = ts_file.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run `make i18n` and commit it"
    fresh = i18n_build.release(ts_file, tmp_path / shipped.name)
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: run `make i18n` and commit it"


def test_catalogue_has_every_string_of_the_interface(tmp_path):
    """lupdate over app/ui into a copy must find nothing new to translate."""
    copy = tmp_path / "nrm_desk_ur.ts"
    shutil.copy(FOLDER / "nrm_desk_ur.ts", copy)
    i18n_build.update(copy)
    missing = unfinished(copy)
    assert not missing, "strings in app/ui not yet in nrm_desk_ur.ts (run `make i18n`, translate):\n" + "\n".join(missing)


def test_urdu_is_right_to_left_and_translated(qapp):
    try:
        apply_language("ur")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("Labels", "Presumed victim of trafficking") != "Presumed victim of trafficking"
        assert "Noto Naskh Arabic" in QApplication.font().families()
    finally:
        apply_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("Labels", "Open") == "Open"


def test_strings_marked_through_a_helper_are_translated_too(qapp):
    """Sync screens mark strings with a module-level tr(); lupdate files them under no context."""
    try:
        apply_language("ur")
        assert QCoreApplication.translate("SyncStatus", "Not connected to an office") != "Not connected to an office"
    finally:
        apply_language("en")


def test_every_catalogue_is_consulted(qapp):
    """With several catalogues installed, a string only one of them has is still translated."""
    try:
        apply_language("ur")
        for context, source in (("Labels", "Officer"), ("MainWindow", "Lock")):
            assert QCoreApplication.translate(context, source) not in ("", source)
        assert QCoreApplication.translate("Nowhere", "Not a catalogued string") == "Not a catalogued string"
    finally:
        apply_language("en")
