"""The indicator part of the interview: each concept asked once, sub-questions, sources, and officer's coding.

State kept in the flow's JSON (`flow.data`):

    lists       {"instruments": [...], "mode": "questions" | "coding"}
    indicators  {instrument_id: {item_or_part_id: true | false | null}}   questions mode, per page asked
    sources     {concept: {"source": account|observation|document|third_party, "note": str}}
    coding      {"found": [{"concept", "source", "note"}]}                   officer's coding mode

A concept (`Item.concept`) is asked on the first chosen list that has it; its answer and source count for
every chosen list. An indicator with `parts` is asked part by part: any yes marks it, all no clears it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.picklists import INDICATOR_SOURCES
from app.domain.screening import Instrument, Item

MODES = ("questions", "coding")
DEFAULT_SOURCE = "account"  # a question answered by the person is their own account


def page_items(lists: Sequence[Instrument], instrument_id: str, dimension: str) -> list[Item]:
    """The items a dimension page of one list asks: those whose concept no earlier chosen list asked."""
    earlier: set[str] = set()
    for inst in lists:
        if inst.id == instrument_id:
            return [i for i in inst.items_in(dimension) if i.concept not in earlier]
        earlier |= {str(i.concept) for i in inst.items}
    return []


def answer_keys(items: Sequence[Item]) -> list[str]:
    """What a page asks: the parts of a compound indicator, else the indicator itself."""
    return [key for i in items for key in ([p.id for p in i.parts] or [i.id])]


def item_answer(item: Item, saved: Mapping[str, Any]) -> bool | None:
    """Yes if any part is yes; no if every part is no; otherwise not asked."""
    if not item.parts:
        value = saved.get(item.id)
        return value if isinstance(value, bool) else None
    said = [saved.get(p.id) for p in item.parts]
    if all(v is None for v in said) and isinstance(saved.get(item.id), bool):
        return bool(saved[item.id])  # an interview saved before the question was split keeps its answer
    if True in said:
        return True
    return False if all(v is False for v in said) else None


def check_page(items: Sequence[Item], data: Mapping[str, Any]) -> dict[str, Any]:
    """A page's answers (yes / no / null per question) and the source of each yes."""
    keys = answer_keys(items)
    answers = data.get("answers") or {}
    for key, value in answers.items():
        if key not in keys:
            raise ValidationFailed(f"There is no question {key!r} on this page.", path="answers")
        if value not in (True, False, None):
            raise ValidationFailed("Answer yes, no, or leave the question as not answered.", path=f"answers.{key}")
    clean = {key: answers.get(key) for key in keys}
    by_id = {i.id: i for i in items}
    sources = data.get("sources") or {}
    for item_id, source in sources.items():
        if item_id not in by_id or source not in INDICATOR_SOURCES:
            raise ValidationFailed("Choose where this indicator came from.", path=f"sources.{item_id}")
    chosen = {i.id: sources.get(i.id) or DEFAULT_SOURCE for i in items if item_answer(i, clean) is True}
    return {"answers": clean, "sources": chosen}


def check_coding(data: Mapping[str, Any], lists: Sequence[Instrument]) -> dict[str, Any]:
    """The indicators the officer found in a free narrative, each with its source and an optional note."""
    concepts = {str(i.concept) for inst in lists for i in inst.items}
    found: list[dict[str, str]] = []
    for n, raw in enumerate(data.get("found") or []):
        concept = raw.get("concept") if isinstance(raw, Mapping) else None
        if concept not in concepts:
            raise ValidationFailed("Tick indicators from the chosen lists only.", path=f"found[{n}].concept")
        if any(f["concept"] == concept for f in found):
            raise ValidationFailed("This indicator is ticked twice.", path=f"found[{n}].concept")
        source = raw.get("source")
        if source not in INDICATOR_SOURCES:
            raise ValidationFailed("Choose where this indicator came from.", path=f"found[{n}].source")
        found.append({"concept": str(concept), "source": str(source), "note": " ".join(str(raw.get("note") or "").split())})
    return {"found": found}


def check_mode(data: Mapping[str, Any]) -> str:
    mode = data.get("mode") or "questions"
    if mode not in MODES:
        raise ValidationFailed("Choose how the indicators are recorded: questions or officer's coding.", path="mode")
    return str(mode)


def concept_answers(lists: Sequence[Instrument], state: Mapping[str, Any], mode: str) -> dict[str, bool | None]:
    """Each concept's answer, from the list that asked it (questions) or the officer's ticks (coding)."""
    if mode == "coding":
        return {f["concept"]: True for f in state.get("coding", {}).get("found", [])}
    saved = state.get("indicators", {})
    out: dict[str, bool | None] = {}
    for inst in lists:
        for item in inst.items:
            if item.concept not in out:
                out[str(item.concept)] = item_answer(item, saved.get(inst.id, {}))
    return out


def list_answers(inst: Instrument, concepts: Mapping[str, bool | None]) -> dict[str, bool | None]:
    """One list's answers by indicator id (a concept answered once counts for every list)."""
    return {i.id: concepts.get(str(i.concept)) for i in inst.items}


def concept_sources(state: Mapping[str, Any], mode: str) -> dict[str, dict[str, str]]:
    """Where each indicator found came from, by concept."""
    if mode == "coding":
        return {f["concept"]: {"source": f["source"], "note": f["note"]} for f in state.get("coding", {}).get("found", [])}
    return {c: dict(s) for c, s in state.get("sources", {}).items()}


def list_sources(inst: Instrument, answers: Mapping[str, bool | None],
                 sources: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """The source of every indicator present on one list, by indicator id."""
    out = {}
    for item in inst.items:
        if answers.get(item.id) is True:
            out[item.id] = dict(sources.get(str(item.concept)) or {"source": DEFAULT_SOURCE, "note": ""})
    return out


def coding_concepts(lists: Sequence[Instrument]) -> list[Item]:
    """Every concept of the chosen lists once, in list then dimension order (the coding page's rows)."""
    seen: set[str] = set()
    out = []
    for inst in lists:
        for item in inst.items:
            if item.concept not in seen:
                seen.add(str(item.concept))
                out.append(item)
    return sorted(out, key=lambda i: (str(i.dimension), i.id))
