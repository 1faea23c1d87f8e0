"""to_jsonable converts directly (no deep copies) and gives exactly what the asdict-based conversion gave."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random

from app.domain.model import to_jsonable
from app.domain.synthetic import generate_cases, generate_directory


def via_asdict(value):
    """The conversion as it was written before: asdict's deep copy, then the same walk."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return via_asdict(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {k: via_asdict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [via_asdict(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def test_synthetic_cases_convert_as_before():
    directory = generate_directory(random.Random(3))  # noqa: S311
    cases = list(generate_cases(300, seed=5, directory=directory))
    assert any(c.consents for c in cases) and any(c.referrals for c in cases) and any(c.needs for c in cases)
    for case in cases:
        direct = to_jsonable(case)
        assert direct == via_asdict(case)
        assert json.dumps(direct, sort_keys=True) == json.dumps(via_asdict(case), sort_keys=True)
    assert to_jsonable(directory) == via_asdict(directory)


def test_the_result_shares_nothing_mutable_with_the_input():
    @dataclasses.dataclass
    class Holder:
        tags: list[str]
        extra: dict[str, list[int]]
        when: dt.date

    holder = Holder(["a"], {"k": [1]}, dt.date(2026, 1, 2))
    out = to_jsonable(holder)
    assert out == {"tags": ["a"], "extra": {"k": [1]}, "when": "2026-01-02"}
    out["tags"].append("b")
    out["extra"]["k"].append(2)
    assert holder.tags == ["a"] and holder.extra == {"k": [1]}
