"""The trainer's report renders as the checked-in golden images, in English, Urdu and both.

Regenerate deliberately with NRM_UPDATE_GOLDEN=1 and look at every image before committing it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from app.services.training import results_of
from app.training.report import render_report
from tests.letters.letter_helpers import differing_fraction, rasterise

GOLDEN = Path(__file__).parent / "golden"
TOLERANCE = 0.002
PAGES = {"en": 1, "ur": 2, "en+ur": 3}  # Urdu lines are taller
TITLES = {"man-deported-from-iran": {"en": "A Pakistani man deported from Iran at Taftan",
                                     "ur": "تفتان پر ایران سے ڈی پورٹ کیا گیا ایک پاکستانی آدمی"},
          "afghan-girl-married-across-border": {"en": "An Afghan girl married across the border",
                                                "ur": "سرحد پار بیاہی گئی ایک افغان لڑکی"}}


def _row(user: str, scenario: str, score: int, skills: dict) -> dict:
    return {"username": user, "scenario_id": scenario, "score": score, "lang": "en",
            "feedback": {"parts": {}, "skills": skills}}


ROWS = [
    _row("amina", "man-deported-from-iran", 57, {"deception": [1, 1], "coercion": [0, 2], "consent": [1, 1],
                                                "services": [0.5, 1], "trafficking_vs_smuggling": [0, 1]}),
    _row("amina", "afghan-girl-married-across-border", 80, {"coercion": [2, 3], "children": [1, 1],
                                                           "consent": [1, 1], "services": [0.75, 1]}),
    _row("bilal", "man-deported-from-iran", 100, {"deception": [1, 1], "coercion": [1, 1], "consent": [1, 1],
                                                 "services": [1, 1]}),
]


def report(lang: str) -> bytes:
    results = results_of(ROWS, post_name="Practice post (training)", code="TRN")
    return render_report(results, TITLES, lang=lang, prepared_on=dt.date(2026, 12, 5))


def test_results_by_skill_are_what_the_rows_say():
    results = results_of(ROWS, post_name="p", code="TRN")
    amina = next(t for t in results["trainees"] if t["trainee"] == "amina")
    assert amina["skills"]["coercion"] == 40 and amina["skills"]["children"] == 100 and amina["mean"] == 68
    assert results["group"]["skills"]["coercion"] == round(100 * 3 / 6)
    assert results["group"]["skills"]["trafficking_vs_smuggling"] == 0


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_report_matches_golden_images(lang, tmp_path):
    pages = rasterise(report(lang), tmp_path)
    assert len(pages) == PAGES[lang]
    stem = "report-" + lang.replace("+", "-")
    if os.environ.get("NRM_UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        for number, page in enumerate(pages, start=1):
            shutil.copy(page, GOLDEN / f"{stem}-{number}.png")
    for number, page in enumerate(pages, start=1):
        golden = GOLDEN / f"{stem}-{number}.png"
        assert golden.exists(), f"missing golden image {golden.name}"
        assert differing_fraction(page, golden) <= TOLERANCE, f"{golden.name} differs from the rendering"


def test_report_rendering_is_deterministic_and_watermarked():
    import io

    import pypdf

    first = report("en+ur")
    assert first == report("en+ur")
    assert all("TRAINING" in p.extract_text() for p in pypdf.PdfReader(io.BytesIO(first)).pages)
