"""The signed-in workspace: tabs for cases, referrals, directory, users and settings, as the role allows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from app.ui.case_view import CaseView
from app.ui.cases_page import CaseListPage
from app.ui.context import AppContext
from app.ui.directory_page import DirectoryPage
from app.ui.referrals_page import ReferralsPage
from app.ui.settings_page import SettingsPage
from app.ui.users_page import UsersPage
from app.ui.widgets import named


class Workspace(QWidget):
    interviews_requested = Signal()  # continue an unfinished interview (the window opens the interview)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, sync_runner: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace")
        self.tabs = named(QTabWidget(), self.tr("Sections"), "workspace_tabs")
        self.pages: dict[str, QWidget] = {}
        self.case_list: CaseListPage | None = None
        self.case_view: CaseView | None = None
        self.referrals: ReferralsPage | None = None
        self._cases_dirty = False
        if ctx.allows("case.view"):
            self.case_stack = QStackedWidget()
            self.case_list = CaseListPage(ctx)
            self.case_view = CaseView(ctx)
            self.case_stack.addWidget(self.case_list)
            self.case_stack.addWidget(self.case_view)
            self.case_list.case_opened.connect(self.open_case)
            self.case_list.interviews_requested.connect(self.interviews_requested)
            self.case_view.closed.connect(self.on_case_view_closed)
            self._add("cases", self.case_stack, self.tr("&Cases"))
        if ctx.allows("referral.view"):
            self.referrals = ReferralsPage(ctx)
            self.referrals.case_opened.connect(self.open_case)
            self._add("referrals", self.referrals, self.tr("&Referrals"))
        if ctx.allows("decision.review"):
            from app.ui.decisions_page import DecisionsPage

            self.decisions = DecisionsPage(ctx)
            self.decisions.case_opened.connect(self.open_case)
            self._add("decisions", self.decisions, self.tr("Decision re&views"))
        if ctx.allows("directory.view"):
            self.directory = DirectoryPage(ctx)
            self._add("directory", self.directory, self.tr("Service &directory"))
        if ctx.allows("user.manage"):
            self.users = UsersPage(ctx)
            self._add("users", self.users, self.tr("&Users"))
        if sync_runner is not None and ctx.allows("sync.run"):
            from app.ui.sync_screen import SyncScreen

            self.sync = SyncScreen(ctx, sync_runner)
            self._add("sync", self.sync, self.tr("S&ync"))
        if ctx.allows("stats.view"):
            from app.ui.dashboard_page import DashboardPage

            self._add("dashboard", DashboardPage(ctx), self.tr("Dash&board"))
        self.settings = SettingsPage(ctx)
        self._add("settings", self.settings, self.tr("Se&ttings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self.on_tabs_currentChanged)
        ctx.bridge.case_changed.connect(self.on_bridge_case_changed)
        ctx.bridge.cases_imported.connect(self.on_bridge_case_changed)
        self._loaded: set[str] = set()
        self._refresh = QTimer(self, singleShot=True, interval=300)  # coalesce bursts (an import, a screening)
        self._refresh.timeout.connect(self.on_refresh_timeout)

    def _add(self, key: str, page: QWidget, title: str) -> None:
        self.pages[key] = page
        self.tabs.addTab(page, title)

    def start(self) -> None:
        """Load the first tab (later tabs load when first shown)."""
        self.on_tabs_currentChanged(self.tabs.currentIndex())

    def show_tab(self, key: str) -> None:
        page = self.pages.get(key)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            page.setFocus()

    def key_of(self, index: int) -> str:
        widget = self.tabs.widget(index)
        return next((k for k, p in self.pages.items() if p is widget), "")

    def on_tabs_currentChanged(self, index: int) -> None:
        key = self.key_of(index)
        if key == "cases":
            if "cases" not in self._loaded or self._cases_dirty:
                self._cases_dirty = False
                assert self.case_list is not None
                self.case_list.load()
        elif key == "sync":
            self.sync.runner.refresh()
        elif key:
            self.pages[key].load()  # type: ignore[attr-defined]  # short lists: always fresh
        self._loaded.add(key)

    def open_case(self, case_id: str) -> None:
        if self.case_view is None:
            return
        self.show_tab("cases")
        self.case_stack.setCurrentWidget(self.case_view)
        self.case_view.open_case(case_id)
        self.case_view.tabs.setFocus()

    def on_case_view_closed(self) -> None:
        assert self.case_list is not None
        self.case_stack.setCurrentWidget(self.case_list)
        if self._cases_dirty:
            self._cases_dirty = False
            self.case_list.load()
        self.case_list.table.setFocus()

    def on_bridge_case_changed(self, *_args: object) -> None:
        self._cases_dirty = True
        self._refresh.start()

    def on_refresh_timeout(self) -> None:
        """Reload the case list now if it is on screen; otherwise when it is next shown."""
        if self.case_list is not None and self.case_list.isVisible() and self._cases_dirty:
            self._cases_dirty = False
            self.case_list.load()

    def focus_search(self) -> None:
        if self.case_list is not None:
            self.show_tab("cases")
            if self.case_view is not None and self.case_stack.currentWidget() is self.case_view:
                self.case_view.on_back_clicked()
            self.case_list.search.setFocus()
            self.case_list.search.selectAll()

    def clear_all(self) -> None:
        """Empty every view that holds case data (the post is locking)."""
        for page in self.pages.values():
            clear = getattr(page, "clear", None)
            if clear is not None and not isinstance(page, QStackedWidget):
                clear()
        if self.case_list is not None:
            self.case_list.clear()
        if self.case_view is not None:
            self.case_view.clear()
        self._loaded.clear()
        self._refresh.stop()
