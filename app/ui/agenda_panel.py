"""Above the case list: follow-ups due today or overdue, and the officer's unfinished interviews."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import AppContext
from app.ui.widgets import named

ROWS_SHOWN = 4  # the list stays small: the case table below is the main thing on this screen


def _isolate(text: str) -> str:
    """A reference or date kept left to right inside an Urdu line."""
    return "\u2066" + text + "\u2069"


def agenda(session: Any) -> dict[str, Any]:
    """On the database worker: what is due and how many interviews this user left unfinished."""
    from app.services import followup
    from app.services import screening_flow as sf

    due = followup.due(session) if session.allows("case.view") else []
    drafts = len(sf.open_drafts(session)) if session.allows("screening.run") else 0
    return {"due": due, "unfinished": drafts}


class CaseAgenda(QWidget):
    case_opened = Signal(str)  # case id
    interviews_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("case_agenda")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Follow-up due"))
        self.heading.setObjectName("agenda_heading")
        box.addWidget(self.heading)
        self.due_list = named(QListWidget(), self.tr("Follow-ups due today or overdue"), "due_list")
        self.due_list.itemActivated.connect(self.on_due_list_itemActivated)
        self.heading.setBuddy(self.due_list)
        box.addWidget(self.due_list)
        self.nothing_due = QLabel(self.tr("Nothing is due for follow-up today."))
        self.nothing_due.setObjectName("nothing_due")
        box.addWidget(self.nothing_due)
        row = QHBoxLayout()
        self.unfinished = named(QLabel(), self.tr("Unfinished interviews"), "unfinished_count")
        self.continue_button = named(QPushButton(self.tr("Con&tinue an unfinished interview")),
                                     self.tr("Continue an unfinished interview"), "continue_interview")
        self.continue_button.clicked.connect(self.interviews_requested.emit)
        row.addWidget(self.unfinished)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        box.addLayout(row)
        self.show_agenda({"due": [], "unfinished": 0})

    def load(self) -> None:
        self.ctx.ops.run(agenda, on_done=self.show_agenda, label="follow-ups")

    def show_agenda(self, found: dict[str, Any]) -> None:
        self.due_list.clear()
        for row in found["due"]:
            item = QListWidgetItem(self._line(row))
            item.setData(Qt.ItemDataRole.UserRole, row["case_id"])
            self.due_list.addItem(item)
        has_due = bool(found["due"])
        self.due_list.setVisible(has_due)
        self.nothing_due.setVisible(not has_due)
        if has_due:
            height = self.due_list.sizeHintForRow(0) * min(ROWS_SHOWN, len(found["due"])) + 6
            self.due_list.setFixedHeight(height)
        count = int(found["unfinished"])
        self.unfinished.setText(self.tr("You have 1 unfinished interview.") if count == 1 else
                                self.tr("You have %n unfinished interviews.", "", count))
        self.unfinished.setVisible(count > 0)
        self.continue_button.setVisible(count > 0)

    def _line(self, row: dict[str, Any]) -> str:
        when = (self.tr("Due today") if row["due"] == "today"
                else self.tr("Overdue since %1").replace("%1", _isolate(row["follow_up_on"])))
        name = row["name_native"] if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and row[
            "name_native"] else row["display_name"]
        what = (self.tr("referral to %1").replace("%1", row["provider_name"]) if row["kind"] == "referral"
                else self.tr("case"))
        return f"{when} — {_isolate(row['reference'])} — {name} — {what}"

    def clear(self) -> None:
        self.show_agenda({"due": [], "unfinished": 0})

    def on_due_list_itemActivated(self, item: QListWidgetItem) -> None:
        self.case_opened.emit(item.data(Qt.ItemDataRole.UserRole))
