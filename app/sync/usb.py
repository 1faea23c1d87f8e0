"""USB transfer on the post side: write envelopes and a signed manifest; read and verify what the office wrote."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.atomic import atomic_write, fsync_dir
from app.sync.feedcheck import check_feed
from app.sync.port import FeedUpdate, Identity, OutboxItem
from protocol.errors import FeedExpired, FeedRollback, ProtocolError, ReceiptMismatch
from protocol.feed import FeedState
from protocol.receipt import Receipt, verify_receipt
from protocol.usb import BUNDLE_DIR, MANIFEST, OFFICE_DIR, build_manifest

MAX_FILE = 16 * 1024 * 1024
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
    for name, data in (extra or {}).items():
        atomic_write(folder / name, data, mode=0o600)
    if device_id is None:
        return []
    files = {f"{item.bundle_id}.nrmb": item.envelope for item in items}
    bundles = folder / BUNDLE_DIR
    bundles.mkdir(exist_ok=True)
    for name, data in files.items():
        atomic_write(bundles / name, data, mode=0o600)
    for stale in bundles.glob("*.nrmb"):
        if stale.name not in files:
            stale.unlink()
    manifest = build_manifest(device_id=device_id, created_at=now, files=files, signing_key=signing_key)  # type: ignore[arg-type]
    atomic_write(folder / MANIFEST, manifest, mode=0o600)
    return sorted(files)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE:
            raise UsbRefused("too_large", f"{path.name} is larger than any file the office writes.")
        return path.read_bytes()
    except FileNotFoundError:
        raise UsbRefused("incomplete", f"{path.name} is missing: the folder was not copied completely.") from None


def read_import(folder: Path, *, identity: Identity, lookup: Callable[[str], OutboxItem | None], state: FeedState,
                now: datetime) -> Inbound:
    """Verify every receipt against our stored bytes and the feed against the pinned root; apply nothing."""
    office = folder / OFFICE_DIR
    if not office.is_dir():
        raise UsbRefused("no_office_answer", f"{folder} holds no answer from the office (no {OFFICE_DIR} folder).")
    inbound = Inbound(receipts=_receipts(office, identity=identity, lookup=lookup))
    feed_path = office / "feed.json"
    if not feed_path.exists():
        raise UsbRefused("incomplete", "The office's feed.json is missing: the folder was not copied completely.")
    try:
        inbound.feed = check_feed(_read(feed_path), identity=identity, state=state, now=now,
                                  fetch=lambda digest: _feed_file(office, digest))
    except (FeedRollback, FeedExpired) as exc:
        inbound.feed_skipped = exc.code
    except ProtocolError as exc:
        raise UsbRefused(exc.code, f"The office's feed in this folder does not verify ({exc.code}).") from None
    return inbound


def _feed_file(office: Path, digest: str) -> bytes:
    if not _FILE_NAME.match(digest):
        raise UsbRefused("tampered", "The feed lists a file with an invalid name.")
    return _read(office / "files" / digest)


def _receipts(office: Path, *, identity: Identity, lookup: Callable[[str], OutboxItem | None]
              ) -> list[tuple[OutboxItem, Receipt]]:
    found = []
    folder = office / "receipts"
    paths = sorted(folder.iterdir()) if folder.is_dir() else []
    key = identity.root.key_for("receipt").public
    for path in paths:
        if path.name.startswith("."):
            raise UsbRefused("incomplete", f"{path.name} is a partly written file: copy the folder again.")
        if not _RECEIPT_NAME.match(path.name):
            raise UsbRefused("tampered", f"{path.name} does not belong in the receipts folder.")
        item = lookup(path.name[:-5])
        if item is None:
            raise UsbRefused("unknown_bundle", f"{path.name} is a receipt for a bundle this post never sealed.")
        try:
            receipt = verify_receipt(_read(path), receipt_public_key=key, envelope=item.envelope)
            if receipt.device_id != identity.device_id or receipt.seq != item.seq:
                raise ReceiptMismatch("the receipt names another device or sequence number")
        except ProtocolError as exc:
            raise UsbRefused(exc.code, f"The receipt {path.name} does not verify ({exc.code}).") from None
        found.append((item, receipt))
    return found
