"""Identity as Pakistani forms record it, detention and the investigation, and correcting them with a reason.

Pure rules: the lists come in as a `Vocabulary` (read from resources/places and resources/standards by the caller),
so that this module imports nothing of ours but the model and the errors.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.domain import picklists as pl
from app.domain.errors import ValidationFailed
from app.domain.iso_codes import LANGUAGES
from app.domain.names import LANGUAGE_NAMES
from app.domain.safejson import unsafe_text

# ولدیت: s/o, d/o, w/o — how the father's or husband's name is written after a person's name.
RELATIONS = ("son_of", "daughter_of", "wife_of")
RELATION_ABBREVIATIONS = {"son_of": ("s/o", "ولد"), "daughter_of": ("d/o", "دختر"), "wife_of": ("w/o", "زوجہ")}
MARITAL_STATUSES = ("single", "married", "widowed", "divorced", "separated", "unknown")
# The recruiter's relation to the person: codes, labels and the CTDC recruiterRelation* / HTCDS mapping live in
# resources/standards/screening-mappings.json ("recruiter_relations"), read into Vocabulary.recruiter_relations.
COMPANION_RELATIONS = ("spouse", "parent", "child", "relative", "travel_companion", "agent", "driver", "other")
PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,22}[0-9]$")
MAX_AGE = 120


@dataclass(frozen=True)
class Identity:
    """What FIA forms carry beyond the name: parentage, origin, contact and marital status."""

    relation: str = ""  # RELATIONS
    relation_name: str = ""  # the father's or husband's name in Latin letters
    relation_name_native: str = ""  # the same name in Urdu script
    origin_province: str = ""  # ISO 3166-2:PK subdivision without "PK-": PB, SD, KP, BA, IS, GB, JK
    origin_district: str = ""  # a district code of resources/places/pakistan.json
    origin_country: str = ""  # ISO 3166-1 alpha-2, when the person comes from abroad
    origin_place: str = ""  # the town or village abroad
    phone: str = ""
    marital_status: str = ""  # MARITAL_STATUSES


@dataclass(frozen=True)
class Investigation:
    """Detention, the FIR or enquiry, the exploitation (HTCDS hte_ / CTDC fields) and the non-punishment advice."""

    detained: bool = False
    detained_since: dt.date | None = None
    detention_law: str = ""
    fir_number: str = ""  # FIR or enquiry number
    law_sections: tuple[str, ...] = ()  # codes of resources/standards/pakistan-law.json
    non_punishment: bool = False  # recommend that the presumed victim is not punished for offences compelled
    non_punishment_reason: str = ""
    exploitation_type: str = ""  # screening-mappings.json exploitation_types
    exploitation_country: str = ""
    exploitation_city: str = ""
    route: str = ""
    recruiter_relation: str = ""  # Vocabulary.recruiter_relations (screening-mappings.json)


@dataclass(frozen=True)
class Companion:
    """Someone travelling with the person who is not a case (the one who held the passports, say)."""

    name: str
    relation: str  # COMPANION_RELATIONS
    held_documents: bool = False
    possible_exploiter: bool = False
    note: str = ""


@dataclass(frozen=True)
class Named:
    code: str
    en: str
    ur: str

    def label(self, lang: str) -> str:
        return self.ur if lang == "ur" else self.en


@dataclass(frozen=True)
class Vocabulary:
    """The lists identity and investigation fields are checked against, in English and Urdu."""

    countries: dict[str, Named]
    provinces: dict[str, Named]
    districts: dict[str, Named]
    district_province: dict[str, str]
    sections: dict[str, Named]
    detention_laws: dict[str, Named]
    exploitation_types: dict[str, Named] = field(default_factory=dict)
    exploitation_ctdc: dict[str, str] = field(default_factory=dict)  # code -> CTDC is* flag
    recruiter_relations: dict[str, Named] = field(default_factory=dict)
    recruiter_mapping: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> {"ctdc": …, "htcds": …}

    @classmethod
    def from_files(cls, *, countries: Path, pakistan: Path, law: Path, mappings: Path) -> Vocabulary:
        c = json.loads(countries.read_text(encoding="utf-8"))
        p = json.loads(pakistan.read_text(encoding="utf-8"))
        law_doc = json.loads(law.read_text(encoding="utf-8"))
        m = json.loads(mappings.read_text(encoding="utf-8"))
        return cls(
            countries={k: Named(k, v["en"], v["ur"]) for k, v in c["countries"].items()},
            provinces={x["code"]: Named(x["code"], x["en"], x["ur"]) for x in p["provinces"]},
            districts={x["code"]: Named(x["code"], x["en"], x["ur"]) for x in p["districts"]},
            district_province={x["code"]: x["province"] for x in p["districts"]},
            sections={x["code"]: _section(x, law_doc["acts"]) for x in law_doc["sections"]},
            detention_laws={x["code"]: Named(x["code"], x["en"], x["ur"]) for x in law_doc["detention_laws"]},
            exploitation_types={x["code"]: Named(x["code"], x["label"]["en"], x["label"]["ur"])
                                for x in m["exploitation_types"]},
            exploitation_ctdc={x["code"]: x["ctdc"] for x in m["exploitation_types"]},
            recruiter_relations={x["code"]: Named(x["code"], x["label"]["en"], x["label"]["ur"])
                                 for x in m.get("recruiter_relations", [])},
            recruiter_mapping={x["code"]: {"ctdc": x["ctdc"], "htcds": x["htcds"]}
                               for x in m.get("recruiter_relations", [])},
        )

    def districts_of(self, province: str) -> list[Named]:
        return [self.districts[c] for c, p in self.district_province.items() if p == province]


def _section(x: Mapping[str, str], acts: list[dict[str, str]]) -> Named:
    act = next(a for a in acts if a["code"] == x["act"])
    short = {"ptpa": ("PTPA 2018", "انسدادِ انسانی ٹریفکنگ ایکٹ 2018"),
             "psma": ("PSMA 2018", "انسدادِ اسمگلنگِ تارکینِ وطن ایکٹ 2018")}.get(x["act"], (act["en"], act["ur"]))
    return Named(x["code"], f"{short[0]} s.{x['section']} — {x['en']}", f"{short[1]}، دفعہ {x['section']} — {x['ur']}")


# ---------------------------------------------------------------- pickers: type "Afgh" or "افغ"

def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,()\-]+", text.casefold()) if w]


def search_named(items: Iterable[Named], query: str, *, limit: int = 20) -> list[Named]:
    """Items whose English or Urdu name (or code) starts with the query, or has a word that does; best first."""
    q = query.strip().casefold()
    if not q:
        return []
    ranked: list[tuple[int, str, Named]] = []
    for item in items:
        names = (item.en.casefold(), item.ur.casefold())
        if any(n.startswith(q) for n in names):
            rank = 0
        elif any(w.startswith(q) for n in names for w in _words(n)):
            rank = 1
        elif item.code.casefold() == q:
            rank = 2
        else:
            continue
        ranked.append((rank, item.en, item))
    return [x[2] for x in sorted(ranked, key=lambda r: (r[0], r[1]))[:limit]]


def languages() -> list[Named]:
    """Languages with names in both scripts (one entry per name; the two-letter code where there is one)."""
    seen: dict[str, Named] = {}
    for code, names in LANGUAGE_NAMES.items():
        if code in LANGUAGES and names["en"] not in seen:
            seen[names["en"]] = Named(code, names["en"], names["ur"])
    return list(seen.values())


# ---------------------------------------------------------------- what can be corrected, and how it is checked

@dataclass(frozen=True)
class FieldSpec:
    kind: str  # text | date | int | bool | code | codes
    section: str  # person | identity | encounter | investigation
    limit: int = 200


PERSON_FIELDS = {
    "given_name": FieldSpec("text", "person"), "family_name": FieldSpec("text", "person"),
    "name_native": FieldSpec("text", "person"), "sex": FieldSpec("code", "person"),
    "date_of_birth": FieldSpec("date", "person"), "estimated_age": FieldSpec("int", "person"),
    "possible_child": FieldSpec("bool", "person"), "nationality": FieldSpec("code", "person"),
    "languages": FieldSpec("codes", "person"),
}  # fmt: skip
IDENTITY_FIELDS = {f.name: FieldSpec("code" if f.name in ("relation", "origin_province", "origin_district",
                                                         "origin_country", "marital_status") else "text", "identity")
                   for f in fields(Identity)}
ENCOUNTER_FIELDS = {"date": FieldSpec("date", "encounter"), "place": FieldSpec("text", "encounter"),
                    "circumstance": FieldSpec("code", "encounter"), "notes": FieldSpec("text", "encounter", 4000)}
INVESTIGATION_FIELDS = {
    "detained": FieldSpec("bool", "investigation"), "detained_since": FieldSpec("date", "investigation"),
    "detention_law": FieldSpec("code", "investigation"), "fir_number": FieldSpec("text", "investigation", 64),
    "law_sections": FieldSpec("codes", "investigation"), "non_punishment": FieldSpec("bool", "investigation"),
    "non_punishment_reason": FieldSpec("text", "investigation", 2000),
    "exploitation_type": FieldSpec("code", "investigation"), "exploitation_country": FieldSpec("code", "investigation"),
    "exploitation_city": FieldSpec("text", "investigation"), "route": FieldSpec("text", "investigation", 1000),
    "recruiter_relation": FieldSpec("code", "investigation"),
}  # fmt: skip
FIELDS: dict[str, FieldSpec] = {
    **{f"person.{k}": v for k, v in PERSON_FIELDS.items()},
    **{f"identity.{k}": v for k, v in IDENTITY_FIELDS.items()},
    **{f"encounter.{k}": v for k, v in ENCOUNTER_FIELDS.items()},
    **{f"investigation.{k}": v for k, v in INVESTIGATION_FIELDS.items()},
}
CHILD_FIELDS = frozenset({"person.date_of_birth", "person.estimated_age", "person.possible_child",
                          "encounter.date"})


def parse_text(name: str, text: str) -> Any:
    """A value typed on a command line (`--set identity.phone=0300…`) in the field's own type; "" clears it."""
    spec = _spec(name)
    text = text.strip()
    if spec.kind == "bool":
        if text.casefold() not in ("yes", "no", "true", "false"):
            raise ValidationFailed("takes yes or no.", path=name)
        return text.casefold() in ("yes", "true")
    if spec.kind == "int":
        if not text:
            return None
        if not text.isdigit():
            raise ValidationFailed("takes a whole number.", path=name)
        return int(text)
    if spec.kind == "codes":
        return tuple(t.strip() for t in text.split(",") if t.strip())
    if spec.kind == "date":
        return _date(name, text) if text else None
    return text


def _spec(name: str) -> FieldSpec:
    if name not in FIELDS:
        raise ValidationFailed(f"{name!r} is not a field that can be corrected; see `nrm-desk case edit --help`.",
                               path=name)
    return FIELDS[name]


def _date(name: str, value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationFailed("takes a date written YYYY-MM-DD.", path=name) from None


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class CaseDetails:
    """The correctable parts of one case, as plain values (dates as date objects)."""

    person: Mapping[str, Any]
    identity: Identity
    encounter: Mapping[str, Any]
    investigation: Investigation


def details_from_stored(person: Mapping[str, Any], identity: Mapping[str, Any], encounter: Mapping[str, Any],
                        investigation: Mapping[str, Any]) -> CaseDetails:
    """From the JSON kept in the store (unknown keys from a newer version are kept aside, not lost)."""
    return CaseDetails(dict(person), identity_from_json(identity), dict(encounter), investigation_from_json(investigation))


def identity_from_json(data: Mapping[str, Any]) -> Identity:
    names = {f.name for f in fields(Identity)}
    return Identity(**{k: str(v) for k, v in data.items() if k in names and v is not None})


def investigation_from_json(data: Mapping[str, Any]) -> Investigation:
    names = {f.name for f in fields(Investigation)}
    kept = {k: v for k, v in data.items() if k in names}
    if kept.get("detained_since"):
        kept["detained_since"] = dt.date.fromisoformat(kept["detained_since"])
    if "law_sections" in kept:
        kept["law_sections"] = tuple(kept["law_sections"])
    return Investigation(**kept)


def apply_changes(details: CaseDetails, changes: Mapping[str, Any], *, vocab: Vocabulary,
                  today: dt.date) -> tuple[CaseDetails, list[Change]]:
    """The corrected details and the list of what changed; ValidationFailed (nothing applied) on any bad value."""
    person, encounter = dict(details.person), dict(details.encounter)
    identity, investigation = details.identity, details.investigation
    done: list[Change] = []
    for name, raw in changes.items():
        spec = _spec(name)
        value = _check(name, spec, raw, vocab=vocab, today=today)
        key = name.split(".", 1)[1]
        if spec.section == "person":
            old = _comparable(person.get(key))
            person[key] = list(value) if isinstance(value, tuple) else (
                value.isoformat() if isinstance(value, dt.date) else value)
        elif spec.section == "encounter":
            old = _comparable(encounter.get(key))
            encounter[key] = value.isoformat() if isinstance(value, dt.date) else value
        elif spec.section == "identity":
            old = getattr(identity, key)
            identity = replace(identity, **{key: value})
        else:
            old = getattr(investigation, key)
            investigation = replace(investigation, **{key: value})
        if _comparable(old) != _comparable(value):
            done.append(Change(name, _comparable(old), _comparable(value)))
    new = CaseDetails(person, identity, encounter, investigation)
    check_consistent(new, vocab=vocab)
    return new, done


def check_value(name: str, raw: Any, *, vocab: Vocabulary, today: dt.date) -> Any:
    """One field's value checked and in its own type (ValidationFailed with one sentence otherwise)."""
    return _check(name, _spec(name), raw, vocab=vocab, today=today)


def _comparable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def _check(name: str, spec: FieldSpec, raw: Any, *, vocab: Vocabulary, today: dt.date) -> Any:
    if spec.kind == "text":
        value = "" if raw is None else str(raw).strip()
        if len(value) > spec.limit:
            raise ValidationFailed(f"is longer than {spec.limit} characters.", path=name)
        if "\x00" in value or (spec.limit <= 200 and unsafe_text(value)):
            raise ValidationFailed("must not contain NUL or bidirectional control characters.", path=name)
        if name == "person.given_name" and not value:
            raise ValidationFailed("The given name cannot be empty.", path=name)
        if name == "identity.phone" and value and not PHONE.match(value):
            raise ValidationFailed("The telephone number takes digits, spaces or dashes, with an optional + first.",
                                   path=name)
        if name == "encounter.place" and not value:
            raise ValidationFailed("The place of the encounter cannot be empty.", path=name)
        return value
    if spec.kind == "date":
        day = _date(name, raw)
        if day is not None and day > today:
            raise ValidationFailed("cannot be in the future.", path=name)
        if name == "encounter.date" and day is None:
            raise ValidationFailed("The encounter needs its date.", path=name)
        return day
    if spec.kind == "int":
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_AGE:
            raise ValidationFailed(f"takes a whole number from 0 to {MAX_AGE}.", path=name)
        return raw
    if spec.kind == "bool":
        if not isinstance(raw, bool):
            raise ValidationFailed("takes yes or no.", path=name)
        return raw
    allowed = _allowed(name, vocab)
    if spec.kind == "codes":
        values = tuple(raw or ())
        bad = [v for v in values if v not in allowed]
        if bad:
            raise ValidationFailed(f"{', '.join(map(str, bad))} is not on the list.", path=name)
        return values
    value = "" if raw is None else str(raw)
    if name == "person.nationality":
        value = value.upper()
        if not value:
            return None
    if value and value not in allowed:
        raise ValidationFailed(f"{value!r} is not on the list.", path=name)
    return value


def _allowed(name: str, vocab: Vocabulary) -> Iterable[str]:
    key = name.split(".", 1)[1]
    lists: dict[str, Iterable[str]] = {
        "sex": pl.SEXES, "nationality": vocab.countries, "languages": LANGUAGES, "relation": RELATIONS,
        "origin_province": vocab.provinces, "origin_district": vocab.districts, "origin_country": vocab.countries,
        "marital_status": MARITAL_STATUSES, "circumstance": pl.CIRCUMSTANCES, "detention_law": vocab.detention_laws,
        "law_sections": vocab.sections, "exploitation_type": vocab.exploitation_types,
        "exploitation_country": vocab.countries, "recruiter_relation": vocab.recruiter_relations,
    }  # fmt: skip
    return lists[key]


def check_consistent(d: CaseDetails, *, vocab: Vocabulary) -> None:
    """Rules across fields: a district lies in its province, origin is Pakistan or abroad, detention has a law."""
    ident, inv = d.identity, d.investigation
    if ident.origin_district and vocab.district_province.get(ident.origin_district) != ident.origin_province:
        raise ValidationFailed("The district of origin is not in the province chosen.", path="identity.origin_district")
    if ident.origin_country and (ident.origin_province or ident.origin_district):
        raise ValidationFailed("Give the place of origin in Pakistan or abroad, not both.",
                               path="identity.origin_country")
    if ident.origin_place and not ident.origin_country:
        raise ValidationFailed("A place of origin abroad needs its country.", path="identity.origin_place")
    if bool(ident.relation) != bool(ident.relation_name or ident.relation_name_native):
        raise ValidationFailed("Give both the relation (s/o, d/o, w/o) and the father's or husband's name.",
                               path="identity.relation")
    if not inv.detained and (inv.detained_since or inv.detention_law):
        raise ValidationFailed("A detention date or law needs the person marked as detained.",
                               path="investigation.detained")
    if inv.non_punishment and not inv.non_punishment_reason:
        raise ValidationFailed("A non-punishment recommendation needs its reason.",
                               path="investigation.non_punishment_reason")
    if inv.non_punishment and not inv.detained:
        raise ValidationFailed("A non-punishment recommendation is for a person in detention.",
                               path="investigation.non_punishment")


def relation_line(ident: Identity, lang: str) -> str:
    """"s/o Muhammad Akbar" or "ولد محمد اکبر"; empty without a relation."""
    if not ident.relation:
        return ""
    en, ur = RELATION_ABBREVIATIONS[ident.relation]
    name = (ident.relation_name_native or ident.relation_name) if lang == "ur" else (
        ident.relation_name or ident.relation_name_native)
    return f"{ur if lang == 'ur' else en} {name}"


def is_child(person: Mapping[str, Any], encounter_date: str) -> bool:
    """The child flag from stored person data on the encounter date (the rule of model.Person.is_child_on)."""
    day = dt.date.fromisoformat(encounter_date)
    dob = person.get("date_of_birth")
    if dob:
        born = dt.date.fromisoformat(dob)
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day)) < 18
    age = person.get("estimated_age")
    if age is not None:
        return int(age) < 18
    return bool(person.get("possible_child"))


def to_json(value: Identity | Investigation) -> dict[str, Any]:
    """Only the fields that are set, dates as text (what the store and the interchange keep)."""
    out: dict[str, Any] = {}
    for f in fields(value):
        v = getattr(value, f.name)
        if v in ("", None, (), False):
            continue
        out[f.name] = v.isoformat() if isinstance(v, dt.date) else list(v) if isinstance(v, tuple) else v
    return out


def ctdc_fields(inv: Investigation, vocab: Vocabulary) -> dict[str, Any]:
    """The investigation in the CTDC dataset's terms: the recruiterRelation* flags (1 for the relation recorded,
    0 for the others) and the is* exploitation flag; empty when nothing is recorded."""
    out: dict[str, Any] = {}
    if inv.exploitation_type:
        out[vocab.exploitation_ctdc[inv.exploitation_type]] = 1
    if inv.recruiter_relation:
        chosen = vocab.recruiter_mapping[inv.recruiter_relation]["ctdc"]
        for flag in sorted({m["ctdc"] for m in vocab.recruiter_mapping.values()}):
            out[flag] = int(flag == chosen)
    return out
