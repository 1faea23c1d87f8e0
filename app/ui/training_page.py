"""The Practice tab of a practice post: pick a scenario, read the narrative, run the normal screening interview,
then read the feedback (training mode, issue 19)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services import training
from app.ui.training_feedback import FeedbackView
from app.ui.widgets import named


def indicator_names() -> dict[tuple[str, str], dict[str, str]]:
    """(list id, indicator id) → its name in English and Urdu, for the feedback page."""
    from app.services import screening_flow

    return {(inst.id, i.id): dict(i.name or i.text) for inst in screening_flow.instruments().values()
            if inst.kind == "trafficking_indicators" for i in inst.items}


def narrative_html(doc: Any, lang: str, headings: tuple[str, str, str]) -> str:
    def t(node: Any) -> str:
        return html.escape(str(node.get(lang) or node["en"]))

    n = doc["narrative"]
    return (f"<h2>{t(doc['title'])}</h2><p><i>{t(doc['synthetic_notice'])}</i></p>"
            f"<h3>{html.escape(headings[0])}</h3><p>{t(n['says'])}</p>"
            f"<h3>{html.escape(headings[1])}</h3><p>{t(n['observed'])}</p>"
            f"<h3>{html.escape(headings[2])}</h3><p>{t(n['documents'])}</p>")


class TrainingPage(QWidget):
    """Scenario list, narrative, start button; the feedback replaces the narrative when a run is saved."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("training_page")
        self.lang = "ur" if ctx.language == "ur" else "en"
        self.wizard: Any = None
        self.feedback: FeedbackView | None = None
        self.scenarios = named(QListWidget(), self.tr("Practice scenarios"), "training_scenarios")
        for scenario in training.library().values():
            item = QListWidgetItem(str(scenario.doc["title"][self.lang]))
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            self.scenarios.addItem(item)
        self.scenarios.currentItemChanged.connect(self.on_scenarios_currentItemChanged)
        self.narrative = named(QTextBrowser(), self.tr("Scenario narrative"), "training_narrative")
        self.start_button = named(QPushButton(self.tr("&Start practice screening")), self.tr("Start practice screening"),
                                  "training_start")
        self.start_button.clicked.connect(self.on_start_button_clicked)
        self.banner = QLabel(self.tr("TRAINING — practice post: synthetic cases only. Read the narrative (or hear it "
                                     "from the trainer), then run the screening interview as you would for a real "
                                     "person; the feedback compares your answers with an expert's."))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #a4262c; color: white; padding: 6px; font-weight: bold; }")
        right = QWidget()
        self.right_layout = QVBoxLayout(right)
        self.right_layout.addWidget(self.narrative, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        self.right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.scenarios)
        split.addWidget(right)
        split.setSizes([320, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        if self.scenarios.count():
            self.scenarios.setCurrentRow(0)

    def load(self) -> None:
        """Called by the workspace when the tab is shown; the scenario library is read once, so nothing to do."""

    def current_id(self) -> str | None:
        item = self.scenarios.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def on_scenarios_currentItemChanged(self, *_args: Any) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            return
        self._clear_feedback()
        headings = (self.tr("What the person says"), self.tr("What the officer observes"), self.tr("Documents"))
        self.narrative.setHtml(narrative_html(training.scenario(scenario_id).doc, self.lang, headings))

    def on_start_button_clicked(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            return
        self.ctx.ops.run(lambda s: training.start_practice(s, scenario_id),
                         on_done=lambda flow: self._open_wizard(flow, scenario_id), label="practice interview")

    def _open_wizard(self, flow: Any, scenario_id: str) -> None:
        from app.ui.screening.wizard import ScreeningWizard

        wizard = ScreeningWizard(self.ctx, self.window(), draft_id=flow.draft_id)
        wizard.setWindowTitle(self.tr("Practice screening — TRAINING"))
        self.wizard = wizard
        state: dict[str, Any] = {}
        wizard.page_shown.connect(lambda _key: state.update(wizard.flow.state if wizard.flow else {}))
        wizard.case_saved.connect(lambda *_a: self.score(dict(state), scenario_id))
        wizard.show()

    def score(self, state: dict[str, Any], scenario_id: str) -> None:
        lang = self.lang
        self.ctx.ops.run(lambda s: training.score_practice(s, state, scenario_id, lang=lang),
                         on_done=lambda fb: self.show_feedback(scenario_id, fb.to_dict()), label="feedback")

    def show_feedback(self, scenario_id: str, feedback: dict[str, Any]) -> None:
        for row in range(self.scenarios.count()):
            if self.scenarios.item(row).data(Qt.ItemDataRole.UserRole) == scenario_id:
                self.scenarios.blockSignals(True)
                self.scenarios.setCurrentRow(row)
                self.scenarios.blockSignals(False)
        self._clear_feedback()
        self.feedback = FeedbackView(training.scenario(scenario_id).doc, feedback, lang=self.lang,
                                     indicator_names=indicator_names(), parent=self)
        self.narrative.hide()
        self.right_layout.insertWidget(0, self.feedback, 1)

    def _clear_feedback(self) -> None:
        if self.feedback is not None:
            self.right_layout.removeWidget(self.feedback)
            self.feedback.setParent(None)
            self.feedback.deleteLater()
            self.feedback = None
        self.narrative.show()
