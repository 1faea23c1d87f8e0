"""Service-level timers: how long a referral may wait at a step, per urgency, before it is overdue."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from central.errors import CentralError
from central.hubstore import URGENCIES, stamp
from central.store import Store
from protocol.canonical import parse_time

SETTING = "hub_timers"
# timer name -> the step whose next move it times; the name is the action awaited.
WAITING = {"acknowledge": "routed", "accept": "acknowledged"}
DEFAULTS: dict[str, dict[str, int]] = {
    "acknowledge": {"emergency": 4, "urgent": 24, "routine": 72},
    "accept": {"emergency": 4, "urgent": 24, "routine": 72},
}
MAX_HOURS = 24 * 90

Timers = dict[str, dict[str, int]]


class TimersInvalid(CentralError):
    """The office config's "timers" are not hours per urgency for acknowledge and accept."""

    code, status = "timers_invalid", 500


def parse(value: Any) -> Timers:
    """The defaults overlaid with a config's {"acknowledge"|"accept": {urgency: whole hours}}."""
    if value is None:
        return {k: dict(v) for k, v in DEFAULTS.items()}
    if not isinstance(value, dict) or not set(value) <= set(WAITING):
        raise TimersInvalid(f'"timers" must be an object with {" and ".join(WAITING)}')
    timers = {k: dict(v) for k, v in DEFAULTS.items()}
    for name, hours in value.items():
        if not isinstance(hours, dict) or not set(hours) <= set(URGENCIES) or not all(
                isinstance(h, int) and not isinstance(h, bool) and 0 < h <= MAX_HOURS for h in hours.values()):
            raise TimersInvalid(f'"timers.{name}" must give whole hours (1 to {MAX_HOURS}) per urgency')
        timers[name].update(hours)
    return timers


def configure(store: Store, value: Any) -> Timers:
    """Make the office config's timers the ones every worker reads (stored once, in the database)."""
    timers = parse(value)
    encoded = json.dumps(timers, sort_keys=True).encode("utf-8")
    if store.setting(SETTING) != encoded:
        store.put_setting(SETTING, encoded)
    return timers


def current(store: Store) -> Timers:
    """The timers in force (the defaults until an office config sets them)."""
    raw = store.setting(SETTING)
    return parse(None if raw is None else json.loads(raw))


def due(row: dict[str, Any], timers: Timers) -> tuple[str, datetime] | None:
    """(awaited action, deadline) of a referral waiting at a timed step, else None."""
    for name, step in WAITING.items():
        if row["step"] == step:
            return name, parse_time(row["step_at"]) + timedelta(hours=timers[name][row["urgency"]])
    return None


def is_overdue(row: dict[str, Any], timers: Timers, now: datetime) -> bool:
    """Whether the awaited step is late."""
    found = due(row, timers)
    return found is not None and now > found[1]


def cutoffs(timers: Timers, now: datetime) -> list[tuple[str, str, str]]:
    """(step, urgency, step_at before) triples: a referral at that step since before the cutoff is overdue."""
    return [(step, urgency, stamp(now - timedelta(hours=timers[name][urgency])))
            for name, step in WAITING.items() for urgency in URGENCIES]
