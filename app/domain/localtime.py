"""Times in the post's own time zone: stored in UTC (ISO 8601 with a Z), shown and printed in local time."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from app.domain.errors import ValidationFailed

DEFAULT_ZONE = "Asia/Karachi"


@functools.cache
def zone(name: str) -> dt.tzinfo:
    """The IANA zone `name` (from the system's database, else the bundled tzdata package)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed(f"{name!r} is not a time zone this computer knows (e.g. {DEFAULT_ZONE}).",
                               path="time_zone") from None


def parse_utc(stamp: str) -> dt.datetime:
    """A stored UTC time ("2026-12-05T00:53:53.550789Z" or with +00:00) as an aware datetime."""
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def local(stamp: str, zone_name: str = DEFAULT_ZONE) -> dt.datetime:
    return parse_utc(stamp).astimezone(zone(zone_name))


def format_local(stamp: str | None, zone_name: str = DEFAULT_ZONE) -> str:
    """"2026-12-05 05:53" in the post's zone; a bare date is left as it is (dates are already local)."""
    if not stamp:
        return ""
    if len(stamp) == 10:
        return stamp
    try:
        return local(stamp, zone_name).strftime("%Y-%m-%d %H:%M")
    except ValueError:  # not a time we wrote: shown as it is rather than failing the screen
        return stamp


def today(zone_name: str = DEFAULT_ZONE, *, now: dt.datetime | None = None) -> dt.date:
    """The calendar day at the post (a letter issued at 01:00 in Karachi is dated that day, not the UTC day)."""
    return (now or dt.datetime.now(dt.UTC)).astimezone(zone(zone_name)).date()
