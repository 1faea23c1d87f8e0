"""The engine's suggested classification, with true reasons; it never screens a person out by default.

`no_protection_concern` is suggested only when the screening was done (an indicator list screened and
mostly asked, the vulnerability assessment mostly answered) and found nothing: no indicator, no risk or
smuggling factor, no immediate need, not a child. The officer decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.picklists import (
    CLASSIFICATION_INCONCLUSIVE,
    CLASSIFICATION_NO_CONCERN,
    CLASSIFICATION_PRESUMED_VICTIM,
    CLASSIFICATION_SMUGGLED,
    CLASSIFICATION_VULNERABLE,
)
from app.domain.screening.child_rule import ProtectiveChildResult, is_child, protective_rule
from app.domain.screening.result import MultiResult, ScreeningResult
from app.domain.screening.vulnerability import VulnerabilityResult

ANSWERS = ("yes", "no", "not_asked")


@dataclass(frozen=True)
class Suggestion:
    code: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "reasons": list(self.reasons)}


def suggest_classification(screening: ScreeningResult | MultiResult | None = None,
                           vulnerability: VulnerabilityResult | None = None, *, act: str | None = None,
                           age: int | None = None, possible_child: bool = False,
                           vulnerability_answers: Mapping[str, str] | None = None,
                           indicator_answers: Mapping[str, Mapping[str, str]] | None = None) -> Suggestion:
    """A suggestion from the indicator result(s), the vulnerability assessment and, for a child, the act."""
    results = results_of(screening)
    child = is_child(results, age=age, possible_child=possible_child)
    protective = protective_rule(results, act=act) if child else None
    return suggest(results, vulnerability, protective=protective, child=child,
                   vulnerability_answers=check_answers(vulnerability_answers),
                   indicator_answers=indicator_answers)


def results_of(screening: ScreeningResult | MultiResult | None) -> tuple[ScreeningResult, ...]:
    if screening is None:
        return ()
    return screening.results if isinstance(screening, MultiResult) else (screening,)


def check_answers(answers: Mapping[str, str] | None) -> Mapping[str, str] | None:
    """Vulnerability answers as item id → yes | no | not_asked."""
    if answers is None:
        return None
    for key, value in answers.items():
        if value not in ANSWERS:
            raise ValidationFailed("a vulnerability answer must be yes, no or not_asked", path=f"vulnerability.{key}")
    return answers


def suggest(results: Sequence[ScreeningResult], v: VulnerabilityResult | None, *,
            protective: ProtectiveChildResult | None, child: bool,
            vulnerability_answers: Mapping[str, str] | None = None,
            indicator_answers: Mapping[str, Mapping[str, str]] | None = None) -> Suggestion:
    """The classification rules in order: ILO rule, protective child rule, indicators, factors, completeness."""
    positive = [r for r in results if r.presumed_victim]
    if positive:
        return Suggestion(CLASSIFICATION_PRESUMED_VICTIM, tuple(_rule_met(r) for r in positive))
    if protective is not None and protective.presumed_victim:
        return Suggestion(CLASSIFICATION_PRESUMED_VICTIM, (
            protective.reason(), "the ILO 2009 child rule is not met: no recruitment dimension (A, B or C) positive"))
    factors = _factor_reasons(v, vulnerability_answers)
    gaps = _gaps(results, v, vulnerability_answers, indicator_answers)
    child_note = ["under 18 or possibly under 18: child-specific procedures and a child-protection referral apply"]
    found = [reason for r in results if (reason := _found(r))]
    if found:
        extra = [protective.reason()] if protective is not None else []
        return Suggestion(CLASSIFICATION_INCONCLUSIVE, (*found, *extra, *factors, *gaps))
    if v is not None and v.smuggling:
        return Suggestion(CLASSIFICATION_SMUGGLED, (*factors, *(child_note if child else []), *gaps))
    if factors or child:
        return Suggestion(CLASSIFICATION_VULNERABLE, (*(child_note if child else []), *factors, *gaps))
    if not results and v is None and not vulnerability_answers:
        return Suggestion(CLASSIFICATION_INCONCLUSIVE, ("nothing screened yet",))
    if gaps:
        return Suggestion(CLASSIFICATION_INCONCLUSIVE, ("screening not complete: further interview needed", *gaps))
    return Suggestion(CLASSIFICATION_NO_CONCERN, _nothing_found(results, v, vulnerability_answers))


def _rule_met(r: ScreeningResult) -> str:
    rule = "adult" if r.rule == "adult" else "child"
    dims = ", ".join(r.positive_dimensions())
    return f"ILO 2009 {rule} rule met on {r.instrument_id}: dimensions {dims} positive"


def _found(r: ScreeningResult) -> str | None:
    """Indicators present without the combination rule: named, with grades and positive dimensions."""
    present = [f"{i.id} ({i.grade})" for d in r.dimensions for i in d.indicators]
    present += [f"{i.id} (protective item)" for i in r.protective_indicators]
    if not present:
        return None
    positive = r.positive_dimensions()
    dims = f"; dimension(s) {', '.join(positive)} positive" if positive else "; no dimension positive"
    return (f"{r.instrument_id}: {len(present)} indicator(s) found but the combination rule is not met: "
            f"{', '.join(present)}{dims}")


def _factor_reasons(v: VulnerabilityResult | None, answers: Mapping[str, str] | None) -> list[str]:
    """The risk and smuggling factors and immediate needs answered yes, by name."""
    if v is None:
        yes = sorted(k for k, a in (answers or {}).items() if a == "yes")
        return [f"vulnerability answers yes without an assessment result: {', '.join(yes)}"] if yes else []
    reasons = []
    if v.smuggling:
        reasons.append("smuggling factor(s) answered yes: " + ", ".join(v.smuggling))
    if v.risks():
        reasons.append("risk factor(s) answered yes: " + ", ".join(v.risks()))
    if v.flags:
        reasons.append("immediate needs: " + ", ".join(v.flags))
    return reasons


def _gaps(results: Sequence[ScreeningResult], v: VulnerabilityResult | None,
          answers: Mapping[str, str] | None, indicator_answers: Mapping[str, Mapping[str, str]] | None) -> list[str]:
    """What was not done: no list, lists mostly not asked, the assessment missing or mostly unanswered."""
    gaps = [] if results else ["no indicator list was screened"]
    for list_id, given in (indicator_answers or {}).items():
        missing = sum(1 for a in given.values() if a not in ("yes", "no"))
        if given and missing * 2 > len(given):
            gaps.append(f"{list_id}: {missing} of {len(given)} indicator questions not asked")
    if answers is not None:
        missing, total = sum(1 for a in answers.values() if a == "not_asked"), len(answers)
    elif v is not None:
        missing, total = len(v.unanswered), len(v.unanswered) + len(v.answered)
    else:
        return [*gaps, "vulnerability assessment not done"]
    if total == 0 or missing * 2 > total:
        gaps.append(f"vulnerability assessment mostly unanswered: {missing} of {total} questions not answered")
    return gaps


def _nothing_found(results: Sequence[ScreeningResult], v: VulnerabilityResult | None,
                   answers: Mapping[str, str] | None) -> tuple[str, ...]:
    lists = ", ".join(r.instrument_id for r in results)
    if answers is not None:
        asked = sum(1 for a in answers.values() if a != "not_asked")
        total = len(answers)
    else:
        asked, total = (len(v.answered), len(v.answered) + len(v.unanswered)) if v else (0, 0)
    return (f"screened on {lists}: no trafficking indicator found",
            f"vulnerability assessment: {asked} of {total} questions answered; "
            "no risk or smuggling factor and no immediate need answered yes")
