"""The case after the referral, above the case file: follow-up date, closure (asked, approved), re-opening, and
re-referral of a declined referral to another organisation. Every action calls a service on the database worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.picklists import CLOSURE_OUTCOMES
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.widgets import TextPromptDialog, named


def _ltr(text: str) -> str:
    return "\u2066" + text + "\u2069"


def load_life(session: Any, case_id: str, referral_ids: list[str]) -> dict[str, Any]:
    """On the database worker: the case's closures, and which referrals an officer released as an emergency."""
    from app.services import closure, emergency

    marks = {rid: emergency.marking(session, rid) for rid in referral_ids}
    return {"closures": closure.closures(session, case_id),
            "emergencies": {rid: mark for rid, mark in marks.items() if mark is not None}}


class _Dialog(QDialog):
    """A small form with OK and Cancel; OK is named for what it does."""

    def __init__(self, title: str, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole), accept_text, "life_ok")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)


class CaseLifeBar(QWidget):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("case_life")
        self.case: dict[str, Any] | None = None
        self.referral: dict[str, Any] | None = None
        self.referrals_shown = False
        self.closures: list[dict[str, Any]] = []
        self.dialog: QDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = named(QLabel(), self.tr("Follow-up and closure"), "life_state")
        self.state.setWordWrap(True)
        self.follow_up = named(QPushButton(self.tr("&Follow-up date…")), self.tr("Set the case's follow-up date"),
                               "life_follow_up")
        self.close_case = named(QPushButton(self.tr("Close the &case…")), self.tr("Ask to close the case"),
                                "life_close")
        self.approve_closure = named(QPushButton(self.tr("Approve the c&losure")),
                                     self.tr("Approve the closure of the case"), "life_approve_closure")
        self.reopen = named(QPushButton(self.tr("Re-&open…")), self.tr("Re-open the closed case"), "life_reopen")
        self.rerefer = named(QPushButton(self.tr("Re-re&fer…")),
                             self.tr("Refer the person to another organisation after the decline"), "life_rerefer")
        self.attachments = named(QPushButton(self.tr("Attac&hments…")), self.tr("Scans and photos of the case"),
                                 "life_attachments")
        self.emergency = named(QPushButton(self.tr("Release as an &emergency…")),
                               self.tr("Release the selected referral now, without a supervisor"), "life_emergency")
        self.approve_emergency = named(QPushButton(self.tr("Approve the emer&gency release")),
                                       self.tr("Approve the emergency release of the selected referral"),
                                       "life_approve_emergency")
        row.addWidget(self.state, 1)
        for button, slot in ((self.attachments, self.on_attachments_clicked),
                             (self.emergency, self.on_emergency_clicked),
                             (self.approve_emergency, self.on_approve_emergency_clicked),
                             (self.follow_up, self.on_follow_up_clicked), (self.close_case, self.on_close_clicked),
                             (self.approve_closure, self.on_approve_closure_clicked),
                             (self.reopen, self.on_reopen_clicked), (self.rerefer, self.on_rerefer_clicked)):
            button.clicked.connect(slot)
            row.addWidget(button)
        self.clear()

    # --- state ---
    def clear(self) -> None:
        self.case, self.referral, self.closures = None, None, []
        self.state.clear()
        self.emergencies: dict[str, dict[str, Any]] = {}
        for button in (self.follow_up, self.close_case, self.approve_closure, self.reopen, self.rerefer,
                       self.attachments, self.emergency, self.approve_emergency):
            button.setVisible(False)

    def show_case(self, case: dict[str, Any]) -> None:
        self.case = case
        case_id, referral_ids = case["id"], [r["id"] for r in case["referrals"]]
        self.ctx.ops.run(lambda s: load_life(s, case_id, referral_ids), on_done=self.on_life_loaded,
                         on_failed=self.failed.emit)

    def on_life_loaded(self, life: dict[str, Any]) -> None:
        if self.case is None:
            return
        self.closures = life["closures"]
        self.emergencies = life["emergencies"]
        self._refresh()

    def pending(self) -> dict[str, Any] | None:
        return next((c for c in self.closures if c["status"] == "pending"), None)

    def _refresh(self) -> None:
        case = self.case
        if case is None:
            return
        closed = case["status"] == "closed"
        pending = self.pending()
        me = self.ctx.user_id
        self.follow_up.setVisible(not closed and self.ctx.allows("case.edit"))
        self.close_case.setVisible(not closed and pending is None and self.ctx.allows("case.close"))
        self.approve_closure.setVisible(bool(pending and self.ctx.allows("case.close_approve")
                                             and pending["requested_by"] != me))
        self.reopen.setVisible(closed and self.ctx.allows("case.close"))
        self.rerefer.setVisible(bool(self.referrals_shown and self.referral and self.referral.get("status") == "declined"
                                     and self.ctx.allows("referral.draft") and not closed))
        self.attachments.setVisible(self.ctx.allows("case.view"))
        referral = (self.referral or {}) if self.referrals_shown else {}
        # an officer alone at the post; a supervisor approves in the normal way instead
        self.emergency.setVisible(bool(referral.get("status") in ("draft", "submitted", "returned")
                                       and self.ctx.allows("referral.emergency")
                                       and not self.ctx.allows("referral.approve")))
        mark = self.emergencies.get(referral.get("id", ""))
        self.approve_emergency.setVisible(bool(mark and mark["approved_by"] is None
                                               and self.ctx.allows("referral.approve")
                                               and mark["released_by"] != me))
        self.state.setText(" · ".join(self._state_bits(case, pending)))

    def _state_bits(self, case: dict[str, Any], pending: dict[str, Any] | None) -> list[str]:
        bits = []
        if case.get("follow_up_on"):
            bits.append(self.tr("Follow up on %1").replace("%1", _ltr(case["follow_up_on"])))
        if pending:
            bits.append(self.tr("Closure waiting for a supervisor: %1").replace("%1", label(pending["outcome"])))
        approved = [c for c in self.closures if c["status"] == "approved"]
        if case["status"] == "closed" and approved:
            bits.append(self.tr("Closed: %1").replace("%1", label(approved[-1]["outcome"])))
        if any(m["approved_by"] is None for m in self.emergencies.values()):
            bits.append(self.tr("EMERGENCY referral waiting for a supervisor's approval"))
        reopened = [c for c in self.closures if c["status"] == "reopened"]
        if case["status"] != "closed" and reopened:
            bits.append(self.tr("Re-opened: %1").replace("%1", "\u2068" + reopened[-1]["reopen_reason"] + "\u2069"))
        return bits

    def set_referrals_shown(self, shown: bool) -> None:
        self.referrals_shown = shown
        self._refresh()

    def on_referral_selected(self, referral: dict[str, Any] | None) -> None:
        self.referral = referral
        self._refresh()

    # --- actions ---
    def _run(self, fn: Any) -> None:
        self.ctx.ops.run(fn, on_done=lambda _r: self.changed.emit(), on_failed=self.failed.emit)

    def on_attachments_clicked(self) -> None:
        if self.case is None:
            return
        from app.ui.attachments_dialog import AttachmentsDialog

        self._open(AttachmentsDialog(self.ctx, self.case["id"], self))

    def on_emergency_clicked(self) -> None:
        if self.referral is None:
            return
        dialog = TextPromptDialog(
            self.tr("Release as an emergency"),
            self.tr("No supervisor is present and the person cannot wait. Why? The referral is released now, "
                    "with the urgency emergency, and a supervisor approves it afterwards."),
            self.tr("Release now"), self)
        referral_id = self.referral["id"]

        def save() -> None:
            from app.services import emergency

            reason = dialog.text()
            self._run(lambda s: emergency.release(s, referral_id, reason=reason))

        dialog.accepted.connect(save)
        self._open(dialog)

    def on_approve_emergency_clicked(self) -> None:
        if self.referral is None:
            return
        from app.services import emergency

        referral_id = self.referral["id"]
        self._run(lambda s: emergency.approve(s, referral_id))

    def on_follow_up_clicked(self) -> None:
        if self.case is None:
            return
        dialog = _Dialog(self.tr("Follow-up date"), self.tr("Save"), self)
        dialog.setObjectName("follow_up_dialog")
        dialog.day = named(QDateEdit(), self.tr("Follow up on"), "follow_up_day")
        dialog.day.setCalendarPopup(True)
        dialog.day.setDisplayFormat("yyyy-MM-dd")
        current = self.case.get("follow_up_on")
        dialog.day.setDate(QDate.fromString(current, "yyyy-MM-dd") if current else QDate.currentDate().addDays(7))
        dialog.none = named(QCheckBox(self.tr("No follow-up date")), self.tr("No follow-up date"), "follow_up_none")
        dialog.form.addRow(self.tr("Follow up on:"), dialog.day)
        dialog.form.addRow("", dialog.none)
        case_id = self.case["id"]

        def save() -> None:
            day = None if dialog.none.isChecked() else dialog.day.date().toString("yyyy-MM-dd")
            from app.services import followup

            self._run(lambda s: followup.set_case_follow_up(s, case_id, day))

        dialog.accepted.connect(save)
        self._open(dialog)

    def on_close_clicked(self) -> None:
        if self.case is None:
            return
        dialog = _Dialog(self.tr("Close the case"), self.tr("Ask for approval"), self)
        dialog.setObjectName("close_dialog")
        dialog.outcome = named(QComboBox(), self.tr("Outcome"), "close_outcome")
        for code in CLOSURE_OUTCOMES:
            dialog.outcome.addItem(label(code), code)
        dialog.note = named(QPlainTextEdit(), self.tr("What happened"), "close_note")
        dialog.note.setTabChangesFocus(True)
        dialog.form.addRow(self.tr("Outcome:"), dialog.outcome)
        dialog.form.addRow(self.tr("What happened:"), dialog.note)
        dialog.form.addRow("", QLabel(self.tr("A supervisor other than you approves the closure.")))
        case_id = self.case["id"]

        def save() -> None:
            from app.services import closure

            outcome, note = dialog.outcome.currentData(), dialog.note.toPlainText()
            self._run(lambda s: closure.request_closure(s, case_id, outcome=outcome, note=note))

        dialog.accepted.connect(save)
        self._open(dialog)

    def on_approve_closure_clicked(self) -> None:
        if self.case is None:
            return
        from app.services import closure

        case_id = self.case["id"]
        self._run(lambda s: closure.approve_closure(s, case_id))

    def on_reopen_clicked(self) -> None:
        if self.case is None:
            return
        dialog = TextPromptDialog(self.tr("Re-open the case"), self.tr("Why is the case re-opened?"),
                                  self.tr("Re-open"), self)
        case_id = self.case["id"]

        def save() -> None:
            from app.services import closure

            reason = dialog.text()
            self._run(lambda s: closure.reopen(s, case_id, reason=reason))

        dialog.accepted.connect(save)
        self._open(dialog)

    def on_rerefer_clicked(self) -> None:
        if self.case is None or self.referral is None:
            return
        dialog = _Dialog(self.tr("Re-refer after a decline"), self.tr("Save the new draft"), self)
        dialog.setObjectName("rerefer_dialog")
        old = self.referral
        names = self.case.get("org_names", {})
        intro = QLabel(self.tr("%1 declined this referral. The new draft keeps its services and urgency "
                               "and carries the reason.").replace("%1", _ltr(names.get(old["provider_id"],
                                                                                    old["provider_id"]))))
        intro.setWordWrap(True)
        dialog.form.addRow(intro)
        dialog.organisation = named(QComboBox(), self.tr("Organisation"), "rerefer_organisation")
        for org_id, name in sorted(names.items(), key=lambda kv: kv[1]):
            if org_id != old["provider_id"]:
                dialog.organisation.addItem(name, org_id)
        dialog.reason = named(QPlainTextEdit(), self.tr("Why this organisation"), "rerefer_reason")
        dialog.reason.setTabChangesFocus(True)
        declined_by = _ltr(names.get(old["provider_id"], old["provider_id"]))
        note = next((e["note"] for e in reversed(old.get("history") or []) if e["status"] == "declined"), "")
        carried = (self.tr("Re-referral after %1 declined (%2).").replace("%2", "\u2068" + note + "\u2069")
                   if note else self.tr("Re-referral after %1 declined.")).replace("%1", declined_by)
        dialog.reason.setPlainText(carried + " ")  # prefilled: the reason is carried, the officer adds to it
        dialog.form.addRow(self.tr("Organisation:"), dialog.organisation)
        dialog.form.addRow(self.tr("Why this organisation:"), dialog.reason)
        referral_id = old["id"]

        def save() -> None:
            from app.services import followup

            org, reason = dialog.organisation.currentData(), dialog.reason.toPlainText()
            self._run(lambda s: followup.rerefer(s, referral_id, provider_id=org, reason=reason, carry=False))

        dialog.accepted.connect(save)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self.on_dialog_finished)
        dialog.open()

    def on_dialog_finished(self, _result: int) -> None:
        self.dialog = None


