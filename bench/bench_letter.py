"""Median time to render a bilingual (en+ur) referral letter next to an empty reportlab document (DESIGN.md §10)."""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "letters")]

from letter_samples import KEY_ID, SIGNING_KEY, shelter_letter  # noqa: E402

from app.letters import render_letter, verify_letter  # noqa: E402

BUDGET_MS = 250.0
RUNS = 21


def empty_document() -> bytes:
    """The baseline: one blank A4 page through reportlab."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bilingual_letter() -> bytes:
    """The measured work: a signed en+ur letter with QR code and metadata, in memory."""
    return render_letter(shelter_letter(), lang="en+ur", signing_key=SIGNING_KEY, key_id=KEY_ID)


def median_ms(work, runs: int = RUNS, *, clock=time.perf_counter) -> float:
    """Median time of work() in milliseconds on the given clock, after one warm-up call."""
    work()
    times = []
    for _ in range(runs):
        start = clock()
        work()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    """Print the figures; exit 1 when the letter is over budget."""
    start = time.perf_counter()
    first = bilingual_letter()
    cold = (time.perf_counter() - start) * 1000
    baseline = median_ms(empty_document)
    letter = median_ms(bilingual_letter)
    letter_cpu = median_ms(bilingual_letter, clock=time.process_time)
    pdf = bilingual_letter()
    verify = median_ms(lambda: verify_letter(pdf, resolve_key=lambda key_id: SIGNING_KEY.public_key()), runs=9)
    print(f"first letter in a fresh process (fonts load): {cold:.0f} ms, {len(first) // 1024} KiB")
    print(f"empty reportlab document, median:             {baseline:.2f} ms")
    print(f"bilingual letter (en+ur, 3 pages), median:    {letter:.1f} ms  (budget {BUDGET_MS:.0f} ms)")
    print(f"bilingual letter, CPU time of this process:   {letter_cpu:.1f} ms  (less sensitive to load)")
    print(f"ratio letter / empty document:                {letter / baseline:.0f}x")
    print(f"verify_letter (re-renders to compare), median: {verify:.1f} ms")
    return 0 if letter <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
