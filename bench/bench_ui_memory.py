"""Resident memory of the app with the 100,000-case list open: after unlock, after the first page, after scrolling."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 300

CHILD = r"""
import json, os, sys, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from app.ui.main import create_application, build_window
from app.ui.prefs import Prefs

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

def wait(cond, limit=300):
    end = time.monotonic() + limit
    while not cond():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

app = create_application()
window = build_window(Path(sys.argv[1]), prefs=Prefs(QSettings(sys.argv[3], QSettings.Format.IniFormat)))
window.resize(1280, 800)
window.show()
figures = {"unlock screen": rss_mb()}
page = window.unlock_page
page.user.setText("officer"); page.password.setText(sys.argv[2]); page.button.click()
wait(lambda: window.workspace is not None and window.workspace.case_list.model.total > 0
     and window.workspace.case_list.model.rowCount() > 0)
model, table = window.workspace.case_list.model, window.workspace.case_list.table
figures["case list open (first page)"] = rss_mb()
total = model.total
target = int(sys.argv[4])
while model.rowCount() < target and model.canFetchMore() or model._fetching:
    table.scrollToBottom()
    wait(lambda: not model._fetching)
figures[f"after scrolling to {model.rowCount():,} rows"] = rss_mb()
window.workspace.case_list.search.setText("Bibi")
wait(lambda: model.filter.search == "Bibi" and model.rowCount() > 0)
wait(lambda: window.ctx.ops.pending == 0)
figures["after a search"] = rss_mb()
figures["total cases"] = total
print(json.dumps(figures))
os._exit(0)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--scroll-to", type=int, default=5_000, help="rows to load by scrolling")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench_search import PASSWORD, demo_post

    data = demo_post(args.cases)
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, str(data), PASSWORD, str(Path(tmp) / "prefs.ini"),
                              str(args.scroll_to)], cwd=ROOT, capture_output=True, text=True, check=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    total = figures.pop("total cases")
    print(f"resident memory (VmRSS), {total:,} cases in the store:")
    for label, mb in figures.items():
        print(f"  {label}: {mb:.0f} MB")
    peak = max(figures.values())
    print(f"budget {BUDGET_MB} MB: {'OK' if peak <= BUDGET_MB else 'OVER'} (peak {peak:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
