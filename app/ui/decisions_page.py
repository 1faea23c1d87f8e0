"""Decision reviews: the supervisor's queue of negative screening decisions (approve, or return with a note)."""

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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services import decisions, users
from app.ui import clock
from app.ui.context import AppContext
from app.ui.labels import label, message
from app.ui.record_model import Column, RecordModel
from app.ui.screening.reasons import reason_text
from app.ui.widgets import MessageBar, TextPromptDialog, named, select_row


def load_reviews(session: Any, mode: str | None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Runs on the database worker: the reviews to list, and the names of the officers who decided."""
    found = decisions.queue(session) if mode == "queue" else decisions.list_reviews(session, status=mode)
    return found, users.display_names(session)


def _isolated(text: str) -> str:
    """Typed text keeps its own direction inside a right-to-left page (first-strong isolate)."""
    return "\u2068" + text + "\u2069"


def _yes(flag: bool) -> str:
    return QCoreApplication.translate("DecisionsPage", "Yes") if flag else ""


class DecisionsPage(QWidget):
    case_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("decisions_page")
        self.names: dict[str, str] = {}
        self.dialog: TextPromptDialog | None = None
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("DecisionsPage", "Case"), lambda r: r["case_reference"]),
            Column(lambda: QCoreApplication.translate("DecisionsPage", "Decision"),
                   lambda r: label(r["classification"])),
            Column(lambda: QCoreApplication.translate("DecisionsPage", "Suggested"), lambda r: label(r["suggested"])),
            Column(lambda: QCoreApplication.translate("DecisionsPage", "Override"), lambda r: _yes(r["override"])),
            Column(lambda: QCoreApplication.translate("DecisionsPage", "Child"), lambda r: _yes(r["is_child"])),
            Column(lambda: QCoreApplication.translate("DecisionsPage", "Status"), lambda r: label(r["status"])),
            Column(lambda: QCoreApplication.translate("DecisionsPage", "Decided by"),
                   lambda r: self.names.get(r["decided_by"], "")),
            Column(lambda: QCoreApplication.translate("DecisionsPage", "When"),
                   lambda r: clock.when(r["created_at"])),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        self.message = MessageBar()
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = named(QTableView(), self.tr("Decision reviews"), "decision_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_currentRowChanged)
        splitter.addWidget(self.table)
        self.details = named(QTextBrowser(), self.tr("Reasons for the selected decision"), "decision_details")
        splitter.addWidget(self.details)
        splitter.setSizes([320, 240])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._button_row())
        self.setFocusProxy(self.table)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mode = named(QComboBox(), self.tr("Which decisions to show"), "decision_mode")
        if self.ctx.allows("decision.review"):
            self.mode.addItem(self.tr("Waiting for my review"), "queue")
        for status in ("pending", "returned", "approved"):
            self.mode.addItem(label(status), status)
        self.mode.addItem(self.tr("All decision reviews"), None)
        self.mode.currentIndexChanged.connect(self.load)
        caption = QLabel(self.tr("S&how:"))
        caption.setBuddy(self.mode)
        self.count = named(QLabel(), self.tr("Number of decisions shown"), "decision_count")
        row.addWidget(caption)
        row.addWidget(self.mode)
        row.addStretch(1)
        row.addWidget(self.count)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_case = named(QPushButton(self.tr("&Open case")), self.tr("Open the case of the selected decision"),
                               "decision_open_case")
        self.approve = named(QPushButton(self.tr("&Confirm the decision")), self.tr("Confirm the selected decision"),
                             "decision_approve")
        self.return_ = named(QPushButton(self.tr("Re&turn to the officer…")),
                             self.tr("Return the selected decision to the officer with a note"), "decision_return")
        self.open_case.clicked.connect(self.on_open_case_clicked)
        self.approve.clicked.connect(self.on_approve_clicked)
        self.return_.clicked.connect(self.on_return_clicked)
        for button in (self.open_case, self.approve, self.return_):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.approve, self.return_):
            button.setVisible(self.ctx.allows("decision.review"))
        self._update_buttons()
        return row

    def load(self) -> None:
        mode = self.mode.currentData()
        self.ctx.ops.run(lambda s: load_reviews(s, mode), on_done=self.on_loaded, label=self.tr("Loading decisions"))

    def on_loaded(self, loaded: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
        records, self.names = loaded
        self.model.set_records(records)
        self.details.clear()
        self.count.setText(self.tr("Decisions: %n", "", len(records)))
        if records:
            select_row(self.table, 0)
        self._update_buttons()

    def clear(self) -> None:
        self.model.clear()
        self.details.clear()
        self.names = {}
        self.count.clear()
        self.message.clear()

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _reviewable(self, review: dict[str, Any] | None) -> bool:
        return bool(review and review["status"] == "pending" and self.ctx.allows("decision.review")
                    and review["decided_by"] != self.ctx.user_id)

    def _update_buttons(self) -> None:
        review = self.selected()
        self.open_case.setEnabled(review is not None)
        for button in (self.approve, self.return_):
            button.setEnabled(self._reviewable(review))

    def on_table_currentRowChanged(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        review = self.selected()
        self.details.setHtml(self._details_html(review) if review else "")

    def _details_html(self, r: dict[str, Any]) -> str:
        """The decision, its marks, the officer's reason and the engine's reasons (all escaped)."""
        from html import escape

        decision = self.tr("Decision: %1").replace("%1", label(r["classification"]))
        override, suggested = self.tr("OVERRIDE"), self.tr("the engine suggested %1").replace("%1", label(r["suggested"]))
        child, procedures = self.tr("CHILD"), self.tr("child-specific procedures apply")
        officer, engine, note = self.tr("The officer’s reason"), self.tr("The engine’s reasons"), self.tr("Review note")
        lines = [f"<p><b>{escape(decision)}</b></p>"]
        if r["override"]:
            lines.append(f"<p style='background:#fff4ce'><b>{escape(override)}</b> — {escape(suggested)}</p>")
        if r["is_child"]:
            lines.append(f"<p style='background:#fde7e9'><b>{escape(child)}</b> — {escape(procedures)}</p>")
        lines.append(f"<p><b>{escape(officer)}</b><br>{escape(_isolated(r['reason']))}</p>")
        reasons = "".join(f"<li>{escape(reason_text(x))}</li>" for x in r["engine_reasons"])
        lines.append(f"<p><b>{escape(engine)}</b></p><ul>{reasons}</ul>")
        if r["review_note"]:
            lines.append(f"<p><b>{escape(note)}</b><br>{escape(_isolated(r['review_note']))}</p>")
        return "".join(lines)

    def on_table_activated(self, _index: QModelIndex) -> None:
        self.on_open_case_clicked()

    def on_open_case_clicked(self) -> None:
        review = self.selected()
        if review:
            self.case_opened.emit(review["case_id"])

    def on_approve_clicked(self) -> None:
        review = self.selected()
        if self._reviewable(review):
            assert review is not None
            rid = review["id"]
            self.ctx.ops.run(lambda s: decisions.approve(s, rid), on_done=lambda _r: self._done(),
                             on_failed=self._failed, label=self.tr("Confirming the decision"))

    def on_return_clicked(self) -> None:
        review = self.selected()
        if not self._reviewable(review):
            return
        assert review is not None
        rid = review["id"]
        dialog = TextPromptDialog(self.tr("Return the decision"),
                                  self.tr("What should the officer reconsider? The note is kept with the case."),
                                  self.tr("Return to the officer"), self)
        dialog.setObjectName("decision_return_dialog")
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: decisions.return_decision(s, rid, note=dialog.text()), on_done=lambda _r: self._done(),
            on_failed=self._failed, label=self.tr("Returning the decision")))
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _done(self) -> None:
        self.message.show_info(self.tr("Saved."))
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(message(getattr(exc, "message", "")) or self.tr("The decision was not saved."))
