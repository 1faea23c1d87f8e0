"""Every letter a practice post produces carries the TRAINING watermark on every page, and still verifies."""

from __future__ import annotations

import io

import pypdf
import pytest

from app.letters.watermark import TEXT
from app.services import letters, referrals, training
from app.services.training_sample import practise
from app.training.feedback import Attempt

SAUDI = "domestic-worker-returned-saudi"


@pytest.fixture
def approved(practice):
    s_ = training.scenario(SAUDI)
    plan = Attempt(indicators={e["instrument"]: [i["id"] for i in e["indicators"]] for e in s_.expert["screenings"]},
                   classification=s_.expected_classification, child_procedures=False, consent="adult_consents",
                   services=s_.expert["services"])
    with practice.unlock("amina") as s:
        practise(s, SAUDI, plan, lang="en")
        drafts = referrals.list_referrals(s, status="draft")
        assert drafts, "the practice interview drafted referrals"
        for r in drafts:
            referrals.submit(s, r["id"])
    with practice.unlock("coach") as s:
        for r in drafts:
            referrals.approve(s, r["id"])
    return practice, [r["id"] for r in drafts]


def pages_text(pdf_bytes: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf_bytes)).pages]


@pytest.mark.parametrize("lang", ["en", "ur", "en+ur"])
def test_every_page_of_every_letter_carries_the_watermark(approved, lang):
    practice, ids = approved
    with practice.unlock("coach") as s:
        for referral_id in ids:
            issued = letters.issue_letter(s, referral_id, lang=lang)
            assert issued.content.training is True
            texts = pages_text(issued.pdf_bytes)
            assert texts and all("TRAINING" in t and "PRACTICE ONLY" in t for t in texts)
            result = letters.verify(s, issued.pdf_bytes)
            assert result.valid, result


def test_the_watermark_is_signed_content(approved):
    """A practice letter re-drawn without the watermark is not the letter that was signed."""
    import dataclasses

    from app.letters.pdf import open_pdf, read_metadata
    from app.letters.render import render_with_payload
    from protocol.letter import read_letter

    practice, ids = approved
    with practice.unlock("coach") as s:
        issued = letters.issue_letter(s, ids[0], lang="en")
        with open_pdf(issued.pdf_bytes) as doc:
            payload, _document = read_letter(*read_metadata(doc))
        forged = render_with_payload(dataclasses.replace(issued.content, training=False), lang="en", payload=payload)
        assert "TRAINING" not in "".join(pages_text(forged))
        assert not letters.verify(s, forged).valid


def test_the_watermark_words_are_english_and_urdu():
    assert "TRAINING" in TEXT["en"] and "تربیت" in TEXT["ur"]
