"""`nrm-desk gui` and `nrm-desk self-test`: commands that start the desktop interface."""

from __future__ import annotations

import argparse

from app.cli.common import data_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop application (the default)")
    p.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from app.ui.main import run  # imported late: Qt is heavy and only the GUI needs it

    return run(data_dir(args))
