"""Issue 13: the case search finds a person recorded in the other script or another spelling, listed after the
exact matches, on a real SQLCipher store."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.model import CaseInput, Encounter, Person
from app.services import cases as case_service
from app.storage import cases
from app.storage.cases import CaseFilter

PEOPLE = [  # (given, family, Urdu script, encounter day): the Urdu-only record is the newest on purpose
    ("Fatima", "Bibi", "", 1), ("Fatimah", "Afridi", "", 2), ("", "", "فاطمہ بی بی", 9),
    ("", "", "فاطمه آفریدی", 8), ("Zubair", "Khan", "زبیر خان", 3), ("Kashif", "Lodhi", "", 4),
]


@pytest.fixture
def officer(post):
    session = post.unlock("officer")
    refs = {}
    for given, family, native, day in PEOPLE:
        person = Person(given, family, name_native=native, sex="female" if given != "Zubair" else "male")
        _, ref = case_service.create_case(session, CaseInput(person, Encounter(dt.date(2026, 11, day), "Lahore",
                                                                                  "raid")))
        refs[given or native] = ref
    session.refs = refs
    yield session
    session.close()


def names(session, text: str, **kw) -> list[str]:
    return [c.display_name or c.name_native for c in case_service.list_cases(session, CaseFilter(search=text), **kw)]


def test_latin_typed_finds_the_urdu_record_after_the_exact_ones(officer):
    found = names(officer, "Fatima")
    assert found[:2] == ["Fatimah Afridi", "Fatima Bibi"]  # exact (newest first), though older than the others
    assert set(found[2:]) == {"فاطمہ بی بی", "فاطمه آفریدی"} and len(found) == 4
    assert case_service.count_cases(officer, CaseFilter(search="Fatima")) == 4


def test_urdu_typed_finds_the_latin_record_and_every_word_must_match(officer):
    assert names(officer, "فاطمہ بی بی") == ["فاطمہ بی بی", "Fatima Bibi"]
    assert names(officer, "فاطمہ آفریدی") == ["فاطمه آفریدی", "Fatimah Afridi"]
    assert names(officer, "Fatima Khan") == []


def test_a_prefix_reaches_the_other_script_while_typing(officer):
    assert set(names(officer, "Fati")) == {"Fatima Bibi", "Fatimah Afridi", "فاطمہ بی بی", "فاطمه آفریدی"}
    assert names(officer, "Fat")[:2] == ["Fatimah Afridi", "Fatima Bibi"] and len(names(officer, "Fat")) == 2


def test_another_spelling_is_found(officer):
    assert names(officer, "Zubayr") == ["Zubair Khan"]
    assert names(officer, "زبیر") == ["Zubair Khan"]  # exact in Urdu: listed once
    assert names(officer, "Kashif") == ["Kashif Lodhi"] and names(officer, "Kasheef") == []  # not in the lexicon


def test_pages_of_one_walk_exact_then_other_spellings_without_gaps(officer):
    whole = names(officer, "Fatima")
    assert [names(officer, "Fatima", limit=1, offset=i)[0] for i in range(4)] == whole
    assert names(officer, "Fatima", limit=3, offset=2) == whole[2:]
    assert names(officer, "Fatima", limit=2, offset=4) == []


def test_the_other_spellings_query_never_passes_user_syntax():
    query = cases.other_spellings_query('Fatima "OR x')
    assert query.startswith('(("Fatima"*) OR ') and '("""OR"*)' in query and query.count('"') % 2 == 0
    assert cases.other_spellings_query("Zzzq") == ""
