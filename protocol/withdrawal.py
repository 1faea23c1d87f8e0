"""A consent withdrawal that travels (issue 16): the bundle item a post sends, and the states the office reports back.

The item carries ids only — the withdrawal, the consent, the case (the post's random id), the referrals the consent
covered with the organisation each was made to, the data categories withdrawn and when. Never the reason the person
gave, never a name. A post seals it in its own bundle (`kind: "withdrawal"`), signed like every bundle, in the
transaction that records the withdrawal; the office stores it once (a repeat of the bundle changes nothing).

The office answers in the device's private feed file (`withdrawals`): for each withdrawal, how far it has reached —
received by the office, the organisations that received the referral notified, and each one's confirmation that it
stopped processing and deleted the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from protocol.disclosure import CATEGORIES
from protocol.errors import MalformedData

FORMAT = "nrm-desk/withdrawal@1"
KIND = "withdrawal"
FIELDS = ("format", "id", "consent_id", "case_id", "referrals", "categories", "withdrawn_on", "recorded_at")
REFERRAL_FIELDS = ("id", "provider")
# How far a withdrawal has reached, in order (the device file's `state`).
STATES = ("received", "notified", "confirmed")
MAX_REFERRALS = 64

_ID = re.compile(r"^[A-Za-z0-9_\-.:]{1,64}$")
_DAY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")


def check_item(item: Any) -> dict[str, Any]:
    """The withdrawal if it has exactly the known fields with well-formed values; MalformedData otherwise.

    The office refuses anything else, so the reason text or a name can never reach it inside this item.
    """
    if not isinstance(item, dict) or set(item) != set(FIELDS) or item["format"] != FORMAT:
        raise MalformedData("a withdrawal has unknown or missing fields")
    for key in ("id", "consent_id", "case_id"):
        _match(_ID, item[key])
    _match(_DAY, item["withdrawn_on"])
    _match(_TIME, item["recorded_at"])
    cats = item["categories"]
    if not isinstance(cats, list) or len(cats) > len(CATEGORIES) or not set(cats) <= set(CATEGORIES):
        raise MalformedData("a withdrawal has an unknown data category")
    refs = item["referrals"]
    if not isinstance(refs, list) or not 1 <= len(refs) <= MAX_REFERRALS:
        raise MalformedData("a withdrawal names no referral, or too many")
    for ref in refs:
        if not isinstance(ref, dict) or set(ref) != set(REFERRAL_FIELDS):
            raise MalformedData("a withdrawn referral has unknown or missing fields")
        _match(_ID, ref["id"])
        if ref["provider"] is not None:
            _match(_ID, ref["provider"])
    if len({r["id"] for r in refs}) != len(refs):
        raise MalformedData("a withdrawal names one referral twice")
    return item


def _match(pattern: re.Pattern[str], value: Any) -> None:
    if not isinstance(value, str) or not pattern.match(value):
        raise MalformedData("a withdrawal has a malformed value")


@dataclass(frozen=True)
class Confirmation:
    """One organisation that received a covered referral: when it was told, and when it confirmed deletion."""

    organisation_id: str
    notified_at: str
    confirmed_at: str | None


@dataclass(frozen=True)
class WithdrawalReport:
    """Where one withdrawal has reached, as the office reports it in the device file."""

    withdrawal_id: str
    state: str  # received | notified | confirmed
    received_at: str
    referral_ids: tuple[str, ...]
    providers: tuple[Confirmation, ...]
    source: str  # post | office (recorded at the office on the person's request)


MAX_REPORTS = 10_000


def parse_reports(found: Any) -> list[WithdrawalReport]:
    """The device file's `withdrawals` list (absent: none); MalformedData refuses the feed."""
    if found is None:
        return []
    if not isinstance(found, list) or len(found) > MAX_REPORTS:
        raise MalformedData("the device file's withdrawal list is not a list")
    out = []
    for item in found:
        if not isinstance(item, dict) or item.get("state") not in STATES or item.get("source") not in ("post", "office"):
            raise MalformedData("a withdrawal report has an unknown state")
        _match(_ID, item.get("id"))
        _match(_TIME, item.get("received_at"))
        refs, providers = item.get("referrals"), item.get("providers")
        if not isinstance(refs, list) or not isinstance(providers, list) or len(providers) > MAX_REFERRALS:
            raise MalformedData("a withdrawal report lacks its referrals or organisations")
        for ref in refs:
            _match(_ID, ref)
        confirmations = []
        for p in providers:
            if not isinstance(p, dict):
                raise MalformedData("a withdrawal report's organisation is malformed")
            _match(_ID, p.get("organisation_id"))
            _match(_TIME, p.get("notified_at"))
            if p.get("confirmed_at") is not None:
                _match(_TIME, p["confirmed_at"])
            confirmations.append(Confirmation(p["organisation_id"], p["notified_at"], p.get("confirmed_at")))
        out.append(WithdrawalReport(item["id"], item["state"], item["received_at"], tuple(refs),
                                    tuple(confirmations), item["source"]))
    return out
