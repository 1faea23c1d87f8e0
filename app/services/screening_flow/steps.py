"""Validation of each interview step's input: plain dicts in, clean JSON-ready dicts out, one clear error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import Any

from app.domain import iso_codes
from app.domain.errors import ValidationFailed
from app.domain.model import Encounter, IdentityDocument, Person
from app.domain.picklists import (
    ACT_ANSWERS,
    CIRCUMSTANCES,
    CLASSIFICATIONS,
    DOCUMENT_TYPES,
    INTERVIEWER_GENDERS,
    OFFICER_PREFERENCES,
    SEXES,
)
from app.domain.screening import Instrument

MAX_AGE = 120


def _fail(message: str, path: str) -> None:
    raise ValidationFailed(message, path=path)


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str):
        _fail("Enter text here.", key)
    return " ".join(value.split()) if key != "notes" else value.strip()


def _date(value: Any, path: str, *, today: dt.date, required: bool = True) -> str | None:
    if not value:
        if required:
            _fail("Enter the date.", path)
        return None
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        _fail("Enter the date as year-month-day, e.g. 2026-11-28.", path)
    if day > today:
        _fail("The date cannot be in the future.", path)
    if day.year < 1900:
        _fail("The date is too far in the past.", path)
    return day.isoformat()


def _choice(value: Any, allowed: Collection[str], path: str, message: str) -> str:
    if value not in allowed:
        _fail(message, path)
    return str(value)


def check_encounter(data: Mapping[str, Any], *, today: dt.date) -> dict[str, Any]:
    place = _text(data, "place")
    if not place:
        _fail("Enter where the person was met (e.g. Islamabad airport, departures).", "place")
    return {
        "date": _date(data.get("date"), "date", today=today),
        "place": place,
        "circumstance": _choice(data.get("circumstance"), CIRCUMSTANCES, "circumstance",
                                "Choose how the person came into contact with the post."),
        "notes": _text(data, "notes"),
    }


def check_person(data: Mapping[str, Any], *, today: dt.date) -> dict[str, Any]:
    given = _text(data, "given_name")
    if not given:
        _fail("Enter the person's given name in Latin letters, as they say it or as in a document.", "given_name")
    dob = _date(data.get("date_of_birth"), "date_of_birth", today=today, required=False)
    return {
        "given_name": given,
        "family_name": _text(data, "family_name"),
        "name_native": _text(data, "name_native"),
        "aliases": _aliases(data.get("aliases") or []),
        "sex": _choice(data.get("sex") or "unknown", SEXES, "sex", "Choose the person's sex, or 'unknown'."),
        "date_of_birth": dob,
        "estimated_age": None if dob else _age(data.get("estimated_age")),
        "possible_child": bool(data.get("possible_child")),
        "nationality": _nationality(data.get("nationality")),
        "languages": _languages(data.get("languages") or []),
        "documents": [_document(d, n) for n, d in enumerate(data.get("documents") or [])],
    }


def _aliases(raw: Any) -> list[str]:
    if isinstance(raw, str):
        raw = raw.split(",")
    return list(dict.fromkeys(" ".join(str(a).split()) for a in raw if str(a).strip()))


def _age(raw: Any) -> int | None:
    if raw in (None, ""):
        return None
    try:
        age = int(raw)
    except (TypeError, ValueError):
        age = -1
    if not 0 <= age <= MAX_AGE:
        _fail(f"Enter the estimated age as a whole number of years from 0 to {MAX_AGE}.", "estimated_age")
    return age


def _nationality(raw: Any) -> str | None:
    if not raw:
        return None
    code = str(raw).strip().upper()
    if code not in iso_codes.COUNTRIES:
        _fail("Choose the nationality from the list of countries (e.g. PK, AF).", "nationality")
    return code


def _languages(raw: Any) -> list[str]:
    if isinstance(raw, str):
        raw = raw.replace(",", " ").split()
    codes = [str(c).strip().lower() for c in raw if str(c).strip()]
    for code in codes:
        if code not in iso_codes.LANGUAGES:
            _fail(f"{code!r} is not a language code; use codes such as ur, ps, fa, pa.", "languages")
    return list(dict.fromkeys(codes))


def _document(raw: Mapping[str, Any], n: int) -> dict[str, Any]:
    number = " ".join(str(raw.get("number") or "").split())
    if not number:
        _fail("Enter the document number, or remove the empty document.", f"documents[{n}].number")
    kind = _choice(raw.get("type") or "other", DOCUMENT_TYPES, f"documents[{n}].type", "Choose the document type.")
    return {"type": kind, "number": number, "issuing_country": _nationality(raw.get("issuing_country"))}


def person_of(data: Mapping[str, Any]) -> Person:
    dob = data.get("date_of_birth")
    docs = tuple(IdentityDocument(d["type"], d["number"], d.get("issuing_country")) for d in data["documents"])
    return Person(given_name=data["given_name"], family_name=data["family_name"], name_native=data["name_native"],
                  aliases=tuple(data["aliases"]), sex=data["sex"],
                  date_of_birth=dt.date.fromisoformat(dob) if dob else None, estimated_age=data["estimated_age"],
                  possible_child=data["possible_child"], nationality=data["nationality"],
                  languages=tuple(data["languages"]), documents=docs)


def encounter_of(data: Mapping[str, Any]) -> Encounter:
    return Encounter(dt.date.fromisoformat(data["date"]), data["place"], data["circumstance"], data["notes"])


def check_match(data: Mapping[str, Any], candidates: list[dict[str, Any]]) -> dict[str, Any]:
    decision = data.get("decision")
    if decision == "new":
        return {"decision": "new", "case_id": None}
    ids = {c["case_id"] for c in candidates}
    if decision != "link" or data.get("case_id") not in ids:
        _fail("Link the interview to one of the records shown, or confirm this is a new person.", "decision")
    return {"decision": "link", "case_id": data["case_id"]}


def check_answers(items: Collection[str], data: Mapping[str, Any], *, path: str = "answers") -> dict[str, Any]:
    """Yes (true), no (false) or not asked/unknown (null) for each question of the step."""
    for key, value in data.items():
        if key not in items:
            _fail(f"There is no question {key!r} on this page.", path)
        if value not in (True, False, None):
            _fail("Answer yes, no, or leave the question as not answered.", f"{path}.{key}")
    return {key: data.get(key) for key in items}


def check_lists(data: Mapping[str, Any], lists: Mapping[str, Instrument], *, required: bool) -> dict[str, Any]:
    chosen = list(dict.fromkeys(data.get("instruments") or []))
    for instrument_id in chosen:
        if instrument_id not in lists:
            _fail(f"Unknown indicator list {instrument_id!r}.", "instruments")
    if required and not chosen:
        _fail("The pre-screen recommends a full screening: choose at least one indicator list.", "instruments")
    return {"instruments": chosen}


def check_classification(data: Mapping[str, Any]) -> dict[str, Any]:
    code = _choice(data.get("code"), CLASSIFICATIONS, "code", "Choose a classification.")
    reason = _text(data, "reason")
    if len(reason) < 5:
        _fail("Write the reason for this classification; it is required.", "reason")
    return {"code": code, "reason": reason}


def check_act(data: Mapping[str, Any]) -> dict[str, Any]:
    """Was the person recruited, transported, transferred, harboured or received? Yes, no or unknown."""
    return {"answer": _choice(data.get("answer"), ACT_ANSWERS, "answer",
                           "Answer whether the person was recruited, transported, transferred, harboured or "
                           "received: yes, no or unknown.")}


def check_interviewer(data: Mapping[str, Any]) -> dict[str, Any]:
    """The interviewing officer's gender and whom the person asked for (both may be left unrecorded)."""
    gender = data.get("interviewer_gender") or ""
    if gender and gender not in INTERVIEWER_GENDERS:
        _fail("Choose the interviewing officer's gender from the list.", "interviewer_gender")
    preference = data.get("officer_preference") or ""
    if preference and preference not in OFFICER_PREFERENCES:
        _fail("Choose whom the person asked to be interviewed by from the list.", "officer_preference")
    return {"interviewer_gender": gender, "officer_preference": preference}
