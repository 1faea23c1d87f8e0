"""The one confirmation before a supervisor approves a referral: what, for whom, to whom, how urgent, a child or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.labels import label, message
from app.ui.widgets import named


class ApprovalDialog(QDialog):
    """Shows the referral as it will be approved; asks for the override reason only when consent is missing."""

    def __init__(self, summary: dict[str, Any], *, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary, self.language = summary, language
        self.setObjectName("approval_dialog" if not summary["consent_problem"] else "override_dialog")
        self.setWindowTitle(self.tr("Approve this referral?"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        person = summary["person_native"] if language == "ur" and summary["person_native"] else summary["person"]
        organisation = summary["organisation_ur"] if language == "ur" and summary["organisation_ur"] else (
            summary["organisation"])
        rows = (
            (self.tr("Case:"), summary["case_reference"], "approval_case"),
            (self.tr("Person:"), person or self.tr("(no name recorded)"), "approval_person"),
            (self.tr("Child:"), self.tr("Yes — child-specific procedures apply") if summary["is_child"]
             else self.tr("No"), "approval_child"),
            (self.tr("Organisation:"), f"{organisation} · {summary['area']}" if summary["area"] else organisation,
             "approval_organisation"),
            (self.tr("Services:"), "، ".join(label(s) for s in summary["services"]) if language == "ur"
             else ", ".join(label(s) for s in summary["services"]), "approval_services"),
            (self.tr("Urgency:"), label(summary["urgency"]), "approval_urgency"),
        )
        for caption, value, object_name in rows:
            shown = named(QLabel(value), caption.rstrip(":"), object_name)
            shown.setWordWrap(True)
            form.addRow(caption, shown)
        layout.addLayout(form)
        self.edit = named(QPlainTextEdit(), self.tr("Reason for approving without consent"), "prompt_text")
        self.edit.setTabChangesFocus(True)
        if summary["consent_problem"]:
            warning = QLabel(self.tr("The person's consent does not cover this referral (%1). Approve only if the "
                                     "person's safety requires it, and record why. This override is written to "
                                     "the audit log.").replace("%1", message(summary["consent_problem"])))
            warning.setWordWrap(True)
            warning.setObjectName("approval_warning")
            layout.addWidget(warning)
            layout.addWidget(self.edit)
            self.edit.textChanged.connect(self.on_edit_textChanged)
        else:
            self.edit.hide()
        buttons = QDialogButtonBox()
        accept_text = self.tr("Override and approve") if summary["consent_problem"] else self.tr("Approve")
        self.ok = named(buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole), accept_text,
                        "prompt_ok")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        named(cancel, self.tr("Cancel"), "prompt_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok.setEnabled(not summary["consent_problem"])
        self.ok.setDefault(True)
        self.resize(520, 360 if summary["consent_problem"] else 260)

    def text(self) -> str:
        """The override reason typed (empty when no override is needed)."""
        return self.edit.toPlainText().strip()

    def on_edit_textChanged(self) -> None:
        self.ok.setEnabled(bool(self.text()))

    def approved_sentence(self) -> str:
        """What the message bar says afterwards: which referral was approved."""
        s = self.summary
        return self.tr("Approved: case %1, referral to %2 (%3).").replace("%1", s["case_reference"]).replace(
            "%2", s["organisation_ur"] if self.language == "ur" and s["organisation_ur"] else s["organisation"]).replace(
            "%3", label(s["urgency"]))
