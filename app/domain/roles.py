"""Who may do what: the role matrix every service checks before acting."""

from __future__ import annotations

from app.domain.errors import PermissionDenied

OFFICER = frozenset(
    {
        "case.view",
        "case.create",
        "case.edit",
        "case.import",
        "screening.run",
        "consent.record",
        "referral.view",
        "referral.draft",
        "referral.submit",
        "directory.view",
        "case.close",  # ask for a closure (a supervisor approves it) and re-open with a reason
        "attachment.add",
        "referral.emergency",  # release an emergency referral when no supervisor is present (approved afterwards)
        "transfer.request",  # ask to transfer a case to another post (a supervisor approves)
    }
)
# decision.review: the second look at a negative screening decision; child_protection.waive: finishing a child's
# interview without a referral to child protection, with the recorded reason (both never on one's own work).
SUPERVISOR = OFFICER | {"referral.approve", "referral.return", "letter.issue", "audit.verify", "consent.override",
                        "decision.review", "child_protection.waive",
                        "case.close_approve", "attachment.export", "retention.run", "retention.hold",
                        "subject.export", "stats.view",
                        "transfer.approve", "transfer.receive"}  # issue 14: transfers between posts
# The post admin manages accounts, enrolment and transfer; it does not read case files (the dashboard's
# counts, "stats.view", name nobody).
ADMIN = frozenset(
    {"user.manage", "directory.view", "directory.edit", "sync.enroll", "sync.run", "sync.transfer", "audit.verify",
     "retention.run", "stats.view"}
)

PERMISSIONS: dict[str, frozenset[str]] = {"officer": OFFICER, "supervisor": frozenset(SUPERVISOR), "admin": ADMIN}

ALL_PERMISSIONS = frozenset().union(*PERMISSIONS.values())


def allows(role: str, permission: str) -> bool:
    if permission not in ALL_PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    return permission in PERMISSIONS.get(role, frozenset())


def require(role: str, permission: str) -> None:
    """Raise PermissionDenied unless `role` holds `permission`."""
    if not allows(role, permission):
        raise PermissionDenied(f"Your role ({role}) does not allow this ({permission}).")
