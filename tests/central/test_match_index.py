"""The office's same-person comparison (issue 13) over the keys the post computes, without the post's lexicon."""

from __future__ import annotations

import os

from app.domain.matching import office_name_keys
from app.domain.model import Person
from central.matchindex import MIN_SCORE, compare, pair_id, tags_of

NAME_KEY = os.urandom(32)


def tags(person: Person, *, documents: list[str] = (), **father: str) -> set[tuple[str, str]]:
    keys = office_name_keys(person, **father)
    return tags_of({**keys, "documents": {"key_id": "0" * 16, "tags": list(documents)}}, name_key=NAME_KEY)


def test_a_name_in_urdu_at_one_post_meets_the_latin_one_at_another():
    score, matched, conflicts = compare(tags(Person("Zubair", "Afridi")), tags(Person("", name_native="زبیر آفریدی")))
    assert matched == ["name"] and conflicts == [] and score >= MIN_SCORE
    unlisted = compare(tags(Person("Kashif", "Lodhi")), tags(Person("", name_native="کاشف لودھی")))
    assert unlisted[1] == ["name"]


def test_a_dropped_tribal_name_is_a_partial_match_and_one_given_name_is_nothing():
    _, matched, _ = compare(tags(Person("Muhammad Iqbal", "Khan")), tags(Person("", name_native="محمد اقبال")))
    assert matched == ["name_partial"]
    assert compare(tags(Person("Ali")), tags(Person("Ali")))[1] == []
    assert compare(tags(Person("Ali", "Khan")), tags(Person("Ali", "Afridi")))[1] == []


def test_a_document_tag_alone_and_a_different_father():
    doc = "ab" * 32
    score, matched, _ = compare(tags(Person(""), documents=[doc]), tags(Person(""), documents=[doc]))
    assert matched == ["document"] and score == 60
    a = tags(Person("Muhammad", "Ali"), father_name="Ghulam Rasool")
    b = tags(Person("Mohammad", "Ali"), father_name="Abdul Karim")
    score, matched, conflicts = compare(a, b)
    assert matched == ["name"] and conflicts == ["father_name"] and score < MIN_SCORE


def test_a_pair_has_one_id_whichever_side_came_first():
    a, b = {"device_id": "d1", "case_id": "c1"}, {"device_id": "d2", "case_id": "c9"}
    assert pair_id(a, b) == pair_id(b, a) and len(pair_id(a, b)) == 32


def test_years_of_birth_agree_within_two_and_differ_beyond_five():
    import datetime as dt

    day = dt.date(2026, 11, 28)

    def aged(age: int) -> set[tuple[str, str]]:
        keys = office_name_keys(Person("Muhammad", "Ali", estimated_age=age), on=day)
        return tags_of(keys, name_key=NAME_KEY)

    assert compare(aged(30), aged(32)) == (55, ["name", "age"], [])
    assert compare(aged(30), aged(34))[1:] == (["name"], [])  # in between: neither
    score, matched, conflicts = compare(aged(30), aged(45))
    assert conflicts == ["age"] and score < MIN_SCORE  # a namesake far apart in age is not put to a coordinator
