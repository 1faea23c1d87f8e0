"""USB transfer at the office: verify a post's folder completely, ingest it, write receipts and the feed back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from central import enrol, publish
from central.officekeys import write_atomic
from central.service import Service
from protocol.envelope import open_envelope
from protocol.errors import ManifestInvalid, ProtocolError
from protocol.signing import parse_doc
from protocol.usb import (
    BUNDLE_DIR,
    ENROL_REQUEST,
    ENROL_RESPONSE,
    MANIFEST,
    OFFICE_DIR,
    check_file,
    verify_manifest,
)

MAX_MANIFEST = 1024 * 1024


@dataclass
class ImportReport:
    """What an import did: receipts written, and refused files with their error codes."""

    device_id: str | None
    accepted: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    feed_version: int | None = None
    enrolled: bool = False


def _read(folder: Path, *, limit: int) -> bytes:
    """Read one file, refusing oversize ones without reading them all."""
    if folder.stat().st_size > limit:
        raise ManifestInvalid(f"{folder.name} is over the size limit")
    return folder.read_bytes()


def verify_folder(service: Service, folder: Path) -> tuple[str, list[tuple[int, str, bytes]]]:
    """Phase 1, nothing applied: manifest signature, every file present and matching, every envelope opens."""
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise ManifestInvalid(f"no {MANIFEST} in {folder}")
    manifest = verify_manifest(_read(manifest_path, limit=MAX_MANIFEST), device_lookup=service.store.device_key)
    blobs: list[tuple[int, str, bytes]] = []
    for name in sorted(manifest.files):
        path = folder / BUNDLE_DIR / name
        if not path.is_file():
            raise ManifestInvalid(f"{name} is listed but missing (incomplete copy)")
        data = _read(path, limit=service.max_bundle)
        check_file(manifest, name, data)
        opened = open_envelope(data, recipient_private_key=service.keys.bundle, device_lookup=service.store.device_key)
        if opened.device_id != manifest.device_id or name != f"{opened.bundle_id}.nrmb":
            raise ManifestInvalid(f"{name} is not an envelope of the manifest's device")
        blobs.append((opened.seq, name, data))
    return manifest.device_id, sorted(blobs)


def answer_enrolment(service: Service, folder: Path) -> bool:
    """A post enrolling by USB left its MACed request in the folder: answer it into office/ (once per code)."""
    request = folder / ENROL_REQUEST
    if not request.is_file():
        return False
    answer = enrol.enroll(service.store, _read(request, limit=MAX_MANIFEST), root=service.root, now=service.clock())
    (folder / OFFICE_DIR).mkdir(parents=True, exist_ok=True)
    write_atomic(folder / OFFICE_DIR / ENROL_RESPONSE, answer, mode=0o644)
    return True


def import_folder(service: Service, folder: Path) -> ImportReport:
    """Answer a USB enrolment request if there is one; then ingest each verified envelope, write receipts and feed."""
    enrolled = answer_enrolment(service, folder)
    if enrolled and not (folder / MANIFEST).is_file():
        return ImportReport(None, enrolled=True)  # an enrolment-only folder: nothing to ingest yet
    device_id, blobs = verify_folder(service, folder)
    report = ImportReport(device_id, enrolled=enrolled)
    out = folder / OFFICE_DIR
    (out / "receipts").mkdir(parents=True, exist_ok=True)
    (out / "files").mkdir(parents=True, exist_ok=True)
    for _seq, name, data in blobs:
        try:
            result = service.ingestor.ingest(data)
        except ProtocolError as exc:
            report.refused[name] = exc.code
            continue
        write_atomic(out / "receipts" / f"{result.bundle_id}.json", result.receipt, mode=0o644)
        (report.accepted if result.created else report.repeated).append(result.bundle_id)
    report.feed_version = _write_feed(service, out)
    return report


def _write_feed(service: Service, out: Path) -> int:
    """The current feed and every file it lists; the feed is written last so a half-written folder is ignored."""
    body = publish.current_feed(service.store, signing_key=service.keys.feed, clock=service.clock)
    doc = parse_doc("feed", body)
    for entry in doc.body["files"]:
        data = service.store.feed_file(entry["sha256"])
        if data is not None:
            write_atomic(out / "files" / entry["sha256"], data, mode=0o644)
    write_atomic(out / "feed.json", body, mode=0o644)
    return int(doc.body["version"])
