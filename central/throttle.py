"""Attempt throttling for enrolment: sliding windows per client address and per code, bounded in memory.

A code has 100 bits, so guessing one is hopeless even unthrottled; the throttle keeps it that way under any
rate (750 requests a second were measured without it), stops a client hammering the endpoint, and locks a
code after repeated failed proofs so a leaked code id cannot be worked on.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from central.errors import CentralError


class Throttled(CentralError):
    """Too many enrolment attempts from this address or for this code; `retry_after` seconds to wait."""

    code, status = "enrol_throttled", 429

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Window:
    """At most `limit` events in any `seconds`."""

    limit: int
    seconds: float


class Throttle:
    """Sliding-window counters by key; the least recently used keys are forgotten beyond `max_keys`."""

    def __init__(self, window: Window, *, what: str, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.window, self.what, self.max_keys, self.clock = window, what, max_keys, clock
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, key: str) -> None:
        """Raise Throttled when `key` already used up its window (counts nothing)."""
        with self._lock:
            events = self._current(key)
            if len(events) >= self.window.limit:
                wait = max(1, math.ceil(events[0] + self.window.seconds - self.clock()))
                raise Throttled(f"too many enrolment attempts {self.what}; retry in {wait} s", retry_after=wait)

    def hit(self, key: str) -> None:
        """Count one event for `key`."""
        with self._lock:
            self._current(key).append(self.clock())
            self._events.move_to_end(key)
            while len(self._events) > self.max_keys:
                self._events.popitem(last=False)

    def _current(self, key: str) -> deque[float]:
        """The key's events inside the window (older ones dropped)."""
        events = self._events.setdefault(key, deque())
        horizon = self.clock() - self.window.seconds
        while events and events[0] <= horizon:
            events.popleft()
        return events


class EnrolGuard:
    """Per address: every attempt counts. Per code: failed proofs count (a genuine post succeeds at once)."""

    def __init__(self, *, per_address: Window = Window(60, 60.0), per_code: Window = Window(5, 900.0),
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.address = Throttle(per_address, what="from this address", clock=clock)
        self.code = Throttle(per_code, what="for this code", clock=clock)

    def before(self, address: str) -> None:
        """Check and count an attempt from `address` before its body is read."""
        self.address.check(address)
        self.address.hit(address)

    def for_code(self, code_id: str) -> None:
        """Refuse an attempt at a code that failed too often lately."""
        self.code.check(code_id)

    def failed(self, code_id: str) -> None:
        """Count a failed attempt at a code (unknown, wrong proof, expired or used)."""
        self.code.hit(code_id)
