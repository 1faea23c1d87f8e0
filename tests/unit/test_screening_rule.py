"""The ILO combination rule, checked against a plain restatement of DESIGN.md §4 and a threshold table."""

from __future__ import annotations

from functools import cache
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import NotFound, ValidationFailed
from app.domain.screening import dimension_pattern, evaluate, load_instruments

INSTRUMENTS = Path(__file__).resolve().parents[2] / "resources" / "instruments"
ILO_LISTS = ("ilo2009-adult-labour", "ilo2009-child-labour", "ilo2009-adult-sexual", "ilo2009-child-sexual")


@cache
def lists():
    loaded = load_instruments(INSTRUMENTS)
    return {name: loaded[name] for name in ILO_LISTS}


# --- the rule, restated independently: a dimension is positive when the present grades contain one of
# the five patterns as a sub-multiset; presumption per DESIGN.md §4.
PATTERNS = {("strong", "strong"), ("medium", "strong"), ("strong", "weak"),
            ("medium", "medium", "medium"), ("medium", "medium", "weak")}


def restated_positive(grades: list[str]) -> bool:
    return any(tuple(sorted(combo)) in PATTERNS for size in (2, 3) for combo in combinations(grades, size))


def restated_presumption(positive: dict[str, bool], *, child: bool) -> bool:
    recruitment = positive["A"] or positive["B"] or positive["C"]
    if child:
        return recruitment and positive["D"]
    return recruitment and positive["D"] and (positive["E"] or positive["F"])


def restated_rule(age, possible_child) -> str:
    if age is not None and age < 18:
        return "child"
    return "child_by_possible_child_flag" if possible_child else "adult"


@st.composite
def screenings(draw):
    name = draw(st.sampled_from(ILO_LISTS))
    instrument = lists()[name]
    ids = [item.id for item in instrument.items]
    chosen = draw(st.one_of(st.sets(st.sampled_from(ids)), st.sets(st.sampled_from(ids), min_size=8, max_size=30)))
    age = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=90)))
    return instrument, chosen, age, draw(st.booleans())


@settings(max_examples=400, deadline=None)
@given(screenings())
def test_rule_matches_restatement(case):
    instrument, chosen, age, possible_child = case
    result = evaluate(instrument, chosen, age=age, possible_child=possible_child)
    # the ILO rule counts ILO indicators only; NRM Desk's protective items are reported beside it
    grades_by_dim = {d: [i.grade for i in instrument.ilo_items() if i.dimension == d and i.id in chosen]
                     for d in "ABCDEF"}
    positive = {d: restated_positive(g) for d, g in grades_by_dim.items()}
    rule = restated_rule(age, possible_child)
    assert result.rule == rule
    assert {d.dimension: d.positive for d in result.dimensions} == positive
    assert result.presumed_victim == restated_presumption(positive, child=rule != "adult")
    assert sorted(result.indicator_ids()) == sorted(c for c in chosen if not instrument.item(c).protective)
    assert sorted(i.id for i in result.protective_indicators) == sorted(c for c in chosen if instrument.item(c).protective)
    for d in result.dimensions:
        assert d.counts() == {g: grades_by_dim[d.dimension].count(g) for g in ("strong", "medium", "weak")}


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 6), st.integers(0, 6), st.integers(0, 6))
def test_dimension_pattern_matches_restatement(strong, medium, weak):
    grades = ["strong"] * strong + ["medium"] * medium + ["weak"] * weak
    assert (dimension_pattern(strong, medium, weak) is not None) == restated_positive(grades)


# --- threshold table: the smallest positive sets and the largest negative ones.
SMALLEST_POSITIVE = [((2, 0, 0), "2S"), ((1, 1, 0), "1S+1M"), ((1, 0, 1), "1S+1W"), ((0, 3, 0), "3M"), ((0, 2, 1), "2M+1W")]
LARGEST_NEGATIVE = [(1, 0, 0), (0, 2, 0), (0, 1, 2), (0, 1, 7), (0, 0, 3), (0, 0, 9), (0, 0, 0)]


@pytest.mark.parametrize(("counts", "pattern"), SMALLEST_POSITIVE)
def test_smallest_positive_sets(counts, pattern):
    assert dimension_pattern(*counts) == pattern
    for i in range(3):  # take any one indicator away and the set is no longer positive
        if counts[i]:
            smaller = list(counts)
            smaller[i] -= 1
            assert dimension_pattern(*smaller) is None


@pytest.mark.parametrize("counts", LARGEST_NEGATIVE)
def test_largest_negative_sets(counts):
    assert dimension_pattern(*counts) is None


GRADES = ("strong", "medium", "weak")


def _pick(instrument, dim, counts):
    """Indicator ids of `dim` with these counts by grade (99: all of that grade), or None if too few exist."""
    by_grade = {g: [i.id for i in instrument.items_in(dim) if i.grade == g] for g in GRADES}
    wanted = dict(zip(GRADES, counts, strict=True))
    if any(len(by_grade[g]) < n for g, n in wanted.items() if n != 99):
        return None
    return [i for g, n in wanted.items() for i in (by_grade[g] if n == 99 else by_grade[g][:n])]


def _threshold_cases():
    """Only the combinations a dimension can hold (no strong items in C of the adult lists, for example)."""
    negative = [(1, 0, 0), (0, 2, 0), (0, 1, 99), (0, 0, 99)]
    for name in ILO_LISTS:
        for dim in "ABCDEF":
            cases = [(c, True) for c, _ in SMALLEST_POSITIVE] + [(c, False) for c in negative]
            for counts, positive in cases:
                chosen = _pick(lists()[name], dim, counts)
                if chosen is not None:
                    yield pytest.param(name, dim, chosen, positive, id=f"{name}-{dim}-{counts}")


THRESHOLD_CASES = list(_threshold_cases())


@pytest.mark.parametrize(("name", "dim", "chosen", "positive"), THRESHOLD_CASES)
def test_thresholds_on_every_dimension_of_every_list(name, dim, chosen, positive):
    assert evaluate(lists()[name], chosen).dimension(dim).positive is positive


def test_every_dimension_of_every_list_has_a_positive_threshold_case():
    covered = {(p.values[0], p.values[1]) for p in THRESHOLD_CASES if p.values[3]}
    assert covered == {(name, dim) for name in ILO_LISTS for dim in "ABCDEF"}


# --- presumption: adult, child, possible child, unknown age.
FULL_ADULT = ["A01", "A02", "D01", "D02", "E01", "E04"]  # A, D, E positive
NO_MEANS_AT_DESTINATION = ["A01", "A02", "D01", "D02"]  # A and D positive only


def test_adult_needs_means_at_destination():
    labour = lists()["ilo2009-adult-labour"]
    assert evaluate(labour, FULL_ADULT, age=30).presumed_victim
    result = evaluate(labour, NO_MEANS_AT_DESTINATION, age=30)
    assert result.positive_dimensions() == ["A", "D"]
    assert not result.presumed_victim and result.rule == "adult"


def test_child_needs_no_means():
    result = evaluate(lists()["ilo2009-child-labour"], NO_MEANS_AT_DESTINATION, age=15)
    assert result.presumed_victim and result.rule == "child"


@pytest.mark.parametrize(("age", "rule"), [(17, "child"), (18, "adult"), (0, "child")])
def test_age_18_is_the_boundary(age, rule):
    result = evaluate(lists()["ilo2009-adult-labour"], NO_MEANS_AT_DESTINATION, age=age)
    assert result.rule == rule
    assert result.presumed_victim is (rule == "child")


def test_unknown_age_with_possible_child_flag_is_treated_as_a_child():
    labour = lists()["ilo2009-child-labour"]
    flagged = evaluate(labour, NO_MEANS_AT_DESTINATION, age=None, possible_child=True)
    assert flagged.rule == "child_by_possible_child_flag" and flagged.presumed_victim
    unflagged = evaluate(labour, NO_MEANS_AT_DESTINATION, age=None)
    assert unflagged.rule == "adult" and not unflagged.presumed_victim
    assert "age_unknown" in unflagged.warnings and "adult_screened_with_child_list" in unflagged.warnings


def test_child_screened_with_adult_list_is_warned():
    result = evaluate(lists()["ilo2009-adult-labour"], [], age=12)
    assert "child_screened_with_adult_list" in result.warnings


def test_recruitment_without_exploitation_is_never_presumed():
    labour = lists()["ilo2009-child-labour"]
    everything_but_d = [i.id for i in labour.items if i.dimension != "D"]
    assert not evaluate(labour, everything_but_d, age=10).presumed_victim


@pytest.mark.parametrize("age", [-1, 131, True, 17.5, "16"])
def test_bad_age_is_refused(age):
    with pytest.raises(ValidationFailed):
        evaluate(lists()["ilo2009-adult-labour"], [], age=age)


def test_unknown_indicator_is_named():
    with pytest.raises(NotFound, match="Z99"):
        evaluate(lists()["ilo2009-adult-labour"], ["A01", "Z99"])
    with pytest.raises(NotFound, match="C08"):  # an adults-only item is not on the child list
        evaluate(lists()["ilo2009-child-labour"], ["C08"])


def test_a_bare_string_is_not_a_list_of_ids():
    with pytest.raises(ValidationFailed):
        evaluate(lists()["ilo2009-adult-labour"], "A01")


def test_duplicate_ids_count_once():
    once = evaluate(lists()["ilo2009-adult-labour"], ["A01"])
    twice = evaluate(lists()["ilo2009-adult-labour"], ["A01", "A01"])
    assert once.to_dict() == twice.to_dict()
