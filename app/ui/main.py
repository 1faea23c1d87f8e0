"""Starts the desktop application: the QApplication, fonts, language, and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app import __version__

# The offscreen platform (self-test, CI) warns on every window shown; the warning says nothing useful.
_QUIET = ("This plugin does not support propagateSizeHints()",)
_previous_handler = None


def _message_handler(kind: QtMsgType, context: object, message: str) -> None:
    if message in _QUIET:
        return
    if _previous_handler is not None:
        _previous_handler(kind, context, message)
    else:
        sys.stderr.write(message + "\n")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (offscreen when there is no display), with the bundled fonts registered."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        global _previous_handler
        _previous_handler = qInstallMessageHandler(_message_handler)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("NRM Desk")
    app.setOrganizationName("NRM")
    app.setApplicationVersion(__version__)
    from app.ui import input_guard, style
    from app.ui.i18n import load_fonts

    load_fonts()
    input_guard.install(app)
    style.install(app)
    return app


def build_window(data_dir: Path, **options: object):  # type: ignore[no-untyped-def]
    from app.ui.window import MainWindow

    return MainWindow(Path(data_dir), **options)  # type: ignore[arg-type]


def run(data_dir: Path) -> int:
    """Open the application on the post in `data_dir` (first run when there is none); returns the exit code."""
    app = create_application()
    window = build_window(data_dir)
    window.show()
    try:
        return app.exec()
    finally:
        window.shutdown()
