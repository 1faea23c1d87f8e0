"""`nrm-desk self-test [--screenshots DIR]`: drive the real windows offscreen on a temporary post."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="drive the real interface offscreen through a whole workflow (English, Urdu)")
    p.add_argument("--screenshots", metavar="DIR", help="save a PNG of each main screen into DIR")
    p.add_argument("--language", choices=("en", "ur"), action="append", help="only this language (repeatable)")
    p.set_defaults(handler=run_selftest)


def run_selftest(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.selftest import run_selftest as drive  # imported late: Qt is heavy

    shots = Path(args.screenshots) if args.screenshots else None
    code = drive(shots, languages=tuple(args.language or ("en", "ur")))
    print("self-test passed" if code == 0 else "self-test FAILED", file=sys.stderr if code else sys.stdout)
    if shots is not None:
        print(f"screenshots: {shots.resolve()}")
    return code
