"""Screening engine: median time of one evaluation (and its to_dict) over 10,000 random screenings."""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.screening import evaluate, evaluate_several, load_instruments  # noqa: E402
from app.resources import resource_path  # noqa: E402

N = 10_000


def timed(fn, cases):
    times = []
    for case in cases:
        start = time.perf_counter_ns()
        fn(case)
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1000  # microseconds


def main() -> None:
    start = time.perf_counter()
    instruments = load_instruments(resource_path("instruments"))
    load_ms = (time.perf_counter() - start) * 1000
    labour, sexual = instruments["ilo2009-adult-labour"], instruments["ilo2009-adult-sexual"]
    ids = [i.id for i in labour.items]
    grades = {i.id: i.grade for i in labour.items}
    rng = random.Random(2009)
    cases = [(rng.sample(ids, rng.randint(0, 20)), rng.choice([None, 12, 30])) for _ in range(N)]

    def baseline(case):  # the bare minimum: look up each grade and count it
        counts = {}
        for i in case[0]:
            counts[grades[i]] = counts.get(grades[i], 0) + 1

    base = timed(baseline, cases)
    one = timed(lambda c: evaluate(labour, c[0], age=c[1]), cases)
    with_dict = timed(lambda c: evaluate(labour, c[0], age=c[1]).to_dict(), cases)
    two = timed(lambda c: evaluate_several([(labour, c[0]), (sexual, c[0])], age=c[1]).to_dict(), cases)
    print(f"load 6 instruments:              {load_ms:8.1f} ms")
    print(f"baseline (count grades):         {base:8.1f} µs median")
    print(f"evaluate one list:               {one:8.1f} µs median  ({one / base:.0f}× baseline)")
    print(f"evaluate + to_dict:              {with_dict:8.1f} µs median")
    print(f"two lists + to_dict:             {two:8.1f} µs median")


if __name__ == "__main__":
    main()
