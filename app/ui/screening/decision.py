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
from app.ui.screening.questions import source_label
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
        self.note(self.tr("Person: %1").replace("%1", isolate_typed(s.get("person", ""))))
        self.note(self.tr("Classification: %1 — %2").replace("%1", label(s.get("classification"))).replace(
            "%2", isolate_typed(s.get("reason", ""))))
        if s.get("answers"):
            show_answers(self, s["answers"])
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


_REVIEW = {
    "what_was_recorded": QT_TRANSLATE_NOOP("ReviewAnswers", "What was recorded"),
    "met_on_at_interview_in": QT_TRANSLATE_NOOP("ReviewAnswers", "Met on %1 at %2 (%3); interview in %4."),
    "age_sex_nationality_languages_": QT_TRANSLATE_NOOP(
        "ReviewAnswers", "Age: %1; sex: %2; nationality: %3; languages: %4; documents: %5."),
    "pre_screen_answered_yes": QT_TRANSLATE_NOOP("ReviewAnswers", "Pre-screen, answered yes:"),
    "indicator_lists": QT_TRANSLATE_NOOP("ReviewAnswers", "Indicator lists: %1"),
    "indicators_found": QT_TRANSLATE_NOOP("ReviewAnswers", "Indicators found: %1"),
    "vulnerability_answered_yes": QT_TRANSLATE_NOOP("ReviewAnswers", "Vulnerability, answered yes:"),
    "recruited_transported_transfer": QT_TRANSLATE_NOOP(
        "ReviewAnswers", "Recruited, transported, transferred, harboured or received: %1"),
    "consent_the_person_declined": QT_TRANSLATE_NOOP("ReviewAnswers", "Consent: the person declined."),
    "consent": QT_TRANSLATE_NOOP("ReviewAnswers", "Consent:"),
    "needs": QT_TRANSLATE_NOOP("ReviewAnswers", "Needs: %1"),
    "referral_drafts": QT_TRANSLATE_NOOP("ReviewAnswers", "Referral drafts:"),
    "the_post": QT_TRANSLATE_NOOP("ReviewAnswers", "this post (assistance)"),
}


def _sep(language: str) -> str:
    return "، " if language in ("ur", "ps", "fa") else ", "


def _tr(key: str) -> str:
    return QCoreApplication.translate("ReviewAnswers", _REVIEW[key])


def show_answers(page: StepPage, a: dict[str, Any]) -> None:
    """Everything recorded, step by step, so the officer checks the answers themselves before finishing."""
    from app.domain import names

    lang, sep = page.language, _sep(page.language)
    enc, person = a.get("encounter", {}), a.get("person", {})
    page.heading(_tr("what_was_recorded"))
    page.note(_tr("met_on_at_interview_in").replace("%1", enc.get("date") or "")
              .replace("%2", isolate_typed(enc.get("place") or "")).replace("%3", label(enc.get("circumstance")))
              .replace("%4", label(enc.get("interview_language") or "")))
    age = person.get("date_of_birth") or (str(person["estimated_age"]) if person.get("estimated_age") is not None
                                          else label("unknown"))
    page.note(_tr("age_sex_nationality_languages_")
              .replace("%1", age).replace("%2", label(person.get("sex")))
              .replace("%3", names.nationality(person.get("nationality") or "", lang) or label("unknown"))
              .replace("%4", sep.join(names.language(c, lang) for c in person.get("languages", [])) or "—")
              .replace("%5", sep.join(label(d) for d in person.get("documents", [])) or "—"))
    prescreen = [text_in(q["text"], lang) for q in a.get("prescreen_yes", [])]
    page.note(_tr("pre_screen_answered_yes") + ("\n• " + "\n• ".join(prescreen) if prescreen else " —"))
    lists = sep.join(text_in(t, lang) for t in a.get("lists", []))
    page.note(_tr("indicator_lists").replace("%1", lists or "—"))
    found = [f"{text_in(i['name'], lang)} ({label(i['grade'])}{' — ' + source_label(i['source']) if i.get('source') else ''})"
             for i in a.get("indicators_found", [])]
    page.note(_tr("indicators_found").replace("%1", str(len(found))) + "".join(f"\n• {f}" for f in found))
    factors = [text_in(f["name"], lang) for f in a.get("factors_yes", [])]
    page.note(_tr("vulnerability_answered_yes") + ("\n• " + "\n• ".join(factors) if factors else " —"))
    if a.get("act"):
        page.note(_tr("recruited_transported_transfer").replace("%1", label(a["act"])))
    _show_care(page, a, sep)


def _show_care(page: StepPage, a: dict[str, Any], sep: str) -> None:
    if a.get("consent_declined"):
        page.note(_tr("consent_the_person_declined"))
    else:
        lines = [f"{label(c['purpose'])} — {isolate_typed(c['recipient']) if c.get('recipient') else _tr('the_post')}"
                 f" ({label(c.get('method'))})" for c in a.get("consents", [])]
        page.note(_tr("consent") + ("\n• " + "\n• ".join(lines) if lines else " —"))
    page.note(_tr("needs").replace("%1", sep.join(label(n) for n in a.get("needs", [])) or "—"))
    drafts = [f"{isolate_typed(r['organisation'] or '')}: {sep.join(label(x) for x in r['services'])} "
              f"({label(r.get('urgency'))})" for r in a.get("referrals", [])]
    page.note(_tr("referral_drafts") + ("\n• " + "\n• ".join(drafts) if drafts else " —"))


def isolate_typed(text: str) -> str:
    """A value a person typed keeps its own direction inside a right-to-left line (first-strong isolate)."""
    return "\u2068" + text + "\u2069" if text else ""


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
