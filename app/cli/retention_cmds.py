"""`nrm-desk retention …`: the purge the retention policy calls for, legal holds, and the policy in force; and
`nrm-desk case export-subject`, the person's own copy (docs/retention.md)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import print_json
from app.domain.errors import UsageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("retention", help="retention: purge what the policy says is due, legal holds, the policy")
    rsub = p.add_subparsers(dest="action", required=True)
    run = rsub.add_parser("run", help="list (--dry-run) or purge (--apply) what is due now; exit 0 either way")
    run.add_argument("--user", required=True, help="a supervisor or the post admin")
    mode = run.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="list what --apply would remove, change nothing")
    mode.add_argument("--apply", action="store_true", help="purge it, leaving audit tombstones")
    run.add_argument("--json", action="store_true", help="machine output on stdout")
    run.set_defaults(handler=cmd_run)
    pol = rsub.add_parser("policy", help="the retention periods in force (from the office's feed, else defaults)")
    pol.add_argument("--user", required=True)
    pol.add_argument("--json", action="store_true")
    pol.set_defaults(handler=cmd_policy)
    hold = rsub.add_parser("hold", help="legal holds: a supervisor suspends the purge of a case, with a reason")
    hsub = hold.add_subparsers(dest="hold_action", required=True)
    hset = hsub.add_parser("set", help="put a case under legal hold")
    hset.add_argument("--user", required=True)
    hset.add_argument("case", metavar="CASE", help="case reference or id")
    hset.add_argument("--reason", required=True, help="the investigation or court order (required)")
    hset.add_argument("--json", action="store_true")
    hset.set_defaults(handler=cmd_hold_set)
    hrel = hsub.add_parser("release", help="lift a legal hold")
    hrel.add_argument("--user", required=True)
    hrel.add_argument("case", metavar="CASE")
    hrel.add_argument("--json", action="store_true")
    hrel.set_defaults(handler=cmd_hold_release)
    hls = hsub.add_parser("list", help="cases under legal hold")
    hls.add_argument("--user", required=True)
    hls.add_argument("--json", action="store_true")
    hls.set_defaults(handler=cmd_hold_list)
    _register_export_subject(sub)


def _register_export_subject(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`case export-subject` joins the `case` group (registered earlier by app.cli.vault_cmds)."""
    case = sub.choices.get("case")
    actions = next((a for a in case._actions if isinstance(a, argparse._SubParsersAction)), None) if case else None
    if actions is None:
        return
    exp = actions.add_parser("export-subject", help="everything the post holds about one person, for that person "
                                                    "(supervisor; audited)")
    exp.add_argument("--user", required=True)
    exp.add_argument("case", metavar="CASE", help="case reference or id")
    exp.add_argument("--out", required=True, help="F.pdf (English and Urdu) or F.json")
    exp.add_argument("--json", action="store_true", help="print a summary on stdout")
    exp.set_defaults(handler=cmd_export_subject)


def cmd_run(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import retention

    with session_for(args) as s:
        result = retention.apply(s) if args.apply else retention.plan(s)
    if args.json:
        print_json({"applied": bool(args.apply), **result.as_dict()})
        return 0
    verb = "Purged" if args.apply else "Due for purge"
    for item in result.due:
        print(f"{item.kind:6} {item.reference or item.id}  {item.rule}  last activity {item.last_activity[:10]}")
    for kept in result.kept:
        print(f"kept   {kept.reference}  {kept.rule}  ({kept.why.replace('_', ' ')})")
    print(f"{verb}: {len(result.due)} record(s); kept: {len(result.kept)}.", file=sys.stderr)
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import retention

    with session_for(args) as s:
        s.require("retention.run")
        policy = retention.current_policy(s.db)
    if args.json:
        print_json(policy.as_dict())
    else:
        origin = f"version {policy.version} from the office" if policy.version else "built-in defaults"
        print(f"Retention policy: {origin}.")
        for rule, days in sorted(policy.days.items()):
            print(f"  {rule:28} {days} days")
    return 0


def _hold_out(args: argparse.Namespace, result: dict[str, Any], message: str) -> int:
    if args.json:
        print_json(result)
    else:
        print(message, file=sys.stderr)
    return 0


def cmd_hold_set(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import retention

    with session_for(args) as s:
        case_id = retention.set_hold(s, args.case, reason=args.reason)
    return _hold_out(args, {"case_id": case_id, "held": True}, f"The case {args.case} is under legal hold.")


def cmd_hold_release(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import retention

    with session_for(args) as s:
        case_id = retention.release_hold(s, args.case)
    return _hold_out(args, {"case_id": case_id, "held": False}, f"The legal hold on {args.case} is lifted.")


def cmd_hold_list(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import retention

    with session_for(args) as s:
        found = retention.list_holds(s)
    if args.json:
        print_json(found)
    else:
        for h in found:
            print(f"{h['reference']}  since {h['set_at'][:10]}  {h['reason']}")
    return 0


def cmd_export_subject(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.cli.vault_cmds import session_for
    from app.services import subject

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".json"):
        raise UsageError("The output file must end in .pdf or .json.")
    with session_for(args) as s:
        summary = subject.export(s, args.case, out=out)
    if args.json:
        print_json(summary)
    else:
        print(f"Written {out.name}: everything held about the person of {summary['reference']}.", file=sys.stderr)
    return 0
