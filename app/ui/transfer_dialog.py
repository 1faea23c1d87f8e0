"""Transfer of a case to another post (issue 14) on the desktop: the case screen's transfer line (where the case
went and how far it got; read-only once approved), "Transfer to another post…", the supervisor's approval, and the
receiving post's queue of incoming cases (accept, or refuse with a reason). Every action calls app.services.transfer
on the database worker, as the command line does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import AppContext
from app.ui.widgets import TextPromptDialog, named


def _isolated(text: str) -> str:
    """Text typed by a person (a post's name, a reason) kept in its own direction inside a translated sentence."""
    return "\u2068" + text + "\u2069"


def load_transfer(session: Any, case_id: str) -> dict[str, Any]:
    """On the database worker: the case's newest transfer and the other posts it can go to."""
    from app.services import transfer

    return {"transfer": transfer.for_case(session, case_id), "posts": transfer.posts(session)}


class TransferBar(QWidget):
    """Under the case's title: the transfer state, and the actions the user's role allows."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("case_transfer")
        self.case: dict[str, Any] | None = None
        self.current: dict[str, Any] | None = None
        self.posts: list[dict[str, str]] = []
        self.dialog: QDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = named(QLabel(), self.tr("Transfer to another post"), "transfer_state")
        self.state.setWordWrap(True)
        self.request = named(QPushButton(self.tr("Trans&fer to another post…")),
                             self.tr("Transfer this case to another post"), "transfer_request")
        self.approve = named(QPushButton(self.tr("Approve the transfer")),
                             self.tr("Approve the transfer of this case"), "transfer_approve")
        self.decline = named(QPushButton(self.tr("Do not approve…")),
                             self.tr("Do not approve the transfer of this case"), "transfer_decline")
        row.addWidget(self.state, 1)
        for button, slot in ((self.request, self.on_request_clicked), (self.approve, self.on_approve_clicked),
                             (self.decline, self.on_decline_clicked)):
            button.clicked.connect(slot)
            row.addWidget(button)
        self.clear()

    def clear(self) -> None:
        self.case, self.current, self.posts = None, None, []
        self.state.clear()
        self.state.setVisible(False)
        for button in (self.request, self.approve, self.decline):
            button.setVisible(False)

    def show_case(self, case: dict[str, Any]) -> None:
        self.case = case
        case_id = case["id"]
        self.ctx.ops.run(lambda s: load_transfer(s, case_id), on_done=self.on_loaded, on_failed=self.failed.emit)

    def on_loaded(self, found: dict[str, Any]) -> None:
        if self.case is None:
            return
        self.current, self.posts = found["transfer"], found["posts"]
        t = self.current
        open_states = ("requested", "approved", "at_office", "delivered", "accepted")
        under_way = bool(t and t["state"] in open_states)
        self.request.setVisible(bool(not under_way and self.posts and self.case["status"] != "closed"
                                     and self.ctx.allows("transfer.request")))
        waiting = bool(t and t["state"] == "requested" and self.ctx.allows("transfer.approve"))
        self.approve.setVisible(waiting)
        self.decline.setVisible(waiting)
        text = self.state_text(t) if t else ""
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def state_text(self, t: dict[str, Any]) -> str:
        where = _isolated(t["other_post_name"] or t["other_post"])
        texts = {
            "requested": self.tr("Transfer to %1 waits for a supervisor's approval."),
            "declined": self.tr("The transfer to %1 was not approved: %2"),
            "approved": self.tr("TRANSFERRED to %1: approved, waiting to be sent. This case is read-only here."),
            "at_office": self.tr("TRANSFERRED to %1: at the office. This case is read-only here."),
            "delivered": self.tr("TRANSFERRED to %1: delivered, waiting for the post to accept it. "
                                 "This case is read-only here."),
            "accepted": self.tr("TRANSFERRED to %1: accepted there. This case is read-only here."),
            "refused": self.tr("The transfer to %1 was refused: %2. The case stays here."),
        }
        return texts[t["state"]].replace("%2", _isolated(t["note"] or "")).replace("%1", where)

    def _run(self, fn: Any) -> None:
        self.ctx.ops.run(fn, on_done=lambda _r: self.changed.emit(), on_failed=self.failed.emit)

    def on_request_clicked(self) -> None:
        if self.case is None:
            return
        dialog = TransferDialog(self.posts, self)
        case_id = self.case["id"]

        def save() -> None:
            from app.services import transfer

            to_post, reason = dialog.post.currentData(), dialog.reason.toPlainText()
            self._run(lambda s: transfer.request(s, case_id, to_post=to_post, reason=reason))

        dialog.accepted.connect(save)
        self._open(dialog)

    def on_approve_clicked(self) -> None:
        if self.current is None:
            return
        from app.services import transfer

        transfer_id = self.current["id"]
        self._run(lambda s: transfer.approve(s, transfer_id))

    def on_decline_clicked(self) -> None:
        if self.current is None:
            return
        dialog = TextPromptDialog(self.tr("Do not approve the transfer"),
                                  self.tr("Why does the case stay at this post?"), self.tr("Do not approve"), self)
        transfer_id = self.current["id"]

        def save() -> None:
            from app.services import transfer

            note = dialog.text()
            self._run(lambda s: transfer.decline(s, transfer_id, note=note))

        dialog.accepted.connect(save)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self.on_dialog_finished)
        dialog.open()

    def on_dialog_finished(self, _result: int) -> None:
        self.dialog = None


class TransferDialog(QDialog):
    """Choose the receiving post by name and say why; a supervisor's request is approved at once."""

    def __init__(self, posts: list[dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_dialog")
        self.setWindowTitle(self.tr("Transfer to another post"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.post = named(QComboBox(), self.tr("Receiving post"), "transfer_post")
        for p in sorted(posts, key=lambda p: p["name"]):
            self.post.addItem(p["name"], p["code"])
        self.reason = named(QPlainTextEdit(), self.tr("Why the case moves"), "transfer_reason")
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Receiving post:"), self.post)
        form.addRow(self.tr("Why the case moves:"), self.reason)
        layout.addLayout(form)
        note = QLabel(self.tr("Once a supervisor approves, the whole case is sealed for that post and goes with the "
                              "next sync; it becomes read-only here."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(self.tr("Transfer"), QDialogButtonBox.ButtonRole.AcceptRole),
                        self.tr("Transfer"), "transfer_ok")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(self.on_reason_textChanged)
        self.resize(480, 260)

    def on_reason_textChanged(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()) and self.post.count() > 0)


class IncomingTransfersDialog(QDialog):
    """The receiving post's queue: cases other posts sent, waiting for a supervisor to accept or refuse them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("incoming_transfers")
        self.setWindowTitle(self.tr("Incoming transfers"))
        self.rows: list[dict[str, Any]] = []
        self.prompt: TextPromptDialog | None = None
        layout = QVBoxLayout(self)
        self.tree = named(QTreeWidget(), self.tr("Cases sent to this post"), "incoming_list")
        self.tree.setHeaderLabels([self.tr("From"), self.tr("Their reference"), self.tr("Why"), self.tr("State")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        layout.addWidget(self.tree, 1)
        self.message = named(QLabel(), self.tr("Messages"), "incoming_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.accept_button = named(QPushButton(self.tr("&Accept into this post")),
                                   self.tr("Accept the selected case into this post"), "incoming_accept")
        self.refuse_button = named(QPushButton(self.tr("&Refuse…")), self.tr("Refuse the selected case"),
                                   "incoming_refuse")
        close = named(QPushButton(self.tr("Close")), self.tr("Close"), "incoming_close")
        self.accept_button.clicked.connect(self.on_accept_clicked)
        self.refuse_button.clicked.connect(self.on_refuse_clicked)
        close.clicked.connect(self.reject)
        row.addWidget(self.accept_button)
        row.addWidget(self.refuse_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        allowed = ctx.allows("transfer.receive")
        self.accept_button.setVisible(allowed)
        self.refuse_button.setVisible(allowed)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        from app.services import transfer

        self.ctx.ops.run(lambda s: transfer.listing(s, direction="in", states=("delivered",)),
                         on_done=self.on_loaded, on_failed=self.on_failed)

    def on_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.tree.clear()
        for t in rows:
            item = QTreeWidgetItem([t["other_post_name"] or t["other_post"], "\u2066" + t["case_reference"] + "\u2069",
                                    t["reason"], self.tr("Waiting for a supervisor")])
            self.tree.addTopLevelItem(item)
        if rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.message.setText(self.tr("No case is waiting."))

    def selected(self) -> dict[str, Any] | None:
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def on_failed(self, error: object) -> None:
        self.message.setText(str(getattr(error, "message", "")) or self.tr("The action did not succeed."))

    def on_accept_clicked(self) -> None:
        found = self.selected()
        if found is None:
            return
        from app.services import transfer

        transfer_id = found["id"]
        self.ctx.ops.run(lambda s: transfer.accept(s, transfer_id), on_done=self.on_accepted,
                         on_failed=self.on_failed)

    def on_accepted(self, result: dict[str, Any]) -> None:
        self.message.setText(self.tr("Accepted: case %1.").replace("%1", "\u2066" + result["reference"] + "\u2069"))
        self.reload()

    def on_refuse_clicked(self) -> None:
        found = self.selected()
        if found is None:
            return
        dialog = TextPromptDialog(self.tr("Refuse the transfer"),
                                  self.tr("Why is the case refused? The office and the sending post read this: "
                                          "write no personal details."), self.tr("Refuse"), self)
        transfer_id = found["id"]

        def save() -> None:
            from app.services import transfer

            reason = dialog.text()
            self.ctx.ops.run(lambda s: transfer.refuse(s, transfer_id, reason=reason),
                             on_done=lambda _r: self.reload(), on_failed=self.on_failed)

        dialog.accepted.connect(save)
        self.prompt = dialog
        dialog.open()
