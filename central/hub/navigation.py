"""Which hub pages a role works with (the services still check every request; this only picks the links)."""

from __future__ import annotations

from central.hub.principal import ADMIN, ANALYST, COORDINATOR, PROVIDER, Principal

PAGES: dict[str, tuple[str, ...]] = {
    COORDINATOR: ("referrals", "duplicates", "organisations", "stats"),
    PROVIDER: ("referrals", "organisations"),
    ANALYST: ("stats",),
    ADMIN: ("organisations", "users", "posts", "audit"),
}


def pages_for(principal: Principal) -> tuple[str, ...]:
    """The pages linked in this principal's menu, in menu order."""
    return PAGES.get(principal.role, ())


def may_edit_directory(principal: Principal) -> bool:
    """Whether the organisations page offers the directory form (organisations.save checks again)."""
    return principal.role == ADMIN
