"""The status-bar sync indicator: online or offline, bundles waiting, last successful sync, feed age, "Sync now".

Mount:  window.statusBar().addPermanentWidget(SyncStatusWidget(ctx, runner))
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.ui.sync_runner import SyncRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def age_text(seconds: int | None) -> str:
    """A short, human age: "just now", "5 min", "3 h", "2 days"."""
    if seconds is None:
        return tr("never")
    if seconds < 60:
        return tr("just now")
    if seconds < 3600:
        return tr("{} min").format(seconds // 60)
    if seconds < 2 * 86400:
        return tr("{} h").format(seconds // 3600)
    return tr("{} days").format(seconds // 86400)


def since(stamp: str | None, *, now: datetime | None = None) -> int | None:
    """Seconds since an ISO time ending in Z, or None."""
    if not stamp:
        return None
    moment = datetime.fromisoformat(stamp.rstrip("Z")).replace(tzinfo=UTC)
    return max(0, int(((now or datetime.now(UTC)) - moment).total_seconds()))


# The counted sentences below are translated without a count and %n filled in afterwards: lupdate files a
# QCoreApplication.translate() call as a plain message, and Qt finds a plain message only when asked without one.


def pass_summary(report: Any) -> str:
    """What one sync pass did, in words an officer reads at a glance ("3 referrals sent", "office not reachable")."""
    if report is None:
        return tr("Nothing to do: the post is not connected to an office yet.")
    if getattr(report, "revoked", False):
        return tr("The office has revoked this post's device: ask the post admin.")
    if not report.reachable:
        return tr("Office not reachable — will retry.")
    parts = []
    sent, updates, waiting = max(report.sent, report.acknowledged), report.statuses_applied, report.pending
    if sent:
        parts.append(QCoreApplication.translate("SyncStatus", "%n referral(s) sent").replace("%n", str(sent)))
    if updates:
        parts.append(QCoreApplication.translate("SyncStatus", "%n update(s) received").replace("%n", str(updates)))
    if waiting:
        parts.append(QCoreApplication.translate("SyncStatus", "%n still waiting").replace("%n", str(waiting)))
    if report.transient:
        parts.append(tr("stopped early — will retry"))
    return "; ".join(parts) if parts else tr("Up to date: nothing was waiting.")


def waiting(status: dict) -> int:
    """Referrals approved and not yet delivered: parcels in the outbox, and approvals not yet parcelled because the
    post is not connected to an office (they would otherwise be invisible)."""
    return int(status.get("pending", 0)) + int(status.get("waiting_for_enrolment", 0))


def waiting_text(status: dict) -> str:
    count = waiting(status)
    return QCoreApplication.translate("SyncStatus", "%n referral(s) waiting to be sent").replace("%n", str(count))


class SyncStatusWidget(QWidget):
    """Reads only the runner's snapshot (counts and times, never personal data)."""

    def __init__(self, ctx: Any, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.state_label = QLabel(self)
        self.waiting_label = QLabel(self)
        self.last_label = QLabel(self)
        self.feed_label = QLabel(self)
        self.result_label = QLabel(self)  # what the last "Sync now" did
        self.result_label.setObjectName("sync_result")
        self._asked = False
        self.sync_button = QToolButton(self)
        self.sync_button.setText(tr("Sync now"))
        self.sync_button.setAccessibleName(tr("Sync now"))
        self.sync_button.clicked.connect(self.on_sync_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.state_label, self.waiting_label, self.last_label, self.feed_label, self.result_label,
                       self.sync_button):
            layout.addWidget(widget)
        runner.snapshot_changed.connect(self.on_runner_snapshot_changed)
        runner.busy_changed.connect(self.on_runner_busy_changed)
        runner.pass_finished.connect(self.on_runner_pass_finished)
        self.on_runner_snapshot_changed(runner.snapshot)

    @Slot()
    def on_sync_button_clicked(self) -> None:
        self._asked = True
        self.result_label.clear()
        self.runner.sync_now()

    @Slot(object)
    def on_runner_pass_finished(self, report: object) -> None:
        if self._asked:  # only the pass the user asked for is reported; background passes stay quiet
            self._asked = False
            self.result_label.setText(pass_summary(report))

    @Slot(bool)
    def on_runner_busy_changed(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        if busy:
            self.state_label.setText(tr("Syncing…"))

    @Slot(dict)
    def on_runner_snapshot_changed(self, snapshot: dict) -> None:
        status = snapshot.get("status") or {}
        self.state_label.setText(self.state_text(status))
        self.waiting_label.setText(waiting_text(status))
        self.last_label.setText(tr("Last sync: {}").format(age_text(since(status.get("last_success")))))
        self.feed_label.setText(tr("Updates: {}").format(age_text(status.get("feed_age_seconds"))))
        tip = tr("Refused by the office: {}. Last problem: {}").format(status.get("quarantined", 0),
                                                                       status.get("last_error") or tr("none"))
        self.setToolTip(tip)
        self.setAccessibleName(f"{self.state_label.text()}, {self.waiting_label.text()}")

    @staticmethod
    def state_text(status: dict) -> str:
        if not status:
            return tr("Sync: starting")
        if status.get("revoked"):
            return tr("Device revoked")
        if not status.get("enrolled"):
            return tr("Not connected to an office")
        return tr("● Office connected") if status.get("online") else tr("○ Office not reachable")
