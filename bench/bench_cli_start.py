"""Command-line start: `nrm-desk --version`, `--help`, `case list --help` and `nrm-central --help` as fresh
processes (median of N), interleaved run by run with the baseline `python -c pass`."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S, BUDGET_RATIO = 0.10, 3.0

BIN = Path(sys.executable).parent  # the console scripts installed beside this Python (pip install -e .)
COMMANDS = {
    "python -c pass (baseline)": [sys.executable, "-c", "pass"],
    "nrm-desk --version": [str(BIN / "nrm-desk"), "--version"],
    "nrm-desk --help": [str(BIN / "nrm-desk"), "--help"],
    "nrm-desk case list --help": [str(BIN / "nrm-desk"), "case", "list", "--help"],
    "nrm-central --help": [str(BIN / "nrm-central"), "--help"],
}


def once(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    for cmd in COMMANDS.values():
        once(cmd)  # warm the .pyc files and the page cache
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, cmd in COMMANDS.items():
            times[name].append(once(cmd))
    base = statistics.median(times["python -c pass (baseline)"])
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {args.runs} runs each, interleaved")
    print("| command | median (min–max) ms | ratio to `python -c pass` |")
    print("|---|---|---|")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"| {name} | {med * 1000:.0f} ({min(values) * 1000:.0f}–{max(values) * 1000:.0f}) | {med / base:.1f}× |")
    version = statistics.median(times["nrm-desk --version"])
    ok = version <= BUDGET_S and version / base <= BUDGET_RATIO
    print(f"budget: --version <= {BUDGET_S * 1000:.0f} ms and <= {BUDGET_RATIO:.0f}x the baseline: {'OK' if ok else 'OVER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
