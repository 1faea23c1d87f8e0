"""Minimal disclosure: which person and case fields a recipient may see (letters at the post, the hub's pages)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# Consent is recorded per recipient and per data category; each category unlocks these fields.
FIELDS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "identity": ("full_name", "name_native", "sex", "age", "is_child", "nationality", "languages"),
    "contact": ("contact_phone",),
    "needs": ("needs",),
    "health": ("health_needs",),
    "family": ("family_details",),
    "documents": ("identity_document",),
    "screening": ("screening_outcome",),
    "circumstances": ("circumstances",),
}
CATEGORIES: tuple[str, ...] = tuple(FIELDS_BY_CATEGORY)  # == app.domain.picklists.DATA_CATEGORIES (a test checks)

# What each kind of service needs in order to help; everything else stays at the post.
CATEGORIES_BY_SERVICE: dict[str, frozenset[str]] = {
    "shelter": frozenset({"identity", "contact", "needs"}),
    "medical": frozenset({"identity", "needs", "health"}),
    "psychosocial": frozenset({"identity", "needs", "health"}),
    "legal_aid": frozenset({"identity", "contact", "needs", "documents", "screening", "circumstances"}),
    "interpretation": frozenset({"identity"}),
    "family_tracing": frozenset({"identity", "contact", "family"}),
    "return_reintegration": frozenset({"identity", "contact", "needs", "family", "documents"}),
    "child_protection": frozenset(
        {"identity", "contact", "needs", "health", "family", "documents", "screening", "circumstances"}
    ),
}

# The services' codes, in picklist order: == app.domain.picklists.SERVICES (a test checks; domain imports nothing).
SERVICE_TYPES: tuple[str, ...] = tuple(CATEGORIES_BY_SERVICE)

# Needs for these services are health data: they need the "health" consent as well as "needs".
HEALTH_SERVICES = frozenset({"medical", "psychosocial"})


class UnknownCategory(ValueError):
    """A service type or consent category that the disclosure rules do not know."""


def _check(values: Iterable[str], known: Iterable[str], *, what: str) -> frozenset[str]:
    """Return values as a set, refusing any that are not known."""
    found = frozenset(values)
    unknown = sorted(found - frozenset(known))
    if unknown:
        raise UnknownCategory(f"unknown {what}: {', '.join(unknown)}")
    return found


def allowed_categories(service_types: Iterable[str], consented: Iterable[str]) -> frozenset[str]:
    """Categories both consented for this recipient and needed by one of its service types."""
    services = _check(service_types, SERVICE_TYPES, what="service type")
    granted = _check(consented, CATEGORIES, what="consent category")
    needed = frozenset().union(*(CATEGORIES_BY_SERVICE[s] for s in services))
    return needed & granted


def allowed_fields(service_types: Iterable[str], consented: Iterable[str]) -> frozenset[str]:
    """Person and case fields a letter to this recipient may print; nothing without consent."""
    categories = allowed_categories(service_types, consented)
    return frozenset(f for c in categories for f in FIELDS_BY_CATEGORY[c])


def need_visible(need_service: str, *, service_types: Iterable[str], consented: Iterable[str]) -> bool:
    """Whether a recorded need (tagged with the service that meets it) may appear in this letter."""
    _check([need_service], SERVICE_TYPES, what="service type")
    services = _check(service_types, SERVICE_TYPES, what="service type")
    fields = allowed_fields(services, consented)
    if need_service not in services or "needs" not in fields:
        return False
    return need_service not in HEALTH_SERVICES or "health_needs" in fields


def disclose(
    person: Mapping[str, object], *, service_types: Iterable[str], consented: Iterable[str]
) -> dict[str, object]:
    """The subset of a person's fields this recipient may see (needs are filtered by need_visible)."""
    fields = allowed_fields(service_types, consented)
    return {k: v for k, v in person.items() if k in fields and k not in ("needs", "health_needs")}
