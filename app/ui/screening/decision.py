"""The engine's suggestion with its reasons per dimension, the officer's classification and reason; the review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.picklists import CLASSIFICATIONS
from app.services.decisions import NEGATIVE
from app.services.screening_flow import Page
from app.ui.screening.base import StepPage, isolate, text_in
from app.ui.screening.forms import combo
from app.ui.screening.reasons import instrument_name, pattern_text, reason_text, requirement_text
from app.ui.screening.texts import dimension, label

_ENGINE = {
    "suggests": QT_TRANSLATE_NOOP("ScreeningEngine", "The engine suggests: %1"),
    "presumed": QT_TRANSLATE_NOOP("ScreeningEngine", "presumed victim"),
    "not_met": QT_TRANSLATE_NOOP("ScreeningEngine", "rule not met"),
    "applied": QT_TRANSLATE_NOOP("ScreeningEngine", "%1 applied: %2"),
    "provisional": QT_TRANSLATE_NOOP(
        "ScreeningEngine", "This list is provisional: its items are not yet confirmed against the source."),
    "no_list": QT_TRANSLATE_NOOP("ScreeningEngine", "No indicator list was screened."),
    "needs": QT_TRANSLATE_NOOP("ScreeningEngine", "Immediate needs: %1 (urgency: %2)"),
    "positive": QT_TRANSLATE_NOOP("ScreeningEngine", "%1: positive by %2"),
    "protective": QT_TRANSLATE_NOOP("ScreeningEngine", "Protective child rule (an act and exploitation): %1"),
    "protective_how": QT_TRANSLATE_NOOP(
        "ScreeningEngine", "A child is a victim when there is an act (recruited, transported, transferred, harboured "
        "or received: yes or unknown) and exploitation (D); no means are needed. Act: %1. Exploitation: %2."),
    "negative": QT_TRANSLATE_NOOP("ScreeningEngine", "%1: not positive"),
}


def _t(key: str, *args: str) -> str:
    """The engine sentence `key` in the interface language, with %1, %2 … filled in."""
    text = QCoreApplication.translate("ScreeningEngine", _ENGINE[key])
    for n, arg in enumerate(args, start=1):
        text = text.replace(f"%{n}", arg)
    return text


def explain(page: StepPage, info: dict[str, Any]) -> None:
    """Write out what the engine found: per list, the rule applied and each dimension with its indicators."""
    suggestion = info["suggestion"]
    page.heading(_t("suggests", label(suggestion["code"])))
    for reason in suggestion["reasons"]:
        page.note("• " + reason_text(reason))
    _explain_protective(page, info.get("protective_child"))
    result = info.get("result")
    for one in (result or {}).get("results", []):
        _explain_list(page, one)
    if result is None:
        page.note(_t("no_list"))
    vulnerability = info.get("vulnerability") or {}
    if vulnerability.get("flags"):
        flags = ", ".join(label(f) for f in vulnerability["flags"])
        page.note(_t("needs", flags, label("urgency_" + vulnerability.get("urgency", ""))), kind="warning")


def _explain_protective(page: StepPage, rule: dict[str, Any] | None) -> None:
    """For a child, the protective rule beside the ILO's own child rule (it drives the suggestion)."""
    if not rule:
        return
    page.heading(_t("protective", _t("presumed") if rule["presumed_victim"] else _t("not_met")))
    act = label(rule.get("act") or "unknown")
    found = label("yes") if rule.get("exploitation_positive") else label("no")
    page.note(_t("protective_how", act, found), kind="child")


def _explain_list(page: StepPage, one: dict[str, Any]) -> None:
    instrument = one["instrument"]
    verdict = _t("presumed") if one["presumed_victim"] else _t("not_met")
    page.heading(f"{instrument_name(instrument['id'])}: {verdict}")
    page.note(_t("applied", label(one["rule"]), requirement_text(one["requirement"])))
    if instrument.get("status") == "provisional":
        page.note(_t("provisional"), kind="warning")
    for code, dim in sorted(one["dimensions"].items()):
        page.note(_dimension_line(page, code, dim))


def _dimension_line(page: StepPage, code: str, dim: dict[str, Any]) -> str:
    ids = page.language == "en"  # item ids are English codes: shown on an English screen only
    found = "; ".join(f"{isolate(i['id']) + ' ' if ids else ''}({label(i['grade'])}) {text_in(i['label'], page.language)}"
                      for i in dim["indicators"])
    head = _t("positive", dimension(code), pattern_text(dim["pattern"])) if dim["positive"] else \
        _t("negative", dimension(code))
    return head + (f" — {found}" if found else "")


class ClassificationPage(StepPage):
    """The officer's own decision: nothing is chosen for them; the suggestion stays beside the choice."""

    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        explain(self, page.info)
        self.suggested = page.info["suggestion"]["code"]
        form = QFormLayout()
        self.code: QComboBox = combo(("", *CLASSIFICATIONS), page.values.get("code") or "",
                                     name=self.tr("Your classification"))
        self.code.setItemText(0, self.tr("(choose your classification)"))
        self.code.setItemData(0, None)
        self.beside = QLabel(self.tr("Suggested: %1").replace("%1", label(self.suggested)))
        self.beside.setObjectName("suggestion_beside")
        self.beside.setWordWrap(True)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code, 1)
        row.addWidget(self.beside, 1)
        self.reason = QPlainTextEdit(page.values.get("reason") or "")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for your classification (required)"))
        self.reason.setMaximumHeight(100)
        form.addRow(self.tr("Your &classification"), choice)
        form.addRow(self.tr("&Reason (required)"), self.reason)
        self.fields.update({"code": self.code, "reason": self.reason})
        self.box.addLayout(form)
        self.override = self.note(self.tr(
            "Your choice differs from the suggestion: it will be marked as an override in the case, the approval "
            "queue and the referral's history. Say in the reason why."), kind="warning")
        self.override.setObjectName("override_mark")
        self.negative = self.note(self.tr(
            "Without a referral, this decision goes to a supervisor for review before it stands."), kind="warning")
        self.negative.setObjectName("review_notice")
        self.code.currentIndexChanged.connect(self.on_code_currentIndexChanged)
        self.reason.textChanged.connect(self.edited.emit)
        self.on_code_currentIndexChanged()

    def on_code_currentIndexChanged(self, *_args: Any) -> None:
        chosen = self.code.currentData()
        self.override.setVisible(bool(chosen) and chosen != self.suggested)
        self.negative.setVisible(chosen in NEGATIVE)
        self.edited.emit()

    def values(self) -> dict[str, Any]:
        return {"code": self.code.currentData(), "reason": self.reason.toPlainText()}


class ReviewPage(StepPage):
    waiver_requested = Signal(str, str, str)  # supervisor's user name, password, reason

    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.note(self.tr("Check the summary, then press Finish to save the case. Until then the interview "
                          "stays saved as unfinished work."))
        s = page.info.get("summary", {})
        self.note(self.tr("Person: %1").replace("%1", s.get("person", "")))
        self.note(self.tr("Classification: %1 — %2").replace("%1", label(s.get("classification"))).replace(
            "%2", s.get("reason", "")))
        self.note(self.tr("Consents: %1; needs: %2; referral drafts: %3").replace("%1", str(s.get("consents", 0)))
                  .replace("%2", str(s.get("needs", 0))).replace("%3", str(s.get("referrals", 0))))
        if s.get("override"):
            self.note(self.tr("Override: the engine suggested %1.").replace("%1", label(s.get("suggested"))),
                      kind="warning").setObjectName("review_override")
        if s.get("classification") in NEGATIVE and not s.get("referrals"):
            self.note(self.tr("This decision will wait for a supervisor's review."), kind="warning")
        if s.get("linked"):
            self.note(self.tr("The interview will be added to the existing case %1.").replace("%1", s["linked"]))
        self._child_rule(page.info.get("child_rule") or {})
        self.box.addStretch(1)

    def _child_rule(self, rule: dict[str, Any]) -> None:
        self.waive_button: QPushButton | None = None
        if not rule.get("applies") or rule.get("referred"):
            return
        waiver = rule.get("waiver")
        if waiver:
            self.note(self.tr("No referral to child protection. A supervisor recorded why: %1")
                      .replace("%1", waiver["reason"]), kind="child")
            return
        self.note(self.tr("This is a child: the case cannot be finished without a referral to child protection. "
                          "Go back and add one, or ask a supervisor to record why there is none."), kind="child")
        self.waive_button = QPushButton(self.tr("A &supervisor records why…"))
        self.waive_button.setObjectName("waive_button")
        self.waive_button.setAccessibleName(self.tr("A supervisor records why the child is not referred"))
        self.waive_button.clicked.connect(self.on_waive_button_clicked)
        self.box.addWidget(self.waive_button)

    def on_waive_button_clicked(self) -> None:
        dialog = WaiverDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.waiver_requested.emit(dialog.user.text(), dialog.password.text(),
                                                                   dialog.reason.toPlainText()))
        dialog.open()  # window-modal; the answer arrives through `accepted`


class WaiverDialog(QDialog):
    """A supervisor, at the officer's desk, records why a child is not referred to child protection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("No referral to child protection"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("A supervisor signs with their own user name and password. The reason is kept "
                                   "in the case and the audit log.")))
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("Supervisor's user name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Supervisor's password"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Why the child is not referred to child protection"))
        form.addRow(self.tr("Supervisor's &user name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Why"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
