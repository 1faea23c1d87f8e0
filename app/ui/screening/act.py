"""The act question: was the person recruited, transported, transferred, harboured or received?"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from app.domain.picklists import ACT_ANSWERS
from app.services.screening_flow import Page
from app.ui.screening.base import StepPage
from app.ui.screening.texts import label


class ActPage(StepPage):
    """One question, three answers; for a child, the act and exploitation are enough for trafficking."""

    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.heading(self.tr("Was the person recruited, transported, transferred, harboured or received by "
                             "someone — for example brought to a place, moved across a border, kept or handed "
                             "over?"))
        self.note(self.tr("Ask in the person's own words; it does not matter whether they agreed. Answer "
                          "'unknown' when it is not clear yet."))
        if page.is_child:
            self.note(self.tr("For a child, this act together with exploitation is enough: no force, deception "
                              "or abuse of vulnerability is needed (Palermo Protocol, article 3(c))."), kind="child")
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code in ACT_ANSWERS:
            button = QRadioButton(label(code))
            button.setAccessibleName(self.tr("Act: %1").replace("%1", label(code)))
            button.setChecked(page.values.get("answer") == code)
            button.toggled.connect(lambda *_: self.edited.emit())
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.box.addLayout(row)
        self.fields["answer"] = self.buttons["yes"]
        self.box.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {"answer": next((c for c, b in self.buttons.items() if b.isChecked()), None)}
