"""The main window: first run or unlock, then the workspace; locking on demand and after the idle period."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.policy import IDLE_LOCK_DEFAULT_MINUTES
from app.services import settings, vault
from app.ui import clock, i18n, input_guard, style, training_chrome
from app.ui.auth import FirstRunPage, UnlockPage
from app.ui.bridge import EventBridge
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.ops import Ops
from app.ui.prefs import Prefs
from app.ui.widgets import MessageBar, named

if TYPE_CHECKING:
    from app.ui.workspace import Workspace  # imported at the first unlock: the unlock screen shows sooner

log = logging.getLogger(__name__)
WIZARD_MODULE = "app.ui.screening.wizard"


def screening_available() -> bool:
    try:
        return importlib.util.find_spec(WIZARD_MODULE) is not None
    except ModuleNotFoundError:
        return False


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, data_dir: Path, *, prefs: Prefs | None = None, idle_ms: int | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        input_guard.install()  # once per application, whoever built the QApplication
        style.install()
        self.prefs = prefs or Prefs()
        self._idle_override = idle_ms
        ops = Ops(self)
        self.ctx = AppContext(ops=ops, bridge=EventBridge(self), data_dir=Path(data_dir), language=self.prefs.language)
        i18n.apply_language(self.ctx.language)
        self.workspace: Workspace | None = None
        self.first_run: FirstRunPage | None = None
        self.screening_window: QWidget | None = None
        self.sync_runner: Any = None  # app.ui.sync_runner.SyncRunner, made at the first unlock
        from app.ui.idle import IdleWatcher

        self.idle = IdleWatcher(idle_ms or IDLE_LOCK_DEFAULT_MINUTES * 60_000, self)
        self.idle.expired.connect(self.on_idle_expired)
        self.idle.warned.connect(self.on_idle_warned)
        self.idle.resumed.connect(self.on_idle_resumed)
        ops.error_shown.connect(self.on_ops_error_shown)
        ops.busy_started.connect(self.on_ops_busy_started)
        ops.busy_finished.connect(self.on_ops_busy_finished)
        self.ctx.signals.language_changed.connect(self.on_language_changed)
        self.ctx.signals.idle_minutes_changed.connect(self.on_idle_minutes_changed)
        self._build_chrome()
        if self.prefs.geometry is not None:
            self.restoreGeometry(self.prefs.geometry)
        else:
            self.resize(1180, 760)
        self.show_start_page()

    # --- building ---
    def _build_chrome(self) -> None:
        self.setWindowTitle("NRM Desk")  # never personal data in the title (a practice post adds TRAINING)
        self.training_mark_label = None
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.unlock_page = UnlockPage(self.ctx)
        self.unlock_page.unlocked.connect(self.on_unlocked)
        self.stack.addWidget(self.unlock_page)
        self._build_actions()
        self.busy_label = named(QLabel(), self.tr("Work in progress"), "busy_label")
        self.busy_bar = named(QProgressBar(), self.tr("Progress"), "busy_bar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.user_label = named(QLabel(), self.tr("Signed-in user"), "user_label")
        self.statusBar().addWidget(self.busy_label)
        self.statusBar().addWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.user_label)
        self._add_sync_status()
        self.on_ops_busy_finished()

    def _ensure_sync_runner(self) -> None:
        """One background sync runner for the app; it follows ctx.signals.locked/unlocked by itself."""
        if self.sync_runner is not None:
            return
        try:
            from app.ui.sync_runner import SyncRunner
        except ImportError:
            return
        self.sync_runner = SyncRunner(self.ctx, parent=self)
        self._add_sync_status()

    def _add_sync_status(self) -> None:
        if self.sync_runner is None:
            return
        from app.ui.sync_status import SyncStatusWidget

        self.sync_status = SyncStatusWidget(self.ctx, self.sync_runner)
        self.statusBar().addPermanentWidget(self.sync_status)

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self.tr("Main actions"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.new_screening = self._action(self.tr("New screening…"), "Ctrl+N", self.on_new_screening_triggered)
        self.find = self._action(self.tr("Find a case"), "Ctrl+F", self.on_find_triggered)
        self.lock_action = self._action(self.tr("Lock"), "Ctrl+L", self.lock)
        self.tab_actions = [self._action(self.tr("Section %1").replace("%1", str(n)), f"Ctrl+{n}",
                                         lambda _checked=False, n=n: self.on_tab_shortcut(n), toolbar=False)
                            for n in range(1, 6)]
        self._action(self.tr("Quit"), "Ctrl+Q", self.close, toolbar=False)
        if not screening_available():
            self.new_screening.setToolTip(self.tr("The guided screening is not installed in this version."))

    def _action(self, text: str, shortcut: str, slot: Any, *, toolbar: bool = True) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(text.rstrip("…"))
                button.setObjectName("action_" + shortcut.replace("+", "_").lower())
        return action

    def _set_signed_in(self, signed_in: bool) -> None:
        allowed = signed_in and self.ctx.allows("screening.run")
        self.new_screening.setEnabled(allowed and screening_available())
        self.new_screening.setVisible(allowed)  # roles that cannot screen (the post admin) do not see it
        self.find.setEnabled(signed_in and self.ctx.allows("case.view"))
        self.find.setVisible(signed_in and self.ctx.allows("case.view"))
        self.lock_action.setEnabled(signed_in)
        for action in self.tab_actions:
            action.setEnabled(signed_in)
        self.toolbar.setVisible(signed_in)
        if getattr(self, "sync_status", None) is not None:
            self.sync_status.setVisible(signed_in)  # nothing about the post shows while it is locked
        self.user_label.setText(f"{self.ctx.full_name or self.ctx.username} · {label(self.ctx.role)}"
                                if signed_in else "")

    def show_start_page(self) -> None:
        self._set_signed_in(False)
        training_chrome.apply(self)  # a practice post says TRAINING before and after unlock
        if vault.post_exists(self.ctx.data_dir):
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.reset()
            return
        if self.first_run is None:
            self.first_run = FirstRunPage(self.ctx)
            self.first_run.unlocked.connect(self.on_unlocked)
            self.stack.addWidget(self.first_run)
        self.stack.setCurrentWidget(self.first_run)
        self.first_run.code.setFocus()

    # --- lock and unlock ---
    def on_unlocked(self, user: Any) -> None:
        self.ctx.sign_in(user)
        self._ensure_sync_runner()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        from app.ui.workspace import Workspace

        self.workspace = Workspace(self.ctx, sync_runner=self.sync_runner)
        self.workspace.interviews_requested.connect(self.on_new_screening_triggered)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._set_signed_in(True)
        self.message.clear()
        self.ctx.ops.run(settings.get_time_zone, on_done=clock.set_zone)  # before the pages show any time
        training_chrome.on_unlocked(self)
        self.workspace.start()
        self.workspace.tabs.currentWidget().setFocus()
        if self._idle_override is None:
            self.ctx.ops.run(settings.get_idle_minutes, on_done=self.on_idle_minutes_changed)
        self.idle.start()
        self._offer_unfinished()
        self._run_retention()
        self.ctx.signals.unlocked.emit()
        self.unlocked.emit()

    def _offer_unfinished(self) -> None:
        """At sign-in: say how many interviews this user left unfinished (continued from the Cases screen)."""
        if not (self.ctx.allows("screening.run") and screening_available()):
            return
        from app.services import screening_flow as sf

        self.ctx.ops.run(lambda s: len(sf.open_drafts(s)), on_done=self.on_unfinished_counted, label="interviews")

    def on_unfinished_counted(self, count: int) -> None:
        if count and self.ctx.ops.session_open:
            self.message.show_info(
                self.tr("You have 1 unfinished interview. Continue it from the Cases screen.") if count == 1 else
                self.tr("You have %n unfinished interviews. Continue them from the Cases screen.", "", count))

    def _run_retention(self) -> None:
        """At unlock, in the background: purge what the retention policy says is due (docs/retention.md); the
        status bar shows the work while it runs longer than a moment, and says how many records went."""
        from app.services import retention

        self.ctx.ops.run(lambda session: len(retention.apply(session, system=True).due),
                         on_done=self.on_retention_done, on_failed=self.on_retention_failed,
                         label=self.tr("Removing records past their retention period"))

    def on_retention_done(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(self.tr("%n record(s) past their retention period were removed.", "", count),
                                         15000)

    def on_retention_failed(self, exc: BaseException) -> None:
        from app.ui.ops import log_failure

        log_failure("retention", exc)
        self.statusBar().showMessage(self.tr("Records past their retention period could not be removed now; "
                                             "they will be at the next unlock."), 15000)

    def lock(self) -> None:
        """Close the store, drop every view holding case data and the clipboard, show the unlock screen."""
        if not self.ctx.ops.session_open and self.stack.currentWidget() is not self.workspace:
            return
        self.idle.stop()
        self.ctx.ops.close_session()
        if self.screening_window is not None:
            self.screening_window.close()
            self.screening_window = None
        if self.workspace is not None:
            self.workspace.clear_all()
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self and dialog.isVisible():
                dialog.close()
        QGuiApplication.clipboard().clear()
        self.message.clear()
        self.ctx.signals.locked.emit()
        self.ctx.sign_out()
        self.stack.setCurrentWidget(self.unlock_page)
        self._set_signed_in(False)
        self.unlock_page.reset()
        self.locked.emit()

    def on_idle_warned(self, seconds: int) -> None:
        self.message.show_info(self.tr("No activity: NRM Desk locks in %n second(s). Press any key or move the "
                                       "mouse to stay signed in.", "", seconds))
        self.message.setProperty("idle_warning", True)

    def on_idle_resumed(self) -> None:
        if self.message.property("idle_warning"):
            self.message.setProperty("idle_warning", False)
            self.message.clear()

    def on_idle_expired(self) -> None:
        log.info("locking after the idle period")
        self.lock()

    def on_idle_minutes_changed(self, minutes: int) -> None:
        if self._idle_override is None:
            self.idle.set_interval(int(minutes) * 60_000)

    # --- actions ---
    def on_new_screening_triggered(self) -> None:
        if not (self.ctx.ops.session_open and screening_available()):
            return
        module = importlib.import_module(WIZARD_MODULE)
        wizard = module.ScreeningWizard(self.ctx, self)
        self.screening_window = wizard
        wizard.show()

    def on_find_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.focus_search()

    def on_tab_shortcut(self, number: int) -> None:
        if self.workspace is not None and number <= self.workspace.tabs.count():
            self.workspace.tabs.setCurrentIndex(number - 1)
            self.workspace.tabs.currentWidget().setFocus()

    # --- language ---
    def on_language_changed(self, code: str) -> None:
        """Switch language now: pages are rebuilt so every string, font and direction follows."""
        self.ctx.language = code
        self.prefs.language = code
        i18n.apply_language(code)
        signed_in = self.workspace is not None and self.stack.currentWidget() is self.workspace
        old_chrome = self.centralWidget()
        self.removeToolBar(self.toolbar)
        for action in self.actions():
            self.removeAction(action)
        self.first_run = None
        self.workspace = None
        self.setStatusBar(QStatusBar())  # the old one (and its labels) is deleted with it
        self._build_chrome()
        old_chrome.deleteLater()
        if signed_in:
            from app.ui.workspace import Workspace

            self.workspace = Workspace(self.ctx, sync_runner=self.sync_runner)
            self.workspace.interviews_requested.connect(self.on_new_screening_triggered)
            self.stack.addWidget(self.workspace)
            self.stack.setCurrentWidget(self.workspace)
            self._set_signed_in(True)
            training_chrome.on_unlocked(self)
            self.workspace.start()
            self.workspace.show_tab("settings")
        else:
            self.show_start_page()

    # --- messages and progress ---
    def on_ops_error_shown(self, text: str) -> None:
        self.message.show_error(text)

    def on_ops_busy_started(self, text: str) -> None:
        self.busy_label.setText(text or self.tr("Working…"))
        self.busy_label.show()
        self.busy_bar.show()

    def on_ops_busy_finished(self) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()

    def shutdown(self) -> None:
        self.idle.stop()
        if self.sync_runner is not None:
            self.sync_runner.shutdown()
            self.sync_runner = None
        self.ctx.bridge.close()
        self.ctx.ops.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 — Qt's name
        self.prefs.geometry = self.saveGeometry()
        self.prefs.sync()
        super().closeEvent(event)
