"""What every page of the interview offers the wizard: its values, an `edited` signal, focusing a field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.services.screening_flow import Page


class StepPage(QWidget):
    """A rendered step; it keeps no rules, only widgets and their values."""

    edited = Signal()

    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.language = language
        self.fields: dict[str, QWidget] = {}
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(4, 4, 4, 4)
        self.box.setSpacing(10)

    def values(self) -> dict[str, Any]:
        return {}

    def focus_path(self, path: str) -> None:
        """Move the keyboard focus to the field an error names (or the nearest one we know)."""
        while path:
            if path in self.fields:
                self.fields[path].setFocus(Qt.FocusReason.OtherFocusReason)
                return
            path = path.rpartition(".")[0] if "." in path else path.partition("[")[0] if "[" in path else ""
        self.focusNextChild()

    def note(self, text: str, *, kind: str = "info") -> QLabel:
        """A wrapped explanatory line; kind info | warning | child."""
        label = QLabel(paragraph(text, self.language))
        label.setWordWrap(True)
        label.setObjectName(f"note_{kind}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
        if kind != "info":
            label.setFrameShape(QFrame.Shape.StyledPanel)
            colour = "#fff4ce" if kind == "warning" else "#fde7e9"
            label.setStyleSheet(f"QLabel {{ background: {colour}; color: #201f1e; padding: 6px; }}")
        self.box.addWidget(label)
        return label

    def heading(self, text: str) -> QLabel:
        label = QLabel(paragraph(text, self.language))
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        self.box.addWidget(label)
        return label


def text_in(texts: dict[str, str] | Any, language: str) -> str:
    """An instrument text in `language`, else English."""
    return str(texts.get(language) or texts.get("en") or "")


def paragraph(text: str, language: str) -> str:
    """Start an Urdu paragraph with a right-to-left mark, so a leading Latin word does not flip its direction."""
    return "\u200f" + text if language == "ur" else text


def isolate(text: str) -> str:
    """Keep a Latin fragment (an id, a rule) in left-to-right order inside an Urdu sentence."""
    return "\u2066" + text + "\u2069"
