"""The protective child rule (Palermo Art. 3(c)): for a child, an act and exploitation suffice — no means needed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.picklists import ACT_ANSWERS
from app.domain.screening.result import ScreeningResult
from app.domain.screening.rules import check_age

ADULT_AGE = 18
PROTECTIVE_REQUIREMENT = "act (yes or unknown) and D"


@dataclass(frozen=True)
class ProtectiveChildResult:
    """The protective rule for a person under 18 or possibly under 18, beside the ILO child rule's own verdict."""

    act: str | None
    exploitation_positive: bool
    exploitation_because: tuple[str, ...]
    presumed_victim: bool
    ilo_child_rule_met: bool

    @property
    def act_counts(self) -> bool:
        """Yes or unknown counts; a question not asked is treated as unknown (in doubt, protect)."""
        return self.act != "no"

    def reason(self) -> str:
        act = {"yes": "answered yes", "unknown": "unknown", None: "not asked (treated as unknown)"}.get(self.act, "answered no")
        found = "; ".join(self.exploitation_because) or "no exploitation (D) found"
        verdict = "met" if self.presumed_victim else "not met"
        return f"protective child rule {verdict}: act {act}; {found}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": "protective_child",
            "requirement": PROTECTIVE_REQUIREMENT,
            "act": self.act,
            "exploitation_positive": self.exploitation_positive,
            "exploitation_because": list(self.exploitation_because),
            "presumed_victim": self.presumed_victim,
            "ilo_child_rule_met": self.ilo_child_rule_met,
            "reason": self.reason(),
        }


def check_act(act: object) -> str | None:
    """The act answer: "yes", "no", "unknown" or None (not asked)."""
    if act is not None and act not in ACT_ANSWERS:
        raise ValidationFailed("act must be yes, no or unknown (or left out when not asked)", path="act")
    return None if act is None else str(act)


def is_child(results: Sequence[ScreeningResult], *, age: int | None, possible_child: bool) -> bool:
    """Under 18, or possibly under 18 (presumption of minority), by the arguments or by how the lists were read."""
    check_age(age)
    if not isinstance(possible_child, bool):
        raise ValidationFailed("possible_child must be true or false", path="possible_child")
    if (age is not None and age < ADULT_AGE) or possible_child:
        return True
    return any(r.rule != "adult" for r in results)


def protective_rule(results: Sequence[ScreeningResult], *, act: str | None) -> ProtectiveChildResult:
    """Act (yes, unknown or not asked) and exploitation (D positive on a list, or a protective D item) → presumed victim."""
    because = [f"{r.instrument_id}: exploitation (D) positive ({r.dimension('D').pattern})"
               for r in results if r.dimension("D").positive]
    because += [f"{r.instrument_id}: {i.id} {i.label.get('en', '')} (makes exploitation (D) positive)"
                for r in results for i in r.protective_indicators if i.dimension == "D"]
    exploited = bool(because)
    result = ProtectiveChildResult(
        act=check_act(act), exploitation_positive=exploited, exploitation_because=tuple(because),
        presumed_victim=False, ilo_child_rule_met=any(r.presumed_victim and r.rule != "adult" for r in results))
    return ProtectiveChildResult(**{**result.__dict__, "presumed_victim": exploited and result.act_counts})
