"""Issue 16: `nrm-desk case export-subject`: everything the post holds about one person, JSON or an English and
Urdu PDF; supervisors only; audited."""

from __future__ import annotations

import base64
import json
import stat
import subprocess

import pytest

from tests.conftest import run_cli
from tests.retention.retention_kit import CANARIES, plant


@pytest.fixture
def planted(post, tmp_path_factory):
    with post.unlock("officer") as officer:
        case_id = plant(officer, tmp_path_factory.mktemp("scans"))
        reference = officer.db.execute("SELECT reference FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    return post, case_id, reference


def test_json_copy_holds_every_field_and_the_export_is_audited(planted, tmp_path):
    post, case_id, reference = planted
    out = tmp_path / "copy.json"
    done = run_cli("case", "export-subject", "--user", "supervisor", reference, "--out", str(out), "--json",
                   data_dir=post.dir)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["reference"] == reference
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["format"] == "nrm-desk/subject@1" and doc["case"]["id"] == case_id
    # every canary of the case file is in the copy (the unfinished interview is the officer's, not the case's)
    missing = [k for k, w in CANARIES.items() if w not in text and k not in ("draft", "attachment", "companion")]
    assert missing == []
    # a companion is another person (perhaps the exploiter): not in the person's copy
    assert CANARIES["companion"] not in text
    # the scan comes whole, as the post holds it
    scans = [base64.b64decode(a["content_base64"]) for a in doc["case"]["attachments"]]
    assert len(scans) == 1 and CANARIES["attachment"].encode() in scans[0]
    with post.unlock("supervisor") as s:
        rows = s.db.execute("SELECT action FROM audit_log WHERE object_id = ? AND action = 'subject.export'",
                            (case_id,)).fetchall()
    assert rows == [("subject.export",)]


def test_only_a_supervisor_may_export_and_the_file_type_is_checked(planted, tmp_path):
    post, _, reference = planted
    officer = run_cli("case", "export-subject", "--user", "officer", reference, "--out", str(tmp_path / "a.json"),
                      data_dir=post.dir)
    assert officer.returncode == 1 and "does not allow" in officer.stderr
    assert not (tmp_path / "a.json").exists()
    wrong = run_cli("case", "export-subject", "--user", "supervisor", reference, "--out", str(tmp_path / "a.txt"),
                    data_dir=post.dir)
    assert wrong.returncode == 2 and wrong.stderr.strip() == "The output file must end in .pdf or .json."
    missing = run_cli("case", "export-subject", "--user", "supervisor", "ISB-1999-000009", "--out",
                      str(tmp_path / "b.json"), data_dir=post.dir)
    assert missing.returncode == 1 and "There is no case" in missing.stderr


def test_pdf_copy_in_english_and_urdu(planted, tmp_path):
    post, _, reference = planted
    out = tmp_path / "copy.pdf"
    done = run_cli("case", "export-subject", "--user", "supervisor", reference, "--out", str(out), data_dir=post.dir)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Information held about you" in text and CANARIES["correction"] in text
    # the correction shows what was recorded before, and why
    assert CANARIES["given_name"] in text and CANARIES["correction_reason"] in text
    assert "Corrections made to your details" in text and "Signed consent form" in text
    assert CANARIES["companion"] not in text
    assert CANARIES["referral_reason"] in text and CANARIES["note"] in text
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))) >= 2
