"""Plain-Python events services publish (e.g. referral_did_approve); the UI bridges them to Qt signals."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Listener = Callable[..., None]
_listeners: dict[str, list[Listener]] = defaultdict(list)


def subscribe(event: str, listener: Listener) -> Callable[[], None]:
    """Register `listener` for `event`; returns a function that unsubscribes it."""
    _listeners[event].append(listener)
    return lambda: _listeners[event].remove(listener)


def publish(event: str, **payload: Any) -> None:
    """Call every listener; a failing listener is logged (without payload) and never breaks the use case."""
    for listener in list(_listeners.get(event, ())):
        try:
            listener(**payload)
        except Exception:  # noqa: BLE001
            log.exception("listener for %s failed", event)
