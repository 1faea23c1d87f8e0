"""Instrument files: schema, languages, stable ids, and the adult labour list pinned to the ILO 2009 reference."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest

from app.domain.errors import NotFound, ValidationFailed
from app.domain.screening import get_instrument, load_instruments, parse_instrument

ROOT = Path(__file__).resolve().parents[2]
INSTRUMENTS = ROOT / "resources" / "instruments"
SCHEMA = json.loads((ROOT / "resources" / "schemas" / "instrument.schema.json").read_text(encoding="utf-8"))
FILES = sorted(INSTRUMENTS.glob("*.json"))
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")

# shared/reference/ilo-2009-indicators.md, adult labour list, in its order: S strong, M medium, W weak.
ADULT_LABOUR = {
    "A": "SMMMMMMMMW",
    "B": "SMMMMMMMMM",
    "C": "MMMMMMMMMMMMMMWW",
    "D": "SMMMMMMMW",
    "E": "SSSSMMMMMMMMMMW",
    "F": "MMMMMWW",
}
CHILD_LABOUR_CHANGES = {"A10": "strong", "B02": "strong", "B03": "strong", "B04": "strong", "D09": "medium",
                        "E05": "strong", "E06": "strong", "E07": "strong", "E08": "strong",
                        # the children's lists have no weak tier (issue 11, finding 7)
                        "C15": "medium", "C16": "medium", "E15": "medium", "F06": "medium", "F07": "medium"}
ADULTS_ONLY = {"C08", "D08"}
GRADE = {"S": "strong", "M": "medium", "W": "weak"}


def raw(name):
    return json.loads((INSTRUMENTS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded():
    return load_instruments(INSTRUMENTS)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_file_validates_against_schema(path):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(path.read_text(encoding="utf-8")))


def test_schema_catches_a_missing_urdu_text():
    broken = raw("ilo2009-adult-labour")
    del broken["items"][3]["text"]["ur"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_all_six_instruments_load(loaded):
    assert set(loaded) == {"ilo2009-adult-labour", "ilo2009-child-labour", "ilo2009-adult-sexual",
                           "ilo2009-child-sexual", "quick-prescreen", "iom-domv-vulnerability"}
    assert [p.stem for p in FILES] == sorted(loaded)  # file name is the instrument id


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_question_has_english_and_real_urdu(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    for item in doc["items"]:
        text = item["text"]
        assert text["en"].strip() and text["ur"].strip(), item["id"]
        assert ARABIC_SCRIPT.search(text["ur"]) and not LATIN.search(text["ur"]), item["id"]
        assert text["ur"] != text["en"]
        assert item["help"]["en"].strip(), item["id"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_ids_are_unique(path):
    ids = [item["id"] for item in json.loads(path.read_text(encoding="utf-8"))["items"]]
    assert len(ids) == len(set(ids))


def test_adult_labour_ids_and_grades_are_pinned(loaded):
    labour = loaded["ilo2009-adult-labour"]
    expected = {f"{dim}{n:02d}": GRADE[g] for dim, grades in ADULT_LABOUR.items() for n, g in enumerate(grades, 1)}
    assert len(expected) == 67
    assert {i.id: i.grade for i in labour.items} == expected
    assert [len(labour.items_in(d)) for d in "ABCDEF"] == [10, 10, 16, 9, 15, 7]
    assert all(i.dimension == i.id[0] for i in labour.items)


def test_child_labour_has_the_grade_changes_and_no_adults_only_items(loaded):
    adult = {i.id: i for i in loaded["ilo2009-adult-labour"].items}
    child = {i.id: i for i in loaded["ilo2009-child-labour"].items}
    assert set(child) == set(adult) - ADULTS_ONLY
    for item_id, item in child.items():
        assert item.grade == CHILD_LABOUR_CHANGES.get(item_id, adult[item_id].grade), item_id
        assert item.concept == adult[item_id].concept  # one id means one concept across lists


def test_childrens_lists_have_no_weak_tier(loaded):
    for name in ("ilo2009-child-labour", "ilo2009-child-sexual"):
        assert not [i.id for i in loaded[name].items if i.grade == "weak"], name


def test_sexual_lists_ask_nothing_that_only_makes_sense_at_work(loaded):
    for name in ("ilo2009-adult-sexual", "ilo2009-child-sexual"):
        texts = " ".join(i.text["en"] for i in loaded[name].items).lower()
        assert "other workers" not in texts and "insurance" not in texts, name


def test_sexual_lists_are_provisional_and_say_why(loaded):
    for name in ("ilo2009-adult-sexual", "ilo2009-child-sexual"):
        inst = loaded[name]
        assert inst.provisional and inst.status_reason["en"] and inst.status_reason["ur"]
        assert "brochure" in inst.status_reason["en"]
        assert inst.item("E07").grade == "strong"  # forced tasks or clients: strong in the sexual lists
        assert not any(i.confirmed for i in inst.ilo_items())
        assert inst.exploitation_type == "sexual_exploitation"
    assert loaded["ilo2009-child-sexual"].item("D06").grade == "strong"


def test_same_id_same_concept_and_name_in_every_list(loaded):
    seen = {}
    for name in ("ilo2009-adult-labour", "ilo2009-child-labour", "ilo2009-adult-sexual", "ilo2009-child-sexual"):
        for item in loaded[name].items:
            assert item.name["en"] and ARABIC_SCRIPT.search(item.name["ur"]), (name, item.id)
            key = (item.concept, item.name["en"], item.name["ur"])
            assert seen.setdefault(item.id, key) == key, (name, item.id)


def test_prescreen_has_about_eight_yes_no_questions_in_four_languages(loaded):
    pre = loaded["quick-prescreen"]
    assert 6 <= len(pre.items) <= 10
    assert {i.weight for i in pre.items} == {"decisive", "contributing"}
    for item in pre.items:
        assert set(item.text) == {"en", "ur", "ps", "fa"} and item.reason["ur"]


def test_vulnerability_covers_every_level_and_immediate_need(loaded):
    vul = loaded["iom-domv-vulnerability"]
    levels = {(i.level, i.factor) for i in vul.items}
    for level in ("individual", "household", "community", "structural"):
        assert (level, "risk") in levels and (level, "protective") in levels
    flags = {i.flag for i in vul.items if i.flag}
    assert {"medical_emergency", "unaccompanied_child", "pregnancy", "disability", "safety_threat"} <= flags


def test_get_instrument_names_an_unknown_id(loaded):
    with pytest.raises(NotFound, match="no-such-list"):
        get_instrument(loaded, "no-such-list")


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["items"][0].update(grade="very strong"), "items[0].grade"),
    (lambda d: d["items"][1].update(id="A01"), "duplicate item ids: A01"),
    (lambda d: d["items"][2]["text"].pop("ur"), "items[2].text"),
    (lambda d: d["items"][2]["text"].update(xx="?"), "unknown language"),
    (lambda d: d.update(dimensions=d["dimensions"][:5]), "dimensions"),
    (lambda d: d.pop("status_reason"), "status_reason"),
    (lambda d: d.update(format="other@1"), "format"),
])
def test_loader_refuses_a_broken_instrument(change, where):
    doc = copy.deepcopy(raw("ilo2009-adult-labour"))
    change(doc)
    with pytest.raises(ValidationFailed, match=re.escape(where)):
        parse_instrument(doc)


def test_two_files_with_one_id_are_refused(tmp_path):
    for name in ("one.json", "two.json"):
        (tmp_path / name).write_text(json.dumps(raw("quick-prescreen")), encoding="utf-8")
    with pytest.raises(ValidationFailed, match="defined twice"):
        load_instruments(tmp_path)


def test_unreadable_file_is_refused_with_its_name(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"bad\.json"):
        load_instruments(tmp_path)


SUSPECT_WORDS_EN = re.compile(r"\b(suspect|accused|offender|culprit|illegal (im)?migrant|victim)s?\b", re.IGNORECASE)
SUSPECT_WORDS_UR = ("ملزم", "مشتبہ")  # accused, suspect


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_questions_speak_to_a_person_with_rights_not_a_suspect(path):
    for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
        assert not SUSPECT_WORDS_EN.search(item["text"]["en"]), item["id"]
        assert not any(word in item["text"]["ur"] for word in SUSPECT_WORDS_UR), item["id"]


def test_every_instrument_opens_with_an_introduction_in_english_and_urdu(loaded):
    for inst in loaded.values():
        assert inst.introduction and inst.introduction["en"] and ARABIC_SCRIPT.search(inst.introduction["ur"])
    interview = loaded["ilo2009-adult-labour"].introduction["en"]
    assert "not to answer" in interview and "consent" in interview


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_officer_help_is_in_english_and_urdu(path):
    for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
        assert item["help"]["en"].strip() and ARABIC_SCRIPT.search(item["help"].get("ur", "")), item["id"]


def test_prescreen_and_vulnerability_ids_are_pinned(loaded):
    """Other parts (the interview flow, stored answers) refer to these ids: renaming one breaks them."""
    pre = loaded["quick-prescreen"]
    assert [(i.id, i.weight) for i in pre.items] == [
        ("P01", "decisive"), ("P02", "decisive"), ("P03", "contributing"), ("P04", "contributing"),
        ("P05", "contributing"), ("P06", "decisive"), ("P07", "contributing"), ("P08", "decisive")]
    assert "18" in pre.item("P01").text["en"]  # P01 is the possible-child question
    flags = {i.id: i.flag for i in loaded["iom-domv-vulnerability"].items if i.flag}
    assert flags == {
        "IMM_MEDICAL_EMERGENCY": "medical_emergency", "IMM_UNACCOMPANIED_CHILD": "unaccompanied_child",
        "IMM_PREGNANCY": "pregnancy", "IMM_DISABILITY": "disability", "IMM_SAFETY_THREAT": "safety_threat",
        "IMM_NO_SAFE_PLACE": "no_safe_accommodation", "IMM_SEVERE_DISTRESS": "severe_distress",
        "IMM_INTERPRETER": "interpreter_needed", "IMM_WANTS_RETURN": "return_requested",
    }


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_question_is_in_pashto_and_dari_and_marked_with_its_review_status(path):
    """Afghan detainees are often interviewed in Pashto or Dari: every text read to the person is in both, and each
    item says whether a native speaker reviewed it (the officer sees "not yet reviewed" beside the question)."""
    data = raw(path.stem)
    for item in data["items"]:
        for text in [item["text"], *(p["text"] for p in item.get("parts", []))]:
            for lang in ("ps", "fa"):
                assert ARABIC_SCRIPT.search(text.get(lang, "")) and not LATIN.search(text[lang]), (item["id"], lang)
                assert text[lang] != text["ur"], (item["id"], lang)  # a translation, not the Urdu copied
        assert item["translation_status"] == {"ps": "unreviewed", "fa": "unreviewed"}, item["id"]
    assert set(data["translations"]) >= {"ps", "fa"}
    if data["kind"] != "prescreen":  # the pre-screen's introduction is read to the officer
        assert data["introduction"]["ps"] and data["introduction"]["fa"]


def test_the_loader_refuses_a_pashto_text_without_a_review_status():
    data = raw("quick-prescreen")
    del data["items"][0]["translation_status"]
    with pytest.raises(ValidationFailed, match="translation_status") as caught:
        parse_instrument(data)
    assert caught.value.path.endswith("items[0].translation_status")
    data = raw("quick-prescreen")
    data["items"][0]["translation_status"]["ps"] = "checked"
    with pytest.raises(ValidationFailed, match="reviewed or unreviewed"):
        parse_instrument(data)


def test_vulnerability_factors_have_names_for_the_engines_reasons(loaded):
    for item in loaded["iom-domv-vulnerability"].items:
        assert item.name and item.name["en"] and ARABIC_SCRIPT.search(item.name["ur"]), item.id
