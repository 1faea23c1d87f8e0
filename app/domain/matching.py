"""Possible same-person detection: names in both scripts, transliteration variants, documents, age."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.model import Person

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

# Arabic and Urdu keyboards write the same name with different letters; diacritics are optional.
_NATIVE_LETTERS = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0626": "\u06cc",  # ي ى ئ → ی
    "\u0643": "\u06a9",  # ك → ک
    "\u0647": "\u06c1", "\u06d5": "\u06c1", "\u0629": "\u06c1", "\u06be": "\u06c1",  # ه ە ة ھ → ہ
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # أ إ آ ٱ → ا
    "\u0624": "\u0648",  # ؤ → و
})
_NATIVE_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_TO_ARABIC_KEYBOARD = str.maketrans("\u06cc\u06a9\u06c1", "\u064a\u0643\u0647")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

MIN_SCORE = 0.4
MAX_CANDIDATES = 10  # common names ("Fatima Bibi") would otherwise bury the real match in a long list
WEIGHTS = {"document": 0.6, "name": 0.45, "name_native": 0.35, "alias": 0.3, "date_of_birth": 0.25,
           "age": 0.1, "nationality": 0.05}
PENALTIES = {"date_of_birth": 0.3, "age": 0.15, "sex": 0.2}


@dataclass(frozen=True)
class Candidate:
    """An existing case that may be the same person, with a score in 0..1 and the fields that matched."""

    case_id: str
    reference: str
    display_name: str
    score: float
    matched: tuple[str, ...]
    conflicts: tuple[str, ...] = ()


def _spelling(word: str) -> str:
    """Case, accents, doubled letters, ee/oo/ou and a final h made uniform."""
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    text = text.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.removesuffix("h") if len(text) > 3 else text


_CANONICAL = {_spelling(v): _spelling(g.split()[0]) for g in _VARIANT_GROUPS for v in g.split()}
_SURFACE = {_spelling(g.split()[0]): g.split() for g in _VARIANT_GROUPS}


def latin_token(word: str) -> str:
    """One Latin-script name word in a canonical spelling (case, accents, doubled letters, variants)."""
    text = _spelling(word)
    return _CANONICAL.get(text, text)


def latin_key(name: str) -> frozenset[str]:
    """A Latin name as a set of canonical words (order-free: family and given names swap on lists)."""
    return frozenset(t for t in (latin_token(w) for w in re.split(r"[\s\-.,']+", name)) if t)


def native_key(name: str) -> str:
    """An Arabic-script name with letter variants, diacritics and joiners made uniform."""
    text = unicodedata.normalize("NFC", name)
    text = _NATIVE_MARKS.sub("", text).translate(_NATIVE_LETTERS)
    return " ".join(text.split())


def document_key(number: str) -> str:
    """A document number without spaces, dashes or case (35202-1234567-1 → 3520212345671)."""
    return "".join(c for c in number.translate(_DIGITS).upper() if c.isalnum())


def _full_name(person: Person) -> frozenset[str]:
    return latin_key(f"{person.given_name} {person.family_name}")


def _names(person: Person) -> set[frozenset[str]]:
    return {k for k in (_full_name(person), *(latin_key(a) for a in person.aliases)) if k}


def _age(person: Person, on: dt.date) -> int | None:
    return person.age_on(on)


def compare(new: Person, old: Person, *, on: dt.date) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """Score how likely two records are one person; returns (score, matched fields, conflicting fields)."""
    matched: list[str] = []
    conflicts: list[str] = []
    docs_new = {document_key(d.number) for d in new.documents if document_key(d.number)}
    if docs_new & {document_key(d.number) for d in old.documents}:
        matched.append("document")
    if _full_name(new) and _full_name(new) == _full_name(old):
        matched.append("name")
    if new.name_native and native_key(new.name_native) == native_key(old.name_native):
        matched.append("name_native")
    if "name" not in matched and (_names(new) & _names(old)):
        matched.append("alias")
    _compare_age(new, old, on, matched, conflicts)
    if new.nationality and new.nationality == old.nationality:
        matched.append("nationality")
    if "unknown" not in (new.sex, old.sex) and new.sex != old.sex:
        conflicts.append("sex")
    score = sum(WEIGHTS[m] for m in matched) - sum(PENALTIES[c] for c in conflicts)
    return round(max(0.0, min(1.0, score)), 2), tuple(matched), tuple(conflicts)


def _compare_age(new: Person, old: Person, on: dt.date, matched: list[str], conflicts: list[str]) -> None:
    if new.date_of_birth and old.date_of_birth:
        (matched if new.date_of_birth == old.date_of_birth else conflicts).append("date_of_birth")
        return
    a, b = _age(new, on), _age(old, on)
    if a is None or b is None:
        return
    if abs(a - b) <= 2:
        matched.append("age")
    elif abs(a - b) > 5:
        conflicts.append("age")


def _identifying(matched: tuple[str, ...]) -> bool:
    return bool({"document", "name", "name_native", "alias"} & set(matched))


def find_candidates(new: Person, existing: Iterable[tuple[str, str, Person]], *, on: dt.date,
                    min_score: float = MIN_SCORE, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Existing (case id, reference, person) records that may be `new`, best first (at most `limit`)."""
    found = []
    for case_id, reference, old in existing:
        score, matched, conflicts = compare(new, old, on=on)
        if score >= min_score and _identifying(matched):
            found.append(Candidate(case_id, reference, old.display_name(), score, matched, conflicts))
    return sorted(found, key=lambda c: (-c.score, c.reference))[:limit]


def search_words(person: Person) -> list[str]:
    """Words to look up in the name index: each name word with its known spellings, both scripts, documents."""
    words: list[str] = []
    for name in (person.given_name, person.family_name, *person.aliases):
        for word in re.split(r"[\s\-.,']+", name):
            words += _spellings(word)
    if person.name_native:
        words += _native_spellings(person.name_native)
    for doc in person.documents:
        words += [doc.number.strip(), document_key(doc.number)]
    return list(dict.fromkeys(w for w in words if len(w) >= 2))


def _spellings(word: str) -> list[str]:
    token = latin_token(word)
    if not token:
        return []
    return [word.casefold(), *_SURFACE.get(token, [token])]


def _native_spellings(name: str) -> list[str]:
    """The name as typed, on an Urdu keyboard, and on an Arabic keyboard (the index holds what was typed)."""
    urdu = native_key(name)
    arabic = urdu.translate(_TO_ARABIC_KEYBOARD)
    return [w for form in (name, urdu, arabic) for w in form.split()]
