"""`nrm-desk case transfer REF --to POST --reason TEXT` and `nrm-desk transfer list|posts|show|approve|decline|accept|refuse`.

Transfer of a case to another post (issue 14, app/services/transfer.py). An officer's request waits for a supervisor
(`transfer approve`); a supervisor's is approved at once. The receiving post's supervisor accepts the case into the
store or refuses it with a reason. Exit codes as every command: 0 done, 1 refused (no such case or transfer, wrong
state, role, training post), 2 usage, 3 wrong password. This module is listed after caselife_cmds in `_GROUPS`.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import say

STATES = ("requested", "declined", "approved", "at_office", "delivered", "accepted", "refused")


def _common(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--user", required=True, help="the acting user (password from NRM_DESK_PASSWORD or prompt)")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    return p


def _case_actions(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> Any:
    parser = sub.choices.get("case")
    if parser is None:
        parser = sub.add_parser("case", help="cases")
        return parser.add_subparsers(dest="action", required=True)
    for action in parser._actions:  # noqa: SLF001 — argparse offers no public way to extend a group's sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the case group has no sub-commands")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    t = _common(_case_actions(sub).add_parser(
        "transfer", help="transfer a case to another post (a supervisor's request is approved at once; an "
                         "officer's waits for a supervisor)"))
    t.add_argument("ref", metavar="REF")
    t.add_argument("--to", required=True, metavar="POST", help="the receiving post's code (see `transfer posts`)")
    t.add_argument("--reason", required=True, help="why the case moves (the receiving post reads it)")
    t.set_defaults(handler=cmd_case_transfer)

    p = sub.add_parser("transfer", help="transfers of cases between posts")
    tsub = p.add_subparsers(dest="action", required=True)
    ls = _common(tsub.add_parser("list", help="transfers sent and received, newest first"))
    ls.add_argument("--direction", choices=("out", "in"), help="only those sent (out) or received (in)")
    ls.add_argument("--state", action="append", choices=STATES, default=[], help="only in this state (repeatable)")
    ls.set_defaults(handler=cmd_list)
    po = _common(tsub.add_parser("posts", help="the other posts the office lists (code and name)"))
    po.set_defaults(handler=cmd_posts)
    sh = _common(tsub.add_parser("show", help="one transfer; with --document, what was sent or what waits"))
    sh.add_argument("id", metavar="ID", help="the transfer id (8 characters or more)")
    sh.add_argument("--document", action="store_true", help="include the case document (attachments listed only)")
    sh.set_defaults(handler=cmd_show)
    ap = _common(tsub.add_parser("approve", help="(supervisor) approve an officer's request: the case is sealed to "
                                                 "the receiving post and becomes read-only here"))
    ap.add_argument("id", metavar="ID")
    ap.set_defaults(handler=cmd_approve)
    de = _common(tsub.add_parser("decline", help="(supervisor) do not approve an officer's request, saying why"))
    de.add_argument("id", metavar="ID")
    de.add_argument("--note", required=True)
    de.set_defaults(handler=cmd_decline)
    ac = _common(tsub.add_parser("accept", help="(supervisor, receiving post) take a delivered case into this store"))
    ac.add_argument("id", metavar="ID")
    ac.set_defaults(handler=cmd_accept)
    rf = _common(tsub.add_parser("refuse", help="(supervisor, receiving post) refuse a delivered case, saying why "
                                                "(the office and the sending post read the reason: no personal data)"))
    rf.add_argument("id", metavar="ID")
    rf.add_argument("--reason", required=True)
    rf.set_defaults(handler=cmd_refuse)


def _line(t: dict[str, Any]) -> str:
    arrow = "->" if t["direction"] == "out" else "<-"
    ref = t.get("local_reference") or t.get("case_reference") or ""
    return f"{t['id'][:12]}  {arrow} {t['other_post']:8} {t['state']:10} {ref}"


def cmd_case_transfer(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.request(s, args.ref, to_post=args.to, reason=args.reason)
    text = (f"Transfer {found['id']} of {args.ref} to {found['other_post_name'] or found['other_post']} is approved; "
            "it goes with the next sync." if found["state"] == "approved" else
            f"Transfer {found['id']} of {args.ref} waits for a supervisor's approval.")
    return say(args, found, text)


def cmd_list(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.listing(s, direction=args.direction, states=tuple(args.state))
    return say(args, found, "\n".join(_line(t) for t in found) or "No transfers.")


def cmd_posts(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.posts(s)
    return say(args, found, "\n".join(f"{p['code']:8} {p['name']}" for p in found) or
                "The office lists no other post yet (sync first).")


def cmd_show(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.get(s, args.id)
        if args.document:
            found["document"] = transfer.sent_document(s, args.id)
    return say(args, found, _line(found) + (f"\nreason: {found['reason']}" if found["reason"] else "")
                + (f"\nnote: {found['note']}" if found["note"] else ""))


def cmd_approve(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.approve(s, args.id)
    return say(args, found, f"Transfer {found['id']} is approved; it goes with the next sync.")


def cmd_decline(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.decline(s, args.id, note=args.note)
    return say(args, found, f"Transfer {found['id']} is not approved; the case stays here.")


def cmd_accept(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.accept(s, args.id)
    return say(args, found, f"Transfer {found['id']} is accepted: case {found['reference']}.")


def cmd_refuse(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import transfer

    with session_for(args) as s:
        found = transfer.refuse(s, args.id, reason=args.reason)
    return say(args, found, f"Transfer {found['id']} is refused.")
