"""The nrm-central command line on a real data dir (SQLite and PostgreSQL): codes, listings, status, revoke."""

from __future__ import annotations

import json

import pytest

from central.cli import main
from tests.support.device import PostDevice

GROUPS = ("bundles", "referrals", "referral", "device", "flags", "directory")


def run(capsys, office_dir, db_url, *args: str) -> tuple[int, str, str]:
    """Run a command with --data-dir (and --db) placed after its (sub)command words."""
    words = 2 if args[0] in GROUPS else 1
    options = ["--data-dir", str(office_dir), *(["--db", db_url] if db_url else [])]
    code = main([*args[:words], *options, *args[words:]])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_enroll_code_prints_the_code_alone(capsys, office_dir, db_url, client):
    code, out, err = run(capsys, office_dir, db_url, "enroll-code", "--post-code", "ISB", "--post-name", "Islamabad")
    assert code == 0
    assert len(out.strip().split("-")) == 5 and out.count("\n") == 1
    assert "expires" in err
    device = PostDevice()
    client.enroll(out.strip(), device)
    assert device.device_id


def test_listings_status_and_revoke(capsys, office_dir, db_url, api, client, device):
    data = device.seal_next({"id": "ref-7", "services": ["shelter"]}, case={"name": "Zainab Bibi"})
    client.upload(data, root=device.root)
    code, out, _ = run(capsys, office_dir, db_url, "bundles", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["seq"] for r in rows] == [1] and "Zainab" not in out and "blob" not in rows[0]
    code, out, _ = run(capsys, office_dir, db_url, "referrals", "list", "--json")
    assert code == 0 and [r["referral_id"] for r in json.loads(out)] == ["ref-7"]
    code, out, _ = run(capsys, office_dir, db_url, "referrals", "show", "ref-7", "--json")
    assert code == 0 and json.loads(out)["case"] == {"name": "Zainab Bibi"}
    code, _, err = run(capsys, office_dir, db_url, "referral", "status", "ref-7", "--status", "declined")
    assert code == 1 and "reason" in err
    code, _, _ = run(capsys, office_dir, db_url, "referral", "status", "ref-7", "--status", "accepted")
    assert code == 0
    _, files = client.fetch_feed(device)
    assert [s["status"] for s in files[f"devices/{device.device_id}.nrms"]["statuses"]] == ["received", "accepted"]
    code, _, _ = run(capsys, office_dir, db_url, "device", "revoke", device.device_id)
    assert code == 0
    response = api.post("/v1/bundles", content=device.seal_next({"id": "ref-8"}),
                        headers={"content-type": "application/octet-stream"})
    assert response.json()["error"] == "revoked_device"
    code, _, err = run(capsys, office_dir, db_url, "referrals", "show", "nope")
    assert code == 1 and err.startswith("nrm-central: ")


def test_wrong_passphrase_exits_3(capsys, office_dir, monkeypatch):
    monkeypatch.setenv("NRM_CENTRAL_PASSPHRASE", "wrong")
    assert main(["referrals", "list", "--data-dir", str(office_dir)]) == 3
    assert "passphrase" in capsys.readouterr().err


def test_init_refuses_an_initialised_dir_and_usage_errors_exit_2(capsys, office_dir):
    assert main(["init", "--data-dir", str(office_dir), "--office-name", "X"]) == 1
    with pytest.raises(SystemExit) as info:
        main(["referral", "status"])
    assert info.value.code == 2


def test_not_an_office_dir(capsys, tmp_path):
    assert main(["bundles", "list", "--data-dir", str(tmp_path)]) == 1
    assert "not an office data directory" in capsys.readouterr().err


def test_directory_publish_reaches_the_feed_and_flags_are_listed(capsys, tmp_path, office_dir, db_url, api, client,
                                                                 device):
    directory = {"type": "nrm/directory", "v": 1, "organisations": [{"id": "org-1", "name": "Shelter Home"}]}
    (tmp_path / "dir.json").write_text(json.dumps(directory), "utf-8")
    code, _, _ = run(capsys, office_dir, db_url, "directory", "publish", str(tmp_path / "dir.json"))
    assert code == 0
    _, files = client.fetch_feed(device)
    assert files["directory.json"] == directory
    bundles = [device.seal_next({"id": f"r-{i}"}) for i in range(3)]
    client.upload(bundles[2], root=device.root)
    code, out, _ = run(capsys, office_dir, db_url, "flags", "list", "--json")
    assert code == 0 and [f["kind"] for f in json.loads(out)] == ["sequence_gap"]
