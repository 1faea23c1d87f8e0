"""`nrm-central duplicates list`: possible same-person pairs across posts (no names, nothing to decrypt)."""

from __future__ import annotations

import argparse
from typing import Any


def cmd_duplicates(args: argparse.Namespace) -> int:
    """The pairs in one state (or all), newest first: post codes, case references, what agrees, score."""
    from central import matchindex
    from central.cli import OK, _store, emit

    with _store(args) as store, store.read() as conn:
        rows = matchindex.pairs(conn, status=None if args.status == "all" else args.status)
    emit(args, rows, "\n".join(_line(r) for r in rows) or "no possible same-person pairs")
    return OK


def _line(row: dict[str, Any]) -> str:
    return (f"{row['pair_id']} {row['a_post']} {row['a_reference']} ~ {row['b_post']} {row['b_reference']} "
            f"{row['score']}% {','.join(row['matched'])} {row['status']}")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the `duplicates` command group to the nrm-central parser."""
    group = sub.add_parser("duplicates", help="possible same-person pairs across posts").add_subparsers(
        dest="action", required=True)
    listing = group.add_parser("list", parents=[common], help="pairs for coordinators to confirm or dismiss")
    listing.add_argument("--status", default="open", choices=["open", "confirmed", "dismissed", "all"])
    listing.set_defaults(func=cmd_duplicates)
