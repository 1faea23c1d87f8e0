"""Process start to the unlock screen shown (median of N), against `python -c "import PySide6.QtWidgets"`.

The child starts the way `nrm-desk` does: it builds the command line's parser and parses the arguments (what
the console script does before it opens the window), then creates the application and the main window."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("NRM_BENCH_CACHE", "/tmp/nrm-bench-cache"))
PASSWORD = "bench-pass-2026!"
BUDGET_S = 1.5

CHILD = r"""
import os, sys, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from app.cli import build_parser
build_parser().parse_args(["--data-dir", sys.argv[1]])
from app.ui.main import create_application, build_window
from PySide6.QtCore import QSettings, QTimer
from app.ui.prefs import Prefs
app = create_application()
window = build_window(Path(sys.argv[1]), prefs=Prefs(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
def shown():
    assert window.stack.currentWidget() is window.unlock_page and window.unlock_page.isVisible()
    print(time.time(), flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)  # runs once the event loop has painted the first frame
app.exec()
"""


def post_dir() -> Path:
    target = CACHE / "ui-start-post"
    if not (target / "keystore.json").exists():
        from app.services import vault

        vault.create_post(target, post_code="BEN", post_name="Bench post", admin_username="admin",
                          admin_password=PASSWORD)
    return target


def run_app(data: Path, prefs: str) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(data), prefs], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return float(out.stdout.strip().splitlines()[-1]) - start


def run_baseline() -> float:
    start = time.time()
    subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True)
    return time.time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    data = post_dir()
    with tempfile.TemporaryDirectory() as tmp:
        prefs = str(Path(tmp) / "prefs.ini")
        run_app(data, prefs)  # warm the file cache once
        app_times, base_times = [], []
        for _ in range(args.runs):
            base_times.append(run_baseline())
            app_times.append(run_app(data, prefs))
    app_median, base_median = statistics.median(app_times), statistics.median(base_times)
    print(f"start to unlock screen: median {app_median * 1000:.0f} ms over {args.runs} runs "
          f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})")
    print(f"baseline `python -c \"import PySide6.QtWidgets\"`: median {base_median * 1000:.0f} ms")
    print(f"ratio {app_median / base_median:.2f}x; budget {BUDGET_S:.1f} s: {'OK' if app_median <= BUDGET_S else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
