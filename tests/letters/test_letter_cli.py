"""`nrm-desk letter export|verify` as real processes on a real vault: roles, files, exit codes, reasons."""

from __future__ import annotations

import io
import json
import shutil
import stat

import pikepdf
import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from test_letter_service import seed_post, text_of

from app.letters import render_letter
from app.letters.pdf import DOCUMENT_KEY
from app.services import letters
from app.storage import audit
from protocol.keys import key_id
from tests.conftest import PASSWORD, Post, run_cli


@pytest.fixture(scope="module")
def exported(post_template, tmp_path_factory):
    """A seeded post and the shelter letter exported once by the supervisor."""
    folder = tmp_path_factory.mktemp("letter-cli") / "post"
    shutil.copytree(post_template, folder)
    ids = seed_post(folder)
    out = folder.parent / "shelter.pdf"
    done = run_cli("letter", "export", "--user", "supervisor", ids["shelter"], "--out", str(out), "--lang", "en",
                   data_dir=folder)
    assert done.returncode == 0, done.stderr
    return Post(folder, PASSWORD), ids, out


@pytest.fixture
def copy(exported, tmp_path):
    post, ids, out = exported
    target = tmp_path / "post"
    shutil.copytree(post.dir, target)
    shutil.copy(out, tmp_path / "shelter.pdf")
    return Post(target, PASSWORD), ids, tmp_path / "shelter.pdf"


def test_export_writes_only_the_chosen_file_private(exported):
    post, ids, out = exported
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert ids["reference"] in text_of(out.read_bytes()) and "Ayesha Bibi" in text_of(out.read_bytes())
    assert not list(post.dir.glob("*.pdf")) and not list(post.dir.glob(".*.tmp"))


def test_officer_cannot_export(copy, tmp_path):
    post, ids, _ = copy
    out = tmp_path / "officer.pdf"
    done = run_cli("letter", "export", "--user", "officer", ids["shelter"], "--out", str(out), data_dir=post.dir)
    assert done.returncode == 1 and "letter.issue" in done.stderr and not out.exists()
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_submitted_referral_is_refused(copy, tmp_path):
    post, ids, _ = copy
    out = tmp_path / "s.pdf"
    done = run_cli("letter", "export", "--user", "supervisor", ids["submitted"], "--out", str(out), data_dir=post.dir)
    assert done.returncode == 1 and "approved" in done.stderr and not out.exists()


def test_no_overwrite_without_force_then_reissue_audited(copy):
    post, ids, out = copy
    before = out.read_bytes()
    done = run_cli("letter", "export", "--user", "supervisor", ids["shelter"], "--out", str(out), data_dir=post.dir)
    assert done.returncode == 1 and "--force" in done.stderr and out.read_bytes() == before
    done = run_cli("letter", "export", "--user", "supervisor", ids["shelter"], "--out", str(out), "--force",
                   "--json", data_dir=post.dir)
    assert done.returncode == 0 and json.loads(done.stdout)["reissue"] is True and out.read_bytes() != before
    with post.unlock("supervisor") as s:
        trail = [e["action"] for e in audit.entries_for_object(s.db, [ids["shelter"]])]
    assert [a for a in trail if a.startswith("letter.")] == ["letter.issue", "letter.export", "letter.reissue",
                                                            "letter.export"]


def test_verify_valid_without_a_password(copy):
    post, ids, out = copy
    done = run_cli("letter", "verify", str(out), data_dir=post.dir, password=None)
    assert done.returncode == 0 and done.stdout.startswith("valid:") and ids["reference"] in done.stdout
    done = run_cli("letter", "verify", str(out), "--json", "--user", "supervisor", data_dir=post.dir)
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["valid"] and result["content"]["case_reference"] == ids["reference"]


def test_tampered_letter_exits_4_with_the_reason(copy, tmp_path):
    post, _, out = copy
    with pikepdf.open(out) as doc:
        doc.docinfo[DOCUMENT_KEY] = str(doc.docinfo[DOCUMENT_KEY]).replace("Roshni Shelter", "Other Shelter")
        doc.save(tmp_path / "tampered.pdf")
    done = run_cli("letter", "verify", str(tmp_path / "tampered.pdf"), data_dir=post.dir, password=None)
    assert done.returncode == 4 and done.stdout.startswith("invalid: content changed")


def test_letter_from_another_posts_key_is_unknown(copy, tmp_path):
    post, _, out = copy
    content = letters.verify(post.dir, out.read_bytes()).content
    stranger = Ed25519PrivateKey.generate()
    forged = tmp_path / "other-post.pdf"
    forged.write_bytes(render_letter(content, lang="en", signing_key=stranger, key_id=key_id(stranger)))
    done = run_cli("letter", "verify", str(forged), "--json", data_dir=post.dir, password=None)
    assert done.returncode == 4 and json.loads(done.stdout)["reason"] == "unknown key"


def test_unreadable_inputs(copy, tmp_path):
    post, _, _ = copy
    done = run_cli("letter", "verify", str(tmp_path / "missing.pdf"), data_dir=post.dir, password=None)
    assert done.returncode == 2 and "does not exist" in done.stderr
    (tmp_path / "notes.pdf").write_bytes(b"just some text")
    done = run_cli("letter", "verify", str(tmp_path / "notes.pdf"), data_dir=post.dir, password=None)
    assert done.returncode == 4 and "not a letter" in done.stdout


def test_password_protected_export(copy, tmp_path):
    post, ids, _ = copy
    out = tmp_path / "locked.pdf"
    env = {"LETTER_PW": "Clinic-Copy-2026"}
    done = run_cli("letter", "export", "--user", "supervisor", ids["clinic"], "--out", str(out),
                   "--password-env", "LETTER_PW", data_dir=post.dir, env=env)
    assert done.returncode == 0, done.stderr
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("wrong") == pypdf.PasswordType.NOT_DECRYPTED
    assert ids["reference"] in text_of(out.read_bytes(), "Clinic-Copy-2026")
    done = run_cli("letter", "verify", str(out), data_dir=post.dir, password=None)
    assert done.returncode == 1 and "password" in done.stderr
    done = run_cli("letter", "verify", str(out), "--password-env", "LETTER_PW", data_dir=post.dir, env=env,
                   password=None)
    assert done.returncode == 0 and done.stdout.startswith("valid:")
    done = run_cli("letter", "export", "--user", "supervisor", ids["clinic"], "--out", str(tmp_path / "x.pdf"),
                   "--password-env", "UNSET_VAR", data_dir=post.dir)
    assert done.returncode == 2 and "UNSET_VAR" in done.stderr
