"""Who is acting at the office: a signed-in hub user with one role (and, for a provider, one organisation)."""

from __future__ import annotations

from dataclasses import dataclass

COORDINATOR = "coordinator"
PROVIDER = "provider"
ANALYST = "analyst"
ADMIN = "admin"
ROLES = (COORDINATOR, PROVIDER, ANALYST, ADMIN)


@dataclass(frozen=True)
class Principal:
    """A hub user as the services see it; a provider is scoped to exactly one organisation."""

    user_id: str
    username: str
    role: str
    organisation_id: str | None = None

    def __post_init__(self) -> None:
        """Refuse an unknown role, or a provider without an organisation."""
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if self.role == PROVIDER and not self.organisation_id:
            raise ValueError("a provider belongs to one organisation")
