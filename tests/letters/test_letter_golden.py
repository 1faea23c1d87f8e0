"""Golden images: each language variant, rasterised by pdftoppm, matches the checked-in PNGs.

Regenerate deliberately with NRM_UPDATE_GOLDEN=1 and look at every image before committing it.
"""

from __future__ import annotations

import os
import shutil

import pytest
from letter_helpers import GOLDEN, differing_fraction, rasterise
from letter_samples import KEY_ID, SIGNING_KEY, shelter_letter

from app.letters import render_letter

TOLERANCE = 0.002  # share of pixels allowed to differ (anti-aliasing across poppler builds)
PAGES = {"en": 1, "ur": 2, "en+ur": 3}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_letter_matches_golden_images(lang, tmp_path):
    pdf = render_letter(shelter_letter(), lang=lang, signing_key=SIGNING_KEY, key_id=KEY_ID)
    pages = rasterise(pdf, tmp_path)
    assert len(pages) == PAGES[lang]
    stem = lang.replace("+", "-")
    if os.environ.get("NRM_UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        for number, page in enumerate(pages, start=1):
            shutil.copy(page, GOLDEN / f"{stem}-{number}.png")
    for number, page in enumerate(pages, start=1):
        golden = GOLDEN / f"{stem}-{number}.png"
        assert golden.exists(), f"missing golden image {golden.name}"
        assert differing_fraction(page, golden) <= TOLERANCE, f"{golden.name} differs from the rendering"


def test_rendering_is_deterministic():
    first = render_letter(shelter_letter(), lang="en+ur", signing_key=SIGNING_KEY, key_id=KEY_ID)
    again = render_letter(shelter_letter(), lang="en+ur", signing_key=SIGNING_KEY, key_id=KEY_ID)
    assert first == again
