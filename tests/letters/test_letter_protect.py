"""A password-protected letter (AES-256, R6) opens in pypdf, pikepdf/qpdf and MuPDF with the password only."""

from __future__ import annotations

import io
import subprocess

import pikepdf
import pymupdf
import pypdf
import pytest
from letter_helpers import need_tool
from letter_samples import KEY_ID, SIGNING_KEY, shelter_letter

from app.letters import PasswordEmpty, PasswordRequired, protect_pdf, render_letter, verify_letter

PASSWORD = "Shelter-Handover 2026"


@pytest.fixture(scope="module")
def protected():
    pdf = render_letter(shelter_letter(), lang="en", signing_key=SIGNING_KEY, key_id=KEY_ID)
    return protect_pdf(pdf, PASSWORD)


def test_pypdf_opens_with_password_only(protected):
    reader = pypdf.PdfReader(io.BytesIO(protected))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == pypdf.PasswordType.NOT_DECRYPTED
    reader = pypdf.PdfReader(io.BytesIO(protected))
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        reader.pages[0].extract_text()
    reader = pypdf.PdfReader(io.BytesIO(protected), password=PASSWORD)
    assert "ISB-2026-000042" in reader.pages[0].extract_text()


def test_pikepdf_opens_with_password_only_and_it_is_aes256_r6(protected):
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(protected))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(protected), password="wrong password")
    with pikepdf.open(io.BytesIO(protected), password=PASSWORD) as doc:
        assert doc.encryption.R == 6
        assert doc.encryption.stream_method.name == "aesv3"
        assert doc.encryption.bits == 256
        assert len(doc.pages) == 1


def test_qpdf_command_opens_with_password_only(protected, tmp_path):
    qpdf = need_tool("qpdf")
    source = tmp_path / "letter.pdf"
    source.write_bytes(protected)
    shown = subprocess.run([qpdf, f"--password={PASSWORD}", "--show-encryption", str(source)],
                           capture_output=True, text=True)  # fmt: skip
    assert shown.returncode == 0 and "R = 6" in shown.stdout and "AESv3" in shown.stdout
    opened = subprocess.run([qpdf, f"--password={PASSWORD}", "--decrypt", str(source), str(tmp_path / "o.pdf")])
    assert opened.returncode == 0
    refused = subprocess.run([qpdf, "--decrypt", str(source), str(tmp_path / "x.pdf")], capture_output=True)
    assert refused.returncode == 2 and b"password" in refused.stderr.lower()


def test_mupdf_opens_with_password_only(protected):
    with pymupdf.open(stream=protected, filetype="pdf") as doc:
        assert doc.needs_pass
        assert not doc.authenticate("wrong password")
        assert doc.authenticate(PASSWORD)
        assert "ISB-2026-000042" in doc[0].get_text()


def test_mutool_renders_with_password_only(protected, tmp_path):
    mutool = need_tool("mutool")
    source = tmp_path / "letter.pdf"
    source.write_bytes(protected)
    ok = subprocess.run([mutool, "draw", "-q", "-p", PASSWORD, "-o", str(tmp_path / "p.png"), str(source)],
                        capture_output=True)  # fmt: skip
    assert ok.returncode == 0 and (tmp_path / "p.png").stat().st_size > 0
    refused = subprocess.run([mutool, "draw", "-q", "-o", str(tmp_path / "x.png"), str(source)], capture_output=True)
    assert refused.returncode != 0


def test_protected_letter_still_verifies_with_its_password(protected):
    with pytest.raises(PasswordRequired):
        verify_letter(protected, resolve_key=lambda key_id: SIGNING_KEY.public_key())
    result = verify_letter(protected, resolve_key=lambda key_id: SIGNING_KEY.public_key(), password=PASSWORD)
    assert result.valid


def test_empty_password_is_refused():
    with pytest.raises(PasswordEmpty):
        protect_pdf(b"%PDF-1.4", "")
