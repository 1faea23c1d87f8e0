"""Helpers shared by the command groups: data folder, passwords, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.domain.errors import UsageError


def data_dir(args: argparse.Namespace) -> Path:
    """--data-dir, else NRM_DESK_DATA, else the platform's user data folder."""
    if getattr(args, "data_dir", None):
        return Path(args.data_dir)
    env = os.environ.get("NRM_DESK_DATA")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("nrm-desk", "NRM"))


def password(var: str = "NRM_DESK_PASSWORD", prompt: str = "Password: ", *, confirm: bool = False) -> str:
    """A password from the environment variable, else a no-echo prompt; never from arguments."""
    value = os.environ.get(var)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(f"No password given: set {var} or run in a terminal to be prompted.")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != value:
        raise UsageError("The two passwords do not match.")
    return value


def new_password() -> str:
    return password("NRM_DESK_NEW_PASSWORD", "New password: ", confirm=True)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def say(args: argparse.Namespace, value: Any, text: str) -> int:
    """A command's answer: `value` as JSON with --json, else the sentence `text`; exit status 0."""
    if args.json:
        print_json(value)
    else:
        print(text)
    return 0
