"""Officer classifications and their mapping to HTCDS 2.0 and CTDC fields, read from a data file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import safejson
from app.domain.errors import NotFound, ValidationFailed
from app.domain.picklists import CLASSIFICATIONS as PICKLIST_CLASSIFICATIONS
from app.domain.safejson import SCREENING_LIMITS

MAPPING_FORMAT = "nrm-desk/standards-mapping@1"
CLASSIFICATIONS = PICKLIST_CLASSIFICATIONS  # the one list, in app.domain.picklists
TRAFFICKING_STATUSES = ("PossibleVictimOfTrafficking", "ActualVictimOfTrafficking", "NotAVictimOfTrafficking")
# A first-contact screening may say "possible victim" or leave the status unset; "not a victim" and "actual
# victim" need formal identification, which a screening is not (docs/screening.md).
FIRST_CONTACT_STATUSES = ("PossibleVictimOfTrafficking",)
METHODS_OF_CONTROL_COUNT = 17


@dataclass(frozen=True)
class Classification:
    code: str
    label: Mapping[str, str]
    htcds_trafficking_status: str | None


@dataclass(frozen=True)
class MethodOfControl:
    htcds: str
    ctdc: str
    label: Mapping[str, str]
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class ExploitationType:
    code: str
    label: Mapping[str, str]
    htcds: str
    ctdc: str


@dataclass(frozen=True)
class Mappings:
    version: str
    classifications: tuple[Classification, ...]
    methods_of_control: tuple[MethodOfControl, ...]
    exploitation_types: tuple[ExploitationType, ...]

    def classification(self, code: str) -> Classification:
        for c in self.classifications:
            if c.code == code:
                return c
        raise NotFound(f"No classification {code!r}.")

    def trafficking_status(self, code: str) -> str | None:
        """HTCDS 2.0 vic_TraffickingStatus for an officer's classification (None: leave unset)."""
        return self.classification(code).htcds_trafficking_status

    def controls_for(self, concepts: Iterable[str]) -> list[MethodOfControl]:
        """The methods-of-control flags implied by the indicator concepts found present."""
        found = set(concepts)
        return [m for m in self.methods_of_control if found & set(m.concepts)]

    def exploitation(self, code: str) -> ExploitationType:
        for e in self.exploitation_types:
            if e.code == code:
                return e
        raise NotFound(f"No exploitation type {code!r}.")


def load_mappings(path: Path) -> Mappings:
    """The mapping file (resources/standards/screening-mappings.json), checked."""
    try:
        data = safejson.read_file(path, SCREENING_LIMITS)
    except safejson.JsonRefused as exc:
        raise ValidationFailed(f"cannot read mapping file: {exc.reason}", path=Path(path).name) from None
    except OSError as exc:
        raise ValidationFailed(f"cannot read mapping file: {exc.strerror or exc}", path=Path(path).name) from None
    return parse_mappings(data)


def parse_mappings(data: Any) -> Mappings:
    if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
        raise ValidationFailed(f"not a mapping file of format {MAPPING_FORMAT}", path="mappings")
    try:
        mappings = Mappings(
            version=str(data["version"]),
            classifications=tuple(_classification(c) for c in data["classifications"]),
            methods_of_control=tuple(_control(m) for m in data["methods_of_control"]),
            exploitation_types=tuple(_exploitation(e) for e in data["exploitation_types"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValidationFailed(f"mapping entry is incomplete ({exc})", path="mappings") from exc
    _check(mappings)
    return mappings


def _classification(raw: Mapping[str, Any]) -> Classification:
    return Classification(raw["code"], dict(raw["label"]), raw["htcds_trafficking_status"])


def _control(raw: Mapping[str, Any]) -> MethodOfControl:
    return MethodOfControl(raw["htcds"], raw["ctdc"], dict(raw["label"]), tuple(raw["concepts"]))


def _exploitation(raw: Mapping[str, Any]) -> ExploitationType:
    return ExploitationType(raw["code"], dict(raw["label"]), raw["htcds"], raw["ctdc"])


def _check(m: Mappings) -> None:
    if tuple(c.code for c in m.classifications) != CLASSIFICATIONS:
        raise ValidationFailed(f"classifications must be {', '.join(CLASSIFICATIONS)}", path="classifications")
    bad = [c.code for c in m.classifications if c.htcds_trafficking_status not in (*FIRST_CONTACT_STATUSES, None)]
    if bad:
        raise ValidationFailed(f"a first-contact screening cannot set this HTCDS trafficking status for {', '.join(bad)}",
                               path="classifications")
    if len({c.htcds for c in m.methods_of_control}) != METHODS_OF_CONTROL_COUNT:
        raise ValidationFailed(f"there must be {METHODS_OF_CONTROL_COUNT} distinct methods of control", path="methods_of_control")
    labels = [(c.code, c.label) for c in m.classifications] + [(c.htcds, c.label) for c in m.methods_of_control]
    for name, label in labels + [(e.code, e.label) for e in m.exploitation_types]:
        if not label.get("en") or not label.get("ur"):
            raise ValidationFailed("every label needs English and Urdu", path=name)
