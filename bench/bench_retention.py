"""The retention check the desktop runs at every unlock (issue 16), on a post of N synthetic cases: the median time
of `retention.plan` (nothing due, the usual case) and of a plan with the clock moved a year on (every case looked at),
each against a baseline in the same process: reading every case's id and last change (`SELECT id, updated_at FROM
cases`), the least any per-case rule must read. Load average recorded. Usage: bench_retention.py [N] [--runs R]."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services import retention, vault  # noqa: E402
from bench.bench_search import PASSWORD, demo_post  # noqa: E402


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nrm-bench-retention-")) / "post"
    shutil.copytree(demo_post(args.n), work)
    try:
        with vault.unlock(work, "supervisor", PASSWORD) as s:
            later = datetime.now(UTC) + timedelta(days=400)
            base = median_ms(lambda: s.db.execute("SELECT id, updated_at FROM cases").fetchall(), args.runs)
            today = median_ms(lambda: retention.plan(s, system=True), args.runs)  # as at unlock
            year = median_ms(lambda: retention.plan(s, now=later, system=True), args.runs)
            due = len(retention.plan(s, now=later, system=True).due)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
    print(f"cases {args.n:,}  runs {args.runs}  load average {os.getloadavg()[0]:.2f}")
    print(f"baseline (read id, updated_at of every case)   {base:8.1f} ms")
    print(f"plan at unlock, nothing due                      {today:8.3f} ms  ({today / base:.4f}x)")
    print(f"plan a year on, every case examined ({due:,} due)  {year:8.1f} ms  ({year / base:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
