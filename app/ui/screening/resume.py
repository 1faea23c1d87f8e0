"""The signed-in officer's unfinished interviews: continue one, discard one, or start a new one."""

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

from app.ui import clock
from app.ui.screening.base import isolate
from app.ui.screening.texts import step_title


class DraftsPage(QWidget):
    resume_requested = Signal(str)
    new_requested = Signal()
    discard_requested = Signal(str)

    def __init__(self, drafts: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("You have unfinished interviews. Continue one where you left it, or start a new one."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unfinished interviews"))
        for d in drafts:
            who = isolate(d.person) if d.person else self.tr("(no name yet)")
            child = "  " + self.tr("[child]") if d.is_child else ""
            text = self.tr("%1 — step %2 of %3: %4 — saved %5").replace("%1", who + child).replace(
                "%2", str(d.index + 1)).replace("%3", str(d.total)).replace("%4", step_title(d.step)).replace(
                "%5", isolate(clock.when(d.updated_at)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda item: self.resume_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.resume_button = QPushButton(self.tr("&Continue this interview"))
        self.new_button = QPushButton(self.tr("Start a ne&w interview"))
        self.discard_button = QPushButton(self.tr("&Discard this interview"))
        for button in (self.resume_button, self.new_button, self.discard_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.resume_button.clicked.connect(lambda: self._emit(self.resume_requested))
        self.discard_button.clicked.connect(lambda: self._emit(self.discard_requested))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.fields = {"list": self.list}

    def _emit(self, signal: Any) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(item.data(Qt.ItemDataRole.UserRole))
