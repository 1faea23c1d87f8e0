"""Precision and recall of the same-person matcher on the labelled pair set (bench/data/matching_pairs.json).

A pair counts as "found" when `find_candidates` lists the one record for the other, exactly as the interview's
match step and the office's duplicate finder decide. Prints the figures overall and by kind of pair."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.matching import MIN_SCORE, find_candidates  # noqa: E402
from app.domain.model import IdentityDocument, Person  # noqa: E402

DATA = ROOT / "bench" / "data" / "matching_pairs.json"


@dataclass(frozen=True)
class PersonWithFather(Person):
    """A person with the father's or husband's name (the field the identity work adds to the post's person)."""

    father_name: str = ""
    father_name_native: str = ""


def person(data: dict[str, Any]) -> PersonWithFather:
    docs = tuple(IdentityDocument(d["type"], d["number"]) for d in data.get("documents", ()))
    return PersonWithFather(given_name=data.get("given_name", ""), family_name=data.get("family_name", ""),
                            name_native=data.get("name_native", ""), sex=data.get("sex", "unknown"),
                            estimated_age=data.get("estimated_age"), nationality=data.get("nationality"),
                            documents=docs, father_name=data.get("father_name", ""),
                            father_name_native=data.get("father_name_native", ""))


def evaluate(pairs: list[dict[str, Any]], *, on: dt.date) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Counts of tp/fp/fn/tn, overall and per kind."""
    total: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = {}
    for pair in pairs:
        found = bool(find_candidates(person(pair["a"]), [("b", "B", person(pair["b"]))], on=on))
        outcome = ("tp" if found else "fn") if pair["same"] else ("fp" if found else "tn")
        total[outcome] += 1
        kinds.setdefault(pair["kind"], Counter())[outcome] += 1
    return total, kinds


def office_evaluate(pairs: list[dict[str, Any]], *, on: dt.date) -> Counter[str]:
    """The office's comparison (central/matchindex.py) over the keys the post sends, as if both persons consented
    to share identity: names, documents and years of birth; no sex."""
    from app.domain.matching import office_name_keys
    from central.matchindex import MIN_SCORE as OFFICE_MIN
    from central.matchindex import compare, tags_of
    from protocol.doctag import document_tag

    key = bytes(32)  # any fixed key: only equality of tags matters here
    total: Counter[str] = Counter()
    for pair in pairs:
        sides = []
        for data in (pair["a"], pair["b"]):
            p = person(data)
            docs = [t for t in (document_tag(key, d.number) for d in p.documents) if t]
            match = {**office_name_keys(p, on=on), "documents": {"key_id": "0" * 16, "tags": docs}}
            sides.append(tags_of(match, name_key=key))
        score, matched, _ = compare(sides[0], sides[1])
        found = score >= OFFICE_MIN and bool({"document", "name", "name_partial"} & set(matched))
        total[("tp" if found else "fn") if pair["same"] else ("fp" if found else "tn")] += 1
    return total


def rates(c: Counter[str]) -> tuple[float, float]:
    precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return precision, recall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    data = json.loads(args.data.read_text(encoding="utf-8"))
    pairs = data["pairs"]
    total, kinds = evaluate(pairs, on=dt.date.fromisoformat(data["encounter_day"]))
    precision, recall = rates(total)
    print(f"labelled set: {len(pairs)} pairs ({sum(p['same'] for p in pairs)} same person), threshold {MIN_SCORE}")
    print("| kind | same person | pairs | found | missed / wrongly found |")
    print("|---|---|---|---|---|")
    for kind, c in sorted(kinds.items(), key=lambda kv: (-(kv[1]["tp"] + kv[1]["fn"]), kv[0])):
        same = bool(c["tp"] + c["fn"])
        print(f"| {kind} | {'yes' if same else 'no'} | {sum(c.values())} | {c['tp'] + c['fp']} | "
              f"{c['fn'] if same else c['fp']} |")
    print(f"precision {precision:.3f}  recall {recall:.3f}  (tp {total['tp']}, fp {total['fp']}, "
          f"fn {total['fn']}, tn {total['tn']})")
    office = office_evaluate(pairs, on=dt.date.fromisoformat(data["encounter_day"]))
    o_precision, o_recall = rates(office)
    print(f"office, across posts (names, documents, years of birth): precision {o_precision:.3f}  recall {o_recall:.3f}  "
          f"(tp {office['tp']}, fp {office['fp']}, fn {office['fn']}, tn {office['tn']})")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
