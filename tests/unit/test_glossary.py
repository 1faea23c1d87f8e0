"""Urdu says one thing for one English term: the glossary (resources/glossary/ur.json) checked against every Urdu text.

For each English text whose Urdu is checked: when a glossary term's pattern matches the English, the Urdu holds one
of the term's forms; and no Urdu text anywhere holds a forbidden rendering (outside a proper name or an approved form).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.letters import texts as letter_texts

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "resources" / "glossary" / "ur.json").read_text("utf-8"))
Pair = tuple[str, str, str]  # where, English, Urdu


def catalogue(name: str) -> Iterator[Pair]:
    """Every finished (source, translation) of a Qt .ts catalogue."""
    tree = ET.parse(ROOT / "resources" / "translations" / name)
    for context in tree.getroot().iter("context"):
        where = f"{name}:{context.findtext('name')}"
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            if translation is not None and (translation.text or "").strip():
                yield where, source, translation.text or ""


def bilingual(node: object, where: str) -> Iterator[Pair]:
    """Every {"en": ..., "ur": ...} pair inside a JSON document."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get("ur"), str):
            yield where, node["en"], node["ur"]
        for key, value in node.items():
            yield from bilingual(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from bilingual(value, f"{where}[{i}]")


def letters() -> Iterator[Pair]:
    """The fixed letter wording: every label and value table, and the paragraphs in both languages."""
    for name in ("LABELS", "VALUES", "NEEDS", "NATIONALITIES", "LANGUAGE_NAMES", "DOCUMENTS", "CLASSIFICATIONS",
                 "CIRCUMSTANCES"):
        yield from bilingual(getattr(letter_texts, name), f"letters.{name}")
    for reason in (None, "a reason"):
        yield ("letters.body", letter_texts.body("en", name="A", issued="1", post="P", override_reason=reason),
               letter_texts.body("ur", name="A", issued="1", post="P", override_reason=reason))
    yield "letters.terms", letter_texts.terms("en"), letter_texts.terms("ur")
    yield "letters.confidentiality", letter_texts.confidentiality("en"), letter_texts.confidentiality("ur")


def without_proper_names(english: str, urdu: str) -> tuple[str, str]:
    for name in GLOSSARY["proper_names"]:
        english = re.sub(re.escape(name["en"]), " ", english, flags=re.IGNORECASE)
        urdu = urdu.replace(name["ur"], " ")
    return english, urdu


def violations(pairs: Iterator[Pair]) -> list[str]:
    found = []
    for where, english, urdu in pairs:
        english, urdu = without_proper_names(english, urdu)
        for term in GLOSSARY["terms"]:
            if re.search(term["match"], english, flags=re.IGNORECASE) and not any(f in urdu for f in term["forms"]):
                found.append(f"{where}: {english!r} needs «{term['ur']}» for {term['en']!r}: {urdu!r}")
            cleaned = urdu
            for form in sorted(term["forms"], key=len, reverse=True):
                cleaned = cleaned.replace(form, " ")
            for bad in term["forbidden"]:
                if bad in cleaned:
                    found.append(f"{where}: «{bad}» is not how we say {term['en']!r}: {urdu!r}")
    return found


def test_the_glossary_is_well_formed():
    seen = set()
    for term in GLOSSARY["terms"]:
        assert term["ur"] in term["forms"], term["en"]
        assert term["en"] not in seen
        seen.add(term["en"])
        re.compile(term["match"])
        assert not any(bad in form for bad in term["forbidden"] for form in term["forms"] if bad == form)
    assert {"trafficking in persons", "smuggling of migrants", "migrant", "status", "interception"} <= seen


def test_the_checker_catches_a_wrong_rendering():
    wrong = [("x", "Presumed victim of trafficking", "انسانی اسمگلنگ کا ممکنہ متاثرہ فرد"),
             ("y", "Vulnerable migrant", "غیر محفوظ مہاجر"), ("z", "Status", "حیثیت")]
    assert len(violations(iter(wrong))) >= 5
    right = [("x", "Presumed victim of trafficking", "انسانی ٹریفکنگ کا ممکنہ متاثرہ فرد"),
             ("c", "Anti-Human Trafficking Circle", "انسدادِ انسانی اسمگلنگ سرکل")]
    assert violations(iter(right)) == []


@pytest.mark.parametrize("name", ["nrm_desk_ur.ts", "screening_ur.ts"])
def test_ui_catalogues_follow_the_glossary(name):
    assert violations(catalogue(name)) == []


def test_standards_mapping_follows_the_glossary():
    doc = json.loads((ROOT / "resources" / "standards" / "screening-mappings.json").read_text("utf-8"))
    assert violations(bilingual(doc, "screening-mappings")) == []


def test_letters_follow_the_glossary():
    assert violations(letters()) == []


def test_instruments_follow_the_glossary():
    found = []
    for path in sorted((ROOT / "resources" / "instruments").glob("*.json")):
        found += violations(bilingual(json.loads(path.read_text("utf-8")), path.name))
    assert found == []
