"""The labelled name-pair set for the matcher: built from the synthetic name lists with the variants officers meet.

`python bench/matching_pairs.py` rewrites bench/data/matching_pairs.json (seeded, so the same file every time;
tests/unit/test_matching_pairs.py checks that). Each pair is two person records as the post stores them and a
label: the same person or not, and a kind saying what makes it hard. Spelling variants are the lists' own plus
rule-made ones (doubled vowels, an added or dropped final h, an inserted y), so not every variant is one the
matcher's lexicon already knows."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain import synthetic_names as names  # noqa: E402

OUT = ROOT / "bench" / "data" / "matching_pairs.json"
ARABIC_KEYBOARD = str.maketrans("\u06cc\u06a9\u06c1", "\u064a\u0643\u0647")
SEED = 2026
# Names the matcher's lexicon does not know (not in app/domain/synthetic_names.py): across the scripts these
# depend on the consonant skeleton alone, so they measure the fallback, not the lexicon.
UNLISTED = (("Kashif", "کاشف"), ("Aslam", "اسلم"), ("Rafiq", "رفیق"), ("Saleem", "سلیم"), ("Nawaz", "نواز"),
            ("Shakeel", "شکیل"), ("Arshad", "ارشد"), ("Khalid", "خالد"), ("Tahir", "طاہر"), ("Akbar", "اکبر"),
            ("Haroon", "ہارون"), ("Sadiq", "صادق"), ("Gulzar", "گلزار"), ("Nasir", "ناصر"), ("Mushtaq", "مشتاق"),
            ("Jamil", "جمیل"), ("Shabbir", "شبیر"), ("Anwar", "انور"), ("Rehana", "ریحانہ"), ("Kausar", "کوثر"),
            ("Nusrat", "نصرت"), ("Shamim", "شمیم"), ("Farida", "فریدہ"), ("Robina", "روبینہ"), ("Ghazala", "غزالہ"))
UNLISTED_FAMILY = (("Lodhi", "لودھی"), ("Gondal", "گوندل"), ("Warraich", "وڑائچ"), ("Cheema", "چیمہ"),
                   ("Bhatti", "بھٹی"), ("Sandhu", "سندھو"), ("Dogar", "ڈوگر"), ("Leghari", "لغاری"))


def respell(rng: random.Random, word: str, variants: tuple[str, ...]) -> str:
    """Another way a clerk writes the word: a listed variant, or a doubled vowel, a final h, an inserted y."""
    if variants and rng.random() < 0.5:
        return rng.choice([v for v in variants if " " not in v] or [word])
    rules = [lambda w: w.replace("ee", "i", 1) if "ee" in w else w.replace("i", "ee", 1),
             lambda w: w.replace("oo", "u", 1) if "oo" in w else w.replace("u", "oo", 1),
             lambda w: w + "h" if w.endswith("a") else w.removesuffix("h"),
             lambda w: w.replace("ia", "iya", 1),
             lambda w: w[0] + w[1:].replace("a", "aa", 1)]
    for rule in rng.sample(rules, len(rules)):
        out = rule(word)
        if out != word:
            return out
    return word


def given_list(sex: str) -> tuple[names.Name, ...]:
    return names.FEMALE if sex == "female" else names.MALE


def someone(rng: random.Random, *, sex: str | None = None) -> dict[str, Any]:
    sex = sex or rng.choice(("female", "male"))
    given = rng.choice(given_list(sex))
    family = names.BIBI if sex == "female" and rng.random() < 0.3 else rng.choice(names.FAMILY)
    father = rng.choice(names.MALE)
    father_family = rng.choice(names.FAMILY)
    return {"given": given, "family": family, "father": (father, father_family), "sex": sex,
            "age": rng.randint(8, 55), "nationality": "AF" if family[3] == "af" else rng.choice(("PK", "AF")),
            "cnic": f"{rng.randint(10000, 99999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1, 9)}"}


def with_second_name(rng: random.Random, p: dict[str, Any]) -> dict[str, Any]:
    """A two-word given name ("Muhammad Iqbal", "Noor Fatima"): the tribal or family name after it is what lists
    add or drop."""
    (g_lat, g_ur, _), (s_lat, s_ur, _) = p["given"], rng.choice(given_list(p["sex"]))
    if s_lat == g_lat:
        return with_second_name(rng, p)
    return {**p, "given": (f"{g_lat} {s_lat}", f"{g_ur} {s_ur}", ())}


def unlisted(rng: random.Random) -> dict[str, Any]:
    (g_lat, g_ur), (f_lat, f_ur) = rng.choice(UNLISTED), rng.choice(UNLISTED_FAMILY)
    return {**someone(rng), "given": (g_lat, g_ur, ()), "family": (f_lat, f_ur, (), "pk"), "sex": "unknown"}


def misspell(rng: random.Random, word: str) -> str:
    """A vowel written differently (Rehana / Rihana, Nusrat / Nosrat): beyond the rules the matcher folds."""
    spots = [i for i, c in enumerate(word) if c in "aeiou" and i > 0]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + {"a": "e", "e": "i", "i": "e", "o": "u", "u": "o"}[word[i]] + word[i + 1:]


def record(p: dict[str, Any], *, latin: bool = True, native: bool = True, respelt: random.Random | None = None,
           drop_family: bool = False, keyboard: bool = False, age_shift: int = 0, father: bool = False,
           document: str = "", swap: bool = False, age: bool = True) -> dict[str, Any]:
    """One stored record of the person (what this post happened to write down)."""
    (g_lat, g_ur, g_var), (f_lat, f_ur, f_var, _) = p["given"], p["family"]
    if respelt is not None:
        g_lat, f_lat = respell(respelt, g_lat, g_var), respell(respelt, f_lat, f_var)
    out: dict[str, Any] = {"given_name": g_lat if latin else "", "family_name": "" if drop_family or not latin
                           else f_lat, "sex": p["sex"], "nationality": p["nationality"]}
    if swap and latin and not drop_family:
        out["given_name"], out["family_name"] = out["family_name"], out["given_name"]
    if native:
        urdu = g_ur if drop_family else f"{g_ur} {f_ur}"
        out["name_native"] = urdu.translate(ARABIC_KEYBOARD) if keyboard else urdu
    if age:
        out["estimated_age"] = p["age"] + age_shift
    if father:
        (fg, fu, _), (ff, fuf, _, _) = p["father"]
        out["father_name"], out["father_name_native"] = f"{fg} {ff}", f"{fu} {fuf}"
    if document:
        number = p["cnic"] if document == "dashed" else p["cnic"].replace("-", "")
        out["documents"] = [{"type": "cnic", "number": number}]
    return out


def positives(rng: random.Random) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """The same person recorded twice, at two posts or on two days."""
    out = []
    for _ in range(30):
        p = someone(rng)
        out.append(("spelling", record(p, native=False), record(p, native=False, respelt=rng, age_shift=1)))
    for _ in range(30):
        p = someone(rng)
        out.append(("latin_to_urdu", record(p, native=False), record(p, latin=False, age_shift=rng.randint(-2, 2))))
    for _ in range(20):
        p = someone(rng)
        out.append(("urdu_to_respelt_latin", record(p, latin=False), record(p, native=False, respelt=rng)))
    for _ in range(30):
        p = with_second_name(rng, someone(rng))
        out.append(("family_name_dropped", record(p, native=rng.random() < 0.5), record(p, drop_family=True,
                    native=False) if rng.random() < 0.5 else record(p, drop_family=True, latin=False)))
    for _ in range(25):
        p = someone(rng)
        out.append(("urdu_only_identical", record(p, respelt=rng, age=False),
                    record(p, latin=False, keyboard=rng.random() < 0.5, age=False)))
    for _ in range(20):
        p = someone(rng)
        out.append(("order_swapped", record(p, native=False), record(p, native=False, swap=True, age_shift=-1)))
    for _ in range(25):
        p = someone(rng)
        out.append(("document", record(p, native=False, document="dashed"), record(p, latin=False, respelt=rng,
                    document="plain", age_shift=rng.randint(-3, 3))))
    for _ in range(20):
        p = someone(rng)
        out.append(("father_recorded", record(p, native=False, respelt=rng, father=True),
                    record(p, latin=False, father=True, age_shift=2)))
    for _ in range(30):
        p = unlisted(rng)
        out.append(("unlisted_latin_to_urdu", record(p, native=False), record(p, latin=False)))
    for _ in range(20):
        p = someone(rng)
        a, b = record(p, native=False), record(p, native=False, age_shift=1)
        b["given_name"] = misspell(rng, b["given_name"])
        out.append(("vowel_misspelt", a, b))
    return out


def negatives(rng: random.Random) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Two different people, some of them easy to confuse."""
    out = []
    for _ in range(60):
        a, b = someone(rng), someone(rng)
        if a["given"] != b["given"]:
            out.append(("different_people", record(a), record(b)))
    for _ in range(35):
        a = someone(rng)
        b = {**someone(rng, sex=a["sex"]), "family": a["family"], "father": a["father"]}
        if a["given"] != b["given"]:
            out.append(("siblings", record(a, father=True), record(b, father=True)))
    for _ in range(35):
        a = someone(rng)
        b = {**someone(rng, sex=a["sex"]), "given": a["given"]}
        if a["family"] != b["family"]:
            out.append(("same_given_name", record(a), record(b)))
    for _ in range(30):
        a = someone(rng)
        b = {**a, "age": a["age"] + rng.choice((-1, 1)) * rng.randint(9, 20), "cnic": "0"}
        out.append(("namesake_other_age", record(a, native=False), record(b, native=False, respelt=rng)))
    for _ in range(25):
        a = someone(rng)
        b = {**a, "father": (rng.choice(names.MALE), rng.choice(names.FAMILY))}
        if b["father"][0] != a["father"][0]:
            out.append(("namesake_other_father", record(a, father=True, age=False),
                        record(b, father=True, latin=False, age=False)))
    for _ in range(30):
        a, b = unlisted(rng), unlisted(rng)
        if a["given"] != b["given"]:
            out.append(("unlisted_different", record(a, native=False), record(b, latin=False)))
    return out


def build() -> dict[str, Any]:
    rng = random.Random(SEED)  # noqa: S311 — reproducible test data, not secrets
    pairs = [{"kind": k, "same": True, "a": a, "b": b} for k, a, b in positives(rng)]
    pairs += [{"kind": k, "same": False, "a": a, "b": b} for k, a, b in negatives(rng)]
    return {"format": "nrm-desk/matching-pairs@1", "seed": SEED, "encounter_day": "2026-11-28", "pairs": pairs}


def text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text(build()), encoding="utf-8")
    data = build()
    print(f"{len(data['pairs'])} pairs ({sum(p['same'] for p in data['pairs'])} same person) → {OUT}")
