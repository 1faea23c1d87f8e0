"""Memory of the desktop process with the 100,000-case list open: resident memory at each step, and the peak
(VmHWM) of the whole run, sign-in included; plus the peak of the short-lived key-derivation child.

`--kdf-in-process` derives the password key inside the desktop process instead (how it was before issue 17),
for the before/after comparison in docs/performance.md."""

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

import resource

def status_mb(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024

def rss_mb():
    return status_mb("VmRSS")

if sys.argv[5] == "in-process":
    from app.crypto import kdf_child, primitives
    kdf_child.derive = primitives.argon2id

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
figures["peak of the whole run (VmHWM), sign-in included"] = status_mb("VmHWM")
figures["key-derivation child peak (separate process)"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(figures))
os._exit(0)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--scroll-to", type=int, default=5_000, help="rows to load by scrolling")
    parser.add_argument("--kdf-in-process", action="store_true", help="derive in the desktop process (the old way)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench_search import PASSWORD, demo_post

    data = demo_post(args.cases)
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, str(data), PASSWORD, str(Path(tmp) / "prefs.ini"),
                              str(args.scroll_to), "in-process" if args.kdf_in_process else "child"], cwd=ROOT, capture_output=True, text=True, check=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    total = figures.pop("total cases")
    print(f"resident memory (VmRSS), {total:,} cases in the store:")
    child = figures.pop("key-derivation child peak (separate process)")
    for label, mb in figures.items():
        print(f"  {label}: {mb:.0f} MB")
    print(f"  key-derivation child peak (separate process, exits before the list opens): {child:.0f} MB")
    peak = max(figures.values())
    where = "in the desktop process" if args.kdf_in_process else "in a child process"
    print(f"Argon2id {where}; budget {BUDGET_MB} MB for the desktop process: "
          f"{'OK' if peak <= BUDGET_MB else 'OVER'} (peak {peak:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
