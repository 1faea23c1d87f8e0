"""USB transfer at the office: verify a post's folder completely, ingest it, write receipts and the feed back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from central import enrol, matchindex, publish
from central.service import Service
from protocol import usbfiles
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


def _read(folder: Path, *parts: str, limit: int, missing: str) -> bytes:
    """Read one file through the safe reader (no links or special files, bounded); `missing` when absent."""
    try:
        return usbfiles.read_file(folder, *parts, limit=limit)
    except FileNotFoundError:
        raise ManifestInvalid(missing) from None


def verify_folder(service: Service, folder: Path) -> tuple[str, list[tuple[int, str, bytes]]]:
    """Phase 1, nothing applied: manifest signature, every file present and matching, every envelope opens."""
    raw = _read(folder, MANIFEST, limit=MAX_MANIFEST, missing=f"no {MANIFEST} in {folder}")
    manifest = verify_manifest(raw, device_lookup=service.store.device_key)
    blobs: list[tuple[int, str, bytes]] = []
    for name in sorted(manifest.files):
        declared = min(manifest.sizes.get(name, 0), service.max_bundle)
        data = _read(folder, BUNDLE_DIR, name, limit=declared, missing=f"{name} is listed but missing (incomplete copy)")
        check_file(manifest, name, data)
        opened = open_envelope(data, recipient_private_key=service.keys.bundle, device_lookup=service.store.device_key)
        if opened.device_id != manifest.device_id or name != f"{opened.bundle_id}.nrmb":
            raise ManifestInvalid(f"{name} is not an envelope of the manifest's device")
        blobs.append((opened.seq, name, data))
    return manifest.device_id, sorted(blobs)


def answer_enrolment(service: Service, folder: Path) -> bool:
    """A post enrolling by USB left its MACed request in the folder: answer it into office/ (once per code)."""
    try:
        request = usbfiles.read_file(folder, ENROL_REQUEST, limit=MAX_MANIFEST)
    except FileNotFoundError:
        return False
    answer = enrol.enroll(service.store, request, root=service.root, now=service.clock())
    usbfiles.write_file(folder, OFFICE_DIR, ENROL_RESPONSE, data=answer, mode=0o644)
    return True


def import_folder(service: Service, folder: Path) -> ImportReport:
    """Answer a USB enrolment request if there is one; then ingest each verified envelope, write receipts and feed."""
    usbfiles.folder(folder, OFFICE_DIR)  # a linked office/ is refused before anything is done
    enrolled = answer_enrolment(service, folder)
    if enrolled and not usbfiles.is_file(folder, MANIFEST):
        return ImportReport(None, enrolled=True)  # an enrolment-only folder: nothing to ingest yet
    device_id, blobs = verify_folder(service, folder)
    report = ImportReport(device_id, enrolled=enrolled)
    for sub in ("receipts", "files"):  # refused before any bundle is ingested when a folder is a link
        usbfiles.folder(folder, OFFICE_DIR, sub, create=True)
    for _seq, name, data in blobs:
        try:
            result = service.ingestor.ingest(data)
        except ProtocolError as exc:
            report.refused[name] = exc.code
            continue
        usbfiles.write_file(folder, OFFICE_DIR, "receipts", f"{result.bundle_id}.json", data=result.receipt)
        (report.accepted if result.created else report.repeated).append(result.bundle_id)
    report.feed_version = _write_feed(service, folder)
    return report


def _write_feed(service: Service, folder: Path) -> int:
    """The current feed and every file it lists; the feed is written last so a half-written folder is ignored."""
    body = publish.current_feed(service.store, signing_key=service.keys.feed, clock=service.clock,
                                document_key=matchindex.document_key(service.keys))
    doc = parse_doc("feed", body)
    for entry in doc.body["files"]:
        data = service.store.feed_file(entry["sha256"])
        if data is not None:
            usbfiles.write_file(folder, OFFICE_DIR, "files", entry["sha256"], data=data)
    usbfiles.write_file(folder, OFFICE_DIR, "feed.json", data=body)
    return int(doc.body["version"])
