"""A real letter from a real post vault, checked by `nrm-central letter verify` against the enrolled device."""

from __future__ import annotations

import io
import json
import shutil

import pikepdf
import pytest

from app.services import letters
from app.storage import post as post_store
from central.cli import main
from tests.conftest import PASSWORD, Post
from tests.letters.test_letter_service import seed_post
from tests.support.device import PostDevice

LETTER_PASSWORD = "Office-Copy-2026"


@pytest.fixture(scope="module")
def issued(post_template, tmp_path_factory):
    """The shelter letter (plain and password-protected) and the post's device signing key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder = tmp_path_factory.mktemp("office-letters") / "post"
    shutil.copytree(post_template, folder)
    ids = seed_post(folder)
    with Post(folder, PASSWORD).unlock("supervisor") as supervisor:
        plain = letters.issue_letter(supervisor, ids["shelter"], lang="en+ur")
        locked = letters.issue_letter(supervisor, ids["shelter"], lang="en", password=LETTER_PASSWORD)
        signing = Ed25519PrivateKey.from_private_bytes(post_store.device_keys(supervisor.db)[0])
    return plain, locked, signing


@pytest.fixture
def post_device(service, client, issued):
    """The post's real device key, enrolled with the office through the API."""
    from central import enrol
    from protocol.canonical import utcnow

    code, _ = enrol.issue_code(service.store, post_code="ISB", post_name="AHTC Islamabad (test)", now=utcnow())
    device = PostDevice(post_code="ISB", signing_key=issued[2])
    client.enroll(code, device)
    return device


def verify(capsys, office_dir, db_url, path, *extra: str) -> tuple[int, str]:
    options = ["--data-dir", str(office_dir), *(["--db", db_url] if db_url else [])]
    code = main(["letter", "verify", *options, *extra, str(path)])
    return code, capsys.readouterr().out


def test_real_letter_verifies_at_the_office_until_the_device_is_revoked(
        capsys, monkeypatch, tmp_path, office_dir, db_url, service, post_device, issued):
    plain, locked, _ = issued
    (tmp_path / "letter.pdf").write_bytes(plain.pdf_bytes)
    code, out = verify(capsys, office_dir, db_url, tmp_path / "letter.pdf", "--json")
    result = json.loads(out)
    assert code == 0 and result["valid"] and result["device_id"] == post_device.device_id
    assert result["content"]["case_reference"] == plain.case_reference
    assert result["content"]["person"]["full_name"] == "Ayesha Bibi"

    (tmp_path / "locked.pdf").write_bytes(locked.pdf_bytes)
    options = ["--data-dir", str(office_dir), *(["--db", db_url] if db_url else [])]
    assert main(["letter", "verify", *options, str(tmp_path / "locked.pdf")]) == 1  # refused, not "forged"
    assert "set NRM_LETTER_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("NRM_LETTER_PASSWORD", LETTER_PASSWORD)
    code, out = verify(capsys, office_dir, db_url, tmp_path / "locked.pdf", "--json")
    assert code == 0 and json.loads(out)["letter_id"] == locked.letter_id
    monkeypatch.delenv("NRM_LETTER_PASSWORD")

    service.store.revoke_device(post_device.device_id, at="2026-11-28T11:00:00Z")
    code, out = verify(capsys, office_dir, db_url, tmp_path / "letter.pdf", "--json")
    assert (code, json.loads(out)["reason"]) == (4, "revoked key")


def test_real_letter_with_changed_content_is_refused(capsys, tmp_path, office_dir, db_url, post_device, issued):
    with pikepdf.open(io.BytesIO(issued[0].pdf_bytes)) as doc:
        doc.docinfo["/NRMLetterDocument"] = str(doc.docinfo["/NRMLetterDocument"]).replace('"urgent"', '"routine"')
        doc.save(tmp_path / "changed.pdf")
    code, out = verify(capsys, office_dir, db_url, tmp_path / "changed.pdf")
    assert code == 4 and "content changed" in out
