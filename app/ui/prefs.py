"""Per-computer preferences in QSettings, declared once with types and defaults: window geometry and language only."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app.ui.i18n import LANGUAGES


class Prefs:
    """Nothing personal and nothing secret is ever stored here (DESIGN.md §3)."""

    LANGUAGE = ("ui/language", "en")
    GEOMETRY = ("window/geometry", None)

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("NRM", "NRM Desk")

    @property
    def language(self) -> str:
        value = str(self._settings.value(*self.LANGUAGE))
        return value if value in LANGUAGES else self.LANGUAGE[1]

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(self.LANGUAGE[0], value if value in LANGUAGES else self.LANGUAGE[1])

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value(self.GEOMETRY[0])
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue(self.GEOMETRY[0], value)

    def sync(self) -> None:
        self._settings.sync()
