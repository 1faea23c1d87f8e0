"""Post settings kept inside the encrypted store (the idle-lock period); the admin changes them."""

from __future__ import annotations

from app.domain.errors import ValidationFailed
from app.domain.policy import (
    IDLE_LOCK_DEFAULT_MINUTES,
    IDLE_LOCK_MAX_MINUTES,
    IDLE_LOCK_MIN_MINUTES,
    clamp_idle_minutes,
)
from app.services import events
from app.services.session import Session
from app.storage import db, post

IDLE_KEY = "idle_lock_minutes"
DESKTOP_CACHE_MIB = 64


def get_idle_minutes(session: Session) -> int:
    """Minutes without input before the app locks; every signed-in user needs it, so no role check."""
    value = post.get(session.db)["settings"].get(IDLE_KEY, IDLE_LOCK_DEFAULT_MINUTES)
    return clamp_idle_minutes(int(value))


def set_idle_minutes(session: Session, minutes: int) -> int:
    """The post admin sets the idle-lock period (1 to 60 minutes); audited."""
    session.require("user.manage")
    if not IDLE_LOCK_MIN_MINUTES <= int(minutes) <= IDLE_LOCK_MAX_MINUTES:
        raise ValidationFailed(
            f"The idle-lock period must be {IDLE_LOCK_MIN_MINUTES} to {IDLE_LOCK_MAX_MINUTES} minutes.")
    with session.write("settings.update") as conn:
        post.update_settings(conn, {IDLE_KEY: int(minutes)})
    events.publish("settings_did_change", key=IDLE_KEY)
    return int(minutes)


def post_identity(session: Session) -> dict[str, str]:
    """The post's code and name, for the window's status line (no personal data)."""
    info = post.get(session.db)
    return {"code": info["code"], "name": info["name"]}


def use_desktop_cache(session: Session, mebibytes: int = DESKTOP_CACHE_MIB) -> None:
    """The desktop app keeps one connection open for hours: give it a page cache sized for interactive search."""
    db.set_cache_size(session.db, mebibytes)


TIME_ZONE_KEY = "time_zone"


def get_time_zone(session: Session) -> str:
    """The post's time zone (times on screen and in letters); every signed-in user needs it, so no role check."""
    from app.domain.localtime import DEFAULT_ZONE

    return str(post.get(session.db)["settings"].get(TIME_ZONE_KEY, DEFAULT_ZONE))


def set_time_zone(session: Session, name: str) -> str:
    """The post admin sets the time zone (an IANA name such as Asia/Karachi); audited."""
    from app.domain.localtime import zone

    session.require("user.manage")
    zone(name.strip())  # refuses a name the zone database does not know
    with session.write("settings.update") as conn:
        post.update_settings(conn, {TIME_ZONE_KEY: name.strip()})
    events.publish("settings_did_change", key=TIME_ZONE_KEY)
    return name.strip()
