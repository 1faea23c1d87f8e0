"""`nrm-desk decision …`: the supervisor's review of negative screening decisions (list, approve, return)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import print_json

STATUSES = ("queue", "pending", "approved", "returned", "superseded", "all")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("decision", help="reviews of negative screening decisions (four eyes)")
    dsub = p.add_subparsers(dest="action", required=True)
    ls = dsub.add_parser("list", help="decision reviews; a supervisor sees the queue waiting for them by default")
    ls.add_argument("--user", required=True, help="the acting user (password from NRM_DESK_PASSWORD or prompt)")
    ls.add_argument("--status", choices=STATUSES,
                    help="queue (waiting for me: supervisors' default), pending (officers' default), approved, "
                         "returned or all")
    ls.add_argument("--json", action="store_true", help="machine output on stdout")
    ls.set_defaults(handler=cmd_list)
    ap = dsub.add_parser("approve", help="confirm a decision (a supervisor other than the deciding officer)")
    ap.add_argument("--user", required=True)
    ap.add_argument("id", metavar="ID", help="the decision review id")
    ap.add_argument("--note", default="", help="an optional note kept with the review")
    ap.add_argument("--json", action="store_true")
    ap.set_defaults(handler=cmd_approve)
    rt = dsub.add_parser("return", help="send a decision back to the officer with what to reconsider")
    rt.add_argument("--user", required=True)
    rt.add_argument("id", metavar="ID")
    rt.add_argument("--note", required=True, help="what the officer should reconsider (required)")
    rt.add_argument("--json", action="store_true")
    rt.set_defaults(handler=cmd_return)


def _found(session: Any, status: str | None) -> list[dict[str, Any]]:
    from app.services import decisions

    if status is None:
        status = "queue" if session.allows("decision.review") else "pending"
    if status == "queue":
        return decisions.queue(session)
    return decisions.list_reviews(session, status=None if status == "all" else status)


def cmd_list(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for

    with session_for(args) as s:
        found = _found(s, args.status)
    if args.json:
        print_json(found)
        return 0
    for r in found:
        marks = " ".join(m for m, on in (("OVERRIDE", r["override"]), ("CHILD", r["is_child"])) if on)
        print(f"{r['id']}  {r['case_reference']}  {r['status']:8} {r['classification']:28} "
              f"suggested {r['suggested'] or '-'} {marks}".rstrip())
    return 0


def _outcome(args: argparse.Namespace, status: str) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import decisions

    with session_for(args) as s:
        if status == "approved":
            decisions.approve(s, args.id, note=args.note)
        else:
            decisions.return_decision(s, args.id, note=args.note)
        done = decisions.get(s, args.id)
    if args.json:
        print_json(done)
    else:
        print(f"Decision {'approved' if status == 'approved' else 'returned to the officer'}.", file=sys.stderr)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    return _outcome(args, "approved")


def cmd_return(args: argparse.Namespace) -> int:
    return _outcome(args, "returned")
