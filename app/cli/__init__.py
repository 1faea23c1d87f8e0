"""The nrm-desk command line: parses arguments, calls services, maps errors to the exit codes of DESIGN.md §9."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.domain.errors import NrmError

Handler = Callable[[argparse.Namespace], int]

# Each command group lives in its own module with a `register(subparsers)` function.
_GROUPS = (
    "app.cli.vault_cmds",
    "app.cli.screening_cmds",
    "app.cli.sync_cmds",
    "app.cli.letter_cmds",
    "app.cli.decision_cmds",
    "app.cli.app_cmds",
    "app.cli.selftest_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nrm-desk", description="NRM Desk — screening and referral desk.")
    parser.add_argument("--version", action="version", version=f"nrm-desk {__version__}")
    parser.add_argument("--data-dir", help="post data folder (default: NRM_DESK_DATA or the user data folder)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in _GROUPS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a group not built yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        args.command = "gui"
        handler = _gui_handler(parser)
    from app.services.session import storage_guard

    try:
        with storage_guard():
            return handler(args)
    except NrmError as exc:
        if args.debug:
            raise
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


def _gui_handler(parser: argparse.ArgumentParser) -> Handler:
    try:
        from app.cli import app_cmds
    except ModuleNotFoundError:
        def missing(_args: argparse.Namespace) -> int:
            parser.print_help(sys.stderr)
            return 2
        return missing
    return app_cmds.run_gui
