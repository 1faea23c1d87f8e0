"""The monthly report PDF: golden images (English and Urdu on every page), deterministic, withheld cells shown as such.

Regenerate deliberately with NRM_UPDATE_GOLDEN=1 and look at every image before committing it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pymupdf

from central.hub.stats import compute
from central.web.report import render
from protocol.stats import FORMAT

GOLDEN = Path(__file__).resolve().parent / "golden"
TOLERANCE = 0.002


def _records():
    rows = []
    layout = [("ISB", "female", "18-25", "AF", "presumed_victim_trafficking")] * 7 + \
             [("TKM", "male", "26-40", "AF", "vulnerable_migrant")] * 6 + \
             [("TKM", "male", "12-17", "PK", "smuggled_migrant_vulnerable")] * 2 + \
             [("ISB", "female", "0-11", "BD", "presumed_victim_trafficking")] * 1
    for i, (post, sex, band, nat, cls) in enumerate(layout):
        rows.append({"stats_id": f"{i:032x}", "format": FORMAT, "post_code": post, "month": "2026-11", "sex": sex,
                     "age_band": band, "nationality": nat, "classification": cls, "screenings": 1,
                     "exploitation_types": [], "status": "open", "services_needed": [], "services_referred": [],
                     "referrals": [{"provider": "org-1", "services": ["shelter"],
                                    "stages": {"drafted": "2026-11-02", "approved": "2026-11-04"}}] if i < 9 else []})
    return rows


ORGS = {"org-roshni": {"referrals": 9, "ack": [2, 5, 7, 20, 30], "accept": [4, 4, 9, 12, 40], "accepted": 6,
                       "declined": 2},
        "org-small": {"referrals": 2, "ack": [1], "accept": [], "accepted": 1, "declined": 0}}


def _pdf() -> bytes:
    return render(compute(_records(), organisations=ORGS, k=5, start="2026-11", end="2026-11"), month="2026-11",
                  office_name="FIA NRM office (test)")


def _pages(pdf: bytes, tmp_path: Path) -> list[Path]:
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-png", str(source), str(tmp_path / "page")], check=True)
    return sorted(tmp_path.glob("page-*.png"))


def _grey(path: Path) -> tuple[int, int, bytes]:
    pix = pymupdf.Pixmap(str(path))
    if pix.n != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    return pix.width, pix.height, bytes(pix.samples)


def _differing(a: Path, b: Path) -> float:
    wa, ha, pa = _grey(a)
    wb, hb, pb = _grey(b)
    if (wa, ha) != (wb, hb):
        return 1.0
    return sum(1 for x, y in zip(pa, pb, strict=True) if abs(x - y) > 48) / len(pa)


def test_report_matches_golden_images(tmp_path):
    pages = _pages(_pdf(), tmp_path)
    assert len(pages) == 2
    if os.environ.get("NRM_UPDATE_GOLDEN") == "1":
        for number, page in enumerate(pages, start=1):
            shutil.copy(page, GOLDEN / f"report-{number}.png")
    for number, page in enumerate(pages, start=1):
        golden = GOLDEN / f"report-{number}.png"
        assert golden.exists(), f"missing golden image {golden.name}"
        assert _differing(page, golden) <= TOLERANCE, f"{golden.name} differs from the rendering"


def test_report_is_deterministic_and_withholds_small_cells():
    pdf = _pdf()
    assert pdf == _pdf()
    text = "".join(page.get_text() for page in pymupdf.open(stream=pdf, filetype="pdf"))
    assert "Persons by classification" in text
    classification = text.split("Persons by classification")[1].split("Organisations")[0]
    assert classification.count("withheld") == 2  # 2 smuggled, and the 6 vulnerable that would reveal them
    assert "Vulnerable migrant" in classification and "6" not in classification
    assert "Presumed victim of trafficking" in text
