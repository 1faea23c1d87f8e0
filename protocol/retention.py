"""The retention policy the office sets and publishes to posts in the signed feed (docs/retention.md).

The policy travels inside each device's sealed file of the updates feed (key "retention", ignored by older posts),
so it is as trusted as the feed: signed with the office's feed key, refused when rolled back. It carries its own
version: a post keeps the newest policy it has seen and refuses an older one, or another one with the same version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from protocol.canonical import canonical, sha256
from protocol.errors import FeedEquivocation, FeedRollback, MalformedData

TYPE = "nrm/retention"
FORMAT = 1
# rule name -> days; the post rules count from a case's last activity, the office rule from a referral's closure.
RULES = ("post.closed_case", "post.unfinished_interview", "post.inactive_case", "office.closed_referral")
DEFAULT_DAYS: dict[str, int] = {
    "post.closed_case": 90,
    "post.unfinished_interview": 30,
    "post.inactive_case": 365,
    "office.closed_referral": 5 * 365 + 1,
}
MIN_DAYS, MAX_DAYS = 1, 100 * 365


@dataclass(frozen=True)
class Policy:
    """Retention periods in days per rule, and the policy's own version (0: the built-in defaults)."""

    version: int
    days: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {"type": TYPE, "v": FORMAT, "version": self.version, "days": dict(sorted(self.days.items()))}

    @property
    def digest(self) -> str:
        return sha256(canonical(self.as_dict())).hex()


DEFAULTS = Policy(0, dict(DEFAULT_DAYS))


def parse(doc: Any) -> Policy:
    """Type-check a policy document; every rule must be present with a whole number of days in range."""
    if not isinstance(doc, dict) or set(doc) != {"type", "v", "version", "days"}:
        raise MalformedData("the retention policy has other fields than type, v, version, days")
    if doc["type"] != TYPE or doc["v"] != FORMAT:
        raise MalformedData("the retention policy is not of a format this version reads")
    version, days = doc["version"], doc["days"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MalformedData("the retention policy version must be an integer >= 1")
    if not isinstance(days, dict) or set(days) != set(RULES):
        raise MalformedData("the retention policy must give a period for every rule")
    for rule, value in days.items():
        if not isinstance(value, int) or isinstance(value, bool) or not MIN_DAYS <= value <= MAX_DAYS:
            raise MalformedData(f"the retention period of {rule} is not a whole number of days in range")
    return Policy(version, {r: int(days[r]) for r in RULES})


def is_newer(new: Policy, *, version: int, digest: str | None) -> bool:
    """Whether `new` replaces the policy in force (its version and digest; 0 and None: the defaults). An older
    version is refused as a rollback, the same version with other periods as equivocation."""
    if new.version < version:
        raise FeedRollback(f"retention policy version {new.version} is older than {version}")
    if new.version == version:
        if new.digest != digest:
            raise FeedEquivocation(f"retention policy version {new.version} with other periods")
        return False
    return True
