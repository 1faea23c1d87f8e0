"""User management for the post admin: add, reset password, change role, deactivate or reactivate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.picklists import ROLES
from app.domain.policy import password_problems
from app.services import users
from app.ui.context import AppContext
from app.ui.labels import label, policy_problem
from app.ui.ops import message_of
from app.ui.record_model import Column, RecordModel
from app.ui.widgets import MessageBar, named, select_row


class UserDialog(QDialog):
    """Add a user (user name, full name, role, password) or, with `username` given, set a new password."""

    def __init__(self, parent: QWidget | None = None, *, username: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_dialog")
        self.reset = username is not None
        self.setWindowTitle(self.tr("Reset password") if self.reset else self.tr("Add user"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = named(QLineEdit(username or ""), self.tr("User name"), "user_username")
        self.username.setReadOnly(self.reset)
        self.full_name = named(QLineEdit(), self.tr("Full name"), "user_full_name")
        self.role = named(QComboBox(), self.tr("Role"), "user_role")
        for code in ROLES:
            self.role.addItem(label(code), code)
        self.password = named(QLineEdit(), self.tr("New password"), "user_password")
        self.repeat = named(QLineEdit(), self.tr("Repeat the new password"), "user_repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self.on_password_textChanged)
        self.username.textChanged.connect(self.on_password_textChanged)
        self.rules = named(QLabel(), self.tr("Password rules"), "user_rules")
        self.rules.setWordWrap(True)
        form.addRow(self.tr("&User name:"), self.username)
        if not self.reset:
            form.addRow(self.tr("&Full name:"), self.full_name)
            form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("R&epeat:"), self.repeat)
        form.addRow("", self.rules)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole), self.tr("Save"),
                        "user_save")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"),
              "user_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.on_password_textChanged()

    def on_password_textChanged(self, _text: str = "") -> None:
        problems = [policy_problem(p) for p in password_problems(self.password.text(), username=self.username.text())]
        if self.password.text() != self.repeat.text():
            problems.append(self.tr("the two passwords must match"))
        if not self.username.text().strip():
            problems.append(self.tr("enter a user name"))
        self.rules.setText(self.tr("To continue: %1.").replace("%1", "; ".join(problems)) if problems else "")
        self.ok.setEnabled(not problems)


class RoleDialog(QDialog):
    def __init__(self, username: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role_dialog")
        self.setWindowTitle(self.tr("Change role"))
        layout = QFormLayout(self)
        self.role = named(QComboBox(), self.tr("New role"), "role_choice")
        for code in ROLES:
            self.role.addItem(label(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        layout.addRow(self.tr("User:"), QLabel(username))
        layout.addRow(self.tr("&Role:"), self.role)
        buttons = QDialogButtonBox()
        named(buttons.addButton(self.tr("Change role"), QDialogButtonBox.ButtonRole.AcceptRole), self.tr("Change role"),
              "role_save")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"),
              "role_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("users_page")
        self.dialog: QDialog | None = None
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("UsersPage", "User name"), lambda u: u.username),
            Column(lambda: QCoreApplication.translate("UsersPage", "Full name"), lambda u: u.full_name),
            Column(lambda: QCoreApplication.translate("UsersPage", "Role"), lambda u: label(u.role)),
            Column(lambda: QCoreApplication.translate("UsersPage", "Status"), lambda u: QCoreApplication.translate("UsersPage", "Active") if u.active else QCoreApplication.translate("UsersPage", "Deactivated")),
        ], self)
        layout = QVBoxLayout(self)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.table = named(QTableView(), self.tr("Users of this post"), "user_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add = named(QPushButton(self.tr("&Add user…")), self.tr("Add a user"), "user_add")
        self.reset = named(QPushButton(self.tr("&Reset password…")), self.tr("Reset the selected user's password"),
                           "user_reset")
        self.change_role = named(QPushButton(self.tr("Change r&ole…")), self.tr("Change the selected user's role"),
                                 "user_change_role")
        self.toggle = named(QPushButton(self.tr("&Deactivate")), self.tr("Deactivate or reactivate the selected user"),
                            "user_toggle")
        for button, slot in ((self.add, self.on_add_clicked), (self.reset, self.on_reset_clicked),
                             (self.change_role, self.on_change_role_clicked), (self.toggle, self.on_toggle_clicked)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_currentRowChanged)
        self.setFocusProxy(self.table)

    def load(self) -> None:
        self.ctx.ops.run(users.list_users, on_done=self.on_loaded, label=self.tr("Loading users"))

    def on_loaded(self, records: list[Any]) -> None:
        self.model.set_records(records)
        if records:
            select_row(self.table, 0)
        self.on_table_currentRowChanged()

    def clear(self) -> None:
        self.model.clear()

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def on_table_currentRowChanged(self, *_args: object) -> None:
        user = self.selected()
        for button in (self.reset, self.change_role, self.toggle):
            button.setEnabled(user is not None)
        self.toggle.setText(self.tr("&Reactivate") if user is not None and not user.active else self.tr("&Deactivate"))

    def _do(self, fn: Any, done_text: str) -> None:
        self.ctx.ops.run(fn, on_done=lambda _r: self._done(done_text),
                         on_failed=lambda exc: self.message.show_error(message_of(exc)), label=self.tr("Saving"))

    def _done(self, text: str) -> None:
        self.message.show_info(text)
        self.load()

    def _open(self, dialog: QDialog, on_accept: Any) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.open()

    def on_add_clicked(self) -> None:
        dialog = UserDialog(self)
        self._open(dialog, lambda: self._do(lambda s: users.add_user(
            s, username=dialog.username.text().strip(), role=dialog.role.currentData(),
            password=dialog.password.text(), full_name=dialog.full_name.text().strip()), self.tr("The user was added.")))

    def on_reset_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self, username=user.username)
        self._open(dialog, lambda: self._do(lambda s: users.reset_password(
            s, username=user.username, new_password=dialog.password.text()), self.tr("The password was reset.")))

    def on_change_role_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = RoleDialog(user.username, user.role, self)
        self._open(dialog, lambda: self._do(lambda s: users.set_role(
            s, username=user.username, role=dialog.role.currentData()), self.tr("The role was changed.")))

    def on_toggle_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self._do(lambda s: users.set_active(s, username=user.username, active=not user.active),
                     self.tr("The account was reactivated.") if not user.active else
                     self.tr("The account was deactivated."))


