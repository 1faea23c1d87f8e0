"""A letter says what is true, in the reader's language: consent or a recorded override, needs under their own names."""

from __future__ import annotations

import re
from datetime import date

from letter_samples import full_content
from test_letter_service import seeded, seeded_template, text_of  # noqa: F401 — fixtures

from app.letters import Need, Person, texts
from app.letters.layout import display_name, need_rows, person_rows
from app.services import letters

CONSENTED_EN = "They have consented to this referral"
CONSENTED_UR = "اپنی رضامندی دی ہے"
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def test_a_letter_under_a_consent_override_never_claims_consent(seeded):  # noqa: F811
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        overridden = letters.issue_letter(supervisor, ids["bare"], lang="en", issued_on=date(2026, 11, 28))
        consented = letters.issue_letter(supervisor, ids["shelter"], lang="en", issued_on=date(2026, 11, 28))
        assert letters.verify(supervisor, overridden.pdf_bytes).valid
    assert overridden.content.override_reason == "Emergency at night"
    text = " ".join(text_of(overridden.pdf_bytes).split())
    assert "consented" not in text
    assert "without their consent, by a supervisor's decision recorded in the case file" in text
    assert "the reason recorded: Emergency at night." in text
    assert consented.content.override_reason is None
    assert CONSENTED_EN in " ".join(text_of(consented.pdf_bytes).split())


def test_the_override_sentence_in_both_languages():
    for lang, claim in (("en", CONSENTED_EN), ("ur", CONSENTED_UR)):
        on_consent = texts.body(lang, name="Ayesha Bibi", issued="28 November 2026", post="Islamabad")
        overridden = texts.body(lang, name="Ayesha Bibi", issued="28 November 2026", post="Islamabad",
                                override_reason="Emergency at night.")
        assert claim in on_consent and claim not in overridden
        assert "Emergency at night" in overridden
    urdu = texts.body("ur", name="عائشہ", issued="28 نومبر 2026", post="اسلام آباد", override_reason="رات کو ہنگامی حالت")
    assert "رضامندی کے بغیر" in urdu and "نگران افسر کے ریکارڈ شدہ فیصلے" in urdu and "رات کو ہنگامی حالت" in urdu


def test_a_safety_need_is_printed_as_safety_not_shelter_in_both_languages():
    content = full_content(needs=(Need("shelter", "", code="safety"), Need("shelter", "women-only", code="shelter")))
    for lang, safety, shelter_service in (("en", "Safety", "Shelter"), ("ur", "حفاظت", "پناہ گاہ")):
        rows = need_rows(content, lang)
        assert rows[0][0].startswith(safety) and rows[0][0] != shelter_service
        assert all(name != shelter_service for name, _ in rows)
    assert need_rows(content, "en")[1] == ("Safe accommodation", "women-only")


def test_an_older_letter_without_need_codes_reads_as_it_did():
    content = full_content(needs=(Need("shelter", "Safe accommodation: women-only"),))
    assert need_rows(content, "en") == [("Shelter", "Safe accommodation: women-only")]


def test_the_urdu_letter_names_everything_in_urdu():
    person = Person(full_name="Ayesha Bibi", name_native="عائشہ بی بی", sex="female", age=24, is_child=False,
                    nationality="AF", languages=("ps", "fa"), identity_document="passport QZ677001",
                    screening_outcome="smuggled_migrant_vulnerable",
                    circumstances="interception|Torkham border crossing|2026-11-20")
    content = full_content(person=person, needs=(Need("medical", "", code="medical_care"),))
    rows = dict(person_rows(content, "ur"))
    assert rows["full_name"] == "عائشہ بی بی"
    assert rows["nationality"] == "افغان" and rows["languages"] == "پشتو، دری"
    assert rows["screening_outcome"] == "کمزور حالات کا شکار اسمگل شدہ تارکِ وطن"
    assert rows["identity_document"].startswith("پاسپورٹ") and "QZ677001" in rows["identity_document"]
    assert rows["circumstances"].startswith("20\u00a0نومبر\u00a02026 کو") and "راستے میں روکا گیا" in rows["circumstances"]
    user_typed = ("QZ677001", "Torkham border crossing")
    for key, value in rows.items():
        for typed in user_typed:
            value = value.replace(typed, "")
        assert not LATIN_WORD.search(value), f"English or a code in the Urdu letter's {key}: {value!r}"
    assert need_rows(content, "ur") == [("طبی امداد", "")]
    english = dict(person_rows(content, "en"))
    assert english["nationality"] == "Afghan" and english["languages"] == "Pashto, Dari"
    assert english["circumstances"] == "Intercepted at Torkham border crossing on 20\u00a0November\u00a02026"
    assert display_name(content, "en") == "Ayesha Bibi (عائشہ بی بی)"


def test_every_letter_carries_the_trafficking_and_smuggling_glossary():
    assert "trafficking in persons" in texts.terms("en") and "Smuggling of migrants" in texts.terms("en")
    urdu = texts.terms("ur")
    assert "انسانی ٹریفکنگ" in urdu and "تارکینِ وطن کی اسمگلنگ" in urdu
