"""The first-run page (create the post and its first admin) and the unlock page (with the throttle countdown)."""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AuthenticationFailed
from app.domain.policy import looks_like_password, password_problems, password_strength
from app.services import settings, vault
from app.ui.context import AppContext
from app.ui.labels import policy_problem
from app.ui.ops import message_of
from app.ui.widgets import MessageBar, named


def _desktop(session: Any) -> Any:
    """Runs on the database worker right after unlocking: tune the long-lived connection for the desktop."""
    settings.use_desktop_cache(session)
    return session


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def _centred(inner: QWidget) -> QVBoxLayout:
    """Centre a form; not with an alignment flag, which sizes it by its size hint and cuts wrapped messages off."""
    inner.setMaximumWidth(max(inner.minimumWidth(), 520))
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 3)
    row.addStretch(1)
    outer = QVBoxLayout()
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return outer


class FirstRunPage(QWidget):
    """No post yet: code and name of the post, the first admin, a password with a strength meter."""

    unlocked = Signal(object)  # the signed-in user (the new admin)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run_page")
        box = QWidget()
        box.setMinimumWidth(520)
        layout = QVBoxLayout(box)
        layout.addWidget(_heading(self.tr("Set up this post")))
        intro = QLabel(self.tr("No post has been set up on this computer yet. Enter the post's details and "
                               "create the first administrator account. The password protects every record "
                               "stored here; it cannot be recovered if it is lost."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = named(QLineEdit(), self.tr("Post code"), "post_code")
        self.code.setPlaceholderText(self.tr("e.g. ISB"))
        self.code.setMaxLength(6)
        self.name = named(QLineEdit(), self.tr("Post name"), "post_name")
        self.admin = named(QLineEdit(), self.tr("Administrator user name"), "admin_username")
        self.full_name = named(QLineEdit(), self.tr("Administrator full name"), "admin_full_name")
        self.password = named(QLineEdit(), self.tr("Password"), "admin_password")
        self.repeat = named(QLineEdit(), self.tr("Repeat password"), "admin_repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = named(QProgressBar(), self.tr("Password strength"), "strength_meter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.rules = named(QLabel(), self.tr("Password rules"), "password_rules")
        self.rules.setWordWrap(True)
        form.addRow(self.tr("Post &code:"), self.code)
        form.addRow(self.tr("Post &name:"), self.name)
        form.addRow(self.tr("Admin &user name:"), self.admin)
        form.addRow(self.tr("Admin &full name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.rules)
        layout.addLayout(form)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.create = named(QPushButton(self.tr("Create the post")), self.tr("Create the post"), "create_post")
        self.create.setDefault(True)
        self.create.clicked.connect(self.on_create_clicked)
        layout.addWidget(self.create, 0, Qt.AlignmentFlag.AlignRight)
        # Training mode (issue 19): a practice post beside this folder, with your user name and this password.
        self.practise = named(QPushButton(self.tr("&Practise first (training post)")),
                              self.tr("Practise first (training post)"), "practise_first")
        self.practise.clicked.connect(self.on_practise_clicked)
        layout.addWidget(self.practise, 0, Qt.AlignmentFlag.AlignRight)
        for edit in (self.password, self.repeat, self.admin):
            edit.textChanged.connect(self.on_password_textChanged)
        for edit in (self.code, self.name, self.admin, self.full_name, self.password, self.repeat):
            edit.returnPressed.connect(self.create.click)
        self.setLayout(_centred(box))
        self.on_password_textChanged()

    def problems(self) -> list[str]:
        found = [policy_problem(p) for p in password_problems(self.password.text(), username=self.admin.text())]
        if self.repeat.text() != self.password.text():
            found.append(self.tr("the two passwords must match"))
        return found

    def on_password_textChanged(self) -> None:
        score = password_strength(self.password.text())
        names = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong")]
        self.meter.setValue(score)
        self.meter.setFormat(names[score])
        problems = self.problems()
        if problems:
            self.rules.setText(self.tr("To continue: %1.").replace("%1", "; ".join(problems)))
        else:
            self.rules.setText(self.tr("The password meets the rules."))
        self.create.setEnabled(not problems)
        if hasattr(self, "practise"):
            self.practise.setEnabled(not problems)

    def on_practise_clicked(self) -> None:
        from app.ui import training_chrome

        training_chrome.practise_first(self)

    def on_create_clicked(self) -> None:
        if self.problems():
            return
        self.create.setEnabled(False)
        self.message.clear()
        data_dir = self.ctx.data_dir
        args = {"post_code": self.code.text(), "post_name": self.name.text(), "admin_username": self.admin.text(),
                "admin_password": self.password.text(), "admin_full_name": self.full_name.text()}
        self.ctx.ops.run(lambda _s: vault.create_post(data_dir, **args), on_done=self.on_post_created,
                         on_failed=self.on_failed, label=self.tr("Creating the encrypted store"))

    def on_post_created(self, _result: object) -> None:
        data_dir, user, password = self.ctx.data_dir, self.admin.text().strip(), self.password.text()
        self.ctx.ops.open_session(lambda: _desktop(vault.unlock(data_dir, user, password)), on_done=self.on_session_opened,
                                  on_failed=self.on_failed, label=self.tr("Opening the store"))

    def on_session_opened(self, user: object) -> None:
        self.password.clear()
        self.repeat.clear()
        self.unlocked.emit(user)

    def on_failed(self, exc: BaseException) -> None:
        self.message.show_error(message_of(exc))
        self.create.setEnabled(True)


class UnlockPage(QWidget):
    """User name and password; a wrong password gets a clear message, repeated failures a visible countdown."""

    unlocked = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unlock_page")
        self._remaining = 0
        box = QWidget()
        box.setMinimumWidth(420)
        layout = QVBoxLayout(box)
        layout.addWidget(_heading(self.tr("NRM Desk is locked")))
        hint = QLabel(self.tr("Sign in with your own user name and password. Records stay encrypted until you do."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.user = named(QLineEdit(), self.tr("User name"), "unlock_user")
        self.password = named(QLineEdit(), self.tr("Password"), "unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.countdown = named(QLabel(), self.tr("Waiting time"), "unlock_countdown")
        self.countdown.setWordWrap(True)
        self.countdown.hide()
        layout.addWidget(self.countdown)
        self.button = named(QPushButton(self.tr("Unlock")), self.tr("Unlock"), "unlock_button")
        self.button.setDefault(True)
        self.button.clicked.connect(self.on_button_clicked)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.button.click)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.on_tick_timeout)
        ctx.ops.delay_started.connect(self.on_ops_delay_started)
        self.setLayout(_centred(box))
        self.setFocusProxy(self.user)

    def reset(self) -> None:
        """Start from an empty user name: whoever comes to the desk next types theirs (never into Password)."""
        self.user.clear()
        self.password.clear()
        self.message.clear()
        self.button.setEnabled(True)
        self.user.setFocus()

    def on_button_clicked(self) -> None:
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.message.show_error(self.tr("Enter your user name and password."))
            return
        self.button.setEnabled(False)
        self.message.clear()
        data_dir = self.ctx.data_dir
        delay = self.ctx.ops.delay_started

        def sleep(seconds: float) -> None:  # runs on the database worker: the GUI keeps counting down
            if seconds > 0:
                delay.emit(seconds)
                time.sleep(seconds)

        self.ctx.ops.open_session(lambda: _desktop(vault.unlock(data_dir, user, password, sleep=sleep)),
                                  on_done=self.on_session_opened, on_failed=self.on_failed,
                                  label=self.tr("Checking the password"))

    def on_session_opened(self, user: object) -> None:
        self.password.clear()
        self._stop_countdown()
        self.unlocked.emit(user)

    def on_failed(self, exc: BaseException) -> None:
        self._stop_countdown()
        self.button.setEnabled(True)
        self.password.clear()
        exposed = looks_like_password(self.user.text())
        if exposed:  # a pass phrase typed into the user-name field must not stay on screen
            self.user.clear()
        (self.user if exposed or not self.user.text() else self.password).setFocus()
        if exposed:
            self.message.show_error(self.tr("Wrong user name or password. The user name looked like a password, "
                                            "so it was cleared: type your user name, then Tab, then your password."))
        elif isinstance(exc, AuthenticationFailed) and "password" in exc.message:
            self.message.show_error(self.tr("Wrong user name or password. Check the keyboard language and Caps Lock."))
        else:
            self.message.show_error(message_of(exc))

    def on_ops_delay_started(self, seconds: float) -> None:
        self._remaining = math.ceil(seconds)
        self._show_remaining()
        self._tick.start()

    def on_tick_timeout(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._tick.stop()
            self.countdown.setText(self.tr("Checking the password…"))
            return
        self._show_remaining()

    def _show_remaining(self) -> None:
        self.countdown.setText(self.tr("Several wrong passwords were entered. Please wait: %n s…", "",
                                       self._remaining))
        self.countdown.show()

    def _stop_countdown(self) -> None:
        self._tick.stop()
        self.countdown.hide()


def has_post(data_dir: Path) -> bool:
    return vault.post_exists(data_dir)
