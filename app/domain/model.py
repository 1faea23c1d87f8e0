"""Entities of a post's case file: person, encounter, screening, consent, needs, referral, organisation, note."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any


@dataclass(frozen=True)
class IdentityDocument:
    type: str
    number: str
    issuing_country: str | None = None


@dataclass(frozen=True)
class Person:
    given_name: str
    family_name: str = ""
    name_native: str = ""  # the name in Urdu/Arabic script
    aliases: tuple[str, ...] = ()
    sex: str = "unknown"
    date_of_birth: dt.date | None = None
    estimated_age: int | None = None
    possible_child: bool = False  # age unknown but may be under 18: treated as a child
    nationality: str | None = None  # ISO 3166-1 alpha-2
    languages: tuple[str, ...] = ()  # ISO 639-1 (or 639-3 where no two-letter code exists)
    documents: tuple[IdentityDocument, ...] = ()

    def age_on(self, day: dt.date) -> int | None:
        """Age in whole years on `day`, from the date of birth, else the estimate."""
        if self.date_of_birth is not None:
            dob = self.date_of_birth
            return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
        return self.estimated_age

    def is_child_on(self, day: dt.date) -> bool:
        age = self.age_on(day)
        return self.possible_child if age is None else age < 18

    def display_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    def search_terms(self) -> list[str]:
        """Everything a search should match: names in both scripts, aliases, document numbers."""
        terms = [self.given_name, self.family_name, self.name_native, *self.aliases]
        terms += [d.number for d in self.documents]
        return [t for t in terms if t]


@dataclass(frozen=True)
class Encounter:
    date: dt.date
    place: str
    circumstance: str
    notes: str = ""


@dataclass(frozen=True)
class Consent:
    purpose: str  # see picklists.CONSENT_PURPOSES
    recipient_id: str | None  # organisation id; None means the central office
    method: str  # written | verbal
    given_on: dt.date
    data_categories: tuple[str, ...] = ()
    interpreter: str = ""
    witness: str = ""
    guardian: str = ""  # required when the person is a child
    withdrawn_on: dt.date | None = None
    withdrawal_reason: str = ""

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class Need:
    code: str
    note: str = ""


@dataclass(frozen=True)
class ReferralDraft:
    provider_id: str
    services: tuple[str, ...]
    urgency: str = "routine"
    reason: str = ""


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    services: tuple[str, ...]
    area: str = ""
    contact: str = ""
    name_ur: str = ""
    kind: str = "ngo"  # ngo | government | international | hospital


@dataclass(frozen=True)
class ScreeningRecord:
    instrument_id: str
    instrument_version: str
    answers: dict[str, Any]
    result: dict[str, Any]
    classification: str
    reason: str


@dataclass(frozen=True)
class CaseInput:
    """One case as it arrives from an import or from the screening flow, before it is stored."""

    person: Person
    encounter: Encounter
    notes: str = ""
    screenings: tuple[ScreeningRecord, ...] = ()
    consents: tuple[Consent, ...] = ()
    needs: tuple[Need, ...] = ()
    referrals: tuple[ReferralDraft, ...] = ()
    classification: str | None = None
    # nrm-desk/cases@2 (issue 14): app.domain.identity.Identity / Investigation / Companion; cases of one document
    # with the same group label were met together and are linked on import.
    identity: Any = None
    investigation: Any = None
    group: str = ""
    companions: tuple[Any, ...] = ()


@dataclass
class CaseSummary:
    id: str
    reference: str
    display_name: str
    name_native: str
    status: str
    classification: str | None
    is_child: bool
    encounter_date: str
    nationality: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_SCALARS = (str, int, float, bool, type(None))


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates and tuples to plain JSON types (for storage and --json output).

    Converts in one walk: `dataclasses.asdict` would deep-copy every value first, then this walk copy it again."""
    if isinstance(value, _SCALARS):
        return value
    names = _field_names(type(value))
    if names is not None:
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def jsonable_default(value: Any) -> Any:
    """`default` for a json encoder, giving the text `json.dumps(to_jsonable(value))` gives without building the
    converted copy: the encoder walks dicts, lists and tuples itself and asks here only for dataclasses and dates."""
    names = _field_names(type(value))
    if names is not None:
        return {name: getattr(value, name) for name in names}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, in declaration order (as asdict gives them), else None."""
    try:
        return _FIELD_NAMES[kind]
    except KeyError:
        names = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
        _FIELD_NAMES[kind] = names
        return names
