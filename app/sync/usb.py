"""USB transfer on the post side: write envelopes and a signed manifest; read and verify what the office wrote."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.atomic import fsync_dir
from app.sync.feedcheck import check_feed
from app.sync.port import FeedUpdate, Identity, OutboxItem
from protocol import usbfiles
from protocol.errors import FeedExpired, FeedRollback, ProtocolError, ReceiptMismatch, UsbUnsafe
from protocol.feed import FeedState
from protocol.receipt import Receipt, verify_receipt
from protocol.signing import parse_doc
from protocol.usb import BUNDLE_DIR, MANIFEST, OFFICE_DIR, build_manifest

MAX_FILE = 16 * 1024 * 1024  # feed.json: no office writes one near this
MAX_RECEIPT = 64 * 1024
_RECEIPT_NAME = re.compile(r"^[0-9a-f]{32}\.json$")
_FILE_NAME = re.compile(r"^[0-9a-f]{64}$")


class UsbRefused(Exception):
    """The folder is incomplete or was altered; nothing from it was applied."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


@dataclass
class Inbound:
    """Everything verified from an office folder, ready to apply in one transaction."""

    receipts: list[tuple[OutboxItem, Receipt]] = field(default_factory=list)
    feed: FeedUpdate | None = None
    feed_skipped: str | None = None  # rollback/expired: an old but genuine feed is not applied


def write_export(folder: Path, items: list[OutboxItem], *, device_id: str | None, signing_key: object,
                 now: datetime, extra: dict[str, bytes] | None = None) -> list[str]:
    """Envelopes first, manifest last (atomically): a folder without a matching manifest is incomplete."""
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        (folder / MANIFEST).unlink()  # an interrupted export then leaves no manifest, never a stale one
    fsync_dir(folder)
    try:
        return _write_files(folder, items, device_id=device_id, signing_key=signing_key, now=now, extra=extra)
    except UsbUnsafe as exc:
        raise UsbRefused(exc.code, f"Nothing was written into {folder.name}: {exc.message}.") from None


def _write_files(folder: Path, items: list[OutboxItem], *, device_id: str | None, signing_key: object,
                 now: datetime, extra: dict[str, bytes] | None) -> list[str]:
    """Every write goes through the safe writer: a linked bundles/ folder or file is never written through."""
    for name, data in (extra or {}).items():
        usbfiles.write_file(folder, name, data=data, mode=0o600)
    if device_id is None:
        return []
    files = {f"{item.bundle_id}.nrmb": item.envelope for item in items}
    usbfiles.folder(folder, BUNDLE_DIR, create=True)
    for name, data in files.items():
        usbfiles.write_file(folder, BUNDLE_DIR, name, data=data, mode=0o600)
    for stale in usbfiles.list_folder(folder, BUNDLE_DIR):
        if stale.endswith(".nrmb") and stale not in files:
            (folder / BUNDLE_DIR / stale).unlink()
    manifest = build_manifest(device_id=device_id, created_at=now, files=files, signing_key=signing_key)  # type: ignore[arg-type]
    usbfiles.write_file(folder, MANIFEST, data=manifest, mode=0o600)
    return sorted(files)


def _read(folder: Path, *parts: str, limit: int) -> bytes:
    """One file of the office's answer, through the safe reader (no links, no FIFOs, bounded)."""
    try:
        return usbfiles.read_file(folder, *parts, limit=limit)
    except FileNotFoundError:
        raise UsbRefused("incomplete", f"{parts[-1]} is missing: the folder was not copied completely.") from None
    except UsbUnsafe as exc:
        raise UsbRefused(exc.code, f"{'/'.join(parts)} is refused: {exc.message}.") from None


def _declared_sizes(raw: bytes) -> dict[str, int]:
    """sha256 -> size as the feed lists them (only used after the feed's signature verified)."""
    try:
        files = parse_doc("feed", raw).body.get("files")
        return {str(f["sha256"]): int(f["size"]) for f in files or []}
    except (ProtocolError, AttributeError, KeyError, TypeError, ValueError):
        return {}


def read_import(folder: Path, *, identity: Identity, lookup: Callable[[str], OutboxItem | None], state: FeedState,
                now: datetime) -> Inbound:
    """Verify every receipt against our stored bytes and the feed against the pinned root; apply nothing."""
    try:
        office = usbfiles.folder(folder, OFFICE_DIR)
    except UsbUnsafe as exc:
        raise UsbRefused(exc.code, f"The {OFFICE_DIR} folder is refused: {exc.message}.") from None
    if office is None:
        raise UsbRefused("no_office_answer", f"{folder} holds no answer from the office (no {OFFICE_DIR} folder).")
    inbound = Inbound(receipts=_receipts(folder, identity=identity, lookup=lookup))
    raw = _read(folder, OFFICE_DIR, "feed.json", limit=MAX_FILE)
    sizes = _declared_sizes(raw)
    try:
        inbound.feed = check_feed(raw, identity=identity, state=state, now=now,
                                  fetch=lambda digest: _feed_file(folder, digest, sizes))
    except (FeedRollback, FeedExpired) as exc:
        inbound.feed_skipped = exc.code
    except ProtocolError as exc:
        raise UsbRefused(exc.code, f"The office's feed in this folder does not verify ({exc.code}).") from None
    return inbound


def _feed_file(folder: Path, digest: str, sizes: dict[str, int]) -> bytes:
    if not _FILE_NAME.match(digest):
        raise UsbRefused("tampered", "The feed lists a file with an invalid name.")
    return _read(folder, OFFICE_DIR, "files", digest, limit=sizes.get(digest, 0))


def _receipts(folder: Path, *, identity: Identity, lookup: Callable[[str], OutboxItem | None]
              ) -> list[tuple[OutboxItem, Receipt]]:
    found = []
    try:
        names = usbfiles.list_folder(folder, OFFICE_DIR, "receipts")
    except UsbUnsafe as exc:
        raise UsbRefused(exc.code, f"The receipts folder is refused: {exc.message}.") from None
    key = identity.root.key_for("receipt").public
    for name in names:
        if name.startswith("."):
            raise UsbRefused("incomplete", f"{name} is a partly written file: copy the folder again.")
        if not _RECEIPT_NAME.match(name):
            raise UsbRefused("tampered", f"{name} does not belong in the receipts folder.")
        item = lookup(name[:-5])
        if item is None:
            raise UsbRefused("unknown_bundle", f"{name} is a receipt for a bundle this post never sealed.")
        data = _read(folder, OFFICE_DIR, "receipts", name, limit=MAX_RECEIPT)
        try:
            receipt = verify_receipt(data, receipt_public_key=key, envelope=item.envelope)
            if receipt.device_id != identity.device_id or receipt.seq != item.seq:
                raise ReceiptMismatch("the receipt names another device or sequence number")
        except ProtocolError as exc:
            raise UsbRefused(exc.code, f"The receipt {name} does not verify ({exc.code}).") from None
        found.append((item, receipt))
    return found
