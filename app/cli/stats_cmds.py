"""`nrm-desk stats`: the post dashboard's figures (supervisor and admin); counts and times only, no names."""

from __future__ import annotations

import argparse

from app.cli.common import print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("stats", help="the post dashboard's figures: open cases, screenings, referrals, times "
                                     "(supervisor, admin); exit 1 for other roles")
    p.add_argument("--user", required=True, help="the acting user (password from NRM_DESK_PASSWORD or prompt)")
    p.add_argument("--json", action="store_true", help="machine output on stdout, with \"totals\": "
                                                       "{screenings, persons, referrals}")
    p.set_defaults(handler=cmd_stats)


def cmd_stats(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import dashboard

    with session_for(args) as s:
        found = dashboard.figures(s)
    if args.json:
        print_json(found)
        return 0
    for key, value in found.items():
        print(f"{key}: {value}")
    return 0
