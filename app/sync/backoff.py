"""Retry timing: exponential backoff with full jitter, Retry-After honoured, reset on success."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

BASE = 5.0
CAP = 3600.0


@dataclass
class Backoff:
    """Delay before the next pass after `failures` consecutive failed passes (full jitter, AWS style)."""

    base: float = BASE
    cap: float = CAP
    rand: Callable[[], float] = field(default=random.random)

    def ceiling(self, failures: int) -> float:
        """The upper bound of the jitter window: min(cap, base * 2^(failures-1))."""
        if failures <= 0:
            return 0.0
        return float(min(self.cap, self.base * 2 ** min(failures - 1, 30)))

    def delay(self, failures: int, *, retry_after: float | None = None) -> float:
        """Uniform in [0, ceiling], but never sooner than the server asked (capped)."""
        jitter = self.rand() * self.ceiling(failures)
        if retry_after is not None:
            return min(self.cap, max(jitter, retry_after))
        return jitter
