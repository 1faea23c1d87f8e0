"""The nrm-desk command line: parses arguments, calls services, maps errors to the exit codes of DESIGN.md §9.

How the command line stays quick to start (`nrm-desk --version` must cost little more than starting Python):

- Each command group lives in its own module `app/cli/<group>_cmds.py`, listed once in `_GROUPS` below, with a
  `register(sub)` function that adds its sub-parsers and points each one at a handler with
  `set_defaults(handler=cmd_x)`. Building the parser imports every group module, so a group module imports
  at its top only the standard library, `app.cli.common`, `app.cli.vault_cmds` (for `session_for`) and
  `app.domain.errors`.
- Everything heavy is imported INSIDE the handler that needs it: `app.services.*`, `app.storage`, `app.letters`,
  `app.domain.model` and `app.domain.screening`, `cryptography`, `sqlcipher3`, `httpx`, `reportlab` and Qt.
  Names used only in annotations go under `if TYPE_CHECKING:`. Defaults that live in a service (a timeout)
  are resolved in the handler, not in `add_argument`.
- `tests/unit/test_cli_start.py` builds the parser in a fresh interpreter and fails if any of those modules was
  imported; `bench/bench_cli_start.py` measures the start (docs/performance.md).

Output that a pipe's reader stops reading (`nrm-desk case list --json | head`) ends the command quietly with
exit status 141 (128 + SIGPIPE), as `cat` or `grep` end in the same pipe; nothing is printed to stderr.
"""

from __future__ import annotations

import argparse
import os
import select
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.domain.errors import NrmError

Handler = Callable[[argparse.Namespace], int]
BROKEN_PIPE = 141  # 128 + SIGPIPE: the status a shell reports for `cat big | head`

# Each command group lives in its own module with a `register(subparsers)` function (see the docstring).
_GROUPS = (
    "app.cli.vault_cmds",
    "app.cli.caselife_cmds",  # after vault_cmds: joins its case and referral groups
    "app.cli.transfer_cmds",  # after caselife_cmds: joins the case group (issue 14)
    "app.cli.screening_cmds",
    "app.cli.sync_cmds",
    "app.cli.letter_cmds",
    "app.cli.decision_cmds",
    "app.cli.app_cmds",
    "app.cli.selftest_cmds",
    "app.cli.training_cmds",
    "app.cli.retention_cmds",
    "app.cli.consent_cmds",
    "app.cli.stats_cmds",
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
    try:
        return _run(argv)
    except BrokenPipeError:
        if not stdout_gone():
            raise
        return BROKEN_PIPE


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    import logging

    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        args.command = "gui"
        handler = _gui_handler(parser)
    from app.services.session import storage_guard

    try:
        with storage_guard():
            code = handler(args)
        sys.stdout.flush()  # inside the try: a reader that went away is seen here, not at interpreter exit
        return code
    except NrmError as exc:
        if args.debug:
            raise
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


def stdout_gone() -> bool:
    """After a BrokenPipeError: whether it was standard output whose reader left (a pipe with no reader polls as
    an error). If so, standard output is pointed at the null device, so that Python's last flush at exit has
    nowhere to fail and prints nothing."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    if hasattr(select, "poll"):  # not on Windows, where a broken stdout is the only pipe a command writes to
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        if not any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0)):
            return False  # stdout still takes writes: the broken pipe was something else
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
    return True


def _gui_handler(parser: argparse.ArgumentParser) -> Handler:
    try:
        from app.cli import app_cmds
    except ModuleNotFoundError:
        def missing(_args: argparse.Namespace) -> int:
            parser.print_help(sys.stderr)
            return 2
        return missing
    return app_cmds.run_gui
