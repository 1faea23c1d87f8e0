"""The whole engine verdict for one person: the ILO 2009 result(s), the protective child rule, the suggestion.

    d = decide(multi, vulnerability, act="unknown", age=14, possible_child=False,
               vulnerability_answers={"SMG_PAID_CROSSING": "yes", ...})
    d.suggestion.code; d.suggestion.reasons      # drives the suggestion shown to the officer
    d.ilo_results                                # each list, the ILO rule exactly as published
    d.protective_child                           # None for an adult; else the protective rule beside ILO's
    d.to_dict()                                  # what `nrm-desk screening suggest --json` prints
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.screening.child_rule import ProtectiveChildResult, check_act, is_child, protective_rule
from app.domain.screening.classification import Suggestion, check_answers, results_of, suggest
from app.domain.screening.result import MultiResult, ScreeningResult
from app.domain.screening.vulnerability import VulnerabilityResult

DECISION_FORMAT = "nrm-desk/decision@1"


@dataclass(frozen=True)
class Decision:
    suggestion: Suggestion
    ilo_results: tuple[ScreeningResult, ...]
    protective_child: ProtectiveChildResult | None
    child: bool
    act: str | None
    vulnerability: VulnerabilityResult | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": DECISION_FORMAT,
            "child": self.child,
            "act": self.act,
            "ilo_results": [r.to_dict() for r in self.ilo_results],
            "protective_child": self.protective_child.to_dict() if self.protective_child else None,
            "vulnerability": self.vulnerability.to_dict() if self.vulnerability else None,
            "suggestion": self.suggestion.to_dict(),
        }


def decide(screening: ScreeningResult | MultiResult | None = None, vulnerability: VulnerabilityResult | None = None,
           *, act: str | None = None, age: int | None = None, possible_child: bool = False,
           vulnerability_answers: Mapping[str, str] | None = None,
           indicator_answers: Mapping[str, Mapping[str, str]] | None = None) -> Decision:
    """Everything the engine says about one person; the suggestion is the one `suggest_classification` gives."""
    results = results_of(screening)
    checked_act = check_act(act)
    child = is_child(results, age=age, possible_child=possible_child)
    protective = protective_rule(results, act=checked_act) if child else None
    suggestion = suggest(results, vulnerability, protective=protective, child=child,
                         vulnerability_answers=check_answers(vulnerability_answers),
                         indicator_answers=indicator_answers)
    return Decision(suggestion=suggestion, ilo_results=results, protective_child=protective, child=child,
                    act=checked_act, vulnerability=vulnerability)
