"""The office's retention policy: set by the office, published to every post in the signed feed (docs/retention.md).

Stored as the setting "retention" (canonical JSON of protocol/retention.py's document). Each change is a new version,
so posts can tell a newer policy from a replayed older one.
"""

from __future__ import annotations

import json

from central.store import Store
from protocol.canonical import canonical
from protocol.errors import MalformedData
from protocol.retention import DEFAULTS, RULES, Policy, parse

SETTING = "retention"


def current(store: Store) -> Policy:
    """The policy the office has set, else the built-in defaults (version 0, not published)."""
    raw = store.setting(SETTING)
    return parse(json.loads(raw)) if raw else DEFAULTS


def published(store: Store) -> dict[str, object] | None:
    """The document each device file carries, or None while the office has set no policy of its own."""
    policy = current(store)
    return policy.as_dict() if policy.version else None


def set_days(store: Store, changes: dict[str, int]) -> Policy:
    """A new version of the policy with these periods changed (the others as they are)."""
    unknown = sorted(set(changes) - set(RULES))
    if unknown:
        raise MalformedData(f"unknown retention rule {unknown[0]!r}; the rules are {', '.join(RULES)}")
    old = current(store)
    policy = parse({**Policy(old.version + 1, {**old.days, **changes}).as_dict()})
    store.put_setting(SETTING, canonical(policy.as_dict()))
    return policy
