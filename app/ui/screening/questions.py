"""Question pages (pre-screen, indicators by dimension, vulnerability): each question in English, Urdu and the
interview language, answered yes / no / not asked, with the grade and a note for the officer. An indicator that
asks several things is asked part by part, and each indicator found says where it came from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.picklists import INDICATOR_SOURCES
from app.services.screening_flow import Page, Question
from app.ui.screening.base import StepPage, paragraph, text_in
from app.ui.screening.texts import dimension_letter, label

ANSWERS = (True, False, None)
SOURCES = {
    "account": QT_TRANSLATE_NOOP("IndicatorSources", "The person's own account"),
    "observation": QT_TRANSLATE_NOOP("IndicatorSources", "The officer's observation"),
    "document": QT_TRANSLATE_NOOP("IndicatorSources", "A document"),
    "third_party": QT_TRANSLATE_NOOP("IndicatorSources", "A third party"),
}


def source_label(code: str) -> str:
    return QCoreApplication.translate("IndicatorSources", SOURCES[code])


def source_box(chosen: str | None, *, name: str, parent: QWidget | None = None) -> QComboBox:
    """Where an indicator came from: the person's account, an observation, a document or a third party."""
    box = QComboBox(parent)
    for code in INDICATOR_SOURCES:
        box.addItem(source_label(code), code)
    box.setCurrentIndex(max(0, box.findData(chosen or "account")))
    box.setAccessibleName(name)
    return box


def rtl_label(text: str, language: str, *, bold: bool = False) -> QLabel:
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


class AnswerButtons(QHBoxLayout):
    """Yes / No / Not asked for one thing asked."""

    def __init__(self, key: str, description: str, answer: bool | None, owner: QWidget,
                 names: dict[Any, str]) -> None:
        super().__init__()
        self.group = QButtonGroup(owner)
        self.buttons: dict[Any, QRadioButton] = {}
        for value in ANSWERS:
            button = QRadioButton(names[value].replace("&", "") if value is None else names[value])
            button.setAccessibleName(f"{key}: {names[value].replace('&', '')}")
            button.setAccessibleDescription(description)
            self.group.addButton(button)
            self.buttons[value] = button
            self.addWidget(button)
        self.addStretch(1)
        self.set_answer(answer)

    def set_answer(self, answer: bool | None) -> None:
        self.buttons[answer].setChecked(True)

    def answer(self) -> bool | None:
        return next(a for a, b in self.buttons.items() if b.isChecked())


class QuestionRow(QFrame):
    """One question: the texts to read out, the officer's help, the answers (part by part), and the source."""

    def __init__(self, question: Question, *, interview: str, language: str = "en", with_source: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"question_{question.id}")
        box = QVBoxLayout(self)
        box.setSpacing(4)
        box.addWidget(self._officer_line())
        shown = self.languages(question.text, interview)
        for n, lang in enumerate(shown):
            box.addWidget(rtl_label(question.text[lang], lang, bold=n == 0))
        if interview in shown and question.translation_status.get(interview, "reviewed") != "reviewed":
            unchecked = QLabel(self.tr("The %1 text is not yet reviewed by a native speaker: check its meaning with "
                                       "the interpreter.").replace("%1", label(interview)))
            unchecked.setObjectName("translation_unreviewed")
            unchecked.setWordWrap(True)
            unchecked.setStyleSheet("QLabel { color: #8a4b00; }")
            box.addWidget(unchecked)
        self.answers: dict[str, AnswerButtons] = {}
        names = {True: self.tr("&Yes"), False: self.tr("N&o"), None: self.tr("Not asked / unknown")}
        if question.parts:
            box.addWidget(QLabel(self.tr("Ask each part separately:")))
        for key, text, answer in question.parts or ((question.id, question.text, question.answer),):
            if question.parts:
                for n, lang in enumerate(self.languages(text, interview)):
                    box.addWidget(rtl_label(("• " if n == 0 else "") + text[lang], lang))
            self.answers[key] = AnswerButtons(key, text.get("en", ""), answer, self, names)
            box.addLayout(self.answers[key])
        self.source = source_box(question.source, name=self.tr("%1: where this came from").replace("%1", question.id),
                                 parent=self) if with_source else None
        if self.source is not None:
            line = QHBoxLayout()
            line.addWidget(QLabel(self.tr("If yes, this came from:")))
            line.addWidget(self.source)
            line.addStretch(1)
            box.addLayout(line)

    def languages(self, text: Mapping[str, str], interview: str) -> list[str]:
        """The texts to show: the interface's language (English only on an English screen), Urdu, and the
        interview's language; English stands in when a text has no translation."""
        wanted = [self.language if self.language in text else "en", "ur", interview]
        return [lang for n, lang in enumerate(wanted) if text.get(lang) and lang not in wanted[:n]]

    @property
    def group(self) -> QButtonGroup:
        """The first answer group (the whole question's, or its first part's)."""
        return next(iter(self.answers.values())).group

    @property
    def buttons(self) -> dict[Any, QRadioButton]:
        return next(iter(self.answers.values())).buttons

    def _officer_line(self) -> QLabel:
        parts = [self.question.id] if self.language == "en" else []  # ids are English codes: not on other screens
        if self.question.grade:
            parts.append(self.tr("%1 indicator (for the officer only)").replace("%1", label(self.question.grade)))
        help_text = text_in(self.question.help, self.language) if self.question.help else ""
        line = QLabel(paragraph(" · ".join(parts), self.language) + (f"\n{help_text}" if help_text else ""))
        line.setWordWrap(True)
        line.setObjectName("officer_help")
        line.setStyleSheet("QLabel { color: #5c5c5c; }")
        return line

    def set_answer(self, answer: bool | None, key: str | None = None) -> None:
        self.answers[key or next(iter(self.answers))].set_answer(answer)

    def answer(self) -> bool | None:
        return next(iter(self.answers.values())).answer()

    def values(self) -> dict[str, bool | None]:
        return {key: buttons.answer() for key, buttons in self.answers.items()}

    def found(self) -> bool:
        return True in self.values().values()


class QuestionsPage(StepPage):
    def __init__(self, page: Page, language: str, *, interview: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.rows: dict[str, QuestionRow] = {}
        inst = page.instrument
        indicators = inst is not None and page.step.kind == "indicators"
        if inst is not None and indicators:
            dim = next(d for d in inst.dimensions if d.id == page.step.dimension)
            self.heading(f"{text_in(inst.title, language)} — {dimension_letter(dim.id)}. {text_in(dim.title, language)}")
        self.note(self.tr("Read each question in the person's language. Grades and notes are for you, "
                          "not for the person. Leave a question as 'Not asked / unknown' if it was not asked."))
        if indicators:
            self.note(self.tr("Questions already asked for another list are not repeated: the answer counts for "
                              "every list. For each yes, say where it came from."))
        group = None
        for question in page.questions:
            if question.group and question.group != group:
                group = question.group
                self.heading(label(group))
            row = QuestionRow(question, interview=interview, language=language, with_source=indicators, parent=self)
            for key, buttons in row.answers.items():
                buttons.group.buttonToggled.connect(self.on_answer_toggled)
                self.fields[f"answers.{key}"] = buttons.buttons[True]
            if row.source is not None:
                row.source.currentIndexChanged.connect(lambda *_: self.edited.emit())
                self.fields[f"sources.{question.id}"] = row.source
            self.rows[question.id] = row
            self.box.addWidget(row)
        self.fields["answers"] = next(iter(self.rows.values())).buttons[True] if self.rows else self
        self._restore(page.values.get("answers", {}))
        self.box.addStretch(1)

    def _restore(self, saved: dict[str, Any]) -> None:
        for row in self.rows.values():
            for key in row.answers:
                if key in saved:
                    row.set_answer(saved[key], key)

    def answer_buttons(self, key: str) -> dict[Any, QRadioButton]:
        """The Yes / No / Not asked buttons of one question or sub-question, by its id."""
        return next(row.answers[key].buttons for row in self.rows.values() if key in row.answers)

    def on_answer_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.edited.emit()

    def values(self) -> dict[str, Any]:
        answers = {key: value for row in self.rows.values() for key, value in row.values().items()}
        sources = {qid: row.source.currentData() for qid, row in self.rows.items()
                   if row.source is not None and row.found()}
        return {"answers": answers, "sources": sources} if self.page.step.kind == "indicators" else {"answers": answers}
