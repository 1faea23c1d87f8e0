"""The referral state machine: which status may follow which, and who moves it (post or office)."""

from __future__ import annotations

from app.domain.errors import InvalidState
from app.domain.picklists import OFFICE_STATUSES as OFFICE_REPORTS

# Steps the post takes, then (from "received" on) the office's lifecycle steps as the feed reports them.
STATUSES = (
    "draft",
    "submitted",
    "returned",
    "approved",
    "sent",
    *(s for s in OFFICE_REPORTS if s != "overdue"),
)

_OFFICE_STEPS = frozenset(OFFICE_REPORTS) - {"overdue"}

# status -> statuses it may move to
TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"submitted"}),
    "submitted": frozenset({"approved", "returned"}),
    "returned": frozenset({"submitted"}),
    "approved": frozenset({"sent"}),
    # After "sent" only the office moves the referral (its lifecycle: central/hub/lifecycle.py); the post
    # follows its reports in time order, so a declined referral can be routed again.
    **{s: _OFFICE_STEPS - {s} for s in ("sent", *_OFFICE_STEPS) if s != "closed"},
    "closed": frozenset(),
}

# What only the central office reports back (through the updates feed); "overdue" is history, never a status.
OFFICE_STATUSES = frozenset(OFFICE_REPORTS)
OVERDUE = "overdue"


def check_transition(current: str, new: str) -> None:
    """Raise InvalidState unless `current` may move to `new`."""
    if new not in TRANSITIONS.get(current, frozenset()):
        raise InvalidState(f"A referral that is {current} cannot become {new}.")


def is_editable(status: str) -> bool:
    """Drafts and returned referrals may still be edited by the officer."""
    return status in ("draft", "returned")
