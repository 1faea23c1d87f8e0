"""`nrm-central retention policy show|set`: the retention periods the office publishes to posts."""

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
