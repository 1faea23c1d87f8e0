"""The case interchange formats "nrm-desk/cases@1" and "@2": all-or-nothing parsing into the case model, and back.

@2 is @1 plus, per case, "identity", "investigation", "group" and "companions" (docs/interchange.md); an @1 document
stays readable and refuses those members as it always did.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from app.domain import identity as idn
from app.domain import picklists as pl
from app.domain.errors import ValidationFailed
from app.domain.interchange_reader import LONG, Fields, Reader, join
from app.domain.iso_codes import COUNTRIES, LANGUAGES
from app.domain.model import (
    CaseInput,
    Consent,
    Encounter,
    IdentityDocument,
    Need,
    Organisation,
    Person,
    ReferralDraft,
    ScreeningRecord,
)

T = TypeVar("T")

FORMAT = "nrm-desk/cases@1"
FORMAT_2 = "nrm-desk/cases@2"
FORMATS = (FORMAT, FORMAT_2)
_CASE_OPTIONAL_2 = ("identity", "investigation", "group", "companions")
MAX_AGE = 120
COUNTRY = "an ISO 3166-1 alpha-2 country code"

_ORG_REQUIRED = ("id", "name", "services")
_ORG_OPTIONAL = ("name_ur", "area", "contact", "kind")
_CASE_OPTIONAL = ("notes", "screenings", "consents", "needs", "referrals", "classification")
_PERSON_OPTIONAL = (
    "family_name",
    "name_native",
    "aliases",
    "sex",
    "date_of_birth",
    "estimated_age",
    "possible_child",
    "nationality",
    "languages",
    "documents",
)
_SCREENING_REQUIRED = ("instrument_id", "instrument_version", "classification")
_CONSENT_OPTIONAL = (
    "recipient",
    "data_categories",
    "interpreter",
    "witness",
    "guardian",
    "withdrawn_on",
    "withdrawal_reason",
)

# Model field -> member name in the format, where they differ.
_RENAMED = {"provider_id": "provider", "recipient_id": "recipient"}


@dataclass(frozen=True)
class Interchange:
    """A parsed document: the cases to import and the organisations its directory section defines."""

    cases: list[CaseInput]
    directory: list[Organisation]


def parse_cases(
    doc: object, *, known_providers: Collection[str] = (), today: dt.date | None = None,
    vocab: idn.Vocabulary | None = None,
) -> Interchange:
    """Validate a whole document; raise ValidationFailed (first problem, all in `.errors`) or return it all.

    `known_providers` are organisation ids already in the post's directory; ids defined in the document's
    own "directory" section count too. `today` bounds dates ("not in the future"); default: the local date.
    `vocab` holds the lists the @2 identity and investigation members are checked against (an @2 document that
    uses them needs it).
    """
    r = Reader(today=today or dt.date.today())
    _check_format(r, doc)
    assert isinstance(doc, dict)
    r.v2, r.vocab = doc.get("format") == FORMAT_2, vocab
    top = r.fields(doc, "", required=("format", "cases"), optional=("directory",))
    assert top is not None  # _check_format has seen an object
    directory = _directory(r, top)
    providers = frozenset(known_providers) | {o.id for o in directory}
    cases = [_case(r, value, path, providers=providers) for path, value in top.items("cases", limit=None)]
    r.raise_if_failed()
    return Interchange(cases=[c for c in cases if c is not None], directory=directory)


def _check_format(r: Reader, doc: object) -> None:
    """Refuse anything that does not declare this format before looking further."""
    if not isinstance(doc, dict):
        r.fail("", "The document must be a JSON object.")
    elif doc.get("format") not in FORMATS:
        r.fail("format", f"must be {FORMAT!r} or {FORMAT_2!r}.")
    r.raise_if_failed()


def _directory(r: Reader, top: Fields) -> list[Organisation]:
    out: list[Organisation] = []
    seen: dict[str, str] = {}
    for path, value in top.items("directory", limit=None):
        org = _organisation(r, value, path)
        if org is None:
            continue
        if org.id in seen:
            r.fail(join(path, "id"), f"repeats the id of {seen[org.id]}.")
        seen.setdefault(org.id, path)
        out.append(org)
    return out


def _organisation(r: Reader, value: object, path: str) -> Organisation | None:
    o = r.fields(value, path, required=_ORG_REQUIRED, optional=_ORG_OPTIONAL)
    if o is None:
        return None
    return Organisation(
        id=o.text("id", limit=64, nonempty=True),
        name=o.text("name", nonempty=True),
        services=_services(o),
        area=o.text("area"),
        contact=o.text("contact"),
        name_ur=o.text("name_ur"),
        kind=o.code("kind", pl.ORGANISATION_KINDS, what="an organisation kind") or "ngo",
    )


def _case(r: Reader, value: object, path: str, *, providers: Collection[str]) -> CaseInput | None:
    v2 = r.v2
    o = r.fields(value, path, required=("person", "encounter"),
                 optional=_CASE_OPTIONAL + (_CASE_OPTIONAL_2 if v2 else ()))
    if o is None:
        return None
    person = _person(r, o.get("person"), o.at("person")) if "person" in o else None
    encounter = _encounter(r, o.get("encounter"), o.at("encounter")) if "encounter" in o else None
    case = CaseInput(
        person=person,  # type: ignore[arg-type]  # None only when an error is already recorded
        encounter=encounter,  # type: ignore[arg-type]
        notes=o.text("notes", limit=LONG),
        screenings=_each(o, "screenings", lambda v, p: _screening(r, v, p)),
        consents=_each(o, "consents", lambda v, p: _consent(r, v, p, providers=providers)),
        needs=_needs(r, o),
        referrals=_each(o, "referrals", lambda v, p: _referral(r, v, p, providers=providers)),
        classification=o.code("classification", pl.CLASSIFICATIONS, what="a classification"),
    )
    if v2:
        case = dataclasses.replace(case, **_v2_members(r, o, path))
    if person is not None and encounter is not None:
        _check_case(r, path, case)
    return case


def _v2_members(r: Reader, o: Fields, path: str) -> dict[str, Any]:
    """identity, investigation, group and companions of an @2 case, each value checked as a correction would be."""
    vocab: idn.Vocabulary | None = r.vocab
    out: dict[str, Any] = {"group": o.text("group", limit=64)}
    out["companions"] = _each(o, "companions", lambda v, p: _companion(r, v, p))
    for key, kind in (("identity", idn.Identity), ("investigation", idn.Investigation)):
        if key not in o:
            continue
        if vocab is None:
            raise ValueError("an nrm-desk/cases@2 document with identity or investigation needs the vocabulary")
        members = tuple(f.name for f in dataclasses.fields(kind))
        sub = r.fields(o.get(key), o.at(key), required=(), optional=members)
        if sub is None:
            continue
        values: dict[str, Any] = {}
        for name in members:
            if name in sub:
                try:
                    values[name] = idn.check_value(f"{key}.{name}", sub.get(name), vocab=vocab, today=r.today)
                except ValidationFailed as exc:
                    r.fail(sub.at(name), exc.errors[0][1])
        out[key] = kind(**values)
    details = idn.CaseDetails({}, out.get("identity") or idn.Identity(), {},
                              out.get("investigation") or idn.Investigation())
    if vocab is not None and ("identity" in out or "investigation" in out):
        try:
            idn.check_consistent(details, vocab=vocab)
        except ValidationFailed as exc:
            r.fail(join(path, exc.path), exc.errors[0][1])
    return out


def _companion(r: Reader, value: object, path: str) -> idn.Companion | None:
    o = r.fields(value, path, required=("name", "relation"),
                 optional=("held_documents", "possible_exploiter", "note"))
    if o is None:
        return None
    return idn.Companion(name=o.text("name", nonempty=True), relation=o.code(
        "relation", idn.COMPANION_RELATIONS, what="a companion relation of the picklist") or "other",
        held_documents=o.boolean("held_documents"), possible_exploiter=o.boolean("possible_exploiter"),
        note=o.text("note", limit=LONG))


def _each(o: Fields, key: str, parse: Callable[[Any, str], T | None]) -> tuple[T, ...]:
    """Parse every element of a list member; failed elements are dropped (their errors are recorded)."""
    parsed = (parse(value, path) for path, value in o.items(key))
    return tuple(x for x in parsed if x is not None)


def _person(r: Reader, value: object, path: str) -> Person | None:
    o = r.fields(value, path, required=("given_name",), optional=_PERSON_OPTIONAL)
    if o is None:
        return None
    person = Person(
        given_name=o.text("given_name", nonempty=True),
        family_name=o.text("family_name"),
        name_native=o.text("name_native"),
        aliases=o.strings("aliases"),
        sex=o.code("sex", pl.SEXES, what="a sex of the picklist") or "unknown",
        date_of_birth=o.date("date_of_birth"),
        estimated_age=o.integer("estimated_age", low=0, high=MAX_AGE),
        possible_child=o.boolean("possible_child"),
        nationality=o.code("nationality", COUNTRIES, what=COUNTRY),
        languages=_languages(r, o),
        documents=_each(o, "documents", lambda v, p: _document(r, v, p)),
    )
    _check_age(o, person)
    return person


def _check_age(o: Fields, person: Person) -> None:
    if person.date_of_birth is not None and person.estimated_age is not None:
        o.fail("estimated_age", "give either date_of_birth or estimated_age, not both.")
    known = person.date_of_birth is not None or person.estimated_age is not None
    if person.possible_child and known:
        o.fail("possible_child", "is only for a person whose age is unknown.")


def _languages(r: Reader, o: Fields) -> tuple[str, ...]:
    out: list[str] = []
    for where, value in o.items("languages"):
        code = r.language(value, where, allowed=LANGUAGES)
        if code in out:
            r.fail(where, "is listed twice.")
        elif code is not None:
            out.append(code)
    return tuple(out)


def _document(r: Reader, value: object, path: str) -> IdentityDocument | None:
    o = r.fields(value, path, required=("type", "number"), optional=("issuing_country",))
    if o is None:
        return None
    return IdentityDocument(
        type=o.code("type", pl.DOCUMENT_TYPES, what="a document type of the picklist"),
        number=o.text("number", limit=64, nonempty=True),
        issuing_country=o.code("issuing_country", COUNTRIES, what=COUNTRY),
    )


def _encounter(r: Reader, value: object, path: str) -> Encounter | None:
    o = r.fields(value, path, required=("date", "place", "circumstance"), optional=("notes",))
    if o is None:
        return None
    return Encounter(
        date=o.date("date"),  # type: ignore[arg-type]  # None only when an error is already recorded
        place=o.text("place", nonempty=True),
        circumstance=o.code("circumstance", pl.CIRCUMSTANCES, what="a circumstance of the picklist"),
        notes=o.text("notes", limit=LONG),
    )


def _screening(r: Reader, value: object, path: str) -> ScreeningRecord | None:
    o = r.fields(value, path, required=_SCREENING_REQUIRED, optional=("answers", "result", "reason"))
    if o is None:
        return None
    return ScreeningRecord(
        instrument_id=o.text("instrument_id", nonempty=True),
        instrument_version=o.text("instrument_version", nonempty=True),
        answers=o.mapping("answers"),
        result=o.mapping("result"),
        classification=o.code("classification", pl.CLASSIFICATIONS, what="a classification"),
        reason=o.text("reason", limit=LONG),
    )


def _consent(r: Reader, value: object, path: str, *, providers: Collection[str]) -> Consent | None:
    o = r.fields(value, path, required=("purpose", "method", "given_on"), optional=_CONSENT_OPTIONAL)
    if o is None:
        return None
    return Consent(
        purpose=o.code("purpose", pl.CONSENT_PURPOSES, what="a consent purpose"),
        recipient_id=_provider(o, "recipient", providers=providers),
        method=o.code("method", pl.CONSENT_METHODS, what="a consent method"),
        given_on=o.date("given_on"),  # type: ignore[arg-type]
        data_categories=o.strings("data_categories", pl.DATA_CATEGORIES, what="a data category"),
        interpreter=o.text("interpreter"),
        witness=o.text("witness"),
        guardian=o.text("guardian"),
        withdrawn_on=o.date("withdrawn_on"),
        withdrawal_reason=o.text("withdrawal_reason", limit=LONG),
    )


def _provider(o: Fields, key: str, *, providers: Collection[str]) -> str | None:
    value = o.get(key)
    if value is not None and (not isinstance(value, str) or value not in providers):
        o.fail(key, "is not an organisation of the service directory.")
        return None
    return value


def _needs(r: Reader, o: Fields) -> tuple[Need, ...]:
    out: list[Need] = []
    for where, value in o.items("needs"):
        need = r.fields(value, where, required=("code",), optional=("note",))
        if need is None:
            continue
        code = need.code("code", pl.NEEDS, what="a need of the picklist")
        if code is not None and any(n.code == code for n in out):
            need.fail("code", "is listed twice.")
        out.append(Need(code=code, note=need.text("note", limit=LONG)))
    return tuple(out)


def _referral(r: Reader, value: object, path: str, *, providers: Collection[str]) -> ReferralDraft | None:
    o = r.fields(value, path, required=("provider", "services"), optional=("urgency", "reason"))
    if o is None:
        return None
    return ReferralDraft(
        provider_id=_provider(o, "provider", providers=providers) or "",
        services=_services(o),
        urgency=o.code("urgency", pl.URGENCIES, what="an urgency of the picklist") or "routine",
        reason=o.text("reason", limit=LONG),
    )


def _services(o: Fields) -> tuple[str, ...]:
    services = o.strings("services", pl.SERVICES, what="a service of the picklist")
    if o.get("services") == []:
        o.fail("services", "must name at least one service.")
    return services


def _check_case(r: Reader, path: str, case: CaseInput) -> None:
    """Checks across sections: birth before encounter, consent after it, a guardian for every child."""
    met, person = case.encounter.date, case.person
    if met is None:
        return
    if person.date_of_birth is not None and person.date_of_birth > met:
        r.fail(join(path, "person.date_of_birth"), "is after the encounter date.")
    child = person.is_child_on(met)
    for i, consent in enumerate(case.consents):
        where = join(join(path, "consents"), i)
        if consent.given_on is not None and consent.given_on < met:
            r.fail(join(where, "given_on"), "is before the encounter date.")
        if consent.withdrawn_on is not None and consent.given_on is not None:
            if consent.withdrawn_on < consent.given_on:
                r.fail(join(where, "withdrawn_on"), "is before the consent was given.")
        if child and not consent.guardian.strip():
            r.fail(join(where, "guardian"), "is required: the person is a child at the encounter date.")


def dump_cases(cases: Iterable[CaseInput], directory: Iterable[Organisation] = ()) -> dict[str, Any]:
    """The document parse_cases reads back to the same cases and directory (defaults left out)."""
    cases = list(cases)
    v2 = any(c.identity or c.investigation or c.group or c.companions for c in cases)
    doc: dict[str, Any] = {"format": FORMAT_2 if v2 else FORMAT, "cases": [_plain(c) for c in cases]}
    orgs = [_plain(o) for o in directory]
    if orgs:
        doc["directory"] = orgs
    return doc


def _plain(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if value is None or (f.default is not dataclasses.MISSING and value == f.default):
            continue
        out[_RENAMED.get(f.name, f.name)] = _json(value)
    return out


def _json(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return _plain(value)
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
