"""Referrals: the supervisor's approval queue (most urgent, then oldest first) and every referral by status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import referrals, users
from app.ui import clock
from app.ui.context import AppContext
from app.ui.labels import event_note, label
from app.ui.record_model import Column, RecordModel
from app.ui.referral_actions import ReferralActions, can_review, can_submit
from app.ui.widgets import MessageBar, named, select_row

SHOWN_AT_MOST = 2000


def load_referrals(session: Any, mode: str | None) -> tuple[list[dict[str, Any]], dict[str, str], int]:
    """Runs on the database worker: the referrals to list (at most SHOWN_AT_MOST), names, and how many match."""
    if mode == "emergency":  # released by an officer with no supervisor present: approved afterwards, in the case
        from app.services import emergency

        waiting = {e["referral_id"] for e in emergency.pending(session) if e["released_by"] != session.user.id}
        found = [r for r in referrals.list_referrals(session, status=None) if r["id"] in waiting]
    else:
        found = referrals.approval_queue(session) if mode == "queue" else referrals.list_referrals(session, status=mode)
    return found[:SHOWN_AT_MOST], users.display_names(session), len(found)


class ReferralsPage(QWidget):
    case_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("referrals_page")
        self.names: dict[str, str] = {}
        self.actions = ReferralActions(ctx, self)
        self.actions.changed.connect(self.on_actions_changed)
        self.actions.reported.connect(self.on_actions_reported)
        self._said = ""
        self._keep: str | None = None  # after an action, the referral that stays selected (or nothing)
        self.actions.failed.connect(self.on_actions_failed)
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Case"), lambda r: r["case_reference"]),
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Organisation"), lambda r: r["provider_name"]),
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Services"), lambda r: ", ".join(label(s) for s in r["services"])),
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Urgency"), lambda r: label(r["urgency"])),
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Status"), lambda r: label(r["status"])),
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Submitted"), lambda r: clock.when(r.get("submitted_at"))),
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Drafted by"), lambda r: self.names.get(r["drafted_by"], "")),
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Screening decision"),
                   lambda r: QCoreApplication.translate("ReferralsPage", "Override of the suggestion")
                   if r.get("decision_override") else ""),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        self.message = MessageBar()
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = named(QTableView(), self.tr("Referrals"), "referral_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_currentRowChanged)
        splitter.addWidget(self.table)
        self.history = named(QTreeWidget(), self.tr("Status history of the selected referral"), "referral_history")
        self.history.setHeaderLabels([self.tr("Status"), self.tr("When"), self.tr("By"), self.tr("Note")])
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setStretchLastSection(True)
        self.history.setRootIsDecorated(False)
        splitter.addWidget(self.history)
        splitter.setSizes([400, 160])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._button_row())
        self.setFocusProxy(self.table)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mode = named(QComboBox(), self.tr("Which referrals to show"), "referral_mode")
        if self.ctx.allows("referral.approve"):
            self.mode.addItem(self.tr("Waiting for my approval"), "queue")
            self.mode.addItem(self.tr("Emergency releases to approve"), "emergency")
        for status in ("returned", "draft", "submitted", "approved"):  # what needs the user's action first
            self.mode.addItem(label(status), status)
        self.mode.addItem(self.tr("All referrals"), None)
        self.mode.currentIndexChanged.connect(self.load)
        caption = QLabel(self.tr("S&how:"))
        caption.setBuddy(self.mode)
        self.count = named(QLabel(), self.tr("Number of referrals shown"), "referral_count")
        row.addWidget(caption)
        row.addWidget(self.mode)
        row.addStretch(1)
        row.addWidget(self.count)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_case = named(QPushButton(self.tr("&Open case")), self.tr("Open the case of the selected referral"),
                               "referral_open_case")
        self.submit = named(QPushButton(self.tr("&Submit for approval")), self.tr("Submit the selected referral"),
                            "queue_submit")
        self.approve = named(QPushButton(self.tr("&Approve")), self.tr("Approve the selected referral"), "queue_approve")
        self.return_ = named(QPushButton(self.tr("Re&turn to officer…")), self.tr("Return the selected referral"),
                             "queue_return")
        self.open_case.clicked.connect(self.on_open_case_clicked)
        self.submit.clicked.connect(self.on_submit_clicked)
        self.approve.clicked.connect(self.on_approve_clicked)
        self.return_.clicked.connect(self.on_return_clicked)
        for button in (self.open_case, self.submit, self.approve, self.return_):
            row.addWidget(button)
        row.addStretch(1)
        self.submit.setVisible(self.ctx.allows("referral.submit"))
        self.approve.setVisible(self.ctx.allows("referral.approve"))
        self.return_.setVisible(self.ctx.allows("referral.return"))
        self._update_buttons()
        return row

    def load(self) -> None:
        mode = self.mode.currentData()
        self.ctx.ops.run(lambda s: load_referrals(s, mode), on_done=self.on_loaded, label=self.tr("Loading referrals"))

    def on_loaded(self, loaded: tuple[list[dict[str, Any]], dict[str, str], int]) -> None:
        records, self.names, total = loaded
        self.model.set_records(records)
        self.history.clear()
        if total > len(records):
            self.count.setText(self.tr("Referrals: %n (showing the first %1)", "", total).replace(
                "%1", str(len(records))))
        else:
            self.count.setText(self.tr("Referrals: %n", "", total))
        self._restore_selection(records)
        self._update_buttons()

    def _restore_selection(self, records: list[dict[str, Any]]) -> None:
        """The first row on opening; after an action, the same referral or none (never another case's referral,
        which a second Alt+A would approve unread)."""
        keep, self._keep = self._keep, None
        if keep is None:
            if records:
                select_row(self.table, 0)
            return
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), Qt.ItemDataRole.UserRole)["id"] == keep:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return
        self.table.setCurrentIndex(QModelIndex())

    def clear(self) -> None:
        self.model.clear()
        self.history.clear()
        self.names = {}
        self.count.clear()
        self.message.clear()

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        referral = self.selected()
        self.open_case.setEnabled(referral is not None)
        self.submit.setEnabled(bool(referral and can_submit(self.ctx, referral)))
        reviewable = bool(referral and can_review(self.ctx, referral))
        self.approve.setEnabled(reviewable)
        self.return_.setEnabled(reviewable)

    def on_table_currentRowChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        referral = self.selected()
        self.history.clear()
        if referral is None:
            return
        rid = referral["id"]
        self.ctx.ops.run(lambda s: referrals.history(s, rid), on_done=lambda h: self._show_history(rid, h))

    def _show_history(self, referral_id: str, history: list[dict[str, Any]]) -> None:
        current = self.selected()
        if current is None or current["id"] != referral_id:
            return
        for event in history:
            self.history.addTopLevelItem(QTreeWidgetItem([label(event["status"]), clock.when(event["at"]),
                                                          self.names.get(event["by"], event["by"]),
                                                          event_note(event)]))

    def on_table_activated(self, _index: QModelIndex) -> None:
        self.on_open_case_clicked()

    def on_open_case_clicked(self) -> None:
        referral = self.selected()
        if referral:
            self.case_opened.emit(referral["case_id"])

    def on_submit_clicked(self) -> None:
        referral = self.selected()
        if referral and can_submit(self.ctx, referral):
            self.actions.submit(referral["id"])

    def on_approve_clicked(self) -> None:
        referral = self.selected()
        if referral and can_review(self.ctx, referral):
            self.actions.approve(referral)

    def on_return_clicked(self) -> None:
        referral = self.selected()
        if referral and can_review(self.ctx, referral):
            self.actions.return_to_officer(referral["id"])

    def on_actions_reported(self, text: str) -> None:
        self._said = text

    def on_actions_changed(self, referral_id: str) -> None:
        self.message.show_info(self._said or self.tr("Saved."))
        self._said = ""
        self._keep = referral_id
        self.load()

    def on_actions_failed(self, text: str) -> None:
        self.message.show_error(text)
