"""Question pages (pre-screen, indicators by dimension, vulnerability): each question in English, Urdu and the
interview language, answered yes / no / not asked, with the grade and a note for the officer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.services.screening_flow import Page, Question
from app.ui.screening.base import StepPage, paragraph, text_in
from app.ui.screening.texts import label

ANSWERS = (True, False, None)


class QuestionRow(QFrame):
    """One question: the texts to read out, the officer's help, and three answers."""

    def __init__(self, question: Question, *, interview: str, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"question_{question.id}")
        box = QVBoxLayout(self)
        box.setSpacing(4)
        box.addWidget(self._officer_line())
        box.addWidget(self._text(question.text.get("en", ""), "en", bold=True))
        if question.text.get("ur"):
            box.addWidget(self._text(question.text["ur"], "ur"))
        if interview in ("ps", "fa") and question.text.get(interview):
            box.addWidget(self._text(question.text[interview], interview))
        box.addLayout(self._answers())

    def _officer_line(self) -> QLabel:
        parts = [self.question.id]
        if self.question.grade:
            parts.append(self.tr("%1 indicator (for the officer only)").replace("%1", label(self.question.grade)))
        help_text = text_in(self.question.help, self.language) if self.question.help else ""
        line = QLabel(paragraph(" · ".join(parts), self.language) + (f"\n{help_text}" if help_text else ""))
        line.setWordWrap(True)
        line.setObjectName("officer_help")
        line.setStyleSheet("QLabel { color: #5c5c5c; }")
        return line

    def _text(self, text: str, language: str, *, bold: bool = False) -> QLabel:
        shown = QLabel(text)
        shown.setWordWrap(True)
        shown.setObjectName(f"text_{language}")
        rtl = language in ("ur", "ps", "fa")
        shown.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        shown.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        shown.setAlignment(shown.alignment() | Qt.AlignmentFlag.AlignAbsolute)
        if rtl:
            shown.setStyleSheet("QLabel { font-family: 'Noto Naskh Arabic'; font-size: 12pt; }")
        if bold:
            shown.setStyleSheet("QLabel { font-weight: bold; }")
        return shown

    def _answers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        names = {True: self.tr("&Yes"), False: self.tr("N&o"), None: self.tr("Not asked / unknown")}
        self.buttons: dict[Any, QRadioButton] = {}
        for answer in ANSWERS:
            button = QRadioButton(names[answer].replace("&", "") if answer is None else names[answer])
            button.setAccessibleName(f"{self.question.id}: {names[answer].replace('&', '')}")
            button.setAccessibleDescription(self.question.text.get("en", ""))
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)
        self.set_answer(self.question.answer)
        return row

    def set_answer(self, answer: bool | None) -> None:
        self.buttons[answer].setChecked(True)

    def answer(self) -> bool | None:
        return next(a for a, b in self.buttons.items() if b.isChecked())


class QuestionsPage(StepPage):
    def __init__(self, page: Page, language: str, *, interview: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.rows: dict[str, QuestionRow] = {}
        inst = page.instrument
        if inst is not None and page.step.kind == "indicators":
            dim = next(d for d in inst.dimensions if d.id == page.step.dimension)
            self.heading(f"{text_in(inst.title, language)} — {dim.id}. {text_in(dim.title, language)}")
        self.note(self.tr("Read each question in the person's language. Grades and notes are for you, "
                          "not for the person. Leave a question as 'Not asked / unknown' if it was not asked."))
        group = None
        for question in page.questions:
            if question.group and question.group != group:
                group = question.group
                self.heading(label(group))
            row = QuestionRow(question, interview=interview, language=language, parent=self)
            row.group.buttonToggled.connect(self.on_answer_toggled)
            self.rows[question.id] = row
            self.fields[f"answers.{question.id}"] = row.buttons[True]
            self.box.addWidget(row)
        self.fields["answers"] = next(iter(self.rows.values())).buttons[True] if self.rows else self
        for key, value in page.values.get("answers", {}).items():
            if key in self.rows:
                self.rows[key].set_answer(value)
        self.box.addStretch(1)

    def on_answer_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.edited.emit()

    def values(self) -> dict[str, Any]:
        return {"answers": {qid: row.answer() for qid, row in self.rows.items()}}
