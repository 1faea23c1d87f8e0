"""The engine's suggested classification; the officer decides and records the reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.screening.result import MultiResult, ScreeningResult
from app.domain.screening.vulnerability import VulnerabilityResult


@dataclass(frozen=True)
class Suggestion:
    code: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "reasons": list(self.reasons)}


def suggest_classification(screening: ScreeningResult | MultiResult | None = None,
                           vulnerability: VulnerabilityResult | None = None) -> Suggestion:
    """A suggestion from the indicator result(s) and the vulnerability assessment, with reasons in English."""
    results = _results(screening)
    if any(r.presumed_victim for r in results):
        lists = ", ".join(r.instrument_id for r in results if r.presumed_victim)
        return Suggestion("presumed_victim_trafficking", (f"combination rule met on {lists}",))
    partial = _partial_reasons(results)
    if partial or (not results and vulnerability is None):
        return Suggestion("inconclusive", tuple(partial) or ("nothing screened yet",))
    return _from_vulnerability(vulnerability, child=any(r.rule != "adult" for r in results))


def _results(screening: ScreeningResult | MultiResult | None) -> tuple[ScreeningResult, ...]:
    if screening is None:
        return ()
    return screening.results if isinstance(screening, MultiResult) else (screening,)


def _partial_reasons(results: tuple[ScreeningResult, ...]) -> list[str]:
    """Some trafficking elements without the full rule: the interview is not finished."""
    reasons = []
    for r in results:
        positive = r.positive_dimensions()
        strong = [i.id for d in r.dimensions for i in d.indicators if i.grade == "strong"]
        if positive:
            reasons.append(f"{r.instrument_id}: dimension(s) {', '.join(positive)} positive, rule not met")
        elif strong:
            reasons.append(f"{r.instrument_id}: strong indicator(s) {', '.join(strong)} present")
    return reasons


def _from_vulnerability(v: VulnerabilityResult | None, *, child: bool) -> Suggestion:
    reasons = ["child: child-specific procedures apply"] if child else []
    if v is not None and v.flags:
        reasons.append("immediate needs: " + ", ".join(v.flags))
    if v is not None and v.net_risk > 0:
        reasons.append(f"risk factors outweigh protective factors by {v.net_risk}")
    if v is not None and v.smuggling and reasons:
        return Suggestion("smuggled_migrant_vulnerable", ("smuggling reported", *reasons))
    if reasons:
        return Suggestion("vulnerable_migrant", tuple(reasons))
    return Suggestion("no_protection_concern", ("no trafficking indicators or vulnerability factors recorded",))
