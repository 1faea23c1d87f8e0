"""TRAINING on a practice post's window: title, a permanent status-bar mark and the Practice tab; and the first-run
screen's "practise first" (training mode, issue 19)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.services import training_mark
from app.ui.widgets import named


def practice_dir(data_dir: Path) -> Path:
    """Where "practise first" puts the practice post: beside the real post's folder, never inside it."""
    return Path(data_dir).with_name(Path(data_dir).name + "-practice")


class _DialogTitles(QObject):
    """While a practice post is open, every other window (dialogs, message boxes, the interview) says TRAINING in its
    title, so a screenshot or a glance never mistakes practice for a real record."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange) and isinstance(obj, QWidget) \
                and obj.isWindow():
            mark(obj)
        return False


_TITLES: _DialogTitles | None = None


def title_prefix() -> str:
    return QCoreApplication.translate("Training", "TRAINING") + " — "


def mark(widget: QWidget) -> None:
    """Put TRAINING before a window's title, once."""
    title, prefix = widget.windowTitle(), title_prefix()
    if "TRAINING" in title or QCoreApplication.translate("Training", "TRAINING") in title:
        return
    widget.setWindowTitle(prefix + (title or "NRM Desk"))


def _watch_titles(on: bool) -> None:
    global _TITLES
    app = QApplication.instance()
    if app is None:
        return
    if on and _TITLES is None:
        _TITLES = _DialogTitles()
        app.installEventFilter(_TITLES)
    elif not on and _TITLES is not None:
        app.removeEventFilter(_TITLES)
        _TITLES = None


def apply(window: Any) -> bool:
    """Mark the window when its post is a practice post (by the keystore before unlock); returns whether it is."""
    training = training_mark.post_is_training(window.ctx.data_dir)
    _watch_titles(training)
    window.setWindowTitle(QCoreApplication.translate("Training", "NRM Desk — TRAINING") if training else "NRM Desk")
    mark = getattr(window, "training_mark_label", None)
    if training and mark is None:
        mark = named(QLabel(QCoreApplication.translate("Training", "TRAINING · practice post · synthetic cases only")), QCoreApplication.translate("Training", "Training mode"),
                     "training_mark")
        mark.setStyleSheet("QLabel { background: #a4262c; color: white; font-weight: bold; padding: 2px 8px; }")
        window.statusBar().addPermanentWidget(mark)
        window.training_mark_label = mark
    if mark is not None:
        mark.setVisible(training)
    return training


def add_practice_tab(window: Any) -> None:
    """The Practice tab first in the workspace, for a signed-in user who may screen."""
    workspace = window.workspace
    if workspace is None or not window.ctx.allows("screening.run") or "training" in workspace.pages:
        return
    from app.ui.training_page import TrainingPage

    page = TrainingPage(window.ctx)
    workspace.pages["training"] = page
    workspace.tabs.insertTab(0, page, QCoreApplication.translate("Training", "&Practice"))
    workspace.tabs.setCurrentWidget(page)


def on_unlocked(window: Any) -> None:
    if apply(window):
        add_practice_tab(window)


def practise_first(page: Any) -> None:
    """From the first-run screen: a practice post beside this folder for the person typing (or the one made there
    before), then its unlock screen."""
    from app.services import training

    window = page.window()
    name, password, repeat = page.admin.text().strip(), page.password.text(), page.repeat.text()
    if not name or not password or password != repeat:
        page.rules.setText(QCoreApplication.translate("Training", "To practise first, enter your user name and a password twice."))
        return
    target = practice_dir(window.ctx.data_dir)

    def done(_summary: Any) -> None:
        window.ctx.data_dir = target
        window.show_start_page()
        window.unlock_page.user.setText(name)

    if training_mark.post_is_training(target):  # practised here before: open that practice post again
        done(None)
        return
    window.ctx.ops.run(lambda _s: training.create_practice_post(target, password=password, trainees=[name]),
                       on_done=done, label="practice post")
