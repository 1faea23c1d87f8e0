"""The Sync screen: outbox items with state, attempts and last error; refusals; USB export and import.

Mount:  workspace.addWidget(SyncScreen(ctx, runner))   (no personal data is shown: numbers, states, codes)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import sync, sync_transfer
from app.ui import clock
from app.ui.sync_runner import SyncRunner
from app.ui.sync_status import SyncStatusWidget, waiting_text

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncScreen", text)


STATES = {"pending": QT_TRANSLATE_NOOP("SyncScreen", "waiting"),
          "acknowledged": QT_TRANSLATE_NOOP("SyncScreen", "delivered"),
          "quarantined": QT_TRANSLATE_NOOP("SyncScreen", "refused by the office")}


def connection_text(status: dict) -> str:
    """Connected or not, and what to do next, in the words a post admin uses."""
    if not status:
        return tr("Checking the connection to the office…")
    if status.get("revoked"):
        return tr("The office has switched off this post's connection. Nothing more can be sent: call the office.")
    if not status.get("enrolled"):
        return tr("Not connected to an office. Approved referrals wait here. What to do next: ask the office for a "
                  "connection code and connect this post once (the guide explains how); until then, the office can "
                  "receive referrals on a USB stick.")
    if status.get("online"):
        return tr("Connected to the office. Approved referrals are sent on their own every few minutes; press Sync "
                  "now to send at once.")
    return tr("Not connected: the office is not reachable just now. Referrals wait here and are sent when it answers. "
              "What to do next: check the network, or take them to the office on a USB stick.")


def plain_summary(status: dict) -> str:
    """The connection, then the referrals: waiting, delivered, refused (and what to do about a refusal)."""
    delivered = int(status.get("acknowledged", 0))
    lines = [connection_text(status),
             waiting_text(status) + " · " + QCoreApplication.translate("SyncScreen", "%n delivered").replace("%n", str(delivered))]
    refused = int(status.get("quarantined", 0))
    if refused:
        lines.append(QCoreApplication.translate(
            "SyncScreen", "%n refused by the office: select it below to see why, and press Send again once the "
            "office has fixed it.").replace("%n", str(refused)))
    return "\n".join(lines)


class OutboxModel(QAbstractTableModel):
    """Outbox rows from the runner's snapshot."""

    COLUMNS = (("seq", "#"), ("bundle_id", QT_TRANSLATE_NOOP("SyncScreen", "Parcel")),
               ("state", QT_TRANSLATE_NOOP("SyncScreen", "State")),
               ("attempts", QT_TRANSLATE_NOOP("SyncScreen", "Attempts")),
               ("last_attempt_at", QT_TRANSLATE_NOOP("SyncScreen", "Last attempt")),
               ("last_error", QT_TRANSLATE_NOOP("SyncScreen", "Last error")),
               ("acknowledged_at", QT_TRANSLATE_NOOP("SyncScreen", "Delivered")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace the rows (the selection is cleared with them)."""
        self.beginResetModel()
        self.rows = list(reversed(rows))  # newest first
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 — Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = self.COLUMNS[index.column()][0]
        value = self.rows[index.row()].get(key)
        if key == "state":
            return tr(STATES.get(str(value), str(value)))
        if key == "bundle_id":
            return str(value)[:12]
        if key in ("last_attempt_at", "acknowledged_at"):
            return clock.when(str(value)) if value else ""  # the post's time zone
        if key == "last_error" and value:
            code = self.rows[index.row()].get("error_code") or ""
            return f"{code}: {value}" if code and code not in str(value) else str(value)
        return "" if value is None else str(value)


class SyncScreen(QWidget):
    """Renders the runner's snapshot; USB export/import go through ctx.ops (the database worker)."""

    def __init__(self, ctx: Any, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Outbox"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.refusals = QPlainTextEdit(self)
        self.refusals.setReadOnly(True)
        self.refusals.setAccessibleName(tr("Refused by this post"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._build_layout()
        runner.snapshot_changed.connect(self.on_runner_snapshot_changed)
        runner.failed.connect(self.message.setText)
        self.on_runner_snapshot_changed(runner.snapshot)

    def _build_layout(self) -> None:
        self.sync_button = QPushButton(tr("Sync now"), self)
        self.export_button = QPushButton(tr("Export to USB…"), self)
        self.import_button = QPushButton(tr("Import from USB…"), self)
        self.release_button = QPushButton(tr("Send again"), self)
        self.release_button.setEnabled(False)
        self.release_button.setToolTip(tr("Send a referral the office refused again, after the office fixed what "
                                          "refused it"))
        self.release_button.clicked.connect(self.on_release_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.sync_button.clicked.connect(self.on_sync_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        allowed = self.ctx.allows("sync.transfer") if hasattr(self.ctx, "allows") else False
        for button in (self.export_button, self.import_button):
            button.setEnabled(bool(allowed))
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.export_button, self.import_button, self.release_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(SyncStatusWidget(self.ctx, self.runner, self))
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(tr("What this post refused to accept (office answers or USB folders that failed a check)"), self))
        layout.addWidget(self.refusals, 1)
        layout.addWidget(self.message)

    @Slot(dict)
    def on_runner_snapshot_changed(self, snapshot: dict) -> None:
        status = snapshot.get("status") or {}
        self.model.set_rows(snapshot.get("outbox") or [])
        self.summary.setText(plain_summary(status))
        lines = [f"{clock.when(r['at'])}  {r['kind']}  {r['code']}: {r['message']}" for r in snapshot.get("refusals") or []]
        self.refusals.setPlainText("\n".join(lines))

    @Slot()
    def on_sync_button_clicked(self) -> None:
        self.runner.sync_now()

    def _selected(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    @Slot(QModelIndex, QModelIndex)
    def on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        row = self._selected()
        allowed = self.ctx.allows("sync.run") if hasattr(self.ctx, "allows") else False
        self.release_button.setEnabled(bool(allowed and row and row["state"] == "quarantined"))

    @Slot()
    def on_release_button_clicked(self) -> None:
        row = self._selected()
        if row is not None and row["state"] == "quarantined":
            seq = int(row["seq"])
            self._transfer(lambda s: sync.release(s, seq), lambda _r: tr("Item #{} will be sent again.").format(seq))

    def choose_folder(self, title: str) -> Path | None:
        """The folder picker (tests replace this method)."""
        chosen = QFileDialog.getExistingDirectory(self, title)
        return Path(chosen) if chosen else None

    @Slot()
    def on_export_button_clicked(self) -> None:
        folder = self.choose_folder(tr("Export to a folder on the USB stick"))
        if folder is not None:
            self._transfer(lambda s: sync_transfer.export_usb(s, folder),
                           lambda r: tr("Wrote {} referral parcel(s) to {}.").format(r["bundles"], r["folder"]))

    @Slot()
    def on_import_button_clicked(self) -> None:
        folder = self.choose_folder(tr("Import the office's answers from the USB stick"))
        if folder is not None:
            self._transfer(lambda s: sync_transfer.import_usb(s, folder),
                           lambda r: tr("Imported {} receipt(s).").format(r["acknowledged"]))

    def _transfer(self, job: Any, describe: Any) -> None:
        self.message.setText(tr("Working…"))

        def done(result: dict) -> None:
            self.message.setText(describe(result))
            self.runner.refresh()

        def failed(exc: BaseException) -> None:
            self.message.setText(getattr(exc, "message", "") or tr("The transfer failed."))
            self.runner.refresh()

        self.ctx.ops.run(job, on_done=done, on_failed=failed, label="usb transfer")
