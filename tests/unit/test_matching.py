"""Possible same-person detection: transliteration variants, both scripts, documents, and honest non-matches."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.matching import compare, document_key, find_candidates, latin_key, native_key, search_words
from app.domain.model import IdentityDocument, Person

DAY = dt.date(2026, 11, 28)


def person(given: str, family: str = "", **kw) -> Person:
    return Person(given_name=given, family_name=family, **kw)


@pytest.mark.parametrize("a, b", [
    ("Muhammad Ali", "Mohammad Ali"), ("Muhammad Ali", "Mohd Ali"), ("MOHAMMED ALI", "muhammad ali"),
    ("Amina Bibi", "Ameena Bibi"), ("Aminah Bibi", "Amina Bibi"), ("Ayesha Khan", "Aisha Khan"),
    ("Yousaf Hussain", "Yusuf Husain"), ("Fatima Noor", "Fatimah Nur"), ("Ali Muhammad", "Muhammad Ali"),
    ("Zoë Ahmed", "Zoe Ahmad"),
])
def test_latin_transliteration_variants_are_one_name(a, b):
    assert latin_key(a) == latin_key(b)


@pytest.mark.parametrize("a, b", [
    ("Amina", "Amna"), ("Ali", "Alia"), ("Hassan", "Hussain"), ("Umar", "Amir"), ("Fatima", "Fahmida"),
])
def test_different_names_stay_different(a, b):
    assert latin_key(a) != latin_key(b)


@pytest.mark.parametrize("a, b", [
    ("محمد علي", "محمد علی"),            # Arabic yeh vs Farsi/Urdu yeh
    ("كاشف", "کاشف"),                    # Arabic kaf vs keheh
    ("فاطمة", "فاطمہ"),                  # ta marbuta vs heh goal
    ("عائشه", "عائشہ"),                  # heh vs heh goal
    ("مُحَمَّد", "محمد"),                  # diacritics are optional
    ("أمينة", "امینہ"),                   # alef with hamza, ta marbuta, yeh
    ("بهٹی", "بھٹی"),                    # Arabic keyboards have no do-chashmi heh
])
def test_native_script_letter_variants_are_one_name(a, b):
    assert native_key(a) == native_key(b)


def test_native_script_different_names_stay_different():
    assert native_key("آمنہ") != native_key("امینہ")
    assert native_key("علی") != native_key("علیم")


def test_document_numbers_ignore_dashes_spaces_case_and_digit_script():
    assert document_key("35202-1234567-1") == document_key("3520212345671") == "3520212345671"
    assert document_key("ab 123 4567") == "AB1234567"
    assert document_key("۳۵۲۰۲-۱۲۳۴۵۶۷-۱") == "3520212345671"


def test_same_name_and_date_of_birth_is_a_strong_candidate():
    new = person("Mohammad", "Ali", date_of_birth=dt.date(1999, 3, 1), sex="male", nationality="PK")
    old = person("Muhammad", "Ali", date_of_birth=dt.date(1999, 3, 1), sex="male", nationality="PK")
    score, matched, conflicts = compare(new, old, on=DAY)
    assert matched == ("name", "date_of_birth", "nationality")
    assert conflicts == ()
    assert score == pytest.approx(0.75)


def test_document_alone_identifies_even_with_another_spelling():
    new = person("Amina", documents=(IdentityDocument("cnic", "35202-1234567-1"),))
    old = person("Ameenah", "Bibi", documents=(IdentityDocument("cnic", "3520212345671"),))
    found = find_candidates(new, [("c1", "ISB-2026-000001", old)], on=DAY)
    assert [c.case_id for c in found] == ["c1"]
    assert "document" in found[0].matched


def test_native_name_match_with_age_within_two_years():
    new = person("Ayesha", name_native="عائشه", estimated_age=16)
    old = person("Aysha", "Kausar", name_native="عائشہ", estimated_age=17)
    score, matched, _ = compare(new, old, on=DAY)
    assert set(matched) == {"name_native", "age"}
    assert score >= 0.4


def test_alias_matches_a_known_name():
    new = person("Rani", aliases=("Razia Bibi",))
    old = person("Raziya", "Bibi")
    _, matched, _ = compare(new, old, on=DAY)
    assert matched == ("alias",)


def test_common_given_name_alone_is_not_a_candidate():
    new = person("Muhammad", "Ali", sex="male")
    old = person("Muhammad", "Aslam", sex="male")
    assert find_candidates(new, [("c1", "R1", old)], on=DAY) == []


def test_same_name_with_a_different_date_of_birth_is_not_a_candidate():
    new = person("Muhammad", "Ali", date_of_birth=dt.date(2001, 1, 1))
    old = person("Mohammad", "Ali", date_of_birth=dt.date(1975, 6, 9))
    score, matched, conflicts = compare(new, old, on=DAY)
    assert conflicts == ("date_of_birth",)
    assert find_candidates(new, [("c1", "R1", old)], on=DAY) == []


def test_same_name_different_sex_and_far_apart_ages_is_not_a_candidate():
    new = person("Noor", "Jan", sex="female", estimated_age=15)
    old = person("Nur", "Jaan", sex="male", estimated_age=40)
    assert find_candidates(new, [("c1", "R1", old)], on=DAY) == []


def test_nationality_and_age_alone_never_identify():
    new = person("Sana", "Iqbal", estimated_age=20, nationality="PK")
    old = person("Hina", "Tariq", estimated_age=20, nationality="PK")
    assert find_candidates(new, [("c1", "R1", old)], on=DAY) == []


def test_candidates_are_ordered_best_first():
    new = person("Muhammad", "Ali", date_of_birth=dt.date(1999, 3, 1),
                 documents=(IdentityDocument("passport", "AB1234567"),))
    weak = person("Mohd", "Ali")
    strong = person("Mohammed", "Ali", date_of_birth=dt.date(1999, 3, 1),
                    documents=(IdentityDocument("passport", "ab 1234567"),))
    found = find_candidates(new, [("w", "R2", weak), ("s", "R1", strong)], on=DAY)
    assert [c.case_id for c in found] == ["s", "w"]
    assert found[0].score == 1.0


def test_search_words_cover_spellings_both_keyboards_and_documents():
    words = search_words(person("Muhammad", "Ali", name_native="محمد علی",
                                documents=(IdentityDocument("cnic", "35202-1234567-1"),)))
    assert {"mohammad", "mohd", "muhammad", "ali"} <= set(words)
    assert "علی" in words and "علي" in words
    assert "3520212345671" in words


def test_a_very_common_name_gives_a_short_list_with_the_document_match_first():
    new = person("Fatima", "Bibi", documents=(IdentityDocument("cnic", "61101-0000001-2"),))
    many = [(f"c{n}", f"R{n:03d}", person("Fatimah", "Bibi")) for n in range(40)]
    same = ("x", "R999", person("Fatma", "Bibi", documents=(IdentityDocument("cnic", "6110100000012"),)))
    found = find_candidates(new, [*many, same], on=DAY)
    assert len(found) == 10 and found[0].case_id == "x" and found[0].matched[0] == "document"
