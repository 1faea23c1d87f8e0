"""`nrm-central retention policy show|set`: the retention periods the office publishes to posts;
`retention run --dry-run|--apply`: the office's own purge; `retention hold set|release|list`: legal holds."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    from central.cli import _add

    group = sub.add_parser("retention", help="retention policy").add_subparsers(dest="action", required=True)
    policy = group.add_parser("policy", help="the retention policy").add_subparsers(dest="policy_action",
                                                                                    required=True)
    _add(policy, "show", cmd_policy_show, common)
    setter = _add(policy, "set", cmd_policy_set, common)
    setter.add_argument("--days", action="append", required=True, metavar="RULE=DAYS",
                        help="a rule and its period in days (repeat for several), e.g. post.closed_case=60")
    runner = _add(group, "run", cmd_run, common)
    mode = runner.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="list what is due and what is kept, change nothing")
    mode.add_argument("--apply", action="store_true", help="purge exactly what --dry-run lists")
    runner.add_argument("--as", dest="as_user", help="the hub account acting (admin or coordinator); "
                                                      "without it the purge runs as system")
    hold = group.add_parser("hold", help="legal holds").add_subparsers(dest="hold_action", required=True)
    acting = argparse.ArgumentParser(add_help=False)
    acting.add_argument("--as", dest="as_user", required=True, help="the hub account acting (admin or coordinator)")
    setter = hold.add_parser("set", parents=[common, acting], help="keep a referral from any purge, with a reason")
    setter.add_argument("referral_id")
    setter.add_argument("--reason", required=True, help="why (an investigation, a court order)")
    setter.set_defaults(func=cmd_hold_set)
    release = hold.add_parser("release", parents=[common, acting], help="lift a legal hold")
    release.add_argument("referral_id")
    release.set_defaults(func=cmd_hold_release)
    hold.add_parser("list", parents=[common, acting], help="every legal hold").set_defaults(func=cmd_hold_list)


def cmd_policy_show(args: argparse.Namespace) -> int:
    from central import retention
    from central.cli import OK, _store, emit

    with _store(args) as store:
        policy = retention.current(store)
    lines = [f"retention policy version {policy.version}" + (" (built-in defaults)" if not policy.version else "")]
    lines += [f"  {rule:28} {days} days" for rule, days in sorted(policy.days.items())]
    emit(args, policy.as_dict(), "\n".join(lines))
    return OK


def cmd_policy_set(args: argparse.Namespace) -> int:
    from central import retention
    from central.cli import OK, Refused, _store, emit

    changes: dict[str, int] = {}
    for item in args.days:
        rule, _, days = item.partition("=")
        if not days.isdigit():
            raise Refused(f"give each period as RULE=DAYS (not {item!r})")
        changes[rule.strip()] = int(days)
    with _store(args) as store:
        policy = retention.set_days(store, changes)
    emit(args, policy.as_dict(), f"retention policy version {policy.version} set; posts receive it with the next feed")
    return OK


def _operator(store: Any, username: str) -> Any:
    from central.hub import stats

    return stats.operator(store, username)


def cmd_run(args: argparse.Namespace) -> int:
    """The office's purge: --dry-run lists, --apply purges that list (progress on stderr)."""
    import sys

    from central import purge
    from central.cli import OK, _store, emit
    def progress(done: int, total: int) -> None:
        if done == total or done % max(1, total // 20) == 0:
            print(f"retention: {done}/{total} referrals purged", file=sys.stderr, flush=True)

    with _store(args) as store:
        actor = _operator(store, args.as_user) if args.as_user else purge.SYSTEM
        result = purge.run(store, apply=args.apply, now=_now(), actor=actor, progress=progress)
    lines = [f"{'purged' if args.apply else 'due'}: {i.referral_id} ({i.rule}, since {i.since or '-'})"
             for i in (result.purged if args.apply else result.plan.due)]
    lines += [f"kept: {i.referral_id} ({i.rule}, {i.why})" for i in result.plan.kept + result.refused]
    count = len(result.purged) if args.apply else len(result.plan.due)
    lines.append(f"{count} referral(s) {'purged' if args.apply else 'due for purge'}, "
                 f"{len(result.plan.kept) + len(result.refused)} kept")
    emit(args, result.as_dict(), "\n".join(lines))
    return OK


def _now() -> Any:
    """The office's time (NRM_CENTRAL_TEST_CLOCK moves it in tests, as for `serve`)."""
    import os
    from pathlib import Path

    from protocol.canonical import utcnow

    if os.environ.get("NRM_CENTRAL_TEST_CLOCK"):
        from central.clock import shifted_clock

        return shifted_clock(Path(os.environ["NRM_CENTRAL_TEST_CLOCK"]))()
    return utcnow()


def cmd_hold_set(args: argparse.Namespace) -> int:
    """Put a referral under legal hold."""
    from central import purge
    from central.cli import OK, _store, emit

    with _store(args) as store:
        row = purge.set_hold(store, _operator(store, args.as_user), args.referral_id, reason=args.reason, now=_now())
    emit(args, row, f"referral {args.referral_id} is under legal hold; no retention rule purges it until released")
    return OK


def cmd_hold_release(args: argparse.Namespace) -> int:
    """Lift a legal hold."""
    from central import purge
    from central.cli import OK, _store, emit

    with _store(args) as store:
        purge.release_hold(store, _operator(store, args.as_user), args.referral_id, now=_now())
    emit(args, {"referral_id": args.referral_id, "released": True}, f"legal hold on {args.referral_id} lifted")
    return OK


def cmd_hold_list(args: argparse.Namespace) -> int:
    """Every legal hold."""
    from central import purge
    from central.cli import OK, _store, emit

    with _store(args) as store:
        rows = purge.holds(store, _operator(store, args.as_user))
    emit(args, rows, "\n".join(f"{r['referral_id']} since {r['set_at']} by {r['set_by']}: {r['reason']}"
                                for r in rows) or "no legal holds")
    return OK
