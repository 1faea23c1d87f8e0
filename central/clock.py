"""A server clock that tests can move: now + the seconds written in a file (set NRM_CENTRAL_TEST_CLOCK to it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from protocol.canonical import utcnow


def shifted_clock(path: Path) -> Callable[[], datetime]:
    """The real UTC time moved forward by the number in `path` (re-read on every call; 0 when absent)."""

    def now() -> datetime:
        try:
            offset = float(path.read_text("utf-8").strip() or 0)
        except (OSError, ValueError):
            offset = 0.0
        return utcnow() + timedelta(seconds=offset)

    return now
