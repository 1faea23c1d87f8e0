"""The ILO 2009 combination rule: positive dimensions, then the adult or child presumption (DESIGN.md §4)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.domain.errors import NotFound, ValidationFailed
from app.domain.screening.model import DIMENSIONS, Instrument, Item
from app.domain.screening.result import DimensionResult, MultiResult, PresentIndicator, ScreeningResult

ADULT_AGE = 18
MAX_AGE = 130
RECRUITMENT = frozenset("ABC")
DESTINATION = frozenset("EF")


def dimension_pattern(strong: int, medium: int, weak: int) -> str | None:
    """The first threshold the counts reach (2S; 1S+1M; 1S+1W; 3M; 2M+1W), or None: not positive."""
    if strong >= 2:
        return "2S"
    if strong >= 1 and medium >= 1:
        return "1S+1M"
    if strong >= 1 and weak >= 1:
        return "1S+1W"
    if medium >= 3:
        return "3M"
    if medium >= 2 and weak >= 1:
        return "2M+1W"
    return None


def presumed_victim(positive: set[str], *, child: bool) -> bool:
    """Adult: (A or B or C) and D and (E or F). Child: (A or B or C) and D — no means needed."""
    base = bool(positive & RECRUITMENT) and "D" in positive
    return base if child else base and bool(positive & DESTINATION)


def choose_rule(age: int | None, possible_child: bool) -> str:
    """Child rule under 18; the possible-child flag gives a person of doubtful age the child rule too."""
    if age is not None and age < ADULT_AGE:
        return "child"
    if possible_child:
        return "child_by_possible_child_flag"
    return "adult"


def evaluate(instrument: Instrument, indicator_ids: Iterable[str], *, age: int | None = None,
             possible_child: bool = False) -> ScreeningResult:
    """Apply the combination rule to the indicators found present in one list."""
    check_age(age)
    if instrument.kind != "trafficking_indicators":
        raise ValidationFailed(f"instrument {instrument.id!r} is not an indicator list", path="instrument")
    found = _present_items(instrument, indicator_ids)
    present = [i for i in found if not i.protective]  # the ILO rule counts ILO indicators only
    dims = tuple(_dimension_result(d, [i for i in present if i.dimension == d]) for d in DIMENSIONS)
    rule = choose_rule(age, possible_child)
    positive = {d.dimension for d in dims if d.positive}
    return ScreeningResult(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        instrument_status=instrument.status,
        exploitation_type=instrument.exploitation_type,
        rule=rule,
        age=age,
        possible_child=possible_child,
        dimensions=dims,
        presumed_victim=presumed_victim(positive, child=rule != "adult"),
        warnings=_warnings(instrument, rule, age),
        protective_indicators=tuple(_present(i) for i in found if i.protective),
    )


def evaluate_several(screenings: Sequence[tuple[Instrument, Iterable[str]]], *, age: int | None = None,
                     possible_child: bool = False) -> MultiResult:
    """Several exploitation types for one person; the result says which list(s) were positive."""
    if not screenings:
        raise ValidationFailed("at least one indicator list is needed", path="screenings")
    ids = [instrument.id for instrument, _ in screenings]
    if len(set(ids)) != len(ids):
        raise ValidationFailed("each indicator list may be screened once per person", path="screenings")
    return MultiResult(tuple(evaluate(i, found, age=age, possible_child=possible_child) for i, found in screenings))


def _present_items(instrument: Instrument, indicator_ids: Iterable[str]) -> list[Item]:
    if isinstance(indicator_ids, str):
        raise ValidationFailed("indicators must be a list of ids", path="indicators")
    wanted = list(dict.fromkeys(indicator_ids))
    for indicator_id in wanted:
        if not isinstance(indicator_id, str) or instrument.item(indicator_id) is None:
            raise NotFound(f"Instrument {instrument.id!r} has no indicator {indicator_id!r}.")
    chosen = set(wanted)
    return [item for item in instrument.items if item.id in chosen]


def _present(item: Item) -> PresentIndicator:
    return PresentIndicator(id=item.id, grade=str(item.grade), concept=str(item.concept),
                            label=dict(item.name or item.text), dimension=str(item.dimension))


def _dimension_result(dimension: str, items: list[Item]) -> DimensionResult:
    present = tuple(_present(i) for i in items)
    count = {g: sum(1 for i in items if i.grade == g) for g in ("strong", "medium", "weak")}
    return DimensionResult(dimension, present, dimension_pattern(count["strong"], count["medium"], count["weak"]))


def _warnings(instrument: Instrument, rule: str, age: int | None) -> tuple[str, ...]:
    warnings = []
    if instrument.provisional:
        warnings.append("instrument_provisional")
    group = instrument.population.get("age_group")
    if rule != "adult" and group == "adult":
        warnings.append("child_screened_with_adult_list")
    if rule == "adult" and group == "child":
        warnings.append("adult_screened_with_child_list")
    if age is None:
        warnings.append("age_unknown")
    return tuple(warnings)


def check_age(age: object) -> None:
    """A whole number of years from 0 to MAX_AGE, or None; ValidationFailed otherwise."""
    if age is None:
        return
    if isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= MAX_AGE:
        raise ValidationFailed(f"age must be a whole number of years from 0 to {MAX_AGE}, or null", path="age")
