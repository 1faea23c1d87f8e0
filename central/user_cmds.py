"""`nrm-central user add|list|disable`: hub accounts from the office command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from central.errors import CentralError


class PasswordRefused(CentralError):
    """No usable password was given for a new account."""

    code = "password_refused"


def new_password() -> str:
    """NRM_CENTRAL_USER_PASSWORD, else a no-echo prompt typed twice."""
    value = os.environ.get("NRM_CENTRAL_USER_PASSWORD")
    if value:
        return value
    if not sys.stdin.isatty():
        raise PasswordRefused("set NRM_CENTRAL_USER_PASSWORD or run from a terminal to type the user's password")
    first = getpass.getpass("New user's password: ")
    if getpass.getpass("Repeat password: ") != first:
        raise PasswordRefused("the passwords differ")
    return first


def cmd_user(args: argparse.Namespace) -> int:
    """Dispatch user add|list|disable."""
    from central.cli import OK, _store, emit, passphrase
    from central.hub import accounts
    from central.officekeys import load_keys
    from protocol.canonical import utcnow

    with _store(args) as store:
        if args.action == "list":
            rows = accounts.list_users(store)
            emit(args, rows, "\n".join(_line(r) for r in rows) or "no users")
        elif args.action == "disable":
            accounts.disable_user(store, username=args.username, now=utcnow())
            emit(args, {"username": args.username, "disabled": True}, f"user {args.username} disabled")
        else:
            keys = load_keys(args.data_dir, passphrase=passphrase())
            user = accounts.add_user(store, keys, username=args.username, role=args.role, password=new_password(),
                                     organisation_id=args.organisation, now=utcnow())
            emit(args, user.__dict__, user.provisioning_uri)
            if not args.json:
                print(f"user {user.username} ({user.role}) added; load the otpauth URI above into an "
                      "authenticator app (it is shown only now)", file=sys.stderr)
    return OK


def _line(row: dict[str, Any]) -> str:
    org = f" {row['organisation_id']}" if row["organisation_id"] else ""
    state = f" disabled {row['disabled_at']}" if row["disabled_at"] else ""
    return f"{row['username']} {row['role']}{org}{state}"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the `user` command group to the nrm-central parser."""
    group = sub.add_parser("user", help="hub accounts").add_subparsers(dest="action", required=True)
    add = group.add_parser("add", parents=[common])
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, choices=["coordinator", "provider", "analyst", "admin"])
    add.add_argument("--organisation", help="the provider's organisation id")
    group.add_parser("list", parents=[common])
    group.add_parser("disable", parents=[common]).add_argument("--username", required=True)
    for name in ("add", "list", "disable"):
        group.choices[name].set_defaults(func=cmd_user)
