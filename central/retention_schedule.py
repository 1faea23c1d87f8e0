"""`nrm-central serve` runs the office's retention purge on its own: shortly after start, then every interval
(`--retention-every`, default a day; 0 turns it off and leaves it to `nrm-central retention run --apply`)."""

from __future__ import annotations

import logging
import threading
from typing import Any

from central import purge

log = logging.getLogger("central.retention")
DAY = 24 * 3600.0
FIRST_DELAY = 60.0  # seconds after start, so a restart loop does not vacuum on every start


class Schedule:
    """A daemon thread that purges what is due as `system`, logging counts only (never ids or content)."""

    def __init__(self, service: Any, *, every: float) -> None:
        self.service, self.every = service, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="retention", daemon=True)

    def start(self) -> Schedule:
        if self.every > 0:
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=60)

    def _loop(self) -> None:
        delay = min(FIRST_DELAY, self.every)
        while not self._stop.wait(delay):
            self.tick()
            delay = self.every

    def tick(self) -> purge.RunResult | None:
        """One run; a failure is logged (its kind only) and tried again at the next interval."""
        try:
            result = purge.run(self.service.store, apply=True, now=self.service.clock())
        except Exception as exc:  # noqa: BLE001 - the service keeps serving; the next run tries again
            log.warning(f"retention run failed: {type(exc).__name__}", extra={"event": "retention.failed"})
            return None
        log.info(f"retention run: {len(result.purged)} purged, {len(result.plan.kept) + len(result.refused)} kept",
                 extra={"event": "retention.run"})
        return result
