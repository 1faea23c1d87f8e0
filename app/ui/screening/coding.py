"""Officer's coding: after a free narrative interview, the officer ticks the indicators found, each with where it
came from and an optional note (each concept once, whatever lists were chosen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.services.screening_flow import Page
from app.ui.screening.base import StepPage, text_in
from app.ui.screening.questions import source_box
from app.ui.screening.texts import dimension, label


class CodingRow(QFrame):
    """One indicator: found or not, where it came from, a note."""

    def __init__(self, indicator: dict[str, Any], saved: dict[str, Any] | None, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.concept = str(indicator["concept"])
        self.setObjectName(f"coding_{indicator['id']}")
        box = QVBoxLayout(self)
        name = text_in(indicator["name"], language)
        grade = self.tr("%1 indicator (for the officer only)").replace("%1", label(indicator["grade"]))
        shown_id = f"{indicator['id']} · " if language == "en" else ""  # ids are English codes
        self.found = QCheckBox(f"{shown_id}{name} — {grade}")
        self.found.setAccessibleName(name)
        self.found.setChecked(saved is not None)
        self.source: QComboBox = source_box((saved or {}).get("source"), parent=self,
                                            name=self.tr("%1: where this came from").replace("%1", indicator["id"]))
        self.note = QLineEdit((saved or {}).get("note", ""))
        self.note.setPlaceholderText(self.tr("Note (optional): what was said, seen or read"))
        self.note.setAccessibleName(self.tr("%1: note").replace("%1", indicator["id"]))
        line = QHBoxLayout()
        line.addWidget(self.source)
        line.addWidget(self.note, 1)
        box.addWidget(self.found)
        box.addLayout(line)
        self.found.toggled.connect(self.on_found_toggled)
        self.on_found_toggled(self.found.isChecked())

    def on_found_toggled(self, checked: bool) -> None:
        self.source.setEnabled(checked)
        self.note.setEnabled(checked)

    def value(self) -> dict[str, Any] | None:
        if not self.found.isChecked():
            return None
        return {"concept": self.concept, "source": self.source.currentData(), "note": self.note.text()}


class CodingPage(StepPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.note(self.tr("After a free narrative interview, tick each indicator the person's story, your "
                          "observation, a document or a third party showed, and say which. Indicators not ticked "
                          "count as not asked, never as a no."))
        saved = {f["concept"]: f for f in page.values.get("found", [])}
        self.rows: list[CodingRow] = []
        current = None
        for indicator in page.info.get("indicators", []):
            if indicator["dimension"] != current:
                current = indicator["dimension"]
                self.heading(dimension(current))
            row = CodingRow(indicator, saved.get(indicator["concept"]), language, parent=self)
            for signal in (row.found.toggled, row.source.currentIndexChanged, row.note.textEdited):
                signal.connect(lambda *_: self.edited.emit())
            self.fields[f"found.{indicator['concept']}"] = row.found
            self.rows.append(row)
            self.box.addWidget(row)
        self.fields["found"] = self.rows[0].found if self.rows else self
        self.box.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {"found": [v for row in self.rows if (v := row.value()) is not None]}
