"""The statistical record: one per case, non-identifying, sent for every screening whatever the consent (wire format).

A record says what a ministry count needs and nothing that names or singles out a person: no name, document
number, date of birth or free text; dates at day precision, the encounter only as a month, age only as a band.
A post sends it in every bundle of the case's referrals and in stats bundles (`kind: "stats"`) for cases with
no referral; the office keeps the newest revision of each record (`id` is random, unrelated to the case id).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from protocol.errors import MalformedData
from protocol.steps import STEPS

FORMAT = "nrm-desk/stats@1"
AGE_BANDS = ("0-11", "12-17", "18-25", "26-40", "41+", "unknown")
_BAND_TOP = ((11, "0-11"), (17, "12-17"), (25, "18-25"), (40, "26-40"))
# The stages whose first day is counted: the post's own, then the office's lifecycle steps.
STAGES = ("drafted", "submitted", "approved", "sent", *STEPS)
FIELDS = ("format", "id", "revision", "post", "month", "sex", "age_band", "nationality", "classification",
          "exploitation_types", "screenings", "status", "services_needed", "services_referred", "referrals")
REFERRAL_FIELDS = ("provider", "services", "stages")

_CODE = re.compile(r"^[a-z0-9_+\-]{1,48}$")
_UPPER = re.compile(r"^[A-Z0-9\-]{1,32}$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_DAY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_ID = re.compile(r"^[0-9a-f]{32}$")
MAX_LIST = 32
MAX_REFERRALS = 64


def age_band(age: int | None) -> str:
    """The band of an age in whole years; "unknown" when the age is not known."""
    if age is None or age < 0:
        return "unknown"
    for top, band in _BAND_TOP:
        if age <= top:
            return band
    return "41+"


def check_record(record: Any) -> dict[str, Any]:
    """The record if it has exactly the known fields with well-formed values; MalformedData otherwise.

    The office refuses a record carrying anything else, so free text or a name can never be stored in clear.
    """
    if not isinstance(record, dict) or set(record) != set(FIELDS) or record["format"] != FORMAT:
        raise MalformedData("a statistical record has unknown or missing fields")
    _match(_ID, record["id"])
    _match(re.compile(r"^[0-9a-f]{16,64}$"), record["revision"])
    _match(_UPPER, record["post"])
    _match(_MONTH, record["month"])
    if record["age_band"] not in AGE_BANDS:
        raise MalformedData("a statistical record has an unknown age band")
    for key in ("sex", "classification", "status"):
        _optional(_CODE, record[key])
    _optional(_UPPER, record["nationality"])
    if not isinstance(record["screenings"], int) or not 0 <= record["screenings"] <= 10_000:
        raise MalformedData("a statistical record has a bad screening count")
    for key in ("exploitation_types", "services_needed", "services_referred"):
        _codes(record[key])
    _referrals(record["referrals"])
    return record


def _referrals(value: Any) -> None:
    if not isinstance(value, list) or len(value) > MAX_REFERRALS:
        raise MalformedData("a statistical record has a bad referral list")
    for item in value:
        if not isinstance(item, dict) or set(item) != set(REFERRAL_FIELDS):
            raise MalformedData("a statistical referral has unknown or missing fields")
        _optional(re.compile(r"^[A-Za-z0-9_\-.:]{1,64}$"), item["provider"])
        _codes(item["services"])
        stages = item["stages"]
        if not isinstance(stages, dict) or not set(stages) <= set(STAGES):
            raise MalformedData("a statistical referral has an unknown stage")
        for day in stages.values():
            _match(_DAY, day)


def _codes(value: Any) -> None:
    if not isinstance(value, list) or len(value) > MAX_LIST:
        raise MalformedData("a statistical record has a bad list of codes")
    for code in value:
        _match(_CODE, code)


def _optional(pattern: re.Pattern[str], value: Any) -> None:
    if value is not None:
        _match(pattern, value)


def _match(pattern: re.Pattern[str], value: Any) -> None:
    if not isinstance(value, str) or not pattern.match(value):
        raise MalformedData("a statistical record has a malformed value")


def percentile(values: list[int], q: int) -> int | None:
    """The q-th percentile by nearest rank (q = 50: the median); None for no values.

    Post and office compute time figures with this one definition, so their numbers agree.
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-q * len(ordered) // 100))  # ceil(q/100 · n), at least 1
    return ordered[rank - 1]


def days_between(first: str, second: str) -> int:
    """Whole days from one ISO day (or time) to another."""
    return (dt.date.fromisoformat(second[:10]) - dt.date.fromisoformat(first[:10])).days
