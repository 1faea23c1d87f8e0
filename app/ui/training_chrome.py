"""TRAINING on a practice post's window: title, a permanent status-bar mark and the Practice tab; and the first-run
screen's "practise first" (training mode, issue 19)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.services import training_mark
from app.ui.widgets import named


def practice_dir(data_dir: Path) -> Path:
    """Where "practise first" puts the practice post: beside the real post's folder, never inside it."""
    return Path(data_dir).with_name(Path(data_dir).name + "-practice")


def apply(window: Any) -> bool:
    """Mark the window when its post is a practice post (by the keystore before unlock); returns whether it is."""
    training = training_mark.post_is_training(window.ctx.data_dir)
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
