"""Crafted USB folders (issue 18 item 3): links, FIFOs, linked folders and oversized files are refused at both ends.

Every case goes through the real commands (`nrm-desk sync import`, `nrm-central import` as processes): one
sentence naming the refusal's code, the documented exit code, nothing read without bound, nothing applied
and nothing written outside the folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import Refused
from app.services import sync_transfer
from tests.e2e.postkit import PASSPHRASE, central, cli, fresh_post, new_office, outbox_state
from tests.sync.test_sync_usb import _usb_enrol

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(tmp_path):
    return new_office(tmp_path)


@pytest.fixture
def answered(tmp_path, office):
    """A USB-enrolled post with 2 approvals exported, and the folder the office answered into."""
    kit = fresh_post(tmp_path, referrals=6)
    kit.approve(2)
    stick = tmp_path / "stick"
    _usb_enrol(kit, office, stick / "enrol")
    assert cli(kit, "sync", "export", "--to", str(stick / "out")).returncode == 0
    assert central("import", "--data-dir", str(office.dir), "--from", str(stick / "out"))[0] == 0
    return kit, stick / "out"


def _listed_feed_file(folder: Path) -> Path:
    return sorted((folder / "office" / "files").iterdir())[0]


def _linked_office(folder: Path) -> None:
    """office/ replaced by a link to a genuine copy elsewhere: valid content, but outside the stick."""
    elsewhere = folder.parent / "elsewhere"
    shutil.move(str(folder / "office"), elsewhere)
    (folder / "office").symlink_to(elsewhere, target_is_directory=True)


POST_ATTACKS = {
    "usb_symlink": lambda f: ((f / "office" / "feed.json").unlink(), (f / "office" / "feed.json").symlink_to("/dev/zero")),
    "usb_not_a_file": lambda f: ((f / "office" / "feed.json").unlink(), os.mkfifo(f / "office" / "feed.json")),
    "usb_symlinked_folder": _linked_office,
    "usb_too_large": lambda f: _listed_feed_file(f).write_bytes(_listed_feed_file(f).read_bytes() + b" " * 4096),
}


@pytest.mark.parametrize("code", sorted(POST_ATTACKS))
def test_post_refuses_an_unsafe_office_answer(answered, code):
    kit, folder = answered
    before = outbox_state(kit)
    POST_ATTACKS[code](folder)
    result = cli(kit, "sync", "import", "--from", str(folder), timeout=60)  # a FIFO or /dev/zero must not hang
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith("Nothing was imported:") and f"({code})" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert outbox_state(kit) == before


def test_post_refuses_a_linked_receipt(answered):
    kit, folder = answered
    receipt = sorted((folder / "office" / "receipts").iterdir())[0]
    real = folder.parent / "real-receipt.json"
    shutil.move(str(receipt), real)
    receipt.symlink_to(real)
    result = cli(kit, "sync", "import", "--from", str(folder))
    assert result.returncode == 4 and "(usb_symlink)" in result.stderr
    assert outbox_state(kit)["counts"]["acknowledged"] == 0


def test_post_export_never_writes_through_a_linked_bundles_folder(answered, tmp_path):
    kit, folder = answered
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.rmtree(folder / "bundles")
    (folder / "bundles").symlink_to(outside, target_is_directory=True)
    with kit.unlock("admin") as admin, pytest.raises(Refused) as refused:
        sync_transfer.export_usb(admin, folder)
    assert "usb_symlinked_folder" in str(refused.value)
    assert list(outside.iterdir()) == []


# --- the office ------------------------------------------------------------------------------------------
def nrm_central(office, *args: str) -> subprocess.CompletedProcess[str]:
    """`nrm-central …` as a real process."""
    env = {**os.environ, "NRM_CENTRAL_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "central.cli", *args[:1], "--data-dir", str(office.dir), *args[1:]]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def exported(tmp_path, office):
    """A USB-enrolled post's export folder the office has not seen yet."""
    kit = fresh_post(tmp_path, referrals=6)
    kit.approve(2)
    _usb_enrol(kit, office, tmp_path / "enrol")
    assert cli(kit, "sync", "export", "--to", str(tmp_path / "out")).returncode == 0
    return tmp_path / "out"


def _first_bundle(folder: Path) -> Path:
    return sorted((folder / "bundles").iterdir())[0]


def _link_bundle_to_zero(folder: Path) -> None:
    bundle = _first_bundle(folder)
    bundle.unlink()
    bundle.symlink_to("/dev/zero")


def _fifo_manifest(folder: Path) -> None:
    (folder / "manifest.json").unlink()
    os.mkfifo(folder / "manifest.json")


def _grow_bundle(folder: Path) -> None:
    with _first_bundle(folder).open("ab") as handle:
        handle.write(b"\0" * 1024)


OFFICE_ATTACKS = {
    "usb_symlink": _link_bundle_to_zero,
    "usb_not_a_file": _fifo_manifest,
    "usb_too_large": _grow_bundle,
}


@pytest.mark.parametrize("code", sorted(OFFICE_ATTACKS))
def test_office_refuses_an_unsafe_export(exported, office, code):
    held = len(office.bundles())
    OFFICE_ATTACKS[code](exported)
    result = nrm_central(office, "import", "--from", str(exported))
    assert result.returncode == 4, result.stderr
    assert f"({code})" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert len(office.bundles()) == held
    assert not (exported / "office" / "feed.json").exists()


def test_office_never_writes_through_a_linked_office_folder(exported, office, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (exported / "office").symlink_to(outside, target_is_directory=True)
    held = len(office.bundles())
    result = nrm_central(office, "import", "--from", str(exported))
    assert result.returncode == 4 and "(usb_symlinked_folder)" in result.stderr
    assert list(outside.iterdir()) == [] and len(office.bundles()) == held


def test_office_never_writes_through_a_planted_temp_link(exported, office, tmp_path):
    """A receipt's temp name planted as a link to a file outside: the office replaces the link, never the file."""
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    rc, _ = central("import", "--data-dir", str(office.dir), "--from", str(exported))
    assert rc == 0
    (exported / "office" / f".feed.json.{os.getpid()}.tmp").symlink_to(victim)
    rc, _ = central("import", "--data-dir", str(office.dir), "--from", str(exported))
    assert rc == 0 and victim.read_text() == "untouched"
