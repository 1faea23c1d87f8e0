"""A practice attempt compared with the expert's answer: what was found, missed and wrongly coded, and scores.

    attempt = Attempt(indicators={"ilo2009-adult-labour": ["A02", "E14"]}, classification="inconclusive",
                      child_procedures=False, consent="adult_consents", services=["legal_aid"])
    fb = assess(scenario, attempt, instruments)
    fb.found, fb.missed, fb.wrong          # indicators, each with the expert's explanation
    fb.parts                               # {"indicators": 0.5, "classification": 1.0, ...} from 0 to 1
    fb.score                               # the scenario's score, 0 to 100
    fb.skills                              # {"deception": (earned, possible), ...} for the six skills

Indicators are compared by id across lists (A01 is the same concept on every ILO 2009 list), so choosing the
adult list for a child is reported as a list choice, not as every indicator missed. Scores teach; they never
decide anything about a real person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.picklists import (
    CLASSIFICATION_PRESUMED_VICTIM,
    CLASSIFICATION_SMUGGLED,
    CLASSIFICATIONS,
    SERVICES,
)
from app.domain.screening import Instrument
from app.training.scenario import Indicator, Scenario, expert_indicators, tempting_indicators

SKILLS = ("deception", "coercion", "children", "trafficking_vs_smuggling", "consent", "services")
PARTS = ("indicators", "classification", "child_procedures", "consent", "services")
CONSENT_CHOICES = ("adult_consents", "child_with_guardian", "declines")
DECEPTION = frozenset("A")
COERCION = frozenset("BE")
NOT_IN_NARRATIVE = {"en": "The expert did not code this: nothing in the narrative supports it.",
                    "ur": "ماہر نے اسے کوڈ نہیں کیا: بیانیے میں اس کی کوئی بنیاد نہیں۔"}


@dataclass(frozen=True)
class Attempt:
    """What a trainee recorded for one scenario (from a practice screening, or typed in a workshop)."""

    indicators: Mapping[str, Sequence[str]]
    classification: str
    child_procedures: bool
    consent: str
    services: Sequence[str] = ()

    def __post_init__(self) -> None:
        if self.classification not in CLASSIFICATIONS:
            raise ValidationFailed(f"classification must be one of {', '.join(CLASSIFICATIONS)}", path="classification")
        if self.consent not in CONSENT_CHOICES:
            raise ValidationFailed(f"consent must be one of {', '.join(CONSENT_CHOICES)}", path="consent")
        unknown = [s for s in self.services if s not in SERVICES]
        if unknown:
            raise ValidationFailed(f"unknown service {unknown[0]!r}", path="services")

    def to_dict(self) -> dict[str, Any]:
        return {"indicators": {k: list(v) for k, v in self.indicators.items()}, "classification": self.classification,
                "child_procedures": self.child_procedures, "consent": self.consent, "services": list(self.services)}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Attempt:
        try:
            return cls(indicators={str(k): [str(i) for i in v] for k, v in dict(raw["indicators"]).items()},
                       classification=str(raw["classification"]), child_procedures=bool(raw["child_procedures"]),
                       consent=str(raw["consent"]), services=[str(s) for s in raw.get("services", [])])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValidationFailed(f"a practice attempt cannot be read: {exc}") from None


@dataclass(frozen=True)
class Wrong:
    """An indicator coded that the expert did not code, with the expert's reason where the scenario gives one."""

    instrument: str
    id: str
    dimension: str
    why: Mapping[str, str]


@dataclass(frozen=True)
class Feedback:
    scenario_id: str
    found: tuple[Indicator, ...]
    missed: tuple[Indicator, ...]
    wrong: tuple[Wrong, ...]
    lists_expected: tuple[str, ...]
    lists_chosen: tuple[str, ...]
    classification: tuple[str, str]  # (chosen, expected)
    child_procedures: tuple[bool, bool]
    consent: tuple[str, str]
    services_chosen: tuple[str, ...]
    services_expected: tuple[str, ...]
    parts: Mapping[str, float]
    skills: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return round(100 * sum(self.parts.values()) / len(self.parts))

    def right(self, part: str) -> bool:
        return self.parts[part] >= 1.0

    def to_dict(self) -> dict[str, Any]:
        def ind(i: Indicator) -> dict[str, Any]:
            return {"instrument": i.instrument, "id": i.id, "dimension": i.dimension, "source": i.source,
                    "why": dict(i.why)}
        return {
            "scenario": self.scenario_id, "score": self.score, "parts": dict(self.parts),
            "found": [ind(i) for i in self.found], "missed": [ind(i) for i in self.missed],
            "wrong": [{"instrument": w.instrument, "id": w.id, "dimension": w.dimension, "why": dict(w.why)}
                      for w in self.wrong],
            "lists": {"expected": list(self.lists_expected), "chosen": list(self.lists_chosen)},
            "classification": {"chosen": self.classification[0], "expected": self.classification[1]},
            "child_procedures": {"chosen": self.child_procedures[0], "expected": self.child_procedures[1]},
            "consent": {"chosen": self.consent[0], "expected": self.consent[1]},
            "services": {"chosen": list(self.services_chosen), "expected": list(self.services_expected)},
            "skills": {k: list(v) for k, v in self.skills.items()},
        }


def assess(scenario: Scenario, attempt: Attempt, instruments: Mapping[str, Instrument]) -> Feedback:
    """Compare one attempt with the expert answer of `scenario`."""
    expected = {i.id: i for i in expert_indicators(scenario, instruments).values()}
    tempting = {i.id: i for i in tempting_indicators(scenario, instruments).values()}
    coded = _coded(attempt, instruments)
    found = tuple(expected[i] for i in expected if i in coded)
    missed = tuple(expected[i] for i in expected if i not in coded)
    wrong = tuple(Wrong(inst, i, dim, tempting[i].why if i in tempting else NOT_IN_NARRATIVE)
                  for i, (inst, dim) in coded.items() if i not in expected)
    expert = scenario.expert
    chosen_services, wanted_services = _ordered(attempt.services), _ordered(expert["services"])
    parts = {
        "indicators": _ratio(len(found), len(found) + len(missed) + len(wrong)),
        "classification": float(attempt.classification == scenario.expected_classification),
        "child_procedures": float(attempt.child_procedures == expert["child_procedures"]),
        "consent": float(attempt.consent == expert["consent"]["expected"]),
        "services": _ratio(len(set(chosen_services) & set(wanted_services)), len(set(chosen_services) | set(wanted_services))),
    }
    feedback = Feedback(
        scenario_id=scenario.id, found=found, missed=missed, wrong=wrong, lists_expected=tuple(scenario.lists),
        lists_chosen=tuple(attempt.indicators), classification=(attempt.classification, scenario.expected_classification),
        child_procedures=(attempt.child_procedures, bool(expert["child_procedures"])),
        consent=(attempt.consent, str(expert["consent"]["expected"])), services_chosen=chosen_services,
        services_expected=wanted_services, parts=parts)
    return Feedback(**{**feedback.__dict__, "skills": skill_points(feedback)})


def _coded(attempt: Attempt, instruments: Mapping[str, Instrument]) -> dict[str, tuple[str, str]]:
    """Indicator id → (list, dimension) for every indicator the trainee coded present; unknown ids are refused."""
    coded: dict[str, tuple[str, str]] = {}
    for list_id, ids in attempt.indicators.items():
        inst = instruments.get(list_id)
        if inst is None or inst.kind != "trafficking_indicators":
            raise ValidationFailed(f"{list_id} is not an indicator list", path="indicators")
        for indicator_id in ids:
            item = inst.item(indicator_id)
            if item is None:
                raise ValidationFailed(f"{list_id} has no indicator {indicator_id}", path="indicators")
            coded.setdefault(indicator_id, (list_id, str(item.dimension)))
    return coded


def _ordered(services: Iterable[str]) -> tuple[str, ...]:
    chosen = set(services)
    return tuple(s for s in SERVICES if s in chosen)


def _ratio(part: int, whole: int) -> float:
    return 1.0 if whole == 0 else part / whole


def skill_points(fb: Feedback) -> dict[str, tuple[float, float]]:
    """(earned, possible) per skill for one scenario; a skill the scenario does not exercise is left out."""
    points: dict[str, tuple[float, float]] = {}
    for skill, dims in (("deception", DECEPTION), ("coercion", COERCION)):
        found = sum(1 for i in fb.found if i.dimension in dims)
        possible = found + sum(1 for i in fb.missed if i.dimension in dims) + sum(1 for w in fb.wrong if w.dimension in dims)
        if possible:
            points[skill] = (float(found), float(possible))
    if fb.child_procedures[1] or fb.child_procedures[0]:
        points["children"] = (fb.parts["child_procedures"], 1.0)
    decisive = {CLASSIFICATION_PRESUMED_VICTIM, CLASSIFICATION_SMUGGLED}
    if set(fb.classification) & decisive:
        points["trafficking_vs_smuggling"] = (fb.parts["classification"], 1.0)
    points["consent"] = (fb.parts["consent"], 1.0)
    points["services"] = (fb.parts["services"], 1.0)
    return points


def skill_scores(feedbacks: Iterable[Feedback | _Recorded]) -> dict[str, int | None]:
    """Per skill over several scenarios: earned over possible as a percentage; None for a skill never exercised."""
    earned = dict.fromkeys(SKILLS, 0.0)
    possible = dict.fromkeys(SKILLS, 0.0)
    for fb in feedbacks:
        for skill, (e, p) in fb.skills.items():
            earned[skill] += e
            possible[skill] += p
    return {s: (round(100 * earned[s] / possible[s]) if possible[s] else None) for s in SKILLS}


@dataclass(frozen=True)
class _Recorded:
    """Skill points read back from a stored feedback dict (what skill_scores needs)."""

    skills: Mapping[str, tuple[float, float]]


def skills_from_dict(feedback: Mapping[str, Any]) -> _Recorded:
    return _Recorded({k: (float(v[0]), float(v[1])) for k, v in feedback.get("skills", {}).items()})
