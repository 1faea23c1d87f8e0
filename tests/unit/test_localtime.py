"""Times shown and printed in the post's time zone (a setting, Asia/Karachi by default); stored in UTC."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from app.domain import localtime
from app.domain.errors import PermissionDenied, ValidationFailed
from app.services import settings


def test_a_utc_time_is_shown_at_the_post():
    assert localtime.format_local("2026-12-04T20:30:00.000001Z") == "2026-12-05 01:30"  # Karachi is UTC+5
    assert localtime.format_local("2026-12-04T20:30:00+00:00", "Asia/Kabul") == "2026-12-05 01:00"
    assert localtime.format_local("2026-12-04") == "2026-12-04"  # a date is already the post's date
    assert localtime.format_local(None) == ""
    assert localtime.format_local("yesterday noon") == "yesterday noon"


def test_the_day_at_the_post_is_not_the_utc_day():
    late_evening_utc = dt.datetime(2026, 12, 4, 20, 30, tzinfo=dt.UTC)
    assert localtime.today(now=late_evening_utc) == dt.date(2026, 12, 5)
    assert localtime.today("UTC", now=late_evening_utc) == dt.date(2026, 12, 4)


def test_the_zone_database_ships_with_the_application():
    assert importlib.util.find_spec("tzdata") is not None  # Windows and the frozen build have no system zones
    with pytest.raises(ValidationFailed, match="not a time zone"):
        localtime.zone("Mars/Olympus_Mons")


def test_the_admin_sets_the_time_zone_and_everyone_reads_it(post):
    with post.unlock("officer") as officer:
        assert settings.get_time_zone(officer) == "Asia/Karachi"
        with pytest.raises(PermissionDenied):
            settings.set_time_zone(officer, "Asia/Kabul")
    with post.unlock("admin") as admin:
        with pytest.raises(ValidationFailed):
            settings.set_time_zone(admin, "Asia/Nowhere")
        assert settings.set_time_zone(admin, "Asia/Kabul") == "Asia/Kabul"
    with post.unlock("supervisor") as supervisor:
        assert settings.get_time_zone(supervisor) == "Asia/Kabul"
