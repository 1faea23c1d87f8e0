"""What a recipient can read: the English text and case reference are there; what it must not see is not."""

from __future__ import annotations

import io

import pikepdf
import pypdf
import pytest
from letter_samples import KEY_ID, SIGNING_KEY, full_content, medical_letter, shelter_letter

from app.letters import content_for_recipient, render_letter


def page_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)  # wrapping ignored


def metadata_text(pdf: bytes) -> str:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return " ".join(str(v) for v in doc.docinfo.values())


def render(content, lang="en"):
    return render_letter(content, lang=lang, signing_key=SIGNING_KEY, key_id=KEY_ID)


def test_english_letter_shows_what_the_shelter_needs():
    text = page_text(render(shelter_letter()))
    for expected in (
        "Referral letter",
        "ISB-2026-000042",
        "ISB-2026-L000042",
        "Dar-ul-Aman Islamabad",
        "Ayesha Bibi",
        "28 November 2026",
        "Safe accommodation for at least two weeks",
        "Inspector Sana Malik",
        "Deputy Director Imran Qureshi",
        "Confidential",
        "Page 1 of 1",
    ):
        assert expected in text, expected


SCREENING = ("Presumed victim", "ILO indicators")
PRIVATE = ("CNIC 35202", "Mother in Sialkot", "passport withheld", *SCREENING)


@pytest.mark.parametrize("lang", ["en", "ur", "en+ur"])
def test_shelter_letter_leaves_out_screening_documents_and_family(lang):
    pdf = render(shelter_letter(), lang)
    seen = page_text(pdf) + metadata_text(pdf)
    for secret in (*PRIVATE, "wrist injury", "recovering her passport"):
        assert secret.lower() not in seen.lower(), secret


def test_medical_letter_has_health_needs_but_never_screening_or_contact():
    pdf = render(medical_letter())
    seen = page_text(pdf) + metadata_text(pdf)
    assert "Check-up for an untreated wrist injury" in seen
    assert "Ayesha Bibi" in seen
    for secret in (*PRIVATE, "+92 300", "Safe accommodation"):
        assert secret.lower() not in seen.lower(), secret


def test_nothing_about_the_person_without_consent():
    content = content_for_recipient(full_content(), consented=set())
    pdf = render(content)
    seen = page_text(pdf) + metadata_text(pdf)
    for secret in ("Ayesha", "Pakistani", "+92 300", "Safe accommodation", *PRIVATE):
        assert secret.lower() not in seen.lower(), secret
    assert "the person bearing this letter" in page_text(pdf)
    assert "ISB-2026-000042" in seen


def test_legal_aid_letter_may_carry_screening_outcome_with_consent():
    content = full_content(recipient_types=("legal_aid",), services=("legal_aid",))
    allowed = content_for_recipient(content, consented={"identity", "screening", "documents", "needs"})
    text = page_text(render(allowed))
    assert "Presumed victim of trafficking" in text
    assert "Advice on recovering her passport" in text
    assert "Mother in Sialkot" not in text
