"""Names between Urdu and Latin script: a lexicon of known names both ways, and a sound skeleton for the rest.

Urdu writes long vowels (ا و ی) and leaves short ones out; Latin spellings write every vowel, each clerk in
their own way. Two renderings of one name therefore agree best on their consonants. `skeleton` reduces a word
in either script to a consonant string (sounds that Urdu writes with several letters, such as س ص ث, fold into
one; vowels and the half-vowels w/v/y, و ی, are left out). It is lossy on purpose ("Hassan" and "Hussain"
share one), so matching uses it only across scripts and only with other evidence. Names in the lexicon (the
synthetic name lists, which are the common names at the posts) are translated exactly instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from app.domain import synthetic_names

# Arabic and Urdu keyboards write the same name with different letters; diacritics are optional.
NATIVE_LETTERS = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0626": "\u06cc",  # ي ى ئ → ی
    "\u0643": "\u06a9",  # ك → ک
    "\u0647": "\u06c1", "\u06d5": "\u06c1", "\u0629": "\u06c1", "\u06be": "\u06c1",  # ه ە ة ھ → ہ
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # أ إ آ ٱ → ا
    "\u0624": "\u0648",  # ؤ → و
})
NATIVE_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")

# Consonant classes shared by both scripts (one letter each); absent letters are vowels or silent.
_URDU_SOUNDS = {
    "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "C",
    "ح": "h", "ہ": "h", "خ": "X", "د": "d", "ڈ": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ژ": "z",
    "ر": "r", "ڑ": "r", "ش": "S", "غ": "g", "گ": "g", "ف": "f", "ق": "k", "ک": "k", "ل": "l", "م": "m",
    "ن": "n", "ں": "n",
}
# Latin digraphs first (kh, gh, sh …), then single letters; an h after a stop is aspiration (bh, dh, th).
_LATIN_DIGRAPHS = (("kh", "X"), ("gh", "g"), ("sh", "S"), ("ch", "C"), ("zh", "z"), ("ph", "f"), ("th", "t"),
                   ("dh", "d"), ("bh", "b"), ("jh", "j"), ("rh", "r"), ("ck", "k"))
_ASPIRATION = re.compile("([bptjCdkgrX])h")  # بھ، دھ … and a medial ہ after چ/ک written as Latin dh/kh
_LATIN_SOUNDS = {"q": "k", "c": "k", "x": "ks", **{c: c for c in "bdfghjklmnprstz"}}


def native_key(name: str) -> str:
    """An Arabic-script name with letter variants, diacritics and joiners made uniform."""
    text = unicodedata.normalize("NFC", name)
    text = NATIVE_MARKS.sub("", text).translate(NATIVE_LETTERS)
    return " ".join(text.split())


def is_native(word: str) -> bool:
    """Whether a word is written in Arabic script."""
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in word)


def skeleton(word: str) -> str:
    """The consonants of a name word in either script, as one comparable string ("" for all-vowel words)."""
    if is_native(word):
        sounds = "".join(_URDU_SOUNDS.get(c, "") for c in native_key(word))
    else:
        text = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isascii() and c.isalpha())
        for digraph, sound in _LATIN_DIGRAPHS:
            text = text.replace(digraph, sound)
        sounds = "".join(_LATIN_SOUNDS.get(c, c if c in "XSC" else "") for c in text)
    sounds = re.sub(r"(.)\1+", r"\1", _ASPIRATION.sub(r"\1", sounds))
    return sounds[:-1] if len(sounds) > 1 and sounds.endswith("h") else sounds


def spelling(word: str) -> str:
    """Case, accents, doubled letters, ee/oo/ou, a y between i and a vowel (Nadiya, Nadia) and a final h made
    uniform (Latin script)."""
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    text = text.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    text = re.sub("iy(?=[aeou])", "i", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.removesuffix("h") if len(text) > 3 else text


def _entries() -> list[tuple[str, str, tuple[str, ...]]]:
    lists = (*synthetic_names.FEMALE, *synthetic_names.MALE)
    families = (*synthetic_names.FAMILY, synthetic_names.BIBI)
    return [*lists, *((latin, urdu, variants) for latin, urdu, variants, _ in families)]


@cache
def lexicon() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, ...]]]:
    """(Latin spelling → canonical, Urdu name → canonical, canonical → Latin and Urdu surface forms).

    A spelling claimed by two different names (rare) is left out rather than guessed."""
    latin: dict[str, set[str]] = {}
    native: dict[str, set[str]] = {}
    surface: dict[str, list[str]] = {}
    for main, urdu, variants in _entries():
        canonical = spelling(main.replace(" ", ""))
        for form in (main, *variants):
            latin.setdefault(spelling(form.replace(" ", "")), set()).add(canonical)
        native.setdefault(native_key(urdu), set()).add(canonical)
        surface.setdefault(canonical, []).extend([main.casefold(), *(v.casefold() for v in variants), urdu])
    return ({k: next(iter(v)) for k, v in latin.items() if len(v) == 1},
            {k: next(iter(v)) for k, v in native.items() if len(v) == 1},
            {k: tuple(dict.fromkeys(v)) for k, v in surface.items()})


def native_words(name: str) -> list[str]:
    """The words of an Urdu-script name, a known two-word name ("سمیع اللہ", "بی بی") kept as one."""
    words = native_key(name).split()
    known = lexicon()[1]
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if i + 1 < len(words) and pair in known:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def latin_of_native(word: str) -> str | None:
    """The canonical Latin spelling of a known Urdu-script name word, else None."""
    return lexicon()[1].get(native_key(word))


def surface_forms(canonical: str) -> tuple[str, ...]:
    """Every written form of a known name (Latin spellings and the Urdu one), else ()."""
    return lexicon()[2].get(canonical, ())
