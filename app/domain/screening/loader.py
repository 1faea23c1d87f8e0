"""Reads instrument files (JSON) into Instrument values and refuses any that break the format."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.domain import safejson
from app.domain.errors import NotFound, ValidationFailed
from app.domain.safejson import SCREENING_LIMITS
from app.domain.screening.model import (
    DIMENSIONS,
    FACTORS,
    GRADES,
    INSTRUMENT_FORMAT,
    KINDS,
    LANGUAGES,
    REQUIRED_LANGUAGES,
    SERVICES,
    URGENCIES,
    VULNERABILITY_LEVELS,
    Dimension,
    Instrument,
    Item,
    Part,
)


def load_instruments(folder: Path) -> dict[str, Instrument]:
    """Every `*.json` instrument in `folder`, by id; two files with one id are refused."""
    found: dict[str, Instrument] = {}
    for path in sorted(Path(folder).glob("*.json")):
        instrument = load_instrument(path)
        if instrument.id in found:
            raise ValidationFailed(f"instrument id {instrument.id!r} is defined twice", path=path.name)
        found[instrument.id] = instrument
    return found


def get_instrument(instruments: Mapping[str, Instrument], instrument_id: str) -> Instrument:
    """The instrument with this id, or NotFound naming the id."""
    try:
        return instruments[instrument_id]
    except KeyError:
        raise NotFound(f"No screening instrument with id {instrument_id!r}.") from None


def load_instrument(path: Path) -> Instrument:
    """One instrument file, parsed and checked."""
    try:
        data = safejson.read_file(path, SCREENING_LIMITS)
    except safejson.JsonRefused as exc:
        raise ValidationFailed(f"cannot read instrument file: {exc.reason}", path=Path(path).name) from None
    except OSError as exc:
        raise ValidationFailed(f"cannot read instrument file: {exc.strerror or exc}", path=Path(path).name) from None
    return parse_instrument(data, where=Path(path).name)


def parse_instrument(data: Any, *, where: str = "instrument") -> Instrument:
    """An Instrument from its JSON form; ValidationFailed names the first offending field."""
    _require(isinstance(data, dict), "must be a JSON object", where)
    _require(data.get("format") == INSTRUMENT_FORMAT, f"format must be {INSTRUMENT_FORMAT!r}", f"{where}.format")
    kind = _choice(data, "kind", KINDS, where)
    status = _choice(data, "status", ("final", "provisional"), where)
    reason = _text(data["status_reason"], f"{where}.status_reason") if data.get("status_reason") else None
    intro = _text(data["introduction"], f"{where}.introduction") if "introduction" in data else None
    _require(status == "final" or reason is not None, "a provisional instrument needs a reason", f"{where}.status_reason")
    dimensions = _dimensions(data, kind, where)
    items = tuple(_item(raw, kind, f"{where}.items[{n}]") for n, raw in enumerate(_list(data, "items", where)))
    _check_items(items, kind, where)
    return Instrument(
        id=_string(data, "id", where),
        version=_string(data, "version", where),
        kind=kind,
        title=_text(data.get("title"), f"{where}.title"),
        status=status,
        status_reason=reason,
        introduction=intro,
        source=_strings(data.get("source"), f"{where}.source"),
        population=_population(data.get("population"), f"{where}.population"),
        exploitation_type=data.get("exploitation_type"),
        dimensions=dimensions,
        items=items,
    )


def _dimensions(data: dict[str, Any], kind: str, where: str) -> tuple[Dimension, ...]:
    if kind != "trafficking_indicators":
        return ()
    raw = _list(data, "dimensions", where)
    dims = tuple(Dimension(id=_string(d, "id", where), title=_text(d.get("title"), f"{where}.dimensions")) for d in raw)
    _require(tuple(d.id for d in dims) == DIMENSIONS, f"dimensions must be {', '.join(DIMENSIONS)}", f"{where}.dimensions")
    return dims


def _item(raw: Any, kind: str, where: str) -> Item:
    _require(isinstance(raw, dict), "must be an object", where)
    common: dict[str, Any] = {
        "id": _string(raw, "id", where),
        "text": _text(raw.get("text"), f"{where}.text"),
        "help": _text(raw.get("help"), f"{where}.help", required=("en",)),
        "translation_status": _translation_status(raw, where),
    }
    if kind == "trafficking_indicators":
        return Item(**common, name=_text(raw.get("name"), f"{where}.name"),
                    dimension=_choice(raw, "dimension", DIMENSIONS, where),
                    grade=_choice(raw, "grade", GRADES, where), concept=_string(raw, "concept", where),
                    confirmed=bool(raw.get("confirmed", True)), protective=raw.get("protective") is True,
                    parts=_parts(raw.get("parts", []), f"{where}.parts"))
    if kind == "prescreen":
        return Item(**common, weight=_choice(raw, "weight", ("decisive", "contributing"), where),
                    reason=_text(raw.get("reason"), f"{where}.reason"))
    return _vulnerability_item(raw, common, where)


TRANSLATION_STATES = ("reviewed", "unreviewed")


def _translation_status(raw: dict[str, Any], where: str) -> dict[str, str]:
    """How far each Pashto/Dari text of an item is checked; a text in ps/fa must say it."""
    status = raw.get("translation_status", {})
    _require(isinstance(status, dict) and all(k in ("ps", "fa") and v in TRANSLATION_STATES for k, v in status.items()),
             "translation_status maps ps/fa to reviewed or unreviewed", f"{where}.translation_status")
    texts = [raw.get("text") or {}, *[p.get("text") or {} for p in raw.get("parts", []) if isinstance(p, dict)]]
    missing = sorted({lang for t in texts if isinstance(t, dict) for lang in ("ps", "fa") if lang in t} - set(status))
    _require(not missing, f"the {', '.join(missing)} text needs a translation_status", f"{where}.translation_status")
    return dict(status)


def _parts(raw: Any, where: str) -> tuple[Part, ...]:
    _require(isinstance(raw, list), "parts must be a list", where)
    parts = tuple(Part(id=_string(p, "id", where), text=_text(p.get("text"), f"{where}.text"))
                  for p in raw if isinstance(p, dict))
    _require(len(parts) == len(raw) and len(parts) != 1, "parts must be two or more objects", where)
    return parts


def _vulnerability_item(raw: dict[str, Any], common: dict[str, Any], where: str) -> Item:
    services = raw.get("services", [])
    _require(isinstance(services, list) and all(s in SERVICES for s in services), "unknown service code", f"{where}.services")
    factor = _choice(raw, "factor", FACTORS, where)
    flag = raw.get("flag")
    _require(factor != "immediate" or isinstance(flag, str), "an immediate need needs a flag", f"{where}.flag")
    name = _text(raw["name"], f"{where}.name") if "name" in raw else None
    return Item(**common, name=name, level=_choice(raw, "level", VULNERABILITY_LEVELS, where), factor=factor, flag=flag,
                urgency=_choice(raw, "urgency", URGENCIES, where) if "urgency" in raw else None,
                services=tuple(services))


def _check_items(items: tuple[Item, ...], kind: str, where: str) -> None:
    _require(bool(items), "an instrument needs at least one item", f"{where}.items")
    ids = [i.id for i in items]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    _require(not duplicates, f"duplicate item ids: {', '.join(duplicates)}", f"{where}.items")
    if kind == "trafficking_indicators":
        concepts = [i.concept for i in items]
        _require(len(set(concepts)) == len(concepts), "each concept may appear once", f"{where}.items")
        part_ids = [p.id for i in items for p in i.parts]
        _require(len(set(part_ids)) == len(part_ids) and not set(part_ids) & set(ids), "part ids must be unique",
                 f"{where}.items")


def _population(raw: Any, where: str) -> dict[str, str | None]:
    _require(isinstance(raw, dict), "must be an object", where)
    age = raw.get("age_group")
    _require(age in ("adult", "child", "any"), "age_group must be adult, child or any", f"{where}.age_group")
    exploitation = raw.get("exploitation")
    _require(exploitation in ("labour", "sexual", None), "exploitation must be labour, sexual or null", where)
    return {"age_group": age, "exploitation": exploitation}


def _text(raw: Any, where: str, *, required: tuple[str, ...] = REQUIRED_LANGUAGES) -> dict[str, str]:
    _require(isinstance(raw, dict), "must be an object of texts by language", where)
    for lang in required:
        _require(isinstance(raw.get(lang), str) and raw[lang].strip() != "", f"missing {lang} text", where)
    unknown = sorted(set(raw) - set(LANGUAGES))
    _require(not unknown, f"unknown language(s): {', '.join(unknown)}", where)
    return {k: v for k, v in raw.items() if isinstance(v, str) and v.strip()}


def _strings(raw: Any, where: str) -> dict[str, str]:
    _require(isinstance(raw, dict) and all(isinstance(v, str) for v in raw.values()), "must map names to text", where)
    return dict(raw)


def _string(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    _require(isinstance(value, str) and value.strip() != "", f"{key} must be a non-empty string", f"{where}.{key}")
    return str(value)


def _choice(data: dict[str, Any], key: str, allowed: tuple[str, ...], where: str) -> str:
    value = data.get(key)
    _require(value in allowed, f"{key} must be one of {', '.join(allowed)}", f"{where}.{key}")
    return str(value)


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ValidationFailed(f"{key} must be a list", path=f"{where}.{key}")
    return value


def _require(condition: bool, message: str, path: str) -> None:
    if not condition:
        raise ValidationFailed(message, path=path)
