"""Languages of the interface: bundled fonts, Qt translators, right-to-left layout for Urdu, pseudo-locale."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from app.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("en", "ur")
# Nastaliq is the script's preferred style, but its tall ascenders and descenders clip inside line edits,
# table rows and buttons sized by Qt's metrics; Naskh reads naturally to Urdu readers and fits widgets.
UI_FAMILIES = {"en": ["Noto Sans", "Noto Naskh Arabic"], "ur": ["Noto Naskh Arabic", "Noto Sans"]}
# Nastaliq is not registered for the interface (the letters embed it themselves): it is large and unused here.
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
PSEUDO_ENV = "NRM_DESK_PSEUDO"

_fonts_loaded = False
_installed: list[QTranslator] = []


def load_fonts() -> None:
    """Register the vendored Noto fonts once per process (missing files are logged, not fatal)."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if not path.exists() or QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("font %s could not be loaded", name)
    _fonts_loaded = True


class PseudoTranslator(QTranslator):
    """Stretches every string by ~40% and wraps it in brackets, so clipped or untranslated text shows up."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        pad = "·" * max(2, len(source) * 2 // 5)
        return f"[{source}{pad}]"

    def isEmpty(self) -> bool:  # noqa: N802 — Qt's name
        return False


class CatalogueTranslator(QTranslator):
    """A compiled catalogue that also answers from the empty context: lupdate files strings marked through a
    module-level `tr()` helper (as app/ui/sync_*.py do) under no context, while the code asks with its own."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null QString) tells Qt to ask the next catalogue; "" would be taken as the translation.
        found = super().translate(context, source, disambiguation, n) or super().translate("", source, disambiguation, n)
        return found or None


def translation_files(language: str) -> list[str]:
    """Every compiled catalogue for `language` (nrm_desk_ur.qm, screening_ur.qm, ...)."""
    folder = resource_path("translations")
    return sorted(str(p) for p in folder.glob(f"*_{language}.qm")) if folder.exists() else []


def apply_language(language: str) -> None:
    """Install the translators, the font and the layout direction of `language` for the whole app."""
    app = QCoreApplication.instance()
    assert app is not None
    while _installed:
        app.removeTranslator(_installed.pop())
    if language not in LANGUAGES:
        language = "en"
    if language == "ur":
        for path in translation_files("ur"):
            translator = CatalogueTranslator(app)
            if translator.load(path):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("translation %s could not be loaded", os.path.basename(path))
    if os.environ.get(PSEUDO_ENV) == "1":
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
    QLocale.setDefault(QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan) if language == "ur"
                       else QLocale(QLocale.Language.English, QLocale.Country.Pakistan))
    if isinstance(app, QGuiApplication):
        load_fonts()
        font = QFont(app.font())
        font.setFamilies(UI_FAMILIES[language])
        font.setPointSizeF(10.5 if language == "ur" else 10.0)
        app.setFont(font)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ur" else Qt.LayoutDirection.LeftToRight)
