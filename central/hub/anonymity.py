"""k-anonymity by generalisation, then suppression (the CTDC export): every row's quasi-identifiers occur ≥ k times.

Global recoding in the manner of Datafly: while more than k rows sit in groups smaller than k, the
quasi-identifier with the most distinct values among those rows is generalised one level for every row; the rows
still in small groups at the end are dropped and counted. Dropping whole groups leaves the others as they were, so
the result is k-anonymous by construction (a hypothesis test checks it on random data).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

STAR = "*"

_AGE_UP = {"0-11": "0-17", "12-17": "0-17", "18-25": "18+", "26-40": "18+", "41+": "18+", "unknown": "unknown"}

# quasi-identifier -> its generalisation steps (level 1, 2, …); the last step always gives "*".
LADDERS: dict[str, tuple[Callable[[str], str], ...]] = {
    "sex": (lambda v: STAR,),
    "age_band": (lambda v: _AGE_UP.get(v, STAR), lambda v: STAR),
    "citizenship": (lambda v: STAR,),
    "year": (lambda v: v[:3] + "0s" if v[:3].isdigit() else STAR, lambda v: STAR),
    "country_of_exploitation": (lambda v: STAR,),
    "post": (lambda v: STAR,),
}
QUASI = tuple(LADDERS)


@dataclass(frozen=True)
class Outcome:
    """The rows kept (generalised in place), how many were generalised, how many dropped, the levels used."""

    rows: list[dict[str, Any]]
    generalised: int
    dropped: int
    levels: dict[str, int]


def _key(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(row[q]) for q in QUASI)


def _at(value: str, name: str, level: int) -> str:
    for step in LADDERS[name][:level]:
        value = step(value)
    return value


def anonymise(rows: list[dict[str, Any]], k: int) -> Outcome:
    """Generalise then suppress so that each kept row's quasi-identifiers occur at least k times."""
    if k < 1:
        raise ValueError("k must be at least 1")
    levels = dict.fromkeys(QUASI, 0)
    current = [dict(r) for r in rows]
    while True:
        counts = Counter(_key(r) for r in current)
        small = [r for r in current if counts[_key(r)] < k]
        if len(small) <= k:
            break
        room = [q for q in QUASI if levels[q] < len(LADDERS[q])]
        if not room:
            break
        target = max(room, key=lambda q: (len({r[q] for r in small}), -QUASI.index(q)))
        levels[target] += 1
        current = [{**r, target: _at(str(o[target]), target, levels[target])} for r, o in zip(current, rows, strict=True)]
    counts = Counter(_key(r) for r in current)
    kept = [(r, o) for r, o in zip(current, rows, strict=True) if counts[_key(r)] >= k]
    generalised = sum(1 for r, o in kept if any(str(r[q]) != str(o[q]) for q in QUASI))
    return Outcome([r for r, _ in kept], generalised, len(rows) - len(kept), levels)
