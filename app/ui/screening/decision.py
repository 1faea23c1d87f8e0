"""The engine's suggestion with its reasons per dimension, the officer's classification and reason; the review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QWidget

from app.domain.picklists import CLASSIFICATIONS
from app.services.screening_flow import Page
from app.ui.screening.base import StepPage, isolate, text_in
from app.ui.screening.forms import combo
from app.ui.screening.reasons import reason_text
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
    result = info.get("result")
    for one in (result or {}).get("results", []):
        _explain_list(page, one)
    if result is None:
        page.note(_t("no_list"))
    vulnerability = info.get("vulnerability") or {}
    if vulnerability.get("flags"):
        flags = ", ".join(label(f) for f in vulnerability["flags"])
        page.note(_t("needs", flags, label("urgency_" + vulnerability.get("urgency", ""))), kind="warning")


def _explain_list(page: StepPage, one: dict[str, Any]) -> None:
    instrument = one["instrument"]
    verdict = _t("presumed") if one["presumed_victim"] else _t("not_met")
    page.heading(f"{isolate(instrument['id'] + ' ' + instrument['version'])}: {verdict}")
    page.note(_t("applied", label(one["rule"]), isolate(one["requirement"])))
    if instrument.get("status") == "provisional":
        page.note(_t("provisional"), kind="warning")
    for code, dim in sorted(one["dimensions"].items()):
        page.note(_dimension_line(page, code, dim))


def _dimension_line(page: StepPage, code: str, dim: dict[str, Any]) -> str:
    found = "; ".join(f"{isolate(i['id'])} ({label(i['grade'])}) {text_in(i['label'], page.language)}"
                      for i in dim["indicators"])
    head = _t("positive", dimension(code), isolate(dim["pattern"])) if dim["positive"] else \
        _t("negative", dimension(code))
    return head + (f" — {found}" if found else "")


class ClassificationPage(StepPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        explain(self, page.info)
        form = QFormLayout()
        self.code: QComboBox = combo(CLASSIFICATIONS, page.values.get("code"), name=self.tr("Your classification"))
        self.reason = QPlainTextEdit(page.values.get("reason") or "")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for your classification (required)"))
        self.reason.setMaximumHeight(100)
        form.addRow(self.tr("Your &classification"), self.code)
        form.addRow(self.tr("&Reason (required)"), self.reason)
        self.fields.update({"code": self.code, "reason": self.reason})
        self.box.addLayout(form)
        self.code.currentIndexChanged.connect(lambda *_: self.edited.emit())
        self.reason.textChanged.connect(self.edited.emit)

    def values(self) -> dict[str, Any]:
        return {"code": self.code.currentData(), "reason": self.reason.toPlainText()}


class ReviewPage(StepPage):
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
        if s.get("linked"):
            self.note(self.tr("The interview will be added to the existing case %1.").replace("%1", s["linked"]))
        self.box.addStretch(1)
