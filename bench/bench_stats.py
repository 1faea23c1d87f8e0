"""Statistical records at 100,000 cases: the cost a sync pass pays (issue 13).

A pass first compares the case file's fingerprint (cheap); only when it changed, or a waiting change is due, does
it rebuild every record. Both are timed against a baseline in the same process: reading every case's person JSON.
Medians of 5 runs; the load average is printed (this machine is shared). Works on a COPY of the cached demo post
(`bench_search.py` builds it), so the cache keeps its schema.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import stats_records, vault  # noqa: E402
from app.storage import db, stats  # noqa: E402
from bench.bench_search import PASSWORD, demo_post  # noqa: E402

N = int(os.environ.get("NRM_BENCH_CASES", "100000"))
RUNS = 5


def median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    work = Path(os.environ.get("NRM_BENCH_WORK", "/tmp/nrm-bench-stats")) / f"post-{N}"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(demo_post(N), work)
    with vault.unlock(work, "admin", PASSWORD, sleep=lambda _s: None) as session:
        conn = session.db
        with db.transaction(conn):
            stats_records.by_case(conn)  # statistical ids made once, as the first pass after the upgrade does

        def baseline() -> None:
            for (person,) in conn.execute("SELECT person FROM cases"):
                json.loads(person)

        base = median_ms(baseline)
        fingerprint = median_ms(lambda: stats.fingerprint(conn))
        rebuild = median_ms(lambda: stats_records.by_case(conn))
    print(f"cases {N:,}; medians of {RUNS}")
    print(f"baseline (read + decode every person): {base:8.1f} ms")
    print(f"fingerprint (every pass):              {fingerprint:8.1f} ms  ratio {fingerprint / base:.3f}")
    print(f"rebuild every record (on change):      {rebuild:8.1f} ms  ratio {rebuild / base:.2f}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
