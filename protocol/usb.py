"""USB transfer manifest: the device signs the list of envelope files it put in a folder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from protocol.canonical import format_time, hex32, parse_time, sha256
from protocol.envelope import DeviceLookup
from protocol.errors import MalformedData, ManifestInvalid, RevokedDevice, UnknownDevice
from protocol.signing import parse_doc, sign_doc, verify_doc

DOMAIN = "nrm/usb-manifest/v1"
MANIFEST = "manifest.json"
BUNDLE_DIR = "bundles"
OFFICE_DIR = "office"
# USB enrolment: the post writes the request at the folder's top; the office answers into OFFICE_DIR.
ENROL_REQUEST = "enrol-request.json"
ENROL_RESPONSE = "enrol-response.json"
NAME_RE = re.compile(r"^[0-9a-f]{32}\.nrmb$")


@dataclass(frozen=True)
class Manifest:
    """A verified manifest: the device and its files (name -> sha256 hex, name -> declared size)."""

    device_id: str
    created_at: datetime
    files: dict[str, str]
    sizes: dict[str, int] = field(default_factory=dict)


def build_manifest(*, device_id: str, created_at: datetime, files: dict[str, bytes],
                   signing_key: Ed25519PrivateKey) -> bytes:
    """Sign the list of envelope files (name -> bytes) the device wrote to bundles/."""
    listed = [{"name": n, "sha256": sha256(b).hex(), "size": len(b)} for n, b in sorted(files.items())]
    body = {"type": "nrm/usb-manifest", "v": 1, "device_id": device_id, "created_at": format_time(created_at),
            "files": listed}
    return sign_doc("manifest", body, domain=DOMAIN, signing_key=signing_key)


def verify_manifest(data: bytes, *, device_lookup: DeviceLookup) -> Manifest:
    """Check shape, that the device is known and not revoked, and its signature."""
    try:
        doc = parse_doc("manifest", data)
        body = doc.body
        if body.get("type") != "nrm/usb-manifest" or body.get("v") != 1 or not isinstance(body.get("files"), list):
            raise MalformedData("manifest fields")
        entries = [_entry(e) for e in body["files"]]
        files = {name: sha for name, sha, _ in entries}
        sizes = {name: size for name, _, size in entries}
        created = parse_time(body.get("created_at"))
        device_id = body.get("device_id")
        if not isinstance(device_id, str):
            raise MalformedData("device_id")
    except MalformedData as exc:
        raise ManifestInvalid(f"manifest is malformed ({exc})") from None
    device = device_lookup(device_id)
    if device is None:
        raise UnknownDevice("manifest names a device that is not enrolled")
    if device.revoked:
        raise RevokedDevice("manifest names a revoked device")
    verify_doc(doc, domain=DOMAIN, public=device.signing_public, error=ManifestInvalid)
    return Manifest(device_id, created, files, sizes)


def _entry(entry: Any) -> tuple[str, str, int]:
    """One listed file: name, sha256 and the size every read of it is bounded by."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not NAME_RE.match(entry["name"]):
        raise MalformedData("manifest file entry")
    hex32(entry.get("sha256"))
    size = entry.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise MalformedData("manifest file size")
    return entry["name"], entry["sha256"], size


def check_file(manifest: Manifest, name: str, data: bytes) -> None:
    """A copied file must hash to what the manifest lists (an interrupted copy fails here)."""
    if manifest.files.get(name) != sha256(data).hex():
        raise ManifestInvalid(f"{name} does not match the manifest (incomplete or altered copy)")
