"""USB transfer: verify the whole folder first, ingest, write receipts and the feed back; bad copies change nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from central.cli import main
from protocol.canonical import utcnow
from protocol.feed import verify_feed
from protocol.receipt import verify_receipt
from protocol.usb import build_manifest


def write_folder(folder, device, bundles: list[bytes]) -> None:
    files = {f"{b[7:23].hex()}.nrmb": b for b in bundles}
    (folder / "bundles").mkdir(parents=True)
    for name, data in files.items():
        (folder / "bundles" / name).write_bytes(data)
    (folder / "manifest.json").write_bytes(build_manifest(device_id=device.device_id, created_at=utcnow(), files=files,
                                                          signing_key=device.signing_key))


def run_import(office_dir, db_url, folder) -> int:
    return main(["import", "--data-dir", str(office_dir), "--from", str(folder), *(["--db", db_url] if db_url else [])])


def test_import_writes_verifiable_receipts_and_feed(capsys, tmp_path, office_dir, db_url, device, service):
    bundles = [device.seal_next({"id": f"r-{i}"}) for i in range(3)]
    folder = tmp_path / "usb"
    write_folder(folder, device, bundles)
    assert run_import(office_dir, db_url, folder) == 0
    key = device.root.key_for("receipt").public
    for data in bundles:
        receipt = (folder / "office" / "receipts" / f"{data[7:23].hex()}.json").read_bytes()
        verify_receipt(receipt, receipt_public_key=key, envelope=data)
    feed, _ = verify_feed((folder / "office" / "feed.json").read_bytes(), root=device.root,
                          state=device.feed_state, now=datetime.now(UTC))
    for listed in feed.files:
        assert (folder / "office" / "files" / listed.sha256).exists()
    assert service.store.count_bundles() == 3
    assert run_import(office_dir, db_url, folder) == 0  # importing again is harmless
    assert service.store.count_bundles() == 3


def test_an_interrupted_copy_changes_nothing(capsys, tmp_path, office_dir, db_url, device, service):
    bundles = [device.seal_next({"id": f"r-{i}"}) for i in range(3)]
    folder = tmp_path / "usb"
    write_folder(folder, device, bundles)
    last = folder / "bundles" / f"{bundles[2][7:23].hex()}.nrmb"
    last.write_bytes(last.read_bytes()[:100])
    assert run_import(office_dir, db_url, folder) == 4
    assert "incomplete" in capsys.readouterr().err
    assert service.store.count_bundles() == 0
    assert not (folder / "office").exists()


def test_a_manifest_signed_by_another_key_is_refused(capsys, tmp_path, office_dir, db_url, device, service):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    bundles = [device.seal_next({"id": "r-1"})]
    folder = tmp_path / "usb"
    write_folder(folder, device, bundles)
    files = {f"{bundles[0][7:23].hex()}.nrmb": bundles[0]}
    (folder / "manifest.json").write_bytes(build_manifest(device_id=device.device_id, created_at=utcnow(),
                                                          files=files, signing_key=Ed25519PrivateKey.generate()))
    assert run_import(office_dir, db_url, folder) == 4
    assert service.store.count_bundles() == 0
