"""Attachments live inside the encrypted store: type by content, size limit, scanner folder, export, view until lock."""

from __future__ import annotations

import json
import os

import pytest

from app.domain.errors import PermissionDenied, ValidationFailed
from app.services import attachments
from tests.caselife.conftest import make_case
from tests.conftest import run_cli

MARKER = b"CONSENT-SCAN-7f3a9c-ZARMINA"  # would be visible in any plaintext copy on disk
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + MARKER * 40
PDF = b"%PDF-1.7\n" + MARKER * 40 + b"\n%%EOF\n"


def _files_under(folder):
    for root, _dirs, names in os.walk(folder):
        for name in names:
            yield os.path.join(root, name)


def test_attached_scans_are_never_in_the_clear_on_disk_and_come_back_whole(post, tmp_path):
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(JPEG)
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
        (aid,) = attachments.add_files(officer, ref, [scan], kind="consent_form")
        (listed,) = attachments.list_attachments(officer, ref)
    assert (listed["id"], listed["media_type"], listed["size"], listed["kind"]) == (aid, "image/jpeg", len(JPEG),
                                                                                    "consent_form")
    for path in _files_under(post.dir):  # the store, its WAL, the keystore: the scan's bytes are nowhere
        with open(path, "rb") as fh:
            assert MARKER not in fh.read(), path
    out = tmp_path / "out.jpg"
    with post.unlock("supervisor") as sup:
        attachments.export(sup, aid, out)
    assert out.read_bytes() == JPEG and (out.stat().st_mode & 0o777) == 0o600


def test_type_is_judged_by_content_and_a_wrong_file_changes_nothing(post, tmp_path):
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a photo")
    good = tmp_path / "form.pdf"
    good.write_bytes(PDF)
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
        with pytest.raises(attachments.UnsupportedType, match="photo.jpg is not a JPEG, PNG, TIFF or PDF"):
            attachments.add_files(officer, ref, [good, fake], kind="document")
        assert attachments.list_attachments(officer, ref) == []  # all or nothing: the good PDF was not kept
        with pytest.raises(ValidationFailed, match="Unknown kind"):
            attachments.add_files(officer, ref, [good], kind="selfie")


def test_a_file_over_the_limit_is_refused(post, tmp_path):
    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(attachments.MAX_BYTES + 1)
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
        with pytest.raises(attachments.TooLarge, match="larger than 20 MB"):
            attachments.add_files(officer, ref, [big], kind="document")


def test_scanner_folder_is_emptied_into_the_vault(post, tmp_path):
    folder = tmp_path / "scanner"
    folder.mkdir()
    (folder / "IMG_0001.JPG").write_bytes(JPEG)
    (folder / "scan-0002.pdf").write_bytes(PDF)
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")  # hidden files a camera or OS leaves are ignored
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
        ids = attachments.import_folder(officer, ref, folder, kind="document")
        assert len(ids) == 2
        assert sorted(a["media_type"] for a in attachments.list_attachments(officer, ref)) == [
            "application/pdf", "image/jpeg"]
    assert sorted(p.name for p in folder.iterdir()) == [".DS_Store"]


def test_a_copy_opened_for_viewing_is_removed_on_lock(post, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    session = post.unlock("officer")
    _, ref, _ = make_case(session)
    (aid,) = attachments.add_files(session, ref, [scan], kind="medical")
    view = attachments.open_for_viewing(session, aid)
    assert view.read_bytes() == PDF and view.suffix == ".pdf" and "Zarmina" not in str(view)
    assert (view.parent.stat().st_mode & 0o777) == 0o700
    session.close()  # what locking does
    assert not view.exists() and not view.parent.exists()


def test_an_officer_may_not_export(post, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
        (aid,) = attachments.add_files(officer, ref, [scan], kind="document")
        with pytest.raises(PermissionDenied):
            attachments.export(officer, aid, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_add_list_export_and_refusals(post, tmp_path):
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    added = run_cli("attachment", "add", "--user", "officer", "--case", ref, "--kind", "consent_form", str(scan),
                    "--json", data_dir=post.dir)
    assert added.returncode == 0, added.stderr
    (aid,) = json.loads(added.stdout)["added"]
    listed = run_cli("attachment", "list", "--user", "officer", "--case", ref, "--json", data_dir=post.dir)
    assert [a["id"] for a in json.loads(listed.stdout)] == [aid]
    assert "content" not in json.loads(listed.stdout)[0]

    text = tmp_path / "notes.pdf"
    text.write_text("not really a pdf")
    bad = run_cli("attachment", "add", "--user", "officer", "--case", ref, str(text), data_dir=post.dir)
    assert bad.returncode == 1 and "notes.pdf is not a JPEG, PNG, TIFF or PDF" in bad.stderr
    assert "Traceback" not in bad.stderr
    both = run_cli("attachment", "add", "--user", "officer", "--case", ref, str(scan), "--from-folder",
                   str(tmp_path), data_dir=post.dir)
    assert both.returncode == 2

    denied = run_cli("attachment", "export", "--user", "officer", aid, "--out", str(tmp_path / "o.pdf"),
                     data_dir=post.dir)
    assert denied.returncode == 1 and not (tmp_path / "o.pdf").exists()
    done = run_cli("attachment", "export", "--user", "supervisor", aid, "--out", str(tmp_path / "o.pdf"), "--json",
                   data_dir=post.dir)
    assert done.returncode == 0 and (tmp_path / "o.pdf").read_bytes() == PDF
    again = run_cli("attachment", "export", "--user", "supervisor", aid, "--out", str(tmp_path / "o.pdf"),
                    data_dir=post.dir)
    assert again.returncode == 1 and "exists already" in again.stderr
