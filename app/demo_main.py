"""`make demo`: a throw-away demo post (synthetic people only), then the app on it, or the self-test offscreen."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

from app.services import demo

DEMO_CASES = int(os.environ.get("NRM_DESK_DEMO_CASES", "300"))


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")


def main() -> int:
    password = os.environ.get("NRM_DESK_PASSWORD") or "demo-" + secrets.token_urlsafe(9)
    folder = Path(tempfile.mkdtemp(prefix="nrm-desk-demo-"))
    data_dir = folder / "post"
    started = time.monotonic()
    print(f"Creating a demo post with {DEMO_CASES} synthetic cases (invented people only)…", flush=True)
    summary = demo.build_demo(data_dir, cases=DEMO_CASES, password=password)
    print(demo.describe({**summary, "password": password}))
    print(f"  ready in {time.monotonic() - started:.1f} s; the folder is temporary: delete it when you are done.")
    from app.cli import main as cli

    if has_display():
        print("\nOpening NRM Desk. Sign in as officer, supervisor or admin with the password above.")
        return cli(["--data-dir", str(data_dir), "gui"])
    shots = folder / "screenshots"
    print("\nNo display here: running the self-test offscreen instead (English and Urdu).", flush=True)
    code = cli(["self-test", "--screenshots", str(shots)])
    print(f"Screenshots of every main screen: {shots}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
