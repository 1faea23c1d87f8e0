"""USB transfer: post export -> `nrm-central import` -> post import; half-copied or tampered folders change nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.services import sync, sync_transfer
from app.storage import referrals
from tests.e2e.postkit import central, cli, fresh_post, new_office, outbox_state


@pytest.fixture
def office(tmp_path):
    return new_office(tmp_path)  # never served: the post is never online


def _usb_enrol(kit, office, stick: Path) -> None:
    """USB enrolment: code typed, root.json from a file; the office answers the request file."""
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_usb(admin, code=office.code(), root_file=office.dir / "root.json", to=stick)
    rc, out = central("import", "--data-dir", str(office.dir), "--from", str(stick))  # the office answers it
    assert rc == 0 and "enrolment request answered" in out
    with kit.unlock("admin") as admin:
        assert sync_transfer.import_usb(admin, stick)["enrolled"]["sealed"] == len(kit.approved)


@pytest.fixture
def round_trip(tmp_path, office):
    """A USB-enrolled post with 3 approvals exported, and the folder the office wrote its answers into."""
    kit = fresh_post(tmp_path, referrals=6)
    kit.approve(3)
    stick = tmp_path / "stick"
    _usb_enrol(kit, office, stick / "enrol")
    assert cli(kit, "sync", "export", "--to", str(stick / "out")).returncode == 0
    rc, _ = central("import", "--data-dir", str(office.dir), "--from", str(stick / "out"))
    assert rc == 0
    return kit, stick / "out"


def test_round_trip_delivers_every_referral_exactly_once(round_trip, office):
    kit, folder = round_trip
    result = cli(kit, "sync", "import", "--from", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["acknowledged"] == 3
    state = outbox_state(kit)
    assert state["counts"] == {"pending": 0, "acknowledged": 3, "quarantined": 0} and state["receipts"] == 3
    assert state["feed_version"] >= 1
    mine = [r for r in office.referrals() if r["referral_id"] in kit.approved]
    assert sorted(r["referral_id"] for r in mine) == sorted(kit.approved)
    again = cli(kit, "sync", "import", "--from", str(folder), "--json")  # importing twice is harmless
    assert again.returncode == 0 and json.loads(again.stdout)["acknowledged"] == 0
    assert cli(kit, "sync", "export", "--to", str(folder.parent / "empty")).returncode == 0
    assert json.loads((folder.parent / "empty" / "manifest.json").read_text())["manifest"]["files"] == []


def _first(folder: Path, sub: str) -> Path:
    return sorted((folder / "office" / sub).iterdir())[0]


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))


TAMPERINGS = {
    "receipt_altered": lambda f: _flip(_first(f, "receipts")),
    "receipt_half_copied": lambda f: _first(f, "receipts").write_bytes(_first(f, "receipts").read_bytes()[:40]),
    "feed_missing": lambda f: (f / "office" / "feed.json").unlink(),
    "feed_altered": lambda f: _flip(f / "office" / "feed.json"),
    "feed_file_truncated": lambda f: _first(f, "files").write_bytes(b""),
    "foreign_receipt": lambda f: shutil.copy(_first(f, "receipts"), f / "office" / "receipts" / ("0" * 32 + ".json")),
}


@pytest.mark.parametrize("how", sorted(TAMPERINGS))
def test_tampered_or_half_copied_folder_changes_nothing(round_trip, how):
    kit, folder = round_trip
    before = outbox_state(kit)
    TAMPERINGS[how](folder)
    result = cli(kit, "sync", "import", "--from", str(folder))
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith("Nothing was imported:") and "Traceback" not in result.stderr
    assert outbox_state(kit) == before


def test_office_refuses_a_tampered_export(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=6)
    kit.approve(2)
    _usb_enrol(kit, office, tmp_path / "enrol")
    with kit.unlock("admin") as admin:
        sync_transfer.export_usb(admin, tmp_path / "out")
    held = len(office.bundles())
    _flip(sorted((tmp_path / "out" / "bundles").iterdir())[0])
    rc, _ = central("import", "--data-dir", str(office.dir), "--from", str(tmp_path / "out"))
    assert rc == 4 and len(office.bundles()) == held


def test_office_status_travels_back_by_usb(round_trip, office):
    kit, folder = round_trip
    assert cli(kit, "sync", "import", "--from", str(folder)).returncode == 0
    office.set_status(kit.approved[0], "accepted")
    with kit.unlock("admin") as admin:
        sync_transfer.export_usb(admin, folder)
    assert central("import", "--data-dir", str(office.dir), "--from", str(folder))[0] == 0
    with kit.unlock("admin") as admin:
        assert sync_transfer.import_usb(admin, folder)["statuses"] == 1
        history = referrals.history(admin.db, kit.approved[0])
        assert history[-1]["source"] == "office" and history[-1]["status"] == "accepted"
        assert sync.status(admin.db)["pending"] == 0


def test_import_without_enrolment_answer_says_so(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=6)
    both = cli(kit, "sync", "enroll", "--code", office.code(), "--root", "r.json", "--server", "https://x.example")
    assert both.returncode == 2
    made = cli(kit, "sync", "enroll", "--code", office.code(), "--root", str(office.dir / "root.json"),
               "--to", str(tmp_path / "s"))
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "s" / "enrol-request.json").exists()
    waiting = cli(kit, "sync", "import", "--from", str(tmp_path / "s"))
    assert waiting.returncode == 1 and "enrol-response.json" in waiting.stderr
    (tmp_path / "s" / "enrol-response.json").write_bytes(b'{"response": {}, "mac": "AAAA"}')
    forged = cli(kit, "sync", "import", "--from", str(tmp_path / "s"))
    assert forged.returncode == 4 and "does not verify" in forged.stderr
    status = json.loads(cli(kit, "sync", "status", "--json").stdout)
    assert status["usb_enrolment_pending"] and not status["enrolled"]
