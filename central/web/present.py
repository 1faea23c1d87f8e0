"""Shapes a hub service's answer for a template: codes stay codes (templates label them), names looked up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# case field -> the label list its value comes from (None: free text shown as written; "document" and "encounter":
# composed values put into words by labels.phrase)
CASE_FIELDS: tuple[tuple[str, str | None], ...] = (
    ("full_name", None), ("sex", "sex"), ("age", None), ("nationality", "country"), ("languages", "language"),
    ("identity_document", "document"), ("screening_outcome", "classification"), ("circumstances", "encounter"),
    ("needs", "need"), ("health_needs", "need"),
)


@dataclass(frozen=True)
class Field:
    """One line of the case summary: its name, and codes or text."""

    name: str
    kind: str | None
    values: tuple[str, ...]


def case_lines(case: dict[str, Any]) -> list[Field]:
    """The disclosed case fields in a fixed order (whatever the service left out is not there)."""
    lines = []
    for name, kind in CASE_FIELDS:
        value = case.get(name)
        if value in (None, "", []):
            continue
        values = tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)
        lines.append(Field(name, kind, values))
    return lines


def timeline(events: list[dict[str, Any]], *, names: dict[str, str], orgs: dict[str, str]) -> list[dict[str, Any]]:
    """Timeline rows with the actor's username and the organisation's name."""
    return [{**e, "actor_name": names.get(e["actor"], ""), "organisation_name": orgs.get(e["organisation_id"] or "")}
            for e in events]
