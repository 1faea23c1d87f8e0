"""The referral steps the office reports to a post in its sealed device file (wire vocabulary of the feed)."""

from __future__ import annotations

# In lifecycle order; app.domain.picklists.OFFICE_STATUSES must list the same codes (a test checks).
STEPS = (
    "received",
    "routed",
    "acknowledged",
    "accepted",
    "declined",
    "arrived",
    "services_started",
    "completed",
    "person_left",
    "closed",
)

# Not a step: the office tells the post that the next step is late (note: which step was due, at: when).
OVERDUE = "overdue"
REPORTS = (*STEPS, OVERDUE)
