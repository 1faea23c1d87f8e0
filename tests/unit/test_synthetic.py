"""Synthetic cases: reproducible, valid for the importer, bilingual names, children, referrals into the directory."""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import random
import re
import time
import tracemalloc
from pathlib import Path

import jsonschema
import pytest

from app.domain import picklists as pl
from app.domain import synthetic_names as names
from app.domain.interchange import Interchange, dump_cases, parse_cases
from app.domain.synthetic import DEFAULT_UNTIL, generate_cases, generate_directory

ARABIC_SCRIPT = re.compile(r"^[\u0600-\u06FF ]+$")
SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "resources/schemas/cases-v1.schema.json").read_text(
        encoding="utf-8"
    )
)


@pytest.fixture(scope="module")
def directory():
    return generate_directory(random.Random(0))


@pytest.fixture(scope="module")
def sample(directory):
    return list(generate_cases(3000, seed=11, directory=directory))


def test_same_seed_same_cases_other_seed_other_cases(directory):
    first = list(generate_cases(300, seed=5, directory=directory))
    again = list(generate_cases(300, seed=5, directory=directory))
    other = list(generate_cases(300, seed=6, directory=directory))
    assert first == again
    assert sum(a != b for a, b in zip(first, other, strict=True)) > 290
    assert generate_directory(random.Random(3)) == generate_directory(random.Random(3))


def test_every_generated_case_passes_the_importer_and_reads_back_equal(directory, sample):
    doc = json.loads(json.dumps(dump_cases(sample, directory), ensure_ascii=False))
    parsed = parse_cases(doc, today=DEFAULT_UNTIL)
    assert parsed == Interchange(cases=sample, directory=directory)


def test_generated_documents_satisfy_the_json_schema(directory, sample):
    doc = dump_cases(sample[:300], directory)
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc)) == []


def test_encounters_fall_in_the_two_years_before_until(directory):
    until = dt.date(2026, 11, 28)
    days = [c.encounter.date for c in generate_cases(2000, seed=1, directory=directory, until=until)]
    assert max(days) <= until
    assert min(days) >= until - dt.timedelta(days=730)
    assert len(set(days)) > 300


def test_names_have_native_spellings(sample):
    for case in sample:
        person = case.person
        assert person.given_name and person.family_name
        assert ARABIC_SCRIPT.match(person.name_native), person.name_native
        assert len(person.name_native.split()) >= 2
        assert person.display_name() not in person.aliases


def test_name_lists_are_large_distinct_and_in_both_scripts():
    given = names.FEMALE + names.MALE
    assert len(names.FEMALE) >= 30 and len(names.MALE) >= 30 and len(given) >= 60
    assert len(names.FAMILY) >= 40
    for latin, native, variants, *_ in given + names.FAMILY + (names.BIBI,):
        assert ARABIC_SCRIPT.match(native), latin
        assert latin not in variants
    assert len({n[0] for n in given}) == len(given)
    assert len({n[1] for n in given}) == len(given)
    assert len({n[0] for n in names.FAMILY}) == len(names.FAMILY)


def test_the_same_given_name_always_has_the_same_native_spelling(sample):
    native_of = collections.defaultdict(set)
    for case in sample:
        native_of[case.person.given_name].add(case.person.name_native.split()[0])
    assert all(len(spellings) == 1 for spellings in native_of.values())


def test_there_are_children_of_every_kind_and_each_childs_consent_has_a_guardian(sample):
    children = [c for c in sample if c.person.is_child_on(c.encounter.date)]
    assert 0.1 < len(children) / len(sample) < 0.35
    assert any(c.person.date_of_birth for c in children)
    assert any(c.person.estimated_age is not None for c in children)
    assert any(c.person.possible_child and c.person.age_on(c.encounter.date) is None for c in children)
    with_consent = [c for c in children if c.consents]
    assert with_consent
    assert all(consent.guardian for c in with_consent for consent in c.consents)
    assert all(any(n.code == "child_protection" for n in c.needs) for c in children)


def test_nationalities_are_mostly_pakistani_and_afghan(sample):
    counts = collections.Counter(c.person.nationality for c in sample)
    assert (counts["PK"] + counts["AF"]) / len(sample) > 0.75
    assert {"BD", "IR", "IN", "MM"} <= set(counts)


def test_document_numbers_have_synthetic_shapes(sample):
    shapes = {
        "cnic": r"9[0-9]{4}-[0-9]{7}-[0-9]",
        "por_card": r"POR[0-9]{9}",
        "national_id": r"1400-[0-9]{4}-[0-9]{5}",
        "passport": r"[A-Z]{2}[0-9]{7}|P[0-9]{7}",
    }
    seen = collections.Counter()
    for doc in (d for c in sample for d in c.person.documents):
        assert re.fullmatch(shapes[doc.type], doc.number), doc
        seen[doc.type] += 1
    assert set(seen) == set(shapes)


def test_referrals_point_into_the_directory_and_ask_only_for_offered_services(directory, sample):
    offered = {org.id: set(org.services) for org in directory}
    referrals = [r for c in sample for r in c.referrals]
    assert len(referrals) > len(sample) / 4
    for referral in referrals:
        assert referral.provider_id in offered
        assert set(referral.services) <= offered[referral.provider_id]
    assert len({r.provider_id for r in referrals}) == len(directory)


def test_every_referral_recipient_has_a_consent(sample):
    for case in (c for c in sample if c.referrals):
        recipients = {consent.recipient_id for consent in case.consents if consent.purpose == "referral"}
        assert {r.provider_id for r in case.referrals} <= recipients


def test_without_a_directory_there_are_no_referrals_and_consents_go_to_the_central_office():
    cases = list(generate_cases(300, seed=2, directory=[]))
    assert not any(c.referrals for c in cases)
    consents = [consent for c in cases for consent in c.consents]
    assert consents
    assert all(consent.recipient_id is None and consent.purpose == "assistance" for consent in consents)


def test_the_directory_is_clearly_synthetic_and_bilingual(directory):
    assert 10 <= len(directory) <= 15
    assert len({o.id for o in directory}) == len(directory)
    for org in directory:
        assert org.name.endswith("(demo)")
        assert re.search(r"[\u0600-\u06FF]", org.name_ur)
        assert org.services and set(org.services) <= set(pl.SERVICES)
        assert org.kind in pl.ORGANISATION_KINDS
        assert org.contact.startswith("+92 000 ")
    assert set(pl.SERVICES) <= {s for org in directory for s in org.services}


def test_it_is_lazy(directory):
    start = time.perf_counter()
    first = list(itertools.islice(generate_cases(10**12, seed=0, directory=directory), 3))
    assert len(first) == 3
    assert time.perf_counter() - start < 1


def test_memory_stays_flat_while_streaming(directory):
    tracemalloc.start()
    try:
        for _ in generate_cases(20_000, seed=4, directory=directory):
            pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000


def test_one_hundred_thousand_cases_in_a_few_seconds(directory):
    start = time.perf_counter()
    count = sum(1 for _ in generate_cases(100_000, seed=9, directory=directory))
    elapsed = time.perf_counter() - start
    assert count == 100_000
    assert elapsed < 15, f"{elapsed:.1f} s (about 2 s on a 2-core machine)"
