"""The referral state machine: which status may follow which, and who moves it (post or office)."""

from __future__ import annotations

from app.domain.errors import InvalidState

STATUSES = (
    "draft",
    "submitted",
    "returned",
    "approved",
    "sent",
    "received",
    "accepted",
    "declined",
    "services_started",
    "closed",
)

# status -> statuses it may move to
TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"submitted"}),
    "submitted": frozenset({"approved", "returned"}),
    "returned": frozenset({"submitted"}),
    "approved": frozenset({"sent"}),
    "sent": frozenset({"received", "accepted", "declined"}),
    "received": frozenset({"accepted", "declined"}),
    "accepted": frozenset({"services_started", "closed"}),
    "declined": frozenset({"closed"}),
    "services_started": frozenset({"closed"}),
    "closed": frozenset(),
}

# Statuses that only the central office reports back (through the updates feed).
OFFICE_STATUSES = frozenset({"received", "accepted", "declined", "services_started", "closed"})


def check_transition(current: str, new: str) -> None:
    """Raise InvalidState unless `current` may move to `new`."""
    if new not in TRANSITIONS.get(current, frozenset()):
        raise InvalidState(f"A referral that is {current} cannot become {new}.")


def is_editable(status: str) -> bool:
    """Drafts and returned referrals may still be edited by the officer."""
    return status in ("draft", "returned")
