"""The screening interview as a UI-free state machine: steps, validation, going back, and what each page shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import InvalidState, ValidationFailed
from app.domain.model import Organisation, Person
from app.domain.picklists import ACT_ANSWERS
from app.domain.screening import (
    Decision,
    Instrument,
    MultiResult,
    PrescreenResult,
    Suggestion,
    VulnerabilityResult,
    assess_vulnerability,
    decide,
    evaluate_several,
    prescreen,
)
from app.domain.screening.model import DIMENSIONS, Item
from app.services.screening_flow import care, indicators, steps

STATE_VERSION = 1
PRESCREEN_ID = "quick-prescreen"
VULNERABILITY_ID = "iom-domv-vulnerability"
CHILD_QUESTION = "P01"  # "Is the person under 18, or could they be?"
INTERPRETER_QUESTION = "IMM_INTERPRETER"
INTERVIEW_LANGUAGES = ("", "en", "ur", "ps", "fa")
FIXED_BEFORE = ("encounter", "person", "match", "prescreen", "lists")
FIXED_AFTER = ("vulnerability", "act", "classification", "consent", "needs", "referrals", "review")


@dataclass(frozen=True)
class Step:
    key: str
    kind: str
    instrument_id: str | None = None
    dimension: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    text: Mapping[str, str]
    help: Mapping[str, str]
    grade: str | None = None
    group: str | None = None
    answer: bool | None = None
    parts: tuple[tuple[str, Mapping[str, str], bool | None], ...] = ()  # (part id, text, answer)
    source: str | None = None  # where a yes came from: account, observation, document, third_party
    concept: str | None = None
    translation_status: Mapping[str, str] = field(default_factory=dict)  # ps/fa: reviewed or unreviewed


@dataclass(frozen=True)
class Page:
    """Everything a dialog needs to render the current step; it holds no rules of its own."""

    step: Step
    index: int
    total: int
    values: dict[str, Any]
    is_child: bool
    questions: tuple[Question, ...] = ()
    instrument: Instrument | None = None
    info: dict[str, Any] = field(default_factory=dict)


def new_state(draft_id: str, *, owner_id: str, today: dt.date) -> dict[str, Any]:
    return {"version": STATE_VERSION, "draft_id": draft_id, "owner_id": owner_id, "step": "encounter",
            "visited": ["encounter"], "data": {"encounter": {"date": today.isoformat()}}, "candidates": []}


class ScreeningFlow:
    """Holds the interview's state (plain JSON); `submit` validates a step and moves on, `back` moves back."""

    def __init__(self, state: dict[str, Any], *, instruments: Mapping[str, Instrument],
                 organisations: list[Organisation], today: dt.date) -> None:
        self.state = state
        self.instruments = instruments
        self.organisations = {o.id: o for o in organisations}
        self.today = today

    # ----- where we are -----
    @property
    def draft_id(self) -> str:
        return str(self.state["draft_id"])

    @property
    def data(self) -> dict[str, Any]:
        return self.state["data"]  # type: ignore[no-any-return]

    def steps(self) -> list[Step]:
        before = [Step(k, k) for k in FIXED_BEFORE if k != "match" or self.state["candidates"]]
        # Until the lists are chosen, count the likely ones so "Step 2 of 16" does not jump later.
        lists = self.data["lists"]["instruments"] if "lists" in self.data else self.default_lists()
        if self.mode() == "coding":
            middle = [Step("coding", "coding")] if lists else []
        else:
            chosen = [self.instruments[i] for i in lists]
            middle = [Step(f"indicators/{i}/{d}", "indicators", i, d) for i in lists for d in DIMENSIONS
                      if indicators.page_items(chosen, i, d)]
        return before + middle + [Step(k, k) for k in FIXED_AFTER]

    def mode(self) -> str:
        """How indicators are recorded: "questions" (asked one by one) or "coding" (ticked after a narrative)."""
        return str(self.data.get("lists", {}).get("mode") or "questions")

    def page_items(self, step: Step) -> list[Item]:
        """The indicators an indicator page asks (a concept already asked on an earlier list is not repeated)."""
        return indicators.page_items(self.chosen_lists(), str(step.instrument_id), str(step.dimension))

    @property
    def step(self) -> Step:
        found = {s.key: s for s in self.steps()}
        return found.get(self.state["step"]) or self.steps()[0]

    def position(self) -> tuple[int, int]:
        keys = [s.key for s in self.steps()]
        return keys.index(self.step.key), len(keys)

    @property
    def can_go_back(self) -> bool:
        return self.position()[0] > 0

    # ----- moving -----
    def submit(self, data: Mapping[str, Any], *, candidates: list[dict[str, Any]] | None = None) -> Step:
        """Validate the current step's input, keep it, and move to the next step."""
        step = self.step
        if step.kind == "review":
            raise InvalidState("This is the last step: finish the screening to save the case.")
        self._store(step, self.validate(step, data))
        self.state.get("typing", {}).pop(step.key, None)
        if step.kind == "person" and candidates is not None:
            self._set_candidates(candidates)
        keys = [s.key for s in self.steps()]
        following = keys[keys.index(step.key) + 1]
        self._move(following)
        return self.step

    def back(self) -> Step:
        index, _ = self.position()
        if index == 0:
            raise InvalidState("This is the first step.")
        self._move(self.steps()[index - 1].key)
        return self.step

    def _move(self, key: str) -> None:
        self.state["step"] = key
        if key not in self.state["visited"]:
            self.state["visited"].append(key)

    def _store(self, step: Step, clean: dict[str, Any]) -> None:
        if step.kind == "indicators":
            assert step.instrument_id is not None
            self.data.setdefault("indicators", {}).setdefault(step.instrument_id, {}).update(clean["answers"])
            sources = self.data.setdefault("sources", {})
            for item in self.page_items(step):
                chosen = clean["sources"].get(item.id)
                if chosen:
                    sources[str(item.concept)] = {"source": chosen, "note": ""}
                else:
                    sources.pop(str(item.concept), None)
        else:
            self.data[step.kind] = clean

    def _set_candidates(self, candidates: list[dict[str, Any]]) -> None:
        self.state["candidates"] = candidates
        chosen = self.data.get("match", {}).get("case_id")
        if chosen and chosen not in {c["case_id"] for c in candidates}:
            self.data.pop("match", None)

    # ----- validation -----
    def validate(self, step: Step, data: Mapping[str, Any]) -> dict[str, Any]:
        """The clean form of one step's input; ValidationFailed (one sentence, with the field) otherwise."""
        kind = step.kind
        if kind == "encounter":
            clean = steps.check_encounter(data, today=self.today)
            return {**clean, **_interview(data)}
        if kind == "person":
            return steps.check_person(data, today=self.today)
        if kind == "match":
            return steps.check_match(data, self.state["candidates"])
        if kind == "prescreen":
            return {"answers": steps.check_answers(self._ids(PRESCREEN_ID), data.get("answers", {}))}
        if kind == "lists":
            clean = steps.check_lists(data, self.indicator_lists(), required=self.full_screening_recommended())
            return {**clean, "mode": indicators.check_mode(data)}
        if kind == "indicators":
            return indicators.check_page(self.page_items(step), data)
        if kind == "coding":
            return indicators.check_coding(data, self.chosen_lists())
        if kind == "vulnerability":
            return {"answers": steps.check_answers(self._ids(VULNERABILITY_ID), data.get("answers", {}))}
        return self._validate_after(kind, data)

    def _validate_after(self, kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
        if kind == "act":
            return steps.check_act(data)
        if kind == "classification":
            return {**steps.check_classification(data), **self._suggested(str(data.get("code")))}
        if kind == "consent":
            return care.check_consents(data, child=self.is_child(), interpreter_needed=self.interpreter_needed(),
                                       organisations=set(self.organisations), today=self.today)
        if kind == "needs":
            return care.check_needs(data)
        if kind == "referrals":
            return care.check_referrals(data, organisations=self.organisations)
        return {}

    def _ids(self, instrument_id: str) -> list[str]:
        return [i.id for i in self.instruments[instrument_id].items]

    # ----- what the engine says -----
    def person(self) -> Person | None:
        return steps.person_of(self.data["person"]) if "person" in self.data else None

    def encounter_date(self) -> dt.date:
        return dt.date.fromisoformat(self.data.get("encounter", {}).get("date") or self.today.isoformat())

    def age(self) -> int | None:
        person = self.person()
        return person.age_on(self.encounter_date()) if person else None

    def prescreen_said_child(self) -> bool:
        return self.data.get("prescreen", {}).get("answers", {}).get(CHILD_QUESTION) is True

    def possible_child(self) -> bool:
        person = self.person()
        return bool(person and person.possible_child) or self.prescreen_said_child()

    def is_child(self) -> bool:
        """Under 18 by age, or of doubtful age (presumption of minority): child procedures apply."""
        age = self.age()
        return (age is not None and age < 18) or self.possible_child()

    def interpreter_needed(self) -> bool:
        answers = self.data.get("vulnerability", {}).get("answers", {})
        return bool(self.data.get("encounter", {}).get("interpreter")) or answers.get(INTERPRETER_QUESTION) is True

    def prescreen_result(self) -> PrescreenResult | None:
        answers = self.data.get("prescreen", {}).get("answers")
        return None if answers is None else prescreen(self.instruments[PRESCREEN_ID], answers)

    def full_screening_recommended(self) -> bool:
        result = self.prescreen_result()
        return result is None or result.full_screening_recommended

    def indicator_lists(self) -> dict[str, Instrument]:
        return {k: v for k, v in self.instruments.items() if v.kind == "trafficking_indicators"}

    def chosen_lists(self) -> list[Instrument]:
        return [self.instruments[i] for i in self.data.get("lists", {}).get("instruments", [])]

    def indicator_result(self) -> MultiResult | None:
        chosen = self.chosen_lists()
        if not chosen:
            return None
        found = [(inst, [k for k, v in self.list_answers(inst).items() if v is True]) for inst in chosen]
        return evaluate_several(found, age=self.age(), possible_child=self.possible_child())

    def list_answers(self, inst: Instrument) -> dict[str, bool | None]:
        """One chosen list's answers by indicator id: a concept answered once counts for every list."""
        return indicators.list_answers(inst, indicators.concept_answers(self.chosen_lists(), self.data, self.mode()))

    def list_sources(self, inst: Instrument) -> dict[str, dict[str, str]]:
        """Where each indicator present on this list came from (account, observation, document, third party)."""
        return indicators.list_sources(inst, self.list_answers(inst), indicators.concept_sources(self.data, self.mode()))

    def vulnerability_result(self) -> VulnerabilityResult | None:
        answers = self.data.get("vulnerability", {}).get("answers")
        return None if answers is None else assess_vulnerability(self.instruments[VULNERABILITY_ID], answers)

    def act(self) -> str | None:
        """The act question (recruited, transported, transferred, harboured or received): yes | no | unknown | None.

        Kept in the state as `data["act"]["answer"]` by the act question page; None until it is asked.
        """
        answer = self.data.get("act", {}).get("answer")
        return answer if answer in ACT_ANSWERS else None

    def vulnerability_answers(self) -> dict[str, str] | None:
        answers = self.data.get("vulnerability", {}).get("answers")
        if answers is None:
            return None
        said = {True: "yes", False: "no"}
        return {i.id: said.get(answers.get(i.id), "not_asked") for i in self.instruments[VULNERABILITY_ID].items}

    def indicator_answers(self) -> dict[str, dict[str, str]]:
        """Per chosen list, each ILO indicator as yes | no | not_asked (so "mostly not asked" can be judged)."""
        said = {True: "yes", False: "no"}
        out = {}
        for inst in self.chosen_lists():
            answers = self.list_answers(inst)
            out[inst.id] = {i.id: said.get(answers.get(i.id), "not_asked") for i in inst.ilo_items()}
        return out

    def decision(self) -> Decision:
        """The engine's whole verdict: ILO result(s), the protective child rule (children), the suggestion."""
        return decide(self.indicator_result(), self.vulnerability_result(), act=self.act(), age=self.age(),
                      possible_child=self.possible_child(), vulnerability_answers=self.vulnerability_answers(),
                      indicator_answers=self.indicator_answers())

    def suggestion(self) -> Suggestion:
        return self.decision().suggestion

    def _suggested(self, code: str) -> dict[str, Any]:
        """The suggestion beside the officer's choice: a different choice is an override, marked for all to see."""
        suggestion = self.suggestion()
        return {"suggested": suggestion.code, "override": code != suggestion.code,
                "engine_reasons": list(suggestion.reasons)}

    def pauses(self) -> list[dict[str, Any]]:
        return self.state.get("pauses", [])  # type: ignore[no-any-return]

    def psychologist_asked(self) -> bool:
        return any(p.get("refer") for p in self.pauses())

    def suggested_needs(self) -> list[str]:
        v = self.vulnerability_result()
        needs = care.suggested_needs(v.flags if v else (), child=self.is_child())
        if self.psychologist_asked() and "psychosocial" not in needs:
            needs = care.suggested_needs([*(v.flags if v else ()), "severe_distress"], child=self.is_child())
        return needs

    def suggested_services(self) -> list[str]:
        needs = [n["code"] for n in self.data.get("needs", {}).get("needs", [])]
        v = self.vulnerability_result()
        return care.suggested_services(needs, v.services if v else ())

    def default_lists(self) -> list[str]:
        group = "child" if self.is_child() else "adult"
        return [i for i, inst in self.indicator_lists().items()
                if inst.population.get("age_group") == group and inst.population.get("exploitation") == "labour"]


def _interview(data: Mapping[str, Any]) -> dict[str, Any]:
    language = data.get("interview_language") or ""
    if language not in INTERVIEW_LANGUAGES:
        raise ValidationFailed("Choose the interview language from the list.", path="interview_language")
    return {"interview_language": language, "interpreter": " ".join(str(data.get("interpreter") or "").split()),
            **steps.check_interviewer(data)}

