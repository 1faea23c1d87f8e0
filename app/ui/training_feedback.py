"""The feedback page after a practice run: indicators found, missed and wrongly coded with the expert's words,
the classification, child procedures, consent and services, and the score (training mode, issue 19)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.labels import label
from app.ui.widgets import named

OK, MISSED, WRONG = "#0b6e3b", "#a4262c", "#8a5a00"


def _e(text: object) -> str:
    return html.escape(str(text))


class FeedbackView(QScrollArea):
    """Renders one recorded feedback (Feedback.to_dict()) for a scenario in the trainee's language."""

    def __init__(self, scenario: Mapping[str, Any], feedback: Mapping[str, Any], *, lang: str,
                 indicator_names: Mapping[tuple[str, str], Mapping[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_feedback")
        self.setWidgetResizable(True)
        self.lang, self.scenario, self.feedback, self.names = lang, scenario, feedback, indicator_names
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        if lang == "ur":
            body.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._build()
        self.layout_.addStretch(1)
        self.setWidget(body)

    def t(self, key: Mapping[str, str]) -> str:
        return str(key.get(self.lang) or key.get("en") or "")

    def _add(self, text: str, name: str, *, heading: bool = False) -> QLabel:
        widget = named(QLabel(text), name.replace("_", " "), name)
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.RichText)
        if heading:
            widget.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; margin-top: 8px; }")
        self.layout_.addWidget(widget)
        return widget

    def _build(self) -> None:
        fb, expert = self.feedback, self.scenario["expert"]
        score = self.tr("Score: %1%").replace("%1", str(fb["score"]))
        self.score = self._add(f"<h2>{_e(self.t(self.scenario['title']))}</h2>"
                               f"<p><b>{_e(score)}</b> · "
                               f"{_e(self.t(self.scenario['synthetic_notice']))}</p>", "feedback_score")
        self._add(_e(self.tr("Indicators")), "feedback_indicators_heading", heading=True)
        self._indicator_list(fb["found"], self.tr("Found"), OK, "feedback_found")
        self._indicator_list(fb["missed"], self.tr("Missed"), MISSED, "feedback_missed")
        self._indicator_list(fb["wrong"], self.tr("Coded but not present"), WRONG, "feedback_wrong")
        self._add(_e(self.tr("Classification")), "feedback_classification_heading", heading=True)
        chosen, wanted = fb["classification"]["chosen"], fb["classification"]["expected"]
        verdict = self.tr("Right") if chosen == wanted else self.tr("Not right")
        certainty = expert["classification"]["certainty"]
        you, expert_word = self.tr("you chose"), self.tr("the expert")
        sure = self.tr("How sure the expert is")
        lines = [f"<b>{_e(verdict)}</b>: {_e(you)} <i>{_e(label(chosen))}</i>; "
                 f"{_e(expert_word)}: <i>{_e(label(wanted))}</i>.",
                 _e(self.t(expert["classification"]["reasons"])),
                 f"{_e(sure)}: {_e(self.certainty(certainty['level']))}. "
                 f"{_e(self.t(certainty['why']))}"]
        if "officer_decides_otherwise" in expert["classification"]:
            why = self.tr("Why an officer decides otherwise than the engine")
            lines.append(f"<b>{_e(why)}</b>: "
                         f"{_e(self.t(expert['classification']['officer_decides_otherwise']))}")
        self._add("<br>".join(lines), "feedback_classification")
        self._add(_e(self.tr("Child procedures, consent and services")), "feedback_care_heading", heading=True)
        child = fb["child_procedures"]
        child_text = self.tr("Child procedures apply") if child["expected"] else self.tr("Adult procedures apply")
        self._right_or_not(child["chosen"] == child["expected"], child_text, "feedback_child")
        consent = fb["consent"]
        self._right_or_not(consent["chosen"] == consent["expected"], self.t(expert["consent"]["situation"]),
                           "feedback_consent")
        chosen_s, wanted_s = set(fb["services"]["chosen"]), set(fb["services"]["expected"])
        chosen_word, expected_word = self.tr("Chosen"), self.tr("Expected")
        parts = [f"{_e(chosen_word)}: {_e(', '.join(label(s) for s in sorted(chosen_s)) or '—')}",
                 f"{_e(expected_word)}: {_e(', '.join(label(s) for s in sorted(wanted_s)) or '—')}",
                 _e(self.t(expert["services_why"]))]
        self._right_or_not(chosen_s == wanted_s, "", "feedback_services", extra="<br>".join(parts))

    def certainty(self, level: str) -> str:
        return {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}.get(level, level)

    def _indicator_list(self, items: list[Mapping[str, Any]], title: str, colour: str, name: str) -> None:
        if not items:
            self._add(f"<b style='color:{colour}'>{_e(title)}</b>: —", name)
            return
        rows = []
        for item in items:
            names = self.names.get((str(item["instrument"]), str(item["id"])), {})
            # the item id helps an English reader find it in the instrument; an Urdu screen shows the name only
            code = f"<b>{_e(item['id'])}</b> " if self.lang == "en" else ""
            rows.append(f"<li>{code}{_e(self.t(names))} — {_e(self.t(item['why']))}</li>")
        self._add(f"<b style='color:{colour}'>{_e(title)}</b><ul>{''.join(rows)}</ul>", name)

    def _right_or_not(self, right: bool, text: str, name: str, *, extra: str = "") -> None:
        mark = self.tr("Right") if right else self.tr("Not right")
        colour = OK if right else MISSED
        self._add(f"<b style='color:{colour}'>{_e(mark)}</b>: {_e(text)}{('<br>' + extra) if extra else ''}", name)
