"""Deterministic generator of synthetic cases (invented people only) for demo posts, tests and benchmarks."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

from app.domain import synthetic_names as names
from app.domain.model import (
    CaseInput,
    Consent,
    Encounter,
    IdentityDocument,
    Need,
    Organisation,
    Person,
    ReferralDraft,
)
from app.domain.picklists import CLASSIFICATIONS
from app.domain.synthetic_directory import generate_directory

__all__ = ["DEFAULT_UNTIL", "generate_cases", "generate_directory"]

T = TypeVar("T")

# Encounters fall in the two years up to this day, so a seed gives the same cases whenever it runs.
DEFAULT_UNTIL = dt.date(2026, 11, 1)
WINDOW_DAYS = 730


class _Table(Generic[T]):
    """Weighted choices drawn with one random() call each (random.choices is slow in a 100,000 loop)."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(itertools.accumulate(w for _, w in pairs))

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


NATIONALITY = _Table([("PK", 45), ("AF", 40), ("BD", 5), ("MM", 4), ("IR", 3), ("IN", 3)])
SEX = _Table([("female", 48), ("male", 48), ("transgender_nonconforming", 1), ("unknown", 3)])
# Languages people speak, by nationality: (first language choices, second language choices).
LANGUAGES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "PK": (("ur", "pa", "ps", "sd", "bal", "skr", "pnb", "hno", "brh"), ("ur", "en")),
    "AF": (("ps", "prs", "haz", "uz"), ("ur", "prs", "ps")),
    "BD": (("bn",), ("ur", "en")),
    "MM": (("rhg",), ("my", "bn")),
    "IR": (("fa",), ("en", "prs")),
    "IN": (("hi", "pa", "gu"), ("ur", "en")),
}
# (place, circumstances with weights, nationalities that pass through it more often)
PLACES: tuple[tuple[str, _Table[str], tuple[str, ...]], ...] = (
    ("Torkham border crossing", _Table([("interception", 8), ("ngo_referral", 1)]), ("AF",)),
    ("Chaman border crossing", _Table([("interception", 8), ("ngo_referral", 1)]), ("AF",)),
    ("Taftan border crossing", _Table([("interception", 6), ("detention", 2)]), ("IR", "BD", "PK")),
    ("Wagah border crossing", _Table([("interception", 5), ("other", 1)]), ("IN",)),
    ("Islamabad International Airport", _Table([("interception", 9), ("self_referral", 1)]), ("PK",)),
    ("Karachi Jinnah International Airport", _Table([("interception", 9), ("other", 1)]), ("PK", "BD")),
    ("Lahore AHTC circle", _Table([("raid", 3), ("self_referral", 3), ("ngo_referral", 3)]), ("PK",)),
    ("Karachi AHTC circle", _Table([("raid", 3), ("self_referral", 2), ("ngo_referral", 2)]), ("BD", "MM")),
    ("Peshawar AHTC circle", _Table([("raid", 2), ("self_referral", 3), ("ngo_referral", 3)]), ("AF",)),
    ("Quetta detention centre", _Table([("detention", 1)]), ("AF", "IR")),
)
# The directory area whose organisations a post at each place refers to first.
AREAS = {
    "Torkham": "Peshawar",
    "Chaman": "Quetta",
    "Taftan": "Quetta",
    "Wagah": "Lahore",
    "Islamabad": "Islamabad",
    "Karachi": "Karachi",
    "Lahore": "Lahore",
    "Peshawar": "Peshawar",
    "Quetta": "Quetta",
}
NOTES = (
    "Travelling in a group of {n} with an agent who kept everyone's documents.",
    "Says a job as a domestic worker in {city} was promised; no contract was seen.",
    "Family owes an advance to a brick kiln owner; works without pay to clear it.",
    "Met during a raid on a hotel; frightened, asked several times about her family.",
    "Came to the circle alone to ask for help finding a sister who left for {city}.",
    "Returned after overstaying a work visa in {city}; says wages were withheld for months.",
    "Was told the journey would cost nothing and could be repaid from wages abroad.",
    "Has no documents; says the employer took them on arrival.",
    "Recruited through a relative for work in {city}; passport held by the sponsor.",
    "Asked for medical help; injuries not explained.",
)
CITIES = (
    "Dubai",
    "Riyadh",
    "Muscat",
    "Doha",
    "Tehran",
    "Istanbul",
    "Athens",
    "Kuala Lumpur",
    "Karachi",
    "Lahore",
)
# Who stands beside a child when consent is given, and which given names fit them.
GUARDIANS: tuple[tuple[str, tuple[names.Name, ...]], ...] = (
    ("Child Protection Officer, {area} (demo)", ()),
    ("Social Welfare Officer, {area} (demo)", ()),
    ("Mother: {name}", names.FEMALE),
    ("Father: {name}", names.MALE),
    ("Uncle: {name}", names.MALE),
)
NEED_SERVICES = {
    "medical_emergency": "medical",
    "medical_care": "medical",
    "shelter": "shelter",
    "psychosocial": "psychosocial",
    "legal_aid": "legal_aid",
    "interpretation": "interpretation",
    "family_tracing": "family_tracing",
    "child_protection": "child_protection",
    "return_reintegration": "return_reintegration",
}
_COMMON_NEEDS = tuple(NEED_SERVICES) + ("food_clothing", "safety")
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def generate_cases(
    n: int, *, seed: int = 0, directory: Sequence[Organisation], until: dt.date = DEFAULT_UNTIL
) -> Iterator[CaseInput]:
    """Yield `n` synthetic cases, the same ones for the same seed, directory and `until` day.

    Encounters fall in the two years up to `until`; referrals and consents name organisations of
    `directory` (none when it is empty). Generates lazily: 100,000 cases stream in a few seconds.
    """
    rng = random.Random(seed)  # noqa: S311  # reproducible demo data, not secrets
    by_service: dict[str, list[Organisation]] = {}
    for org in directory:
        for service in org.services:
            by_service.setdefault(service, []).append(org)
    for _ in range(n):
        yield _case(rng, by_service, until)


def _case(rng: random.Random, by_service: dict[str, list[Organisation]], until: dt.date) -> CaseInput:
    met = until - dt.timedelta(days=rng.randrange(WINDOW_DAYS))
    person = _person(rng, met)
    encounter = _encounter(rng, person, met)
    child = person.is_child_on(met)
    needs = _needs(rng, child=child)
    area = AREAS[encounter.place.split()[0]]
    referrals = (
        _referrals(rng, needs, by_service=by_service, area=area, child=child) if rng.random() < 0.6 else ()
    )
    return CaseInput(
        person=person,
        encounter=encounter,
        notes=_note(rng) if rng.random() < 0.7 else "",
        consents=_consents(rng, person, referrals=referrals, met=met, until=until),
        needs=needs,
        referrals=referrals,
        classification=rng.choice(CLASSIFICATIONS) if rng.random() < 0.6 else None,
    )


def _person(rng: random.Random, met: dt.date) -> Person:
    nationality = NATIONALITY.pick(rng)
    sex = SEX.pick(rng)
    given = _given_name(rng, sex)
    family = _family_name(rng, sex, nationality)
    dob, estimated, possible_child = _age(rng, met)
    return Person(
        given_name=given[0],
        family_name=family[0],
        name_native=f"{given[1]} {family[1]}",
        aliases=_aliases(rng, given, family),
        sex=sex,
        date_of_birth=dob,
        estimated_age=estimated,
        possible_child=possible_child,
        nationality=nationality,
        languages=_languages(rng, nationality),
        documents=_documents(rng, nationality),
    )


def _given_name(rng: random.Random, sex: str) -> names.Name:
    if sex == "female":
        return rng.choice(names.FEMALE)
    if sex == "male":
        return rng.choice(names.MALE)
    return rng.choice(names.FEMALE if rng.random() < 0.5 else names.MALE)


def _family_name(rng: random.Random, sex: str, nationality: str) -> names.Family:
    if sex == "female" and rng.random() < 0.25:
        return names.BIBI
    region = {"PK": "af", "AF": "pk"}.get(nationality, "")  # the region *not* to draw from
    while True:
        family = rng.choice(names.FAMILY)
        if family[3] != region:
            return family


def _aliases(rng: random.Random, given: names.Name, family: names.Family) -> tuple[str, ...]:
    """Zero to two other spellings of the full name, as they appear on other documents."""
    out: list[str] = []
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        first = rng.choice(given[2] or (given[0],))
        last = rng.choice(family[2] or (family[0],))
        alias = f"{first} {last}"
        if alias not in out and alias != f"{given[0]} {family[0]}":
            out.append(alias)
    return tuple(out)


def _age(rng: random.Random, met: dt.date) -> tuple[dt.date | None, int | None, bool]:
    """Date of birth, or an estimated age, or neither (then possibly a child); about a fifth are children."""
    roll = rng.random()
    if roll < 0.06:
        return None, None, rng.random() < 0.5
    age = rng.randint(6, 16) if rng.random() < 0.2 else rng.randint(19, 62)
    if roll < 0.30:
        return None, age, False
    # Birth a little over `age` years before the encounter: the whole-year age is exactly `age`.
    birthday = _years_before(met, age)
    return birthday - dt.timedelta(days=rng.randrange(1, 360)), None, False


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _languages(rng: random.Random, nationality: str) -> tuple[str, ...]:
    first, second = LANGUAGES[nationality]
    spoken = [rng.choice(first)]
    if rng.random() < 0.6:
        other = rng.choice(second)
        if other not in spoken:
            spoken.append(other)
    return tuple(spoken)


def _documents(rng: random.Random, nationality: str) -> tuple[IdentityDocument, ...]:
    """Numbers in the shape of real ones but from ranges no issuer uses (CNICs start with 9)."""
    docs: list[IdentityDocument] = []
    if nationality == "PK" and rng.random() < 0.7:
        number = f"9{rng.randrange(10**4):04d}-{rng.randrange(10**7):07d}-{rng.randrange(10)}"
        docs.append(IdentityDocument("cnic", number, "PK"))
    if nationality == "AF" and rng.random() < 0.4:
        docs.append(IdentityDocument("por_card", f"POR{rng.randrange(10**9):09d}", "PK"))
    if nationality == "AF" and rng.random() < 0.2:
        number = f"1400-{rng.randrange(10**4):04d}-{rng.randrange(10**5):05d}"
        docs.append(IdentityDocument("national_id", number, "AF"))
    if rng.random() < 0.35:
        docs.append(IdentityDocument("passport", _passport_number(rng, nationality), nationality))
    return tuple(docs)


def _passport_number(rng: random.Random, nationality: str) -> str:
    if nationality == "AF":
        return f"P{rng.randrange(10**7):07d}"
    return f"{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}{rng.randrange(10**7):07d}"


def _encounter(rng: random.Random, person: Person, met: dt.date) -> Encounter:
    for _ in range(3):  # prefer a place this nationality often passes through
        place, circumstances, usual = rng.choice(PLACES)
        if person.nationality in usual:
            break
    return Encounter(date=met, place=place, circumstance=circumstances.pick(rng))


def _note(rng: random.Random) -> str:
    return rng.choice(NOTES).format(n=rng.randint(2, 9), city=rng.choice(CITIES))


def _needs(rng: random.Random, *, child: bool) -> tuple[Need, ...]:
    codes = rng.sample(_COMMON_NEEDS, rng.choice((0, 1, 1, 2, 2, 3)))
    if child and "child_protection" not in codes:
        codes.append("child_protection")
    return tuple(Need(code) for code in codes)


def _referrals(
    rng: random.Random,
    needs: Sequence[Need],
    *,
    by_service: dict[str, list[Organisation]],
    area: str,
    child: bool,
) -> tuple[ReferralDraft, ...]:
    """One draft per organisation that can meet at least one need, at most two, local ones first."""
    wanted = dict.fromkeys(NEED_SERVICES[n.code] for n in needs if n.code in NEED_SERVICES)
    drafts: dict[str, list[str]] = {}
    for service in wanted:
        providers = by_service.get(service, [])
        providers = [p for p in providers if p.area == area] or providers
        chosen = [p for p in providers if p.id in drafts]
        if chosen or (providers and len(drafts) < 2):
            org = chosen[0] if chosen else rng.choice(providers)
            drafts.setdefault(org.id, []).append(service)
    emergency = any(n.code == "medical_emergency" for n in needs)
    urgency = (
        "emergency" if emergency else "urgent" if child else rng.choice(("routine", "routine", "urgent"))
    )
    reason = "Needs identified at screening: " + ", ".join(n.code.replace("_", " ") for n in needs) + "."
    return tuple(ReferralDraft(pid, tuple(s), urgency, reason) for pid, s in drafts.items())


def _consents(
    rng: random.Random, person: Person, *, referrals: Sequence[ReferralDraft], met: dt.date, until: dt.date
) -> tuple[Consent, ...]:
    """Consent to each referral recipient, and sometimes to assistance, within three days of the encounter."""
    wanted: list[tuple[str, str | None]] = [("referral", r.provider_id) for r in referrals]
    if rng.random() < 0.4:
        wanted.insert(0, ("assistance", None))  # no recipient: the central office
    if not wanted:
        return ()
    given = min(met + dt.timedelta(days=rng.randrange(4)), until)
    guardian = _guardian(rng) if person.is_child_on(met) else ""
    interpreter = "" if "ur" in person.languages else "Interpreter (demo)"
    return tuple(
        _consent(
            rng, purpose, recipient, given=given, until=until, guardian=guardian, interpreter=interpreter
        )
        for purpose, recipient in wanted
    )


def _consent(
    rng: random.Random,
    purpose: str,
    recipient: str | None,
    *,
    given: dt.date,
    until: dt.date,
    guardian: str,
    interpreter: str,
) -> Consent:
    withdrawn = rng.random() < 0.02 and given < until
    return Consent(
        purpose=purpose,
        recipient_id=recipient,
        method=rng.choice(("written", "written", "verbal")),
        given_on=given,
        data_categories=("identity", "screening") if recipient else (),
        interpreter=interpreter,
        witness="Duty officer (demo)" if rng.random() < 0.5 else "",
        guardian=guardian,
        withdrawn_on=until if withdrawn else None,
        withdrawal_reason="Changed their mind after speaking to family." if withdrawn else "",
    )


def _guardian(rng: random.Random) -> str:
    template, given_names = rng.choice(GUARDIANS)
    if not given_names:
        return template.format(area=rng.choice(("Peshawar", "Quetta", "Lahore", "Karachi", "Islamabad")))
    return template.format(name=f"{rng.choice(given_names)[0]} {rng.choice(names.FAMILY)[0]}")
