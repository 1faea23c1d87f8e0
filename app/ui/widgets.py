"""Small shared widgets: the message bar, accessible-name helpers, and a text-prompt dialog."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, object_name: str = "") -> W:
    """Give a control its accessible name (read by screen readers) and, optionally, an object name for tests."""
    widget.setAccessibleName(name)
    if object_name:
        widget.setObjectName(object_name)
    return widget


class MessageBar(QWidget):
    """An inline, dismissible one-sentence message (errors are never modal, so work is never blocked)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = named(QLabel(), self.tr("Message"), "message_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        close = named(QPushButton(self.tr("Dismiss")), self.tr("Dismiss the message"), "message_dismiss")
        close.clicked.connect(self.on_close_clicked)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "#fde2e1", "#7a1212")

    def show_info(self, text: str) -> None:
        self._show(text, "#e3f1e6", "#144d23")

    def _show(self, text: str, background: str, foreground: str) -> None:
        self.setStyleSheet(f"#message_bar {{ background: {background}; }} QLabel {{ color: {foreground}; }}")
        self.text.setText(text)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()

    def on_close_clicked(self) -> None:
        self.clear()
        self.dismissed.emit()


class TextPromptDialog(QDialog):
    """Ask for a required sentence (a return note, an override reason); OK stays disabled until there is text."""

    def __init__(self, title: str, prompt: str, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("text_prompt")
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.edit = named(QPlainTextEdit(), prompt, "prompt_text")
        self.edit.setTabChangesFocus(True)
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole), accept_text, "prompt_ok")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        named(cancel, self.tr("Cancel"), "prompt_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.edit.textChanged.connect(self.on_edit_textChanged)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def on_edit_textChanged(self) -> None:
        self.ok.setEnabled(bool(self.text()))


def select_row(table: Any, row: int) -> None:
    """Make `row` current and selected (the view selects whole rows). Not QTableView.selectRow: in right-to-left
    layouts it probes the column at x = viewport width, finds none, and leaves no current index."""
    model = table.model()
    if 0 <= row < model.rowCount():
        table.setCurrentIndex(model.index(row, 0))
