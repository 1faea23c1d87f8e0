"""Times on screen in the post's time zone (a post setting, Asia/Karachi by default); the store keeps UTC."""

from __future__ import annotations

from app.domain import localtime

_zone = localtime.DEFAULT_ZONE


def set_zone(name: str) -> None:
    """Called once the post is unlocked (and when the admin changes the setting)."""
    global _zone
    try:
        localtime.zone(name)
    except Exception:  # noqa: BLE001 — an unknown zone from a newer post keeps the default rather than failing
        return
    _zone = name


def zone_name() -> str:
    return _zone


def when(stamp: str | None) -> str:
    """A stored UTC time as "YYYY-MM-DD HH:MM" at the post; a bare date as it is."""
    return localtime.format_local(stamp, _zone)
