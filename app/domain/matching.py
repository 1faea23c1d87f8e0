"""Possible same-person detection: names in both scripts, transliteration variants, documents, age.

The engine advises: it lists records that may be the person for the officer (or, at the office, a coordinator)
to compare, and never merges or screens anyone out on its own. A father's or husband's name is used when both
records carry one (`father_name`, `father_name_native` on the person, read with getattr so that a person
record without those fields simply has none).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.domain.model import Person
from app.domain.transliteration import (
    is_native,
    latin_of_native,
    lexicon,
    native_key,
    native_words,
    skeleton,
    spelling,
    surface_forms,
)

# Spellings of one name that officers meet in passports, CNICs and hand-written lists.
_VARIANT_GROUPS = (
    "muhammad mohammad mohammed muhammed mohamed mohamad muhamad mohd muhd mohamud mohammod mhd",
    "ahmad ahmed ahmet", "amina ameena aminah ameenah", "ayesha aisha aysha aishah ayesa",
    "fatima fatimah fatma fatema", "hussain husain hussein husein hossain husayn", "hasan hassan",
    "abdul abdel abdal abd", "rehman rahman rahmaan rehmaan", "yusuf yousaf yousuf yusef youssef yousef",
    "iqbal ikbal", "noor nur", "qadir kadir qader", "siddiqui siddiqi sadiqi siddique", "farooq faruq farouk",
    "ibrahim ebrahim", "ismail ismael esmail", "khadija khadijah khadeeja", "maryam mariam mariyam miriam",
    "usman osman uthman othman", "umar omar", "jan jaan", "nasreen nasrin", "rashid rasheed",
    "hamid hameed", "majid majeed", "saeed sayeed saeid", "tariq tarik", "karim kareem", "rahim raheem",
    "salim saleem", "nadeem nadim", "naseem nasim", "parveen perveen parvin parween", "razia raziya",
    "waheed wahid", "ghulam gulam", "zahra zehra zahraa", "sakina sakeena", "zainab zaynab zenab",
    "shahid shaheed", "javed javaid jawed", "yasmin yasmeen yasmine", "bibi beebee", "zubair zubeir",
)

_TO_ARABIC_KEYBOARD = str.maketrans("\u06cc\u06a9\u06c1", "\u064a\u0643\u0647")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

MIN_SCORE = 0.4
MAX_CANDIDATES = 10  # common names ("Fatima Bibi") would otherwise bury the real match in a long list
WEIGHTS = {"document": 0.6, "name": 0.45, "name_native": 0.45, "name_script": 0.4, "name_partial": 0.4,
           "alias": 0.3, "date_of_birth": 0.25, "father_name": 0.15, "age": 0.1, "nationality": 0.05}
PENALTIES = {"date_of_birth": 0.3, "age": 0.15, "sex": 0.2, "father_name": 0.2}
# Names are one piece of evidence however many renderings agree: the strongest counts in full, each further
# agreeing rendering adds this much (an identical Urdu name alone is enough; both scripts agreeing, a little more).
NAME_FIELDS = ("name", "name_native", "name_script", "alias", "name_partial")
NAME_BONUS = 0.1
IDENTIFYING = frozenset({"document", *NAME_FIELDS})


@dataclass(frozen=True)
class Candidate:
    """An existing case that may be the same person, with a score in 0..1 and the fields that matched."""

    case_id: str
    reference: str
    display_name: str
    score: float
    matched: tuple[str, ...]
    conflicts: tuple[str, ...] = ()


def _canonical_map() -> dict[str, str]:
    known = dict(lexicon()[0])
    known.update({spelling(v): spelling(g.split()[0]) for g in _VARIANT_GROUPS for v in g.split()})
    return known


_CANONICAL = _canonical_map()
_SURFACE = {spelling(g.split()[0]): g.split() for g in _VARIANT_GROUPS}
_KNOWN = frozenset(_CANONICAL.values())


def latin_token(word: str) -> str:
    """One Latin-script name word in a canonical spelling (case, accents, doubled letters, variants)."""
    text = spelling(word)
    return _CANONICAL.get(text, text)


def latin_words(name: str) -> list[str]:
    """Canonical words of a Latin name, a known name split in two ("Sami Ullah", "Gul Alai") joined again."""
    words = [t for t in (latin_token(w) for w in re.split(r"[\s\-.,']+", name) if not is_native(w)) if t]
    out: list[str] = []
    for word in words:
        joined = latin_token(out[-1] + word) if out else ""
        if out and joined in _KNOWN:
            out[-1] = joined
        else:
            out.append(word)
    return out


def latin_key(name: str) -> frozenset[str]:
    """A Latin name as a set of canonical words (order-free: family and given names swap on lists)."""
    return frozenset(latin_words(name))


def document_key(number: str) -> str:
    """A document number without spaces, dashes or case (35202-1234567-1 → 3520212345671)."""
    return "".join(c for c in number.translate(_DIGITS).upper() if c.isalnum())


def _full_name(person: Person) -> frozenset[str]:
    return latin_key(f"{person.given_name} {person.family_name}")


def _names(person: Person) -> set[frozenset[str]]:
    return {k for k in (_full_name(person), *(latin_key(a) for a in person.aliases)) if k}


def _father(person: Any) -> tuple[str, str]:
    return str(getattr(person, "father_name", "") or ""), str(getattr(person, "father_name_native", "") or "")


def _same_word(latin: str, native: str) -> bool:
    """A canonical Latin word and an Urdu-script word: the lexicon when it knows both, else their consonants."""
    known = latin_of_native(native)
    if known is not None and latin in _KNOWN:
        return known == latin
    sound = skeleton(native)
    return len(sound) >= 2 and sound == skeleton(latin)


def _overlap(words: list[str], natives: list[str]) -> int:
    """How many words pair up across the scripts (each word used once)."""
    free = list(natives)
    count = 0
    for word in words:
        hit = next((n for n in free if _same_word(word, n)), None)
        if hit is not None:
            free.remove(hit)
            count += 1
    return count


def name_relation(latin_a: str, native_a: str, latin_b: str, native_b: str) -> str | None:
    """How two names (each in Latin and/or Urdu script) relate: "name", "name_native", "name_script" (the same
    name across the scripts), "name_partial" (one has a family or tribal name more), or None."""
    a, b = latin_key(latin_a), latin_key(latin_b)
    if a and a == b:
        return "name"
    na, nb = native_words(native_a), native_words(native_b)
    if na and sorted(na) == sorted(nb):
        return "name_native"
    for words, natives in ((list(a), nb), (list(b), na)):
        if words and natives and len(words) == len(natives) == _overlap(words, natives):
            return "name_script"
    return "name_partial" if _partial(a, b, na, nb) else None


def _partial(a: frozenset[str], b: frozenset[str], na: list[str], nb: list[str]) -> bool:
    """One name is the other with a family or tribal name added ("Muhammad Iqbal" / "Muhammad Iqbal Khan")."""
    if min(len(a), len(b)) >= 2 and (a < b or b < a):
        return True
    sa, sb = set(na), set(nb)
    if min(len(sa), len(sb)) >= 2 and (sa < sb or sb < sa):
        return True
    for words, natives in ((list(a), nb), (list(b), na)):
        shorter = min(len(words), len(natives))
        if shorter >= 2 and len(words) != len(natives) and _overlap(words, natives) == shorter:
            return True
    return False


def compare(new: Person, old: Person, *, on: dt.date) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """Score how likely two records are one person; returns (score, matched fields, conflicting fields)."""
    matched: list[str] = []
    conflicts: list[str] = []
    docs_new = {document_key(d.number) for d in new.documents if document_key(d.number)}
    if docs_new & {document_key(d.number) for d in old.documents}:
        matched.append("document")
    _compare_names(new, old, matched)
    _compare_father(new, old, matched, conflicts)
    _compare_age(new, old, on, matched, conflicts)
    if new.nationality and new.nationality == old.nationality:
        matched.append("nationality")
    if "unknown" not in (new.sex, old.sex) and new.sex != old.sex:
        conflicts.append("sex")
    return score_of(matched, conflicts), tuple(matched), tuple(conflicts)


def score_of(matched: Iterable[str], conflicts: Iterable[str]) -> float:
    """The score of the fields that agree and disagree (clipped to 0..1, two decimals)."""
    fields = list(matched)
    names = sorted((WEIGHTS[m] for m in fields if m in NAME_FIELDS), reverse=True)
    score = (names[0] + NAME_BONUS * (len(names) - 1)) if names else 0.0
    score += sum(WEIGHTS[m] for m in fields if m not in NAME_FIELDS) - sum(PENALTIES[c] for c in conflicts)
    return round(max(0.0, min(1.0, score)), 2)


def _compare_names(new: Person, old: Person, matched: list[str]) -> None:
    latin_new = f"{new.given_name} {new.family_name}"
    latin_old = f"{old.given_name} {old.family_name}"
    if _full_name(new) and _full_name(new) == _full_name(old):
        matched.append("name")
    if new.name_native and native_key(new.name_native) == native_key(old.name_native):
        matched.append("name_native")
    if matched[-1:] in (["name"], ["name_native"]):
        return
    if "name" not in matched and (_names(new) & _names(old)):
        matched.append("alias")
        return
    relation = name_relation(latin_new, new.name_native, latin_old, old.name_native)
    if relation in ("name_script", "name_partial"):
        matched.append(relation)


def _compare_father(new: Person, old: Person, matched: list[str], conflicts: list[str]) -> None:
    (latin_a, native_a), (latin_b, native_b) = _father(new), _father(old)
    if not (latin_a or native_a) or not (latin_b or native_b):
        return
    (matched if name_relation(latin_a, native_a, latin_b, native_b) else conflicts).append("father_name")


def _compare_age(new: Person, old: Person, on: dt.date, matched: list[str], conflicts: list[str]) -> None:
    if new.date_of_birth and old.date_of_birth:
        (matched if new.date_of_birth == old.date_of_birth else conflicts).append("date_of_birth")
        return
    a, b = new.age_on(on), old.age_on(on)
    if a is None or b is None:
        return
    if abs(a - b) <= 2:
        matched.append("age")
    elif abs(a - b) > 5:
        conflicts.append("age")


def find_candidates(new: Person, existing: Iterable[tuple[str, str, Person]], *, on: dt.date,
                    min_score: float = MIN_SCORE, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Existing (case id, reference, person) records that may be `new`, best first (at most `limit`)."""
    found = []
    for case_id, reference, old in existing:
        score, matched, conflicts = compare(new, old, on=on)
        if score >= min_score and IDENTIFYING & set(matched):
            found.append(Candidate(case_id, reference, old.display_name(), score, matched, conflicts))
    return sorted(found, key=lambda c: (-c.score, c.reference))[:limit]


def search_words(person: Person) -> list[str]:
    """Words to look up in the name index: each name word with its known spellings, both scripts, documents."""
    words: list[str] = []
    for name in (person.given_name, person.family_name, *person.aliases):
        for word in re.split(r"[\s\-.,']+", name):
            words += spellings(word)
    if person.name_native:
        words += _native_spellings(person.name_native)
    for doc in person.documents:
        words += [doc.number.strip(), document_key(doc.number)]
    return list(dict.fromkeys(w for w in words if len(w) >= 2))


def spellings(word: str) -> list[str]:
    """A name word as typed, its known Latin spellings and, for a known name, its Urdu spelling (both keyboards)."""
    if is_native(word):
        return _native_spellings(word)
    token = latin_token(word)
    if not token:
        return []
    forms = [word.casefold(), *_SURFACE.get(token, [token]), *surface_forms(token)]
    return list(dict.fromkeys(w for f in forms for w in _keyboards(f)))


def _native_spellings(name: str) -> list[str]:
    """The name as typed, on an Urdu keyboard, on an Arabic keyboard, and its known Latin spellings."""
    words = [*name.split(), *(w for word in native_words(name) for w in _keyboards(word))]
    for word in native_words(name):
        known = latin_of_native(word)
        if known is not None:
            words += [f for f in (*_SURFACE.get(known, []), *surface_forms(known)) if not is_native(f)]
    return list(dict.fromkeys(w for form in words for w in form.split()))


def _keyboards(form: str) -> list[str]:
    if not is_native(form):
        return [form]
    urdu = native_key(form)  # the index keeps what was typed: the form as written, on either keyboard
    return list(dict.fromkeys((form, urdu, urdu.translate(_TO_ARABIC_KEYBOARD))))


PREFIX_EXPANSION_MIN = 4  # "Fati" reaches فاطمہ; three letters would reach too many names
PREFIX_EXPANSION_MAX = 6


def search_alternatives(word: str) -> list[str]:
    """Other spellings of one typed search word, in either script, for the case search (not the word itself).

    A whole known name gives its spellings; a Latin prefix of at least four letters gives the spellings of the
    few known names it begins (so the Urdu record shows while the name is still being typed)."""
    typed = word.casefold()
    if is_native(word):
        forms = _native_spellings(word)
    elif latin_token(word) in _KNOWN:
        forms = spellings(word)
    elif len(typed) >= PREFIX_EXPANSION_MIN:
        names = [k for k in sorted(_KNOWN) if any(f.startswith(typed) for f in _latin_surfaces(k))]
        forms = [f for k in names[:PREFIX_EXPANSION_MAX] for f in spellings(k)]
    else:
        forms = []
    return [f for f in dict.fromkeys(forms) if f.casefold() != typed and len(f) >= 2]


def search_units(text: str) -> list[tuple[list[str], list[str]]]:
    """Typed search text as units of (typed words, their other spellings): a known two-word name ("بی بی",
    "Sami Ullah") is one unit, so its other spellings ("Bibi", "سمیع اللہ") can stand for both words."""
    words = text.split()
    units: list[tuple[list[str], list[str]]] = []
    i = 0
    while i < len(words):
        pair = words[i:i + 2]
        joined = " ".join(pair) if is_native(pair[0]) else "".join(pair)
        if len(pair) == 2 and (latin_of_native(joined) if is_native(pair[0]) else latin_token(joined) in _KNOWN):
            units.append((pair, search_alternatives(joined)))
            i += 2
        else:
            units.append(([words[i]], search_alternatives(words[i])))
            i += 1
    return units


def _latin_surfaces(canonical: str) -> list[str]:
    return [canonical, *_SURFACE.get(canonical, []), *(f for f in surface_forms(canonical) if not is_native(f))]


def word_key(word: str) -> str:
    """One name word as the office compares it, the same in either script: the canonical spelling of a name the
    lexicon knows in both scripts, else "~" and its consonants."""
    if is_native(word):
        known = latin_of_native(word)
        return known if known is not None else "~" + skeleton(word)
    token = latin_token(word)
    return token if surface_forms(token) and any(is_native(f) for f in surface_forms(token)) else "~" + skeleton(word)


def _name_words(latin: str, native: str) -> list[list[str]]:
    found = []
    if latin.strip():
        found.append([word_key(w) for w in latin_words(latin)])
    if native.strip():
        found.append([word_key(w) for w in native_words(native)])
    return [[k for k in words if k != "~"] for words in found]


def office_name_keys(person: Person, *, father_name: str = "", father_name_native: str = "",
                     on: dt.date | None = None) -> dict[str, list[str]]:
    """What the office may compare of a person who consented to share identity: each rendering of the name
    (Latin, Urdu, aliases) as a script-free key, the keys with one word dropped (names of three words or more:
    a family or tribal name added or dropped), the father's or husband's name, and the year of birth (from the
    date of birth, else the age estimated on `on`) with the years within 2 and within 5 of it, so that an office
    comparing only equal keys can tell "about the same age" from "far apart" as the post does."""
    names: set[str] = set()
    parts: set[str] = set()
    renderings = _name_words(f"{person.given_name} {person.family_name}", person.name_native)
    renderings += [w for a in person.aliases for w in _name_words(a, "")]
    for words in renderings:
        if len(words) >= 2:  # across posts one given name alone ("Ali") says nothing
            names.add(" ".join(sorted(words)))
        if len(words) >= 3:
            parts.update(" ".join(sorted(words[:i] + words[i + 1:])) for i in range(len(words)))
    latin_father, native_father = _father(person)
    latin_father, native_father = latin_father or father_name, native_father or father_name_native
    fathers = {" ".join(sorted(w)) for w in _name_words(latin_father, native_father) if w}
    keys = {"names": sorted(names), "name_parts": sorted(parts - names), "fathers": sorted(fathers)}
    age = person.age_on(on) if on is not None else None
    year = person.date_of_birth.year if person.date_of_birth else (on.year - age if on and age is not None else None)
    if year is not None:
        keys.update(born=[str(year)], born_2=[str(y) for y in range(year - 2, year + 3)],
                    born_5=[str(y) for y in range(year - 5, year + 6)])
    return keys
