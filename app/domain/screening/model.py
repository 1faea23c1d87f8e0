"""Screening instruments as immutable values: dimensions, graded indicators and yes/no questions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.domain.picklists import SERVICES as PICKLIST_SERVICES

INSTRUMENT_FORMAT = "nrm-desk/instrument@1"
GRADES = ("strong", "medium", "weak")
DIMENSIONS = ("A", "B", "C", "D", "E", "F")
KINDS = ("trafficking_indicators", "prescreen", "vulnerability")
LANGUAGES = ("en", "ur", "ps", "fa")
REQUIRED_LANGUAGES = ("en", "ur")
SERVICES = PICKLIST_SERVICES  # the one list, in app.domain.picklists
VULNERABILITY_LEVELS = ("individual", "household", "community", "structural", "smuggling", "immediate")
FACTORS = ("risk", "protective", "immediate", "smuggling")
URGENCIES = ("standard", "high", "immediate")

Text = Mapping[str, str]


def text_in(text: Text, lang: str) -> str:
    """The text in `lang`, falling back to English when that language is not available."""
    return text.get(lang) or text["en"]


@dataclass(frozen=True)
class Dimension:
    id: str
    title: Text


@dataclass(frozen=True)
class Part:
    """One sub-question of an indicator that asks several things: one answer, one thing."""

    id: str
    text: Text


@dataclass(frozen=True)
class Item:
    """One question. Indicators use name (the ILO indicator), dimension, grade and concept; other kinds the rest."""

    id: str
    text: Text
    help: Text
    name: Text | None = None
    dimension: str | None = None
    grade: str | None = None
    concept: str | None = None
    confirmed: bool = True
    protective: bool = False  # NRM Desk policy item (not ILO): counts only for the protective child rule
    parts: tuple[Part, ...] = ()  # sub-questions of a compound indicator; any "yes" marks the indicator
    weight: str | None = None
    reason: Text | None = None
    level: str | None = None
    factor: str | None = None
    flag: str | None = None
    urgency: str | None = None
    services: tuple[str, ...] = ()
    # Pashto/Dari: "reviewed" (by a native speaker) or "unreviewed"; a language not listed has no text here
    translation_status: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    kind: str
    title: Text
    status: str
    source: Mapping[str, str]
    population: Mapping[str, str | None]
    items: tuple[Item, ...]
    dimensions: tuple[Dimension, ...] = ()
    status_reason: Text | None = None
    exploitation_type: str | None = None
    introduction: Text | None = None
    _by_id: Mapping[str, Item] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {item.id: item for item in self.items})

    @property
    def provisional(self) -> bool:
        return self.status == "provisional"

    def item(self, item_id: str) -> Item | None:
        return self._by_id.get(item_id)

    def ilo_items(self) -> tuple[Item, ...]:
        """The ILO indicators only (without NRM Desk's protective items)."""
        return tuple(i for i in self.items if not i.protective)

    def items_in(self, dimension: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.dimension == dimension)

    def summary(self) -> dict[str, object]:
        """A JSON-compatible outline: what `screening instrument --json` prints."""
        return {
            "id": self.id,
            "version": self.version,
            "kind": self.kind,
            "title": dict(self.title),
            "status": self.status,
            "status_reason": dict(self.status_reason) if self.status_reason else None,
            "introduction": dict(self.introduction) if self.introduction else None,
            "source": dict(self.source),
            "population": dict(self.population),
            "exploitation_type": self.exploitation_type,
            "dimensions": [{"id": d.id, "title": dict(d.title)} for d in self.dimensions],
            "items": [_item_summary(i) for i in self.items],
        }


def _item_summary(item: Item) -> dict[str, object]:
    out: dict[str, object] = {"id": item.id, "text": dict(item.text), "help": dict(item.help)}
    optional = {
        "dimension": item.dimension,
        "grade": item.grade,
        "concept": item.concept,
        "weight": item.weight,
        "level": item.level,
        "factor": item.factor,
        "flag": item.flag,
        "urgency": item.urgency,
    }
    out.update({k: v for k, v in optional.items() if v is not None})
    if item.name is not None:
        out["name"] = dict(item.name)
    if item.grade is not None:
        out["confirmed"] = item.confirmed
    if item.protective:
        out["protective"] = True
    if item.parts:
        out["parts"] = [{"id": p.id, "text": dict(p.text)} for p in item.parts]
    if item.services:
        out["services"] = list(item.services)
    return out
