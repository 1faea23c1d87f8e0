"""The non-punishment letter to the investigating officer (issue 14): golden images, what it says, who may issue it.

Regenerate the golden images deliberately with NRM_UPDATE_GOLDEN=1 and look at every one before committing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import pymupdf
import pytest
from letter_helpers import GOLDEN, differing_fraction, rasterise

from app.domain.errors import PermissionDenied, Refused
from app.domain.model import CaseInput, Encounter, Person
from app.letters.non_punishment import NonPunishmentContent, render_non_punishment
from app.services import audit, case_edit, cases
from tests.conftest import run_cli

TOLERANCE = 0.002
SAMPLE = NonPunishmentContent(
    letter_id="ISB-NP-20261201-0001", case_reference="ISB-2026-000042", post_code="ISB", post_name="AHTC Islamabad",
    issued_on=dt.date(2026, 12, 1), addressee="Inspector Sajid Mehmood, Investigating Officer, FIA AHTC Islamabad",
    person_name="Zarghona Khan", name_native="زرغونہ خان", relation={"en": "d/o Gul Khan", "ur": "دختر گل خان"},
    nationality={"en": "Afghan", "ur": "افغان"}, detained_since=dt.date(2026, 11, 20),
    detention_law={"en": "Foreigners Act 1946", "ur": "فارنرز ایکٹ 1946"}, fir_number="FIR 112/2026",
    sections={"en": ["PTPA 2018 s.3 — Trafficking in persons"],
              "ur": ["انسدادِ انسانی ٹریفکنگ ایکٹ 2018، دفعہ 3 — انسانی ٹریفکنگ"]},
    reason="She entered on a passport the recruiter forged and kept.", supervisor="Supervisor Nadia Qureshi")


def test_the_letter_matches_its_golden_images(tmp_path):
    pdf = render_non_punishment(SAMPLE, lang="en+ur")
    assert pdf == render_non_punishment(SAMPLE, lang="en+ur")  # deterministic
    pages = rasterise(pdf, tmp_path)
    if os.environ.get("NRM_UPDATE_GOLDEN") == "1":
        for number, page in enumerate(pages, start=1):
            shutil.copy(page, GOLDEN / f"non-punishment-en-ur-{number}.png")
    assert len(pages) == len(list(GOLDEN.glob("non-punishment-en-ur-*.png")))
    for number, page in enumerate(pages, start=1):
        golden = GOLDEN / f"non-punishment-en-ur-{number}.png"
        assert differing_fraction(page, golden) <= TOLERANCE, f"{golden.name} differs from the rendering"


def test_the_english_letter_says_presumed_and_prints_what_was_recorded():
    text = "".join(page.get_text() for page in pymupdf.open(stream=render_non_punishment(SAMPLE, lang="en")))
    words = " ".join(text.split())
    for expected in ("presumed victim of trafficking", "not a formal identification", "FIR 112/2026",
                     "Foreigners Act 1946", "PTPA 2018 s.3", "recruiter forged", "Inspector Sajid Mehmood"):
        assert expected in words, expected
    assert "services named" not in words  # the footer is this letter's own, not the referral letter's


@pytest.fixture
def victim(post):
    with post.unlock("officer") as officer:
        person = Person(given_name="Sana", family_name="Bibi", sex="female", estimated_age=24, nationality="AF")
        enc = Encounter(date=dt.date(2026, 11, 20), place="Torkham border crossing", circumstance="interception")
        case_id, ref = cases.create_case(officer, CaseInput(person=person, encounter=enc,
                                                            classification="presumed_victim_trafficking"))
    return case_id, ref


def test_only_a_supervisor_issues_it_and_only_when_the_case_records_it(post, victim):
    case_id, ref = victim
    with post.unlock("supervisor") as supervisor:
        with pytest.raises(Refused, match="no non-punishment recommendation"):
            case_edit.non_punishment_letter(supervisor, ref, addressee="IO")
        case_edit.edit_case(supervisor, ref, {
            "investigation.detained": True, "investigation.detention_law": "foreigners_act_1946",
            "investigation.non_punishment": True, "investigation.non_punishment_reason": "Forged papers she never held.",
            "investigation.law_sections": ("ptpa-3",)}, reason="FIR registered")
    with post.unlock("officer") as officer, pytest.raises(PermissionDenied):
        case_edit.non_punishment_letter(officer, ref, addressee="IO")
    with post.unlock("supervisor") as supervisor:
        letter = case_edit.non_punishment_letter(supervisor, ref, addressee="Inspector A", lang="en")
        actions = [e["action"] for e in audit.trail(supervisor, [case_id])]
    text = " ".join("".join(p.get_text() for p in pymupdf.open(stream=letter.pdf_bytes)).split())
    assert "Forged papers she never held." in text and "Inspector A" in text and letter.letter_id in text
    assert "letter.non_punishment" in actions


def test_the_command_writes_the_letter(post, victim, tmp_path):
    _, ref = victim
    edit = run_cli("case", "edit", "--user", "supervisor", ref, "--set", "investigation.detained=yes",
                   "--set", "investigation.non_punishment=yes", "--set",
                   "investigation.non_punishment_reason=Compelled by the recruiter.", "--reason", "FIR",
                   data_dir=post.dir)
    assert edit.returncode == 0, edit.stderr
    out = tmp_path / "np.pdf"
    refused = run_cli("case", "letter", "--user", "officer", ref, "--to", "IO", "--out", str(out), data_dir=post.dir)
    assert refused.returncode == 1 and not out.exists()
    made = run_cli("case", "letter", "--user", "supervisor", ref, "--to", "IO Islamabad", "--out", str(out),
                   "--json", data_dir=post.dir)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["out"] == str(out) and out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600
    again = run_cli("case", "letter", "--user", "supervisor", ref, "--to", "IO", "--out", str(out), data_dir=post.dir)
    assert again.returncode == 1 and "--force" in again.stderr
