"""Where places are: a small gazetteer of Pakistan's posts, cities and provinces, to rank organisations by distance."""

from __future__ import annotations

import math
import re

# name (lower case) -> (latitude, longitude); cities and border posts where NRM posts and service providers are,
# then provinces and territories (their capitals), so an area written as a province still has a place.
PLACES: dict[str, tuple[float, float]] = {
    "torkham": (34.13, 71.09), "landi kotal": (34.10, 71.14), "peshawar": (34.01, 71.58),
    "mardan": (34.20, 72.04), "abbottabad": (34.15, 73.22), "swat": (35.22, 72.43), "mingora": (34.78, 72.36),
    "chaman": (30.92, 66.45), "quetta": (30.18, 66.99), "taftan": (28.96, 61.60), "gwadar": (25.12, 62.33),
    "turbat": (26.00, 63.04), "islamabad": (33.68, 73.05), "rawalpindi": (33.60, 73.04),
    "lahore": (31.55, 74.34), "wagah": (31.60, 74.57), "sialkot": (32.49, 74.53), "gujranwala": (32.16, 74.19),
    "faisalabad": (31.42, 73.08), "multan": (30.20, 71.47), "bahawalpur": (29.40, 71.68),
    "dera ghazi khan": (30.05, 70.63), "karachi": (24.86, 67.01), "hyderabad": (25.40, 68.37),
    "sukkur": (27.71, 68.86), "larkana": (27.56, 68.21), "gilgit": (35.92, 74.31),
    "muzaffarabad": (34.37, 73.47), "khyber pakhtunkhwa": (34.01, 71.58), "kpk": (34.01, 71.58),
    "balochistan": (30.18, 66.99), "punjab": (31.55, 74.34), "sindh": (24.86, 67.01),
    "gilgit-baltistan": (35.92, 74.31), "azad kashmir": (34.37, 73.47),
}  # fmt: skip
_BY_LENGTH = sorted(PLACES, key=len, reverse=True)


def locate(text: str) -> tuple[float, float] | None:
    """The place a free-text location names (the longest known name in it), or None when it names none we know."""
    lowered = text.casefold()
    for name in _BY_LENGTH:
        if re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", lowered):
            return PLACES[name]
    return None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def distance_between(place: str, area: str) -> float | None:
    """Kilometres between two free-text locations, or None when either is unknown."""
    a, b = locate(place), locate(area)
    return None if a is None or b is None else distance_km(a, b)
