"""Referral actions shared by the case view and the approval queue: draft, submit, approve (with override), return."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Organisation, ReferralDraft
from app.domain.picklists import SERVICES, URGENCIES
from app.domain.referral_flow import is_editable
from app.services import cases, referrals
from app.ui.approval_dialog import ApprovalDialog
from app.ui.context import AppContext
from app.ui.labels import label, org_choice, ui_language
from app.ui.widgets import TextPromptDialog, named


def can_review(ctx: AppContext, referral: dict[str, Any]) -> bool:
    """Show approve/return only to a supervisor, only for a submitted referral they did not draft."""
    return (ctx.allows("referral.approve") and referral.get("status") == "submitted"
            and referral.get("drafted_by") != ctx.user_id)


def can_submit(ctx: AppContext, referral: dict[str, Any]) -> bool:
    """Drafts and returned referrals (the domain's editable states) may be corrected and submitted."""
    return ctx.allows("referral.submit") and is_editable(str(referral.get("status")))


class ReferralDraftDialog(QDialog):
    """Choose the organisation, the services, the urgency and the reason for a new referral draft."""

    def __init__(self, organisations: list[Organisation], parent: QWidget | None = None,
                 *, current: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the referral") if current else self.tr("New referral"))
        self.setObjectName("referral_draft_dialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.organisation = named(QComboBox(), self.tr("Organisation"), "referral_org")
        # long entries (area and services) must not widen the dialog past a laptop screen; the list shows them whole
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(40)
        for org in organisations:
            name = org.name_ur if ui_language() == "ur" and org.name_ur else org.name
            self.organisation.addItem(org_choice(name, org.area, org.services), org.id)
        self.organisation.currentIndexChanged.connect(self.on_organisation_currentIndexChanged)
        self._orgs = {o.id: o for o in organisations}
        form.addRow(self.tr("&Organisation:"), self.organisation)
        grid = QGridLayout()
        self.services: dict[str, QCheckBox] = {}
        for n, code in enumerate(SERVICES):
            box = named(QCheckBox(label(code)), label(code), f"service_{code}")
            box.toggled.connect(self.on_service_toggled)
            self.services[code] = box
            grid.addWidget(box, n // 2, n % 2)
        services = QWidget()
        services.setLayout(grid)
        form.addRow(self.tr("Services:"), services)
        self.urgency = named(QComboBox(), self.tr("Urgency"), "referral_urgency")
        for code in URGENCIES:
            self.urgency.addItem(label(code), code)
        form.addRow(self.tr("&Urgency:"), self.urgency)
        self.reason = named(QPlainTextEdit(), self.tr("Reason for the referral"), "referral_reason")
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(self.tr("Save draft"), QDialogButtonBox.ButtonRole.AcceptRole),
                        self.tr("Save draft"), "referral_save")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"),
              "referral_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.on_organisation_currentIndexChanged()
        if current:
            self._fill(current)

    def _fill(self, current: dict[str, Any]) -> None:
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(current["provider_id"])))
        for code in current.get("services", []):
            if code in self.services:
                self.services[code].setChecked(True)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(current.get("urgency"))))
        self.reason.setPlainText(current.get("reason") or "")

    def on_organisation_currentIndexChanged(self, _index: int = 0) -> None:
        org = self._orgs.get(self.organisation.currentData())
        offered = set(org.services) if org else set()
        for code, box in self.services.items():
            box.setEnabled(not offered or code in offered)
            if not box.isEnabled():
                box.setChecked(False)
        self.on_service_toggled()

    def on_service_toggled(self, _checked: bool = False) -> None:
        self.ok.setEnabled(any(b.isChecked() for b in self.services.values()))

    def draft(self) -> ReferralDraft:
        chosen = tuple(code for code, box in self.services.items() if box.isChecked())
        return ReferralDraft(provider_id=self.organisation.currentData(), services=chosen,
                             urgency=self.urgency.currentData(), reason=self.reason.toPlainText().strip())


class ReferralActions(QObject):
    """Runs the referral use cases through ops; `changed` fires after any of them succeeds."""

    changed = Signal(str)  # referral id
    reported = Signal(str)  # what was done, in one sentence (emitted just before `changed`)
    failed = Signal(str)  # one sentence

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.window = ctx, parent
        self.dialog: QDialog | None = None  # the open dialog, if any (tests and the self-test drive it)

    def _run(self, fn: Callable[[Any], Any], referral_id: str, label_text: str) -> None:
        self.ctx.ops.run(fn, on_done=lambda _r: self.changed.emit(referral_id),
                         on_failed=lambda exc: self._fail(exc), label=label_text)

    def _fail(self, exc: BaseException) -> None:
        from app.ui.ops import message_of

        self.failed.emit(message_of(exc))

    def new_draft(self, case_id: str) -> None:
        self.ctx.ops.run(cases.directory_list, on_done=lambda orgs: self._open_draft_dialog(case_id, orgs),
                         on_failed=self._fail)

    def _open_draft_dialog(self, case_id: str, organisations: list[Organisation]) -> None:
        dialog = ReferralDraftDialog(organisations, self.window)
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: referrals.draft_referral(s, case_id, dialog.draft()),
            on_done=lambda rid: self.changed.emit(rid), on_failed=self._fail, label=self.tr("Saving the referral")))
        self._show(dialog)

    def edit(self, referral: dict[str, Any]) -> None:
        """Correct a draft or a returned referral (then submit it again)."""
        self.ctx.ops.run(cases.directory_list, on_done=lambda orgs: self._open_edit_dialog(referral, orgs),
                         on_failed=self._fail)

    def _open_edit_dialog(self, referral: dict[str, Any], organisations: list[Organisation]) -> None:
        dialog = ReferralDraftDialog(organisations, self.window, current=referral)
        rid = referral["id"]
        dialog.accepted.connect(lambda: self._run(lambda s: referrals.edit_draft(s, rid, dialog.draft()), rid,
                                                  self.tr("Saving the referral")))
        self._show(dialog)

    def submit(self, referral_id: str) -> None:
        self._run(lambda s: referrals.submit(s, referral_id), referral_id, self.tr("Submitting the referral"))

    def approve(self, referral: dict[str, Any]) -> None:
        """One confirmation showing what is approved (and, when consent is missing, the override reason)."""
        referral_id = referral["id"]
        self.ctx.ops.run(lambda s: referrals.approval_summary(s, referral_id), on_done=self._confirm_approval,
                         on_failed=self._fail)

    def _confirm_approval(self, summary: dict[str, Any]) -> None:
        dialog = ApprovalDialog(summary, language=getattr(self.ctx, "language", "en"), parent=self.window)
        referral_id = summary["referral_id"]

        def approve() -> None:
            reason = dialog.text() or None
            said = dialog.approved_sentence()
            self.ctx.ops.run(lambda s: referrals.approve(s, referral_id, override_reason=reason),
                             on_done=lambda _r: self._report(referral_id, said), on_failed=self._fail,
                             label=self.tr("Approving the referral"))

        dialog.accepted.connect(approve)
        self._show(dialog)

    def _report(self, referral_id: str, said: str) -> None:
        self.reported.emit(said)
        self.changed.emit(referral_id)

    def return_to_officer(self, referral_id: str) -> None:
        dialog = TextPromptDialog(self.tr("Return the referral"),
                                  self.tr("What should the officer change before submitting again?"),
                                  self.tr("Return to the officer"), self.window)
        dialog.setObjectName("return_dialog")
        dialog.accepted.connect(lambda: self._run(
            lambda s: referrals.return_referral(s, referral_id, note=dialog.text()), referral_id,
            self.tr("Returning the referral")))
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
