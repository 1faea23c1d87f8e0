"""Screening results as values that serialise to stable JSON dicts and read back after instruments change."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.screening.model import DIMENSIONS, GRADES

RESULT_FORMAT = "nrm-desk/screening-result@1"
MULTI_FORMAT = "nrm-desk/screening-results@1"
RULES = ("adult", "child", "child_by_possible_child_flag")
REQUIREMENTS = {
    "adult": "(A or B or C) and D and (E or F)",
    "child": "(A or B or C) and D",
    "child_by_possible_child_flag": "(A or B or C) and D",
}


@dataclass(frozen=True)
class PresentIndicator:
    """An indicator found present, with the grade and ILO name (label) it had when the screening was made."""

    id: str
    grade: str
    concept: str
    label: Mapping[str, str]
    dimension: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "grade": self.grade, "concept": self.concept, "label": dict(self.label)}


@dataclass(frozen=True)
class DimensionResult:
    dimension: str
    indicators: tuple[PresentIndicator, ...]
    pattern: str | None

    @property
    def positive(self) -> bool:
        return self.pattern is not None

    def counts(self) -> dict[str, int]:
        return {g: sum(1 for i in self.indicators if i.grade == g) for g in GRADES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "positive": self.positive,
            "pattern": self.pattern,
            "counts": self.counts(),
            "indicators": [i.to_dict() for i in self.indicators],
        }


@dataclass(frozen=True)
class ScreeningResult:
    """The engine's suggestion for one indicator list; the officer's decision is recorded elsewhere."""

    instrument_id: str
    instrument_version: str
    instrument_status: str
    exploitation_type: str | None
    rule: str
    age: int | None
    possible_child: bool
    dimensions: tuple[DimensionResult, ...]
    presumed_victim: bool
    warnings: tuple[str, ...] = ()
    # NRM Desk policy items found (not ILO indicators): they count only for the protective child rule.
    protective_indicators: tuple[PresentIndicator, ...] = ()

    def dimension(self, dimension_id: str) -> DimensionResult:
        return next(d for d in self.dimensions if d.dimension == dimension_id)

    def positive_dimensions(self) -> list[str]:
        return [d.dimension for d in self.dimensions if d.positive]

    def indicator_ids(self) -> list[str]:
        return [i.id for d in self.dimensions for i in d.indicators]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": RESULT_FORMAT,
            "instrument": {"id": self.instrument_id, "version": self.instrument_version, "status": self.instrument_status},
            "exploitation_type": self.exploitation_type,
            "rule": self.rule,
            "requirement": REQUIREMENTS[self.rule],
            "age": self.age,
            "possible_child": self.possible_child,
            "presumed_victim": self.presumed_victim,
            "positive_dimensions": self.positive_dimensions(),
            "dimensions": {d.dimension: d.to_dict() for d in self.dimensions},
            "warnings": list(self.warnings),
            **({"protective_indicators": [{**i.to_dict(), "dimension": i.dimension} for i in self.protective_indicators]}
               if self.protective_indicators else {}),
        }


@dataclass(frozen=True)
class MultiResult:
    """Several indicator lists screened for one person: positive if any list is positive."""

    results: tuple[ScreeningResult, ...]

    @property
    def presumed_victim(self) -> bool:
        return any(r.presumed_victim for r in self.results)

    def positive_instruments(self) -> list[str]:
        return [r.instrument_id for r in self.results if r.presumed_victim]

    def exploitation_types(self) -> list[str]:
        types = [r.exploitation_type for r in self.results if r.presumed_victim and r.exploitation_type]
        return sorted(set(types))

    def to_dict(self) -> dict[str, Any]:
        rules = sorted({r.rule for r in self.results})
        return {
            "format": MULTI_FORMAT,
            "presumed_victim": self.presumed_victim,
            "positive_instruments": self.positive_instruments(),
            "exploitation_types": self.exploitation_types(),
            "rule": rules[0] if len(rules) == 1 else rules,
            "results": [r.to_dict() for r in self.results],
        }


def read_result(data: Mapping[str, Any]) -> ScreeningResult | MultiResult:
    """A stored result dict read back, using only what it carries (never the current instrument)."""
    if not isinstance(data, Mapping):
        raise ValidationFailed("a stored screening result must be an object", path="result")
    if data.get("format") == MULTI_FORMAT:
        items = data.get("results")
        if not isinstance(items, list) or not items:
            raise ValidationFailed("results must be a non-empty list", path="result.results")
        return MultiResult(tuple(_read_one(r, f"result.results[{n}]") for n, r in enumerate(items)))
    return _read_one(data, "result")


def _read_one(data: Any, where: str) -> ScreeningResult:
    if not isinstance(data, Mapping) or data.get("format") != RESULT_FORMAT:
        raise ValidationFailed(f"not a screening result of format {RESULT_FORMAT}", path=where)
    try:
        instrument = data["instrument"]
        dims = tuple(_read_dimension(d, data["dimensions"][d]) for d in DIMENSIONS)
        result = ScreeningResult(
            instrument_id=str(instrument["id"]),
            instrument_version=str(instrument["version"]),
            instrument_status=str(instrument.get("status", "final")),
            exploitation_type=data.get("exploitation_type"),
            rule=_rule(data["rule"]),
            age=data.get("age"),
            possible_child=bool(data.get("possible_child", False)),
            dimensions=dims,
            presumed_victim=bool(data["presumed_victim"]),
            warnings=tuple(data.get("warnings", ())),
            protective_indicators=tuple(_read_present(i, i["dimension"]) for i in data.get("protective_indicators", ())),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationFailed(f"stored screening result is incomplete ({exc})", path=where) from exc
    _check_consistent(result, data, where)
    return result


def _read_dimension(dimension: str, data: Mapping[str, Any]) -> DimensionResult:
    present = tuple(_read_present(i, dimension) for i in data["indicators"])
    return DimensionResult(dimension=dimension, indicators=present, pattern=data.get("pattern"))


def _read_present(i: Mapping[str, Any], dimension: str) -> PresentIndicator:
    return PresentIndicator(id=str(i["id"]), grade=_grade(i["grade"]), concept=str(i.get("concept", "")),
                            label=dict(i.get("label", {})), dimension=str(dimension))


def _check_consistent(result: ScreeningResult, data: Mapping[str, Any], where: str) -> None:
    """The stored verdicts must follow from the stored grades, or the record was altered."""
    from app.domain.screening.rules import dimension_pattern, presumed_victim

    for dim in result.dimensions:
        counts = dim.counts()
        if dimension_pattern(counts["strong"], counts["medium"], counts["weak"]) != dim.pattern:
            raise ValidationFailed("dimension verdict does not follow from its indicators", path=f"{where}.dimensions.{dim.dimension}")
    if presumed_victim(set(result.positive_dimensions()), child=result.rule != "adult") != result.presumed_victim:
        raise ValidationFailed("presumed_victim does not follow from the dimensions", path=f"{where}.presumed_victim")


def _rule(value: Any) -> str:
    if value not in RULES:
        raise ValueError(f"unknown rule {value!r}")
    return str(value)


def _grade(value: Any) -> str:
    if value not in GRADES:
        raise ValueError(f"unknown grade {value!r}")
    return str(value)
